#include "sandbox/RegistryRequests.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace dwb::sandbox::requests {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Registry", text); }

bool isStringMap(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!it.value().isString())
            return false;
    return true;
}

// An entry's aliases or name clashing with another entry of the same kind
// (apps: valid anchor subjects; devices: spec.alias). The two messages are
// whole sentences with %1 = alias or name, %2 = the other entry.
struct ClashMessages {
    const char *aliasUsed;      // "The alias '%1' is already used by … '%2'."
    const char *nameIsAlias;    // "The name '%1' is already an alias of … '%2'."
};

constexpr ClashMessages kAppClash{
    QT_TRANSLATE_NOOP("Registry", "The alias '%1' is already used by application '%2'."),
    QT_TRANSLATE_NOOP("Registry", "The name '%1' is already an alias of application '%2'.")};
constexpr ClashMessages kDeviceClash{
    QT_TRANSLATE_NOOP("Registry", "The alias '%1' is already used by device '%2'."),
    QT_TRANSLATE_NOOP("Registry", "The name '%1' is already an alias of device '%2'.")};

std::optional<QString> aliasClash(const QMap<QString, Registry::Entry> &entries, const QString &name,
                                  const QStringList &mine, const ClashMessages &messages)
{
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (it.key() == name)
            continue;
        const QStringList &theirs = it->aliases;
        for (const QString &alias : mine) {
            if (alias == it.key() || theirs.contains(alias))
                return tr(messages.aliasUsed).arg(alias, it.key());
        }
        if (theirs.contains(name))
            return tr(messages.nameIsAlias).arg(name, it.key());
    }
    return std::nullopt;
}

bool lockMismatch(const QJsonObject &incomingMeta, const QJsonObject &storedMeta)
{
    for (const char *key : {"uid", "resourceVersion"}) {
        const QString want = incomingMeta.value(QLatin1String(key)).toString();
        if (!want.isEmpty() && want != storedMeta.value(QLatin1String(key)).toString())
            return true;
    }
    return false;
}

} // namespace

HttpReply badRequest(const QString &message) { return HttpReply::error(400, u"BadRequest"_s, message); }
HttpReply notFound(const QString &message) { return HttpReply::error(404, u"NotFound"_s, message); }
HttpReply conflict(const QString &message) { return HttpReply::error(409, u"Conflict"_s, message); }
HttpReply lockFailed()
{
    return HttpReply::error(409, u"OptimisticLockFailed"_s,
                            tr("The object was changed by someone else (uid or resourceVersion differ)."));
}
HttpReply methodNotAllowed()
{
    return HttpReply::error(405, u"MethodNotAllowed"_s, tr("This method is not allowed on this path."));
}

HttpReply fromError(const Error &e)
{
    return badRequest(e.detail.isEmpty() ? e.message : e.message + u" (" + e.detail + u')');
}

QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

Result<Incoming> parseBody(const QByteArray &body, bool device)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::BadRequest, tr("The request body is not a JSON object."),
                     pe.errorString());
    const QJsonObject obj = doc.object();
    static const QSet<QString> appKeys{u"name"_s, u"uid"_s, u"creationTimestamp"_s, u"generation"_s,
                                       u"resourceVersion"_s, u"deletionTimestamp"_s, u"labels"_s,
                                       u"annotations"_s, u"finalizers"_s};
    const QJsonValue metaValue = obj.value("metadata"_L1);
    if (!metaValue.isObject())
        return Error(ErrorCode::BadRequest, tr("The object has no metadata."));
    Incoming in;
    in.metadata = metaValue.toObject();
    for (auto it = in.metadata.begin(); it != in.metadata.end(); ++it) {
        if (!appKeys.contains(it.key()) && !(device && it.key() == "application"_L1))
            return Error(ErrorCode::BadRequest, tr("Unknown metadata key '%1'.").arg(it.key()));
    }
    if (!isStringMap(in.metadata.value("labels"_L1)) || !isStringMap(in.metadata.value("annotations"_L1)))
        return Error(ErrorCode::BadRequest, tr("Labels and annotations must map names to strings."));
    const QJsonValue fin = in.metadata.value("finalizers"_L1);
    if (!fin.isUndefined() && !fin.isNull()) {
        if (!fin.isArray())
            return Error(ErrorCode::BadRequest, tr("Finalizers must be a list of strings."));
        for (const QJsonValue &f : fin.toArray())
            if (!f.isString())
                return Error(ErrorCode::BadRequest, tr("Finalizers must be a list of strings."));
    }
    for (const char *key : {"name", "uid", "resourceVersion", "application"}) {
        const QJsonValue v = in.metadata.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return Error(ErrorCode::BadRequest, tr("metadata.%1 must be a string.").arg(QLatin1String(key)));
    }
    const QJsonValue spec = obj.value("spec"_L1);
    if (!spec.isUndefined() && !spec.isNull() && !spec.isObject())
        return Error(ErrorCode::BadRequest, tr("spec must be a JSON object."));
    in.spec = spec.toObject();
    if (device) {
        const QJsonValue alias = in.spec.value("alias"_L1);
        if (!alias.isUndefined() && !alias.isNull()) {
            bool ok = alias.isArray();
            for (const QJsonValue &a : alias.toArray())
                ok = ok && a.isString() && !a.toString().isEmpty();
            if (!ok)
                return Error(ErrorCode::BadRequest, tr("spec.alias must be a list of non-empty strings."));
        }
    } else {
        const QJsonValue ta = in.spec.value("trustAnchors"_L1);
        if (!ta.isUndefined() && !ta.isNull()
            && (!ta.isObject() || !(ta.toObject().value("anchors"_L1).isArray()
                                    || ta.toObject().value("anchors"_L1).isUndefined())))
            return Error(ErrorCode::BadRequest,
                         tr("spec.trustAnchors must be an object with a list 'anchors'."));
    }
    return in;
}

void copyUserMetadata(const QJsonObject &from, QJsonObject &to)
{
    to.insert("labels"_L1, from.value("labels"_L1).toObject());
    to.insert("annotations"_L1, from.value("annotations"_L1).toObject());
    to.insert("finalizers"_L1, from.value("finalizers"_L1).toArray());
}

std::optional<QString> appAliasClash(const QMap<QString, Registry::Entry> &apps, const QString &name,
                                     const QStringList &mine)
{
    return aliasClash(apps, name, mine, kAppClash);
}

std::optional<QString> deviceAliasClash(const QMap<QString, Registry::Entry> &devices, const QString &name,
                                        const QStringList &mine)
{
    return aliasClash(devices, name, mine, kDeviceClash);
}

Result<Paging> parsePaging(const QUrlQuery &query)
{
    Paging p;
    auto sel = LabelSelector::parse(query.queryItemValue(u"labels"_s, QUrl::FullyDecoded));
    if (!sel)
        return sel.error();
    p.selector = *sel;
    for (const auto &[key, target] : {std::pair{u"offset"_s, &p.offset}, std::pair{u"limit"_s, &p.limit}}) {
        if (!query.hasQueryItem(key))
            continue;
        bool ok = false;
        const qlonglong v = query.queryItemValue(key).toLongLong(&ok);
        if (!ok || v < 0)
            return Error(ErrorCode::BadRequest, tr("'%1' must be a number ≥ 0.").arg(key));
        *target = qsizetype(v);
    }
    return p;
}

HttpReply page(const QMap<QString, Registry::Entry> &objects, const Paging &p,
               const std::function<bool(const QString &)> &visible)
{
    QByteArray out = "[";
    qsizetype skipped = 0, taken = 0;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        if (p.limit >= 0 && taken >= p.limit)
            break;
        if ((visible && !visible(it.key())) || !p.selector.matches(it->labels))
            continue;
        if (skipped < p.offset) {
            ++skipped;
            continue;
        }
        if (taken++ > 0)
            out += ',';
        out += it->json;
    }
    out += ']';
    HttpReply r;
    r.body = out;
    return r;
}

Status checkPreconditions(const QByteArray &body, const QJsonObject &stored, bool *lockFailure)
{
    *lockFailure = false;
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::BadRequest, tr("The request body is not a JSON object."));
    const QJsonValue pre = doc.object().value("preconditions"_L1);
    if (pre.isUndefined() || pre.isNull())
        return {};
    if (!pre.isObject())
        return Error(ErrorCode::BadRequest, tr("'preconditions' must be an object."));
    const QJsonObject meta = stored.value("metadata"_L1).toObject();
    for (const char *key : {"uid", "resourceVersion"}) {
        const QString want = pre.toObject().value(QLatin1String(key)).toString();
        if (!want.isEmpty() && want != meta.value(QLatin1String(key)).toString()) {
            *lockFailure = true;
            return Error(ErrorCode::Conflict, {});
        }
    }
    return {};
}

std::optional<HttpReply> prepareReplace(const Incoming &in, const QString &name, const QString &app,
                                        const QJsonObject &stored, std::optional<QJsonObject> *newMetadata)
{
    const QJsonValue bodyName = in.metadata.value("name"_L1);
    if (!bodyName.isUndefined() && !bodyName.isNull() && bodyName.toString() != name)
        return badRequest(tr("The name in the body ('%1') differs from the path ('%2').")
                              .arg(bodyName.toString(), name));
    const QJsonValue bodyApp = in.metadata.value("application"_L1);
    if (!app.isEmpty() && !bodyApp.isUndefined() && !bodyApp.isNull() && bodyApp.toString() != app)
        return badRequest(tr("The application in the body ('%1') differs from the path ('%2').")
                              .arg(bodyApp.toString(), app));
    const QJsonObject meta = stored.value("metadata"_L1).toObject();
    if (lockMismatch(in.metadata, meta))
        return lockFailed();
    const QJsonObject oldSpec = stored.value("spec"_L1).toObject();
    QJsonObject next = meta;
    copyUserMetadata(in.metadata, next);
    if (next == meta && in.spec == oldSpec)
        return std::nullopt; // nothing changes
    if (in.spec != oldSpec)
        next.insert("generation"_L1, meta.value("generation"_L1).toInteger() + 1);
    next.insert("resourceVersion"_L1, newUuid());
    *newMetadata = next;
    return std::nullopt;
}

} // namespace dwb::sandbox::requests
