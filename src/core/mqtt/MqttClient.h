// An MQTT client on libmosquitto with a QObject API. libmosquitto's network
// loop runs in its own thread (mosquitto_loop_start); its callbacks are
// marshalled to this object's thread with queued invocations.
//
// TLS uses an SSL_CTX built here: the client certificate and key come from
// memory (dwb::Certificate / dwb::PrivateKey, never a temporary file), the
// CA from a PEM file and/or in-memory certificates, host name verification on.
#pragma once

#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

struct mosquitto;
struct mosquitto_message;
typedef struct ssl_ctx_st SSL_CTX;

namespace dwb {

struct TlsWatch;

enum class MqttVersion { V311, V5 };

struct MqttOptions {
    QString host = QStringLiteral("localhost");
    int port = 8883;
    QString clientId;             // empty: a random one
    MqttVersion version = MqttVersion::V5;
    int keepAliveSeconds = 30;
    bool cleanSession = true;
    int connectTimeoutMs = 10000;

    bool tls = true;
    QString caFile;               // PEM file with the CA(s) of the broker
    QList<Certificate> caCertificates; // and/or in memory; none: system CAs
    QString verifyHost;           // empty: host
    // Device login: certificate + key (mutual TLS).
    Certificate clientCertificate;
    PrivateKey clientKey;
    // Integration login: user name + password (access token).
    QString username;
    QByteArray password;          // a secret: never logged
};

struct MqttMessage {
    QString topic;
    QByteArray payload;
    int qos = 0;
    bool retain = false;
};

class MqttClient : public QObject {
    Q_OBJECT
public:
    explicit MqttClient(QObject *parent = nullptr);
    ~MqttClient() override;

    // Starts connecting; emits connected() or errorOccurred(). Errors known
    // before any network traffic (bad options, TLS setup) are returned.
    Status connectToBroker(const MqttOptions &options);
    // Subscribe / publish once connected(); mid via subscribed()/published().
    Result<int> subscribe(const QString &topic, int qos = 0);
    Result<int> publish(const QString &topic, const QByteArray &payload, int qos = 0,
                        bool retain = false);
    // Clean MQTT DISCONNECT; emits disconnected().
    void disconnectFromBroker();
    bool isConnected() const { return m_connected; }

    // Maps a CONNACK return/reason code to a plain message ("not authorised", …).
    static QString connackMessage(int rc, bool v5);

Q_SIGNALS:
    void connected();
    void subscribed(int mid);
    void published(int mid);
    void messageReceived(const dwb::MqttMessage &message);
    void errorOccurred(const dwb::Error &error);
    void disconnected();

private:
    friend struct MqttCallbacks;
    void handleConnect(int rc);
    void handleDisconnect(int rc);
    void handleLog(int level, const QString &text);
    void fail(const Error &error);
    Error transportError(int rc) const;
    void stopLoop();

    mosquitto *m_mosq = nullptr;
    SSL_CTX *m_ctx = nullptr;
    MqttOptions m_options;
    bool m_connected = false;
    bool m_everConnected = false;
    bool m_failed = false;
    bool m_loopRunning = false;
    std::atomic_bool m_userDisconnect{false};
    QString m_lastLogError;   // written in the loop thread, read after queued hop
    QTimer m_timeout;
    int m_connectErrno = 0;   // errno of a connect refused at once (ECONNREFUSED, …)
    // What the TLS layer saw (handshake started/done, certificate verdict),
    // written by OpenSSL callbacks in the loop thread; shared with m_ctx.
    std::shared_ptr<TlsWatch> m_tls;
};

} // namespace dwb

Q_DECLARE_METATYPE(dwb::MqttMessage)
