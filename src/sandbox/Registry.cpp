#include "sandbox/Registry.h"
#include "sandbox/RegistryRequests.h"

#include "core/cloud/Resources.h"
#include "core/util/SafeFile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonParseError>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace dwb::sandbox {

using namespace requests;

namespace {

const QString kBase = u"/api/registry/v1alpha1"_s;

QString nowString() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

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

Registry::Entry appEntry(const QJsonObject &obj)
{
    return Registry::Entry{obj, QJsonDocument(obj).toJson(QJsonDocument::Compact), validAnchorSubjects(obj),
                           obj.value("metadata"_L1).toObject().value("labels"_L1).toObject()};
}

Registry::Entry deviceEntry(const QJsonObject &obj)
{
    return Registry::Entry{obj, QJsonDocument(obj).toJson(QJsonDocument::Compact), deviceAliases(obj),
                           obj.value("metadata"_L1).toObject().value("labels"_L1).toObject()};
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

} // namespace

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

const QMap<QString, Registry::Entry> &Registry::devicesOf(const QString &app) const
{
    static const QMap<QString, Entry> none;
    const auto it = m_state.devices.constFind(app);
    return it == m_state.devices.cend() ? none : *it;
}

Status Registry::open(const QString &file)
{
    m_file = file;
    m_state = {};
    m_saved = {};
    m_unsaved = 0;
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
        st.apps.insert(name, appEntry(v.toObject()));
        st.devices[name];
    }
    for (const QJsonValue &v : root.value("devices"_L1).toArray()) {
        const QJsonObject dev = v.toObject();
        const QString name = nameOf(dev);
        const QString app = dev.value("metadata"_L1).toObject().value("application"_L1).toString();
        if (name.isEmpty() || !st.apps.contains(app) || st.devices[app].contains(name))
            return corrupt(tr("a device without a name or application, or twice"));
        st.devices[app].insert(name, deviceEntry(dev));
    }
    const QJsonObject owners = root.value("owners"_L1).toObject();
    for (auto it = owners.begin(); it != owners.end(); ++it)
        st.owners.insert(it.key(), it.value().toString());
    m_state = std::move(st);
    m_saved = m_state;
    m_unsaved = 0;
    return {};
}

QJsonObject Registry::toJson() const
{
    QJsonArray apps, devices;
    for (const Entry &a : m_state.apps)
        apps.append(a.object);
    for (const auto &devs : m_state.devices)
        for (const Entry &d : devs)
            devices.append(d.object);
    QJsonObject owners;
    for (auto it = m_state.owners.begin(); it != m_state.owners.end(); ++it)
        owners.insert(it.key(), it.value());
    return QJsonObject{{u"version"_s, 1}, {u"applications"_s, apps}, {u"devices"_s, devices},
                       {u"owners"_s, owners}};
}

QByteArray Registry::serialize() const
{
    // Same bytes as QJsonDocument(toJson()).toJson(Compact), from the stored
    // serialisation of each object: a change costs one copy of the file, not
    // serialising every device again.
    qsizetype size = 64;
    for (const Entry &a : m_state.apps)
        size += a.json.size() + 1;
    for (const auto &devs : m_state.devices)
        for (const Entry &d : devs)
            size += d.json.size() + 1;
    QJsonObject owners;
    for (auto it = m_state.owners.cbegin(); it != m_state.owners.cend(); ++it)
        owners.insert(it.key(), it.value());
    const QByteArray ownersJson = QJsonDocument(owners).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(size + ownersJson.size());
    out += "{\"applications\":[";
    bool first = true;
    for (const Entry &a : m_state.apps) {
        if (!std::exchange(first, false))
            out += ',';
        out += a.json;
    }
    out += "],\"devices\":[";
    first = true;
    for (const auto &devs : m_state.devices) {
        for (const Entry &d : devs) {
            if (!std::exchange(first, false))
                out += ',';
            out += d.json;
        }
    }
    out += "],\"owners\":" + ownersJson + ",\"version\":1}";
    return out;
}

Status Registry::save()
{
    // Atomic for readers (the broker), without fsync: see writeFileAtomicallyNoSync.
    Status st = writeFileAtomicallyNoSync(m_file, serialize(), FileMode::Secret, Overwrite::Allow);
    if (st) {
        ++m_saves;
        if (m_deferred)
            m_saved = m_state;
    }
    return st;
}

HttpReply Registry::commit(const std::function<void()> &apply, const std::function<void()> &undo,
                           HttpReply success)
{
    apply();
    if (!m_file.isEmpty()) {
        if (m_deferred) {
            ++m_unsaved;   // saved by flush() before the answer leaves
            return success;
        }
        if (const Status st = save(); !st) {
            undo(); // keep what is on disk
            return HttpReply::error(500, u"Internal"_s,
                                    tr("The registry could not be saved: %1").arg(st.error().toString()));
        }
    }
    Q_EMIT registryChanged();
    return success;
}

Status Registry::flush()
{
    if (m_unsaved == 0)
        return {};
    const int changes = std::exchange(m_unsaved, 0);
    if (const Status st = save(); !st) {
        // Back to what is on disk: the changes since the last save are lost,
        // and their answers say so.
        m_state = m_saved;
        return Error(ErrorCode::Io, tr("The registry could not be saved, %n change(s) were not made: %1", nullptr,
                                       changes)
                                        .arg(st.error().toString()));
    }
    Q_EMIT registryChanged();
    return {};
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
    if (segments.size() >= 3 && segments.at(2) != "devices"_L1)
        return notFound(tr("No such path."));
    const bool allowed = segments.size() == 3 ? (get || post) : (get || put || del);
    if (!allowed)
        return methodNotAllowed();

    // Access to an existing application
    const auto appIt = m_state.apps.constFind(app);
    if (appIt == m_state.apps.cend())
        return notFound(tr("Application '%1' does not exist.").arg(app));
    if (m_state.owners.value(app) != user)
        return HttpReply::error(403, u"NotAuthorized"_s,
                                tr("You have no access to application '%1'.").arg(app));

    if (segments.size() == 2) {
        if (get) {
            HttpReply r;
            r.body = appIt->json;
            return r;
        }
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
        const auto &devs = devicesOf(app);
        const auto it = devs.constFind(device);
        if (it == devs.cend())
            return notFound(tr("Device '%1' does not exist in application '%2'.").arg(device, app));
        HttpReply r;
        r.body = it->json;
        return r;
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
    return page(m_state.apps, *paging, [this, &user](const QString &app) { return m_state.owners.value(app) == user; });
}

HttpReply Registry::listDevices(const QString &app, const QUrlQuery &query) const
{
    auto paging = parsePaging(query);
    if (!paging)
        return badRequest(paging.error().message);
    return page(devicesOf(app), *paging);
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
    const Entry entry = appEntry(QJsonObject{{u"metadata"_s, meta}, {u"spec"_s, in->spec},
                                             {u"status"_s, appStatus({}, in->spec)}});
    if (auto clash = appAliasClash(m_state.apps, name, entry.aliases))
        return conflict(*clash);

    HttpReply ok = HttpReply::empty(201);
    ok.headers.append({"Location", (kBase + u"/apps/" + QString::fromLatin1(QUrl::toPercentEncoding(name))).toUtf8()});
    return commit(
        [&] {
            m_state.apps.insert(name, entry);
            m_state.devices[name];
            m_state.owners.insert(name, user);
        },
        [&] {
            m_state.apps.remove(name);
            m_state.devices.remove(name);
            m_state.owners.remove(name);
        },
        ok);
}

HttpReply Registry::updateApp(const QString &name, const QByteArray &body)
{
    auto in = parseBody(body, false);
    if (!in)
        return fromError(in.error());
    const Entry old = m_state.apps.value(name);
    std::optional<QJsonObject> meta;
    if (auto error = prepareReplace(*in, name, {}, old.object, &meta))
        return *error;
    if (!meta)
        return HttpReply::empty(204);
    const Entry entry = appEntry(QJsonObject{{u"metadata"_s, *meta}, {u"spec"_s, in->spec},
                                             {u"status"_s, appStatus(old.object.value("status"_L1).toObject(), in->spec)}});
    if (auto clash = appAliasClash(m_state.apps, name, entry.aliases))
        return conflict(*clash);
    return commit([&] { m_state.apps.insert(name, entry); }, [&] { m_state.apps.insert(name, old); },
                  HttpReply::empty(204));
}

HttpReply Registry::deleteApp(const QString &name, const QByteArray &body)
{
    bool lock = false;
    if (Status st = checkPreconditions(body, m_state.apps.value(name).object, &lock); !st)
        return lock ? lockFailed() : fromError(st.error());
    const Entry old = m_state.apps.value(name);
    const QMap<QString, Entry> oldDevices = devicesOf(name);
    const QString oldOwner = m_state.owners.value(name);
    return commit(
        [&] {
            m_state.apps.remove(name);
            m_state.devices.remove(name); // an application's devices go with it
            m_state.owners.remove(name);
        },
        [&] {
            m_state.apps.insert(name, old);
            m_state.devices.insert(name, oldDevices);
            m_state.owners.insert(name, oldOwner);
        },
        HttpReply::empty(204));
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
    const auto &devs = devicesOf(app);
    if (devs.contains(name))
        return conflict(tr("Device '%1' already exists in application '%2'.").arg(name, app));

    QJsonObject meta{{u"name"_s, name}, {u"application"_s, app}, {u"uid"_s, newUuid()},
                     {u"creationTimestamp"_s, nowString()}, {u"generation"_s, 1},
                     {u"resourceVersion"_s, newUuid()}};
    copyUserMetadata(in->metadata, meta);
    const Entry entry = deviceEntry(QJsonObject{{u"metadata"_s, meta}, {u"spec"_s, in->spec},
                                                {u"status"_s, QJsonObject{}}});
    if (auto clash = deviceAliasClash(devs, name, entry.aliases))
        return conflict(*clash);
    HttpReply ok = HttpReply::empty(201);
    ok.headers.append({"Location", (kBase + u"/apps/" + QString::fromLatin1(QUrl::toPercentEncoding(app))
                                    + u"/devices/" + QString::fromLatin1(QUrl::toPercentEncoding(name)))
                                       .toUtf8()});
    return commit([&] { m_state.devices[app].insert(name, entry); },
                  [&] { m_state.devices[app].remove(name); }, ok);
}

HttpReply Registry::updateDevice(const QString &app, const QString &name, const QByteArray &body)
{
    const auto &devs = devicesOf(app);
    const auto it = devs.constFind(name);
    if (it == devs.cend())
        return notFound(tr("Device '%1' does not exist in application '%2'.").arg(name, app));
    const Entry old = *it;
    auto in = parseBody(body, true);
    if (!in)
        return fromError(in.error());
    std::optional<QJsonObject> meta;
    if (auto error = prepareReplace(*in, name, app, old.object, &meta))
        return *error;
    if (!meta)
        return HttpReply::empty(204);
    const Entry entry = deviceEntry(QJsonObject{{u"metadata"_s, *meta}, {u"spec"_s, in->spec},
                                                {u"status"_s, old.object.value("status"_L1).toObject()}});
    if (auto clash = deviceAliasClash(devs, name, entry.aliases))
        return conflict(*clash);
    return commit([&] { m_state.devices[app].insert(name, entry); },
                  [&] { m_state.devices[app].insert(name, old); }, HttpReply::empty(204));
}

HttpReply Registry::deleteDevice(const QString &app, const QString &name, const QByteArray &body)
{
    const auto &devs = devicesOf(app);
    const auto it = devs.constFind(name);
    if (it == devs.cend())
        return notFound(tr("Device '%1' does not exist in application '%2'.").arg(name, app));
    const Entry old = *it;
    bool lock = false;
    if (Status st = checkPreconditions(body, old.object, &lock); !st)
        return lock ? lockFailed() : fromError(st.error());
    return commit([&] { m_state.devices[app].remove(name); },
                  [&] { m_state.devices[app].insert(name, old); }, HttpReply::empty(204));
}

} // namespace dwb::sandbox
