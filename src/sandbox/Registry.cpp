#include "sandbox/Registry.h"

#include "core/cloud/Resources.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonParseError>
#include <QSet>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace dwb::sandbox {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Registry", text); }

const QString kBase = u"/api/registry/v1alpha1"_s;

QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QString nowString() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

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

// A parsed POST/PUT body, checked against the contract's object shape.
struct Incoming {
    QJsonObject metadata;
    QJsonObject spec;
};

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

HttpReply fromError(const Error &e)
{
    return badRequest(e.detail.isEmpty() ? e.message : e.message + u" (" + e.detail + u')');
}

QJsonObject orEmpty(const QJsonValue &v) { return v.toObject(); }
QJsonArray orEmptyArray(const QJsonValue &v) { return v.toArray(); }

// The user-settable metadata of an incoming object, normalised.
void copyUserMetadata(const QJsonObject &from, QJsonObject &to)
{
    to.insert("labels"_L1, orEmpty(from.value("labels"_L1)));
    to.insert("annotations"_L1, orEmpty(from.value("annotations"_L1)));
    to.insert("finalizers"_L1, orEmptyArray(from.value("finalizers"_L1)));
}

QStringList validAnchorSubjects(const QJsonObject &app)
{
    QStringList out;
    const QJsonArray anchors = app.value("status"_L1).toObject().value("trustAnchors"_L1).toObject()
                                   .value("anchors"_L1).toArray();
    for (const QJsonValue &a : anchors) {
        const QJsonObject valid = a.toObject().value("valid"_L1).toObject();
        if (!valid.isEmpty())
            out << valid.value("subject"_L1).toString();
    }
    return out;
}

QStringList deviceAliases(const QJsonObject &device)
{
    QStringList out;
    for (const QJsonValue &a : device.value("spec"_L1).toObject().value("alias"_L1).toArray())
        out << a.toString();
    return out;
}

QString nameOf(const QJsonObject &obj)
{
    return obj.value("metadata"_L1).toObject().value("name"_L1).toString();
}

// An app's aliases (valid anchor subjects) or name clashing with another app.
std::optional<QString> appAliasClash(const QMap<QString, QJsonObject> &apps, const QJsonObject &app)
{
    const QString name = nameOf(app);
    const QStringList mine = validAnchorSubjects(app);
    for (auto it = apps.begin(); it != apps.end(); ++it) {
        if (it.key() == name)
            continue;
        const QStringList theirs = validAnchorSubjects(it.value());
        for (const QString &alias : mine) {
            if (alias == it.key() || theirs.contains(alias))
                return tr("The alias '%1' is already used by application '%2'.").arg(alias, it.key());
        }
        if (theirs.contains(name))
            return tr("The name '%1' is already an alias of application '%2'.").arg(name, it.key());
    }
    return std::nullopt;
}

std::optional<QString> deviceAliasClash(const QMap<QString, QJsonObject> &devices, const QJsonObject &device)
{
    const QString name = nameOf(device);
    const QStringList mine = deviceAliases(device);
    for (auto it = devices.begin(); it != devices.end(); ++it) {
        if (it.key() == name)
            continue;
        const QStringList theirs = deviceAliases(it.value());
        for (const QString &alias : mine) {
            if (alias == it.key() || theirs.contains(alias))
                return tr("The alias '%1' is already used by device '%2'.").arg(alias, it.key());
        }
        if (theirs.contains(name))
            return tr("The name '%1' is already an alias of device '%2'.").arg(name, it.key());
    }
    return std::nullopt;
}

// New server-side status for an app's spec (trust anchors), keeping other keys.
QJsonObject appStatus(const QJsonObject &oldStatus, const QJsonObject &spec)
{
    QJsonObject status = oldStatus;
    const QJsonValue ta = spec.value("trustAnchors"_L1);
    if (ta.isObject())
        status.insert("trustAnchors"_L1, evaluateTrustAnchors(ta.toObject()));
    else
        status.remove("trustAnchors"_L1);
    return status;
}

struct Paging {
    LabelSelector selector;
    qsizetype offset = 0;
    qsizetype limit = -1;
};

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

template <typename Map>
QJsonArray page(const Map &objects, const Paging &p)
{
    QJsonArray out;
    qsizetype skipped = 0;
    for (const QJsonObject &obj : objects) {
        if (p.limit >= 0 && out.size() >= p.limit)
            break;
        if (!p.selector.matches(obj.value("metadata"_L1).toObject().value("labels"_L1).toObject()))
            continue;
        if (skipped < p.offset) {
            ++skipped;
            continue;
        }
        out.append(obj);
    }
    return out;
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

// --- HttpReply -------------------------------------------------------------

HttpReply HttpReply::json(int status, const QJsonDocument &doc)
{
    HttpReply r;
    r.status = status;
    r.body = doc.toJson(QJsonDocument::Compact);
    return r;
}

HttpReply HttpReply::empty(int status)
{
    HttpReply r;
    r.status = status;
    return r;
}

HttpReply HttpReply::error(int status, const QString &error, const QString &message)
{
    return json(status, QJsonDocument(QJsonObject{{u"error"_s, error}, {u"message"_s, message}}));
}

// --- LabelSelector -----------------------------------------------------------

Result<LabelSelector> LabelSelector::parse(const QString &text)
{
    LabelSelector sel;
    if (text.trimmed().isEmpty())
        return sel;
    const auto bad = [&text] {
        return Error(ErrorCode::BadRequest, tr("Invalid label selector '%1'.").arg(text));
    };
    for (const QString &raw : text.split(u',')) {
        const QString term = raw.trimmed();
        Term t;
        if (term.startsWith(u'!')) {
            t.op = Term::NotExists;
            t.key = term.mid(1).trimmed();
        } else if (const qsizetype ne = term.indexOf("!="_L1); ne >= 0) {
            t.op = Term::NotEquals;
            t.key = term.left(ne).trimmed();
            t.value = term.mid(ne + 2).trimmed();
        } else if (const qsizetype eq = term.indexOf(u'='); eq >= 0) {
            t.op = Term::Equals;
            t.key = term.left(eq).trimmed();
            t.value = term.mid(term.mid(eq).startsWith("=="_L1) ? eq + 2 : eq + 1).trimmed();
        } else {
            t.op = Term::Exists;
            t.key = term;
        }
        if (t.key.isEmpty() || t.key.contains(u' ') || t.key.contains(u'=') || t.key.contains(u'!')
            || t.value.contains(u'=') || t.value.contains(u'!'))
            return bad();
        sel.m_terms << t;
    }
    return sel;
}

bool LabelSelector::matches(const QJsonObject &labels) const
{
    for (const Term &t : m_terms) {
        const QJsonValue v = labels.value(t.key);
        switch (t.op) {
        case Term::Equals:
            if (!v.isString() || v.toString() != t.value)
                return false;
            break;
        case Term::NotEquals:
            if (v.isString() && v.toString() == t.value)
                return false;
            break;
        case Term::Exists:
            if (v.isUndefined())
                return false;
            break;
        case Term::NotExists:
            if (!v.isUndefined())
                return false;
            break;
        }
    }
    return true;
}

// --- Registry ----------------------------------------------------------------

Registry::Registry(QObject *parent) : QObject(parent) {}
Registry::~Registry() = default;

int Registry::deviceCount() const
{
    int n = 0;
    for (const auto &devs : m_state.devices)
        n += int(devs.size());
    return n;
}

Status Registry::open(const QString &file)
{
    m_file = file;
    m_state = {};
    if (!QFile::exists(file))
        return {};
    auto data = readWholeFile(file, 1024LL * 1024 * 1024);
    if (!data)
        return data.error();
    const auto corrupt = [&file](const QString &why) {
        return Error(ErrorCode::UnknownFormat,
                     tr("The registry file %1 is damaged: %2. The sandbox does not start so "
                        "that nothing is lost: repair or move the file away.")
                         .arg(file, why));
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(*data, &pe);
    if (pe.error != QJsonParseError::NoError)
        return corrupt(pe.errorString() + u" at offset " + QString::number(pe.offset));
    if (!doc.isObject())
        return corrupt(tr("not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value("version"_L1).toInt() != 1)
        return corrupt(tr("unknown version"));
    State st;
    for (const QJsonValue &v : root.value("applications"_L1).toArray()) {
        const QString name = nameOf(v.toObject());
        if (!v.isObject() || name.isEmpty() || st.apps.contains(name))
            return corrupt(tr("an application without a name or twice"));
        st.apps.insert(name, v.toObject());
        st.devices[name];
    }
    for (const QJsonValue &v : root.value("devices"_L1).toArray()) {
        const QJsonObject dev = v.toObject();
        const QString name = nameOf(dev);
        const QString app = dev.value("metadata"_L1).toObject().value("application"_L1).toString();
        if (name.isEmpty() || !st.apps.contains(app) || st.devices[app].contains(name))
            return corrupt(tr("a device without a name or application, or twice"));
        st.devices[app].insert(name, dev);
    }
    const QJsonObject owners = root.value("owners"_L1).toObject();
    for (auto it = owners.begin(); it != owners.end(); ++it)
        st.owners.insert(it.key(), it.value().toString());
    m_state = std::move(st);
    return {};
}

QJsonObject Registry::toJson() const
{
    QJsonArray apps, devices;
    for (const QJsonObject &a : m_state.apps)
        apps.append(a);
    for (const auto &devs : m_state.devices)
        for (const QJsonObject &d : devs)
            devices.append(d);
    QJsonObject owners;
    for (auto it = m_state.owners.begin(); it != m_state.owners.end(); ++it)
        owners.insert(it.key(), it.value());
    return QJsonObject{{u"version"_s, 1}, {u"applications"_s, apps}, {u"devices"_s, devices},
                       {u"owners"_s, owners}};
}

QByteArray Registry::serialize()
{
    // Same content as QJsonDocument(toJson()).toJson(Compact), without
    // serialising 10,000 unchanged devices again for every change.
    QHash<QString, Cached> cache;
    cache.reserve(m_cache.size() + 1);
    const auto bytesOf = [this, &cache](const QString &key, const QJsonObject &obj) {
        auto it = m_cache.constFind(key);
        Cached c = (it != m_cache.cend() && it->object == obj)
            ? *it
            : Cached{obj, QJsonDocument(obj).toJson(QJsonDocument::Compact)};
        cache.insert(key, c);
        return c.json;
    };
    QByteArray out;
    out.reserve(m_lastSize + 4096);
    out += "{\"applications\":[";
    bool first = true;
    for (auto it = m_state.apps.cbegin(); it != m_state.apps.cend(); ++it) {
        if (!std::exchange(first, false))
            out += ',';
        out += bytesOf(u"a/"_s + it.key(), it.value());
    }
    out += "],\"devices\":[";
    first = true;
    for (auto app = m_state.devices.cbegin(); app != m_state.devices.cend(); ++app) {
        for (auto it = app->cbegin(); it != app->cend(); ++it) {
            if (!std::exchange(first, false))
                out += ',';
            out += bytesOf(u"d/"_s + app.key() + u'/' + it.key(), it.value());
        }
    }
    QJsonObject owners;
    for (auto it = m_state.owners.cbegin(); it != m_state.owners.cend(); ++it)
        owners.insert(it.key(), it.value());
    out += "],\"owners\":" + QJsonDocument(owners).toJson(QJsonDocument::Compact) + ",\"version\":1}";
    m_cache = std::move(cache);
    m_lastSize = out.size();
    return out;
}

HttpReply Registry::commit(State next, HttpReply success)
{
    std::swap(m_state, next);
    if (!m_file.isEmpty()) {
        const QByteArray data = serialize();
        const Status st = writeFileAtomically(m_file, data, FileMode::Secret, Overwrite::Allow);
        if (!st) {
            std::swap(m_state, next); // keep what is on disk
            return HttpReply::error(500, u"Internal"_s,
                                    tr("The registry could not be saved: %1").arg(st.error().toString()));
        }
    }
    Q_EMIT registryChanged();
    return success;
}

HttpReply Registry::handle(const QByteArray &method, const QStringList &segments, const QUrlQuery &query,
                           const QByteArray &body, const QString &user)
{
    if (segments.isEmpty() || segments.at(0) != "apps"_L1 || segments.size() > 4)
        return notFound(tr("No such path."));
    const bool get = method == "GET", post = method == "POST", put = method == "PUT",
               del = method == "DELETE";
    if (segments.size() == 1) {
        if (get)
            return listApps(query, user);
        if (post)
            return createApp(body, user);
        return methodNotAllowed();
    }
    const QString app = segments.at(1);
    if (segments.size() == 3 && segments.at(2) != "devices"_L1)
        return notFound(tr("No such path."));
    if (segments.size() == 4 && segments.at(2) != "devices"_L1)
        return notFound(tr("No such path."));
    if (!(segments.size() == 2 ? (get || put || del) : segments.size() == 3 ? (get || post) : (get || put || del)))
        return methodNotAllowed();

    // Access to an existing application
    if (!m_state.apps.contains(app))
        return notFound(tr("Application '%1' does not exist.").arg(app));
    if (m_state.owners.value(app) != user)
        return HttpReply::error(403, u"NotAuthorized"_s,
                                tr("You have no access to application '%1'.").arg(app));

    if (segments.size() == 2) {
        if (get)
            return HttpReply::json(m_state.apps.value(app));
        if (put)
            return updateApp(app, body);
        return deleteApp(app, body);
    }
    if (segments.size() == 3) {
        if (get)
            return listDevices(app, query);
        return createDevice(app, body);
    }
    const QString device = segments.at(3);
    if (get) {
        const auto &devs = m_state.devices.value(app);
        if (!devs.contains(device))
            return notFound(tr("Device '%1' does not exist in application '%2'.").arg(device, app));
        return HttpReply::json(devs.value(device));
    }
    if (put)
        return updateDevice(app, device, body);
    return deleteDevice(app, device, body);
}

HttpReply Registry::listApps(const QUrlQuery &query, const QString &user) const
{
    auto paging = parsePaging(query);
    if (!paging)
        return badRequest(paging.error().message);
    QMap<QString, QJsonObject> mine;
    for (auto it = m_state.apps.begin(); it != m_state.apps.end(); ++it)
        if (m_state.owners.value(it.key()) == user)
            mine.insert(it.key(), it.value());
    return HttpReply::json(200, QJsonDocument(page(mine, *paging)));
}

HttpReply Registry::listDevices(const QString &app, const QUrlQuery &query) const
{
    auto paging = parsePaging(query);
    if (!paging)
        return badRequest(paging.error().message);
    return HttpReply::json(200, QJsonDocument(page(m_state.devices.value(app), *paging)));
}

HttpReply Registry::createApp(const QByteArray &body, const QString &user)
{
    auto in = parseBody(body, false);
    if (!in)
        return fromError(in.error());
    const QString name = in->metadata.value("name"_L1).toString();
    if (const QString why = validateApplicationName(name); !why.isEmpty())
        return badRequest(why);
    if (m_state.apps.contains(name))
        return conflict(tr("Application '%1' already exists.").arg(name));

    QJsonObject meta{{u"name"_s, name}, {u"uid"_s, newUuid()}, {u"creationTimestamp"_s, nowString()},
                     {u"generation"_s, 1}, {u"resourceVersion"_s, newUuid()}};
    copyUserMetadata(in->metadata, meta);
    QJsonObject obj{{u"metadata"_s, meta}, {u"spec"_s, in->spec},
                    {u"status"_s, appStatus({}, in->spec)}};
    if (auto clash = appAliasClash(m_state.apps, obj))
        return conflict(*clash);

    State next = m_state;
    next.apps.insert(name, obj);
    next.devices[name];
    next.owners.insert(name, user);
    HttpReply ok = HttpReply::empty(201);
    ok.headers.append({"Location", (kBase + u"/apps/" + QString::fromLatin1(QUrl::toPercentEncoding(name))).toUtf8()});
    return commit(std::move(next), ok);
}

HttpReply Registry::updateApp(const QString &name, const QByteArray &body)
{
    auto in = parseBody(body, false);
    if (!in)
        return fromError(in.error());
    const QJsonValue bodyName = in->metadata.value("name"_L1);
    if (!bodyName.isUndefined() && !bodyName.isNull() && bodyName.toString() != name)
        return badRequest(tr("The name in the body ('%1') differs from the path ('%2').")
                              .arg(bodyName.toString(), name));
    const QJsonObject stored = m_state.apps.value(name);
    QJsonObject meta = stored.value("metadata"_L1).toObject();
    if (lockMismatch(in->metadata, meta))
        return lockFailed();

    const QJsonObject oldSpec = stored.value("spec"_L1).toObject();
    QJsonObject newMeta = meta;
    copyUserMetadata(in->metadata, newMeta);
    if (newMeta == meta && in->spec == oldSpec)
        return HttpReply::empty(204); // nothing changed
    if (in->spec != oldSpec)
        newMeta.insert("generation"_L1, meta.value("generation"_L1).toInteger() + 1);
    newMeta.insert("resourceVersion"_L1, newUuid());
    const QJsonObject obj{{u"metadata"_s, newMeta}, {u"spec"_s, in->spec},
                          {u"status"_s, appStatus(stored.value("status"_L1).toObject(), in->spec)}};
    if (auto clash = appAliasClash(m_state.apps, obj))
        return conflict(*clash);
    State next = m_state;
    next.apps.insert(name, obj);
    return commit(std::move(next), HttpReply::empty(204));
}

HttpReply Registry::deleteApp(const QString &name, const QByteArray &body)
{
    bool lock = false;
    if (Status st = checkPreconditions(body, m_state.apps.value(name), &lock); !st)
        return lock ? lockFailed() : fromError(st.error());
    State next = m_state;
    next.apps.remove(name);
    next.devices.remove(name); // an application's devices go with it
    next.owners.remove(name);
    return commit(std::move(next), HttpReply::empty(204));
}

HttpReply Registry::createDevice(const QString &app, const QByteArray &body)
{
    auto in = parseBody(body, true);
    if (!in)
        return fromError(in.error());
    const QString name = in->metadata.value("name"_L1).toString();
    if (const QString why = validateDeviceName(name); !why.isEmpty())
        return badRequest(why);
    const QJsonValue bodyApp = in->metadata.value("application"_L1);
    if (!bodyApp.isUndefined() && !bodyApp.isNull() && bodyApp.toString() != app)
        return badRequest(tr("The application in the body ('%1') differs from the path ('%2').")
                              .arg(bodyApp.toString(), app));
    const auto &devs = m_state.devices.value(app);
    if (devs.contains(name))
        return conflict(tr("Device '%1' already exists in application '%2'.").arg(name, app));

    QJsonObject meta{{u"name"_s, name}, {u"application"_s, app}, {u"uid"_s, newUuid()},
                     {u"creationTimestamp"_s, nowString()}, {u"generation"_s, 1},
                     {u"resourceVersion"_s, newUuid()}};
    copyUserMetadata(in->metadata, meta);
    const QJsonObject obj{{u"metadata"_s, meta}, {u"spec"_s, in->spec}, {u"status"_s, QJsonObject{}}};
    if (auto clash = deviceAliasClash(devs, obj))
        return conflict(*clash);
    State next = m_state;
    next.devices[app].insert(name, obj);
    HttpReply ok = HttpReply::empty(201);
    ok.headers.append({"Location", (kBase + u"/apps/" + QString::fromLatin1(QUrl::toPercentEncoding(app))
                                    + u"/devices/" + QString::fromLatin1(QUrl::toPercentEncoding(name)))
                                       .toUtf8()});
    return commit(std::move(next), ok);
}

HttpReply Registry::updateDevice(const QString &app, const QString &name, const QByteArray &body)
{
    const auto &devs = m_state.devices.value(app);
    if (!devs.contains(name))
        return notFound(tr("Device '%1' does not exist in application '%2'.").arg(name, app));
    auto in = parseBody(body, true);
    if (!in)
        return fromError(in.error());
    const QJsonValue bodyName = in->metadata.value("name"_L1);
    if (!bodyName.isUndefined() && !bodyName.isNull() && bodyName.toString() != name)
        return badRequest(tr("The name in the body ('%1') differs from the path ('%2').")
                              .arg(bodyName.toString(), name));
    const QJsonValue bodyApp = in->metadata.value("application"_L1);
    if (!bodyApp.isUndefined() && !bodyApp.isNull() && bodyApp.toString() != app)
        return badRequest(tr("The application in the body ('%1') differs from the path ('%2').")
                              .arg(bodyApp.toString(), app));
    const QJsonObject stored = devs.value(name);
    const QJsonObject meta = stored.value("metadata"_L1).toObject();
    if (lockMismatch(in->metadata, meta))
        return lockFailed();
    const QJsonObject oldSpec = stored.value("spec"_L1).toObject();
    QJsonObject newMeta = meta;
    copyUserMetadata(in->metadata, newMeta);
    if (newMeta == meta && in->spec == oldSpec)
        return HttpReply::empty(204);
    if (in->spec != oldSpec)
        newMeta.insert("generation"_L1, meta.value("generation"_L1).toInteger() + 1);
    newMeta.insert("resourceVersion"_L1, newUuid());
    const QJsonObject obj{{u"metadata"_s, newMeta}, {u"spec"_s, in->spec},
                          {u"status"_s, stored.value("status"_L1).toObject()}};
    if (auto clash = deviceAliasClash(devs, obj))
        return conflict(*clash);
    State next = m_state;
    next.devices[app].insert(name, obj);
    return commit(std::move(next), HttpReply::empty(204));
}

HttpReply Registry::deleteDevice(const QString &app, const QString &name, const QByteArray &body)
{
    const auto &devs = m_state.devices.value(app);
    if (!devs.contains(name))
        return notFound(tr("Device '%1' does not exist in application '%2'.").arg(name, app));
    bool lock = false;
    if (Status st = checkPreconditions(body, devs.value(name), &lock); !st)
        return lock ? lockFailed() : fromError(st.error());
    State next = m_state;
    next.devices[app].remove(name);
    return commit(std::move(next), HttpReply::empty(204));
}

} // namespace dwb::sandbox
