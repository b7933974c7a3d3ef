// Typed views over the registry's open JSON objects (contract sections 3-4).
// A view keeps the whole object: every key it does not know (in metadata,
// spec and status) survives a read-modify-write unchanged.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dwb {

class Resource {
public:
    Resource() = default;
    explicit Resource(QJsonObject json) : m_json(std::move(json)) {}

    const QJsonObject &json() const { return m_json; }
    QJsonObject &json() { return m_json; }

    QString name() const;
    void setName(const QString &name);
    QString uid() const;
    QString resourceVersion() const;
    qint64 generation() const;
    QDateTime creationTimestamp() const;
    QMap<QString, QString> labels() const;
    void setLabels(const QMap<QString, QString> &labels);
    QMap<QString, QString> annotations() const;

    QJsonObject metadata() const;
    QJsonObject spec() const;
    QJsonObject status() const;
    void setSpecSection(const QString &key, const QJsonValue &value); // value undefined/null removes

    // For PUT: the object without "status" (servers ignore it anyway).
    QJsonObject toUpdateJson() const;

protected:
    QJsonObject m_json;
};

struct TrustAnchorStatus {
    bool valid = false;
    QString subject;         // valid
    QByteArray certificatePem;
    QDateTime notBefore, notAfter;
    QString error, message;  // invalid
};

class Application : public Resource {
public:
    using Resource::Resource;
    static Application create(const QString &name);

    // spec.trustAnchors.anchors[*].certificate, decoded: PEM text of each anchor.
    QList<QByteArray> trustAnchorPems() const;
    bool addTrustAnchor(const QByteArray &pem);     // appends; false when already present
    bool removeTrustAnchor(int index);              // false when out of range
    // Removes the anchor with this certificate (PEM, compared as addTrustAnchor
    // does): the change re-applied after a conflict removes the same anchor,
    // never the one that took its index. False when it is not there (any more).
    bool removeTrustAnchorPem(const QByteArray &pem);
    // status.trustAnchors.anchors, in the same order as spec
    QList<TrustAnchorStatus> trustAnchorStatuses() const;
};

struct CredentialSummary {
    QString kind;       // "pass", "user", "cert", "psk", or unknown key
    QString username;   // for "user"; never a password
};

class Device : public Resource {
public:
    using Resource::Resource;
    static Device create(const QString &app, const QString &name);

    QString application() const;        // metadata.application
    QStringList aliases() const;        // spec.alias
    void setAliases(const QStringList &aliases);
    bool addAlias(const QString &alias);    // false when already present
    bool removeAlias(const QString &alias); // false when absent
    bool disabled() const;                  // spec.core.disabled
    void setDisabled(bool disabled);        // keeps other keys of spec.core
    // spec.authentication.credentials, or the older spec.credentials.credentials
    QList<CredentialSummary> credentials() const;
};

// Validation as the server does it (contract section 3). Empty = valid,
// otherwise a message for the user.
QString validateApplicationName(const QString &name);
QString validateDeviceName(const QString &name);

} // namespace dwb
