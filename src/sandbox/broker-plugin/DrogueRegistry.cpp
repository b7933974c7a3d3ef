#include "DrogueRegistry.h"

#include "core/crypto/Inspection.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dwb::sandbox {

bool DrogueRegistry::refresh(QString *error)
{
    const QFileInfo fi(m_path);
    if (!fi.exists()) {
        m_apps.clear();
        m_devices.clear();
        m_owners.clear();
        m_mtime = {};
        m_size = -1;
        return true; // an empty registry
    }
    const QDateTime mtime = fi.lastModified().toUTC();
    if (mtime == m_mtime && fi.size() == m_size)
        return true;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        if (error)
            *error = pe.errorString();
        return false;
    }
    const QJsonObject root = doc.object();
    QList<App> apps;
    for (const QJsonValue &v : root.value(QLatin1String("applications")).toArray()) {
        const QJsonObject o = v.toObject();
        App app;
        app.name = o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        const QJsonArray anchors = o.value(QLatin1String("status")).toObject()
                                       .value(QLatin1String("trustAnchors")).toObject()
                                       .value(QLatin1String("anchors")).toArray();
        for (const QJsonValue &a : anchors) {
            const QJsonObject valid = a.toObject().value(QLatin1String("valid")).toObject();
            if (valid.isEmpty())
                continue;
            const QByteArray pem = QByteArray::fromBase64(
                valid.value(QLatin1String("certificate")).toString().toLatin1());
            auto cert = Certificate::fromPem(pem);
            if (!cert)
                continue;
            app.anchors << *cert;
            const QString subject = valid.value(QLatin1String("subject")).toString();
            app.aliases << (subject.isEmpty() ? cert->subjectString() : subject);
        }
        apps << app;
    }
    QList<Device> devices;
    for (const QJsonValue &v : root.value(QLatin1String("devices")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
        const QJsonObject spec = o.value(QLatin1String("spec")).toObject();
        Device d;
        d.app = meta.value(QLatin1String("application")).toString();
        d.name = meta.value(QLatin1String("name")).toString();
        for (const QJsonValue &a : spec.value(QLatin1String("alias")).toArray())
            d.aliases << a.toString();
        d.disabled = spec.value(QLatin1String("core")).toObject().value(QLatin1String("disabled")).toBool();
        devices << d;
    }
    QHash<QString, QString> owners;
    const QJsonObject ow = root.value(QLatin1String("owners")).toObject();
    for (auto it = ow.begin(); it != ow.end(); ++it)
        owners.insert(it.key(), it.value().toString());
    m_apps = std::move(apps);
    m_devices = std::move(devices);
    m_owners = std::move(owners);
    m_mtime = mtime;
    m_size = fi.size();
    return true;
}

DeviceLogin DrogueRegistry::checkDevice(const Certificate &leaf, const QDateTime &now)
{
    DeviceLogin r;
    const QString issuer = leaf.issuerString();
    const QString subject = leaf.subjectString();
    const App *app = nullptr;
    for (const App &a : m_apps) {
        if (a.name == issuer || a.aliases.contains(issuer)) {
            app = &a;
            break;
        }
    }
    if (!app) {
        r.reason = QStringLiteral("no application named or aliased '%1' (the certificate issuer)").arg(issuer);
        return r;
    }
    r.app = app->name;
    if (app->anchors.isEmpty()) {
        r.reason = QStringLiteral("application '%1' has no valid trust anchor").arg(app->name);
        return r;
    }
    const ChainResult chain = verifyChain(leaf, app->anchors, {}, now);
    if (!chain.ok) {
        r.reason = QStringLiteral("the certificate does not chain to a trust anchor of application '%1': %2")
                       .arg(app->name, chain.error);
        return r;
    }
    const Device *dev = nullptr;
    for (const Device &d : m_devices) {
        if (d.app == app->name && (d.name == subject || d.aliases.contains(subject))) {
            dev = &d;
            break;
        }
    }
    if (!dev) {
        r.reason = QStringLiteral("no device named or aliased '%1' in application '%2'").arg(subject, app->name);
        return r;
    }
    r.device = dev->name;
    if (dev->disabled) {
        r.reason = QStringLiteral("device '%1' of application '%2' is disabled").arg(dev->name, app->name);
        return r;
    }
    const DrogueVerdict verdict = drogueDeviceVerdict(leaf, now);
    if (!verdict.accepted) {
        r.reason = QStringLiteral("the certificate is not a valid device certificate: %1")
                       .arg(verdict.reasons.join(QStringLiteral("; ")));
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace dwb::sandbox
