#include "core/cloud/Resources.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

QMap<QString, QString> stringMap(const QJsonValue &v)
{
    QMap<QString, QString> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QJsonObject toJsonMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

void setMetadataValue(QJsonObject &json, const QString &key, const QJsonValue &value)
{
    QJsonObject meta = json.value("metadata"_L1).toObject();
    meta.insert(key, value);
    json.insert("metadata"_L1, meta);
}

} // namespace

// --- Resource ----------------------------------------------------------------

QJsonObject Resource::metadata() const { return m_json.value("metadata"_L1).toObject(); }
QJsonObject Resource::spec() const { return m_json.value("spec"_L1).toObject(); }
QJsonObject Resource::status() const { return m_json.value("status"_L1).toObject(); }

QString Resource::name() const { return metadata().value("name"_L1).toString(); }
void Resource::setName(const QString &name) { setMetadataValue(m_json, u"name"_s, name); }
QString Resource::uid() const { return metadata().value("uid"_L1).toString(); }
QString Resource::resourceVersion() const { return metadata().value("resourceVersion"_L1).toString(); }
qint64 Resource::generation() const { return metadata().value("generation"_L1).toInteger(); }

QDateTime Resource::creationTimestamp() const
{
    return QDateTime::fromString(metadata().value("creationTimestamp"_L1).toString(), Qt::ISODateWithMs);
}

QMap<QString, QString> Resource::labels() const { return stringMap(metadata().value("labels"_L1)); }
void Resource::setLabels(const QMap<QString, QString> &labels)
{
    setMetadataValue(m_json, u"labels"_s, toJsonMap(labels));
}
QMap<QString, QString> Resource::annotations() const
{
    return stringMap(metadata().value("annotations"_L1));
}

void Resource::setSpecSection(const QString &key, const QJsonValue &value)
{
    QJsonObject s = spec();
    if (value.isUndefined() || value.isNull())
        s.remove(key);
    else
        s.insert(key, value);
    m_json.insert("spec"_L1, s);
}

QJsonObject Resource::toUpdateJson() const
{
    QJsonObject o = m_json;
    o.remove("status"_L1);
    return o;
}

// --- Application ---------------------------------------------------------------

Application Application::create(const QString &name)
{
    return Application(QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}}}, {u"spec"_s, QJsonObject{}}});
}

QList<QByteArray> Application::trustAnchorPems() const
{
    QList<QByteArray> out;
    const QJsonArray anchors = spec().value("trustAnchors"_L1).toObject().value("anchors"_L1).toArray();
    for (const QJsonValue &a : anchors)
        out << QByteArray::fromBase64(a.toObject().value("certificate"_L1).toString().toLatin1());
    return out;
}

namespace {
QByteArray normalPem(QByteArray pem)
{
    return pem.trimmed().replace("\r\n", "\n");
}
} // namespace

bool Application::addTrustAnchor(const QByteArray &pem)
{
    // Idempotent (a change re-applied after a conflict or a lost answer):
    // the same certificate is not added twice.
    for (const QByteArray &existing : trustAnchorPems())
        if (normalPem(existing) == normalPem(pem))
            return false;
    QJsonObject ta = spec().value("trustAnchors"_L1).toObject();
    QJsonArray anchors = ta.value("anchors"_L1).toArray();
    anchors.append(QJsonObject{{u"certificate"_s, QString::fromLatin1(pem.toBase64())}});
    ta.insert("anchors"_L1, anchors);
    setSpecSection(u"trustAnchors"_s, ta);
    return true;
}

bool Application::removeTrustAnchorPem(const QByteArray &pem)
{
    const QList<QByteArray> pems = trustAnchorPems();
    for (qsizetype i = 0; i < pems.size(); ++i)
        if (normalPem(pems.at(i)) == normalPem(pem))
            return removeTrustAnchor(int(i));
    return false;
}

bool Application::removeTrustAnchor(int index)
{
    QJsonObject ta = spec().value("trustAnchors"_L1).toObject();
    QJsonArray anchors = ta.value("anchors"_L1).toArray();
    if (index < 0 || index >= anchors.size())
        return false;
    anchors.removeAt(index);
    ta.insert("anchors"_L1, anchors);
    setSpecSection(u"trustAnchors"_s, ta);
    return true;
}

QList<TrustAnchorStatus> Application::trustAnchorStatuses() const
{
    QList<TrustAnchorStatus> out;
    const QJsonArray anchors = status().value("trustAnchors"_L1).toObject().value("anchors"_L1).toArray();
    for (const QJsonValue &v : anchors) {
        const QJsonObject o = v.toObject();
        TrustAnchorStatus s;
        if (o.contains("valid"_L1)) {
            const QJsonObject valid = o.value("valid"_L1).toObject();
            s.valid = true;
            s.subject = valid.value("subject"_L1).toString();
            s.certificatePem = QByteArray::fromBase64(valid.value("certificate"_L1).toString().toLatin1());
            s.notBefore = QDateTime::fromString(valid.value("notBefore"_L1).toString(), Qt::ISODateWithMs);
            s.notAfter = QDateTime::fromString(valid.value("notAfter"_L1).toString(), Qt::ISODateWithMs);
        } else {
            const QJsonObject invalid = o.value("invalid"_L1).toObject();
            s.error = invalid.value("error"_L1).toString();
            s.message = invalid.value("message"_L1).toString();
        }
        out << s;
    }
    return out;
}

// --- Device ------------------------------------------------------------------

Device Device::create(const QString &app, const QString &name)
{
    return Device(QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"application"_s, app}}},
                              {u"spec"_s, QJsonObject{}}});
}

QString Device::application() const { return metadata().value("application"_L1).toString(); }

QStringList Device::aliases() const
{
    QStringList out;
    const QJsonValue v = spec().value("alias"_L1);
    for (const QJsonValue &a : v.toArray())
        out << a.toString();
    return out;
}

void Device::setAliases(const QStringList &aliases)
{
    if (aliases.isEmpty())
        setSpecSection(u"alias"_s, QJsonValue::Undefined);
    else
        setSpecSection(u"alias"_s, QJsonArray::fromStringList(aliases));
}

bool Device::addAlias(const QString &alias)
{
    QStringList a = aliases();
    if (a.contains(alias))
        return false;
    a << alias;
    setAliases(a);
    return true;
}

bool Device::removeAlias(const QString &alias)
{
    QStringList a = aliases();
    if (!a.removeOne(alias))
        return false;
    setAliases(a);
    return true;
}

bool Device::disabled() const
{
    return spec().value("core"_L1).toObject().value("disabled"_L1).toBool(false);
}

void Device::setDisabled(bool disabled)
{
    QJsonObject core = spec().value("core"_L1).toObject();
    core.insert("disabled"_L1, disabled);
    setSpecSection(u"core"_s, core);
}

QList<CredentialSummary> Device::credentials() const
{
    const QJsonObject s = spec();
    QJsonArray list = s.value("authentication"_L1).toObject().value("credentials"_L1).toArray();
    if (!s.contains("authentication"_L1))
        list = s.value("credentials"_L1).toObject().value("credentials"_L1).toArray();
    QList<CredentialSummary> out;
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        for (auto it = c.begin(); it != c.end(); ++it) {
            CredentialSummary summary;
            summary.kind = it.key();
            if (it.key() == "user"_L1)
                summary.username = it.value().toObject().value("username"_L1).toString();
            out << summary;
        }
    }
    return out;
}

// --- names -------------------------------------------------------------------

QString validateApplicationName(const QString &name)
{
    static const QRegularExpression re(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"_s);
    if (name.isEmpty())
        return QCoreApplication::translate("Resources", "The application name is empty.");
    if (name.size() > 63)
        return QCoreApplication::translate("Resources",
                                           "The application name '%1' is longer than 63 characters.")
            .arg(name);
    if (!re.match(name).hasMatch())
        return QCoreApplication::translate(
                   "Resources",
                   "The application name '%1' is not valid: use lower-case letters, digits and '-', "
                   "starting and ending with a letter or digit.")
            .arg(name);
    return {};
}

QString validateDeviceName(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("Resources", "The device name is empty.");
    if (name.contains(u'/'))
        return QCoreApplication::translate("Resources", "The device name '%1' must not contain '/'.")
            .arg(name);
    return {};
}

} // namespace dwb
