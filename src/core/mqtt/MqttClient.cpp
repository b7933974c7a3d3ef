#include "core/mqtt/MqttClient.h"
#include "core/mqtt/MqttTls.h"

#include "core/util/TlsFailure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QFile>
#include <QPointer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <QFutureWatcher>

#include <mosquitto.h>
#include <mqtt_protocol.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <mutex>

#include <pthread.h>
#include <sys/socket.h>
#include <sys/time.h>

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MqttClient", text);
}

void ensureLibInit()
{
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

// libmosquitto's callbacks run in its loop thread, which stopLoop() may cancel
// (mosquitto_loop_stop with force). A cancel inside a callback (Qt's wake-up
// write in postEvent is a cancellation point) skips what libmosquitto does
// after the callback: the received message or the DISCONNECT packet leaked
// (LeakSanitizer, ./run sanitize), and Qt's event queue lock could be left
// held. So no cancel while a callback runs; it takes effect right after.
struct NoCancel {
    int previous = PTHREAD_CANCEL_ENABLE;
    NoCancel() { pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &previous); }
    ~NoCancel() { pthread_setcancelstate(previous, nullptr); }
    NoCancel(const NoCancel &) = delete;
    NoCancel &operator=(const NoCancel &) = delete;
};

} // namespace

struct MqttCallbacks {
    static void connect(mosquitto *, void *obj, int rc, int, const mosquitto_property *)
    {
        const NoCancel noCancel;
        auto *self = static_cast<MqttClient *>(obj);
        QMetaObject::invokeMethod(self, [self, rc] { self->handleConnect(rc); },
                                  Qt::QueuedConnection);
    }
    static void disconnect(mosquitto *, void *obj, int rc, const mosquitto_property *)
    {
        const NoCancel noCancel;
        auto *self = static_cast<MqttClient *>(obj);
        QMetaObject::invokeMethod(self, [self, rc] { self->handleDisconnect(rc); },
                                  Qt::QueuedConnection);
    }
    static void publish(mosquitto *, void *obj, int mid, int, const mosquitto_property *)
    {
        const NoCancel noCancel;
        auto *self = static_cast<MqttClient *>(obj);
        QMetaObject::invokeMethod(self, [self, mid] { Q_EMIT self->published(mid); },
                                  Qt::QueuedConnection);
    }
    static void subscribe(mosquitto *, void *obj, int mid, int count, const int *granted,
                          const mosquitto_property *)
    {
        const NoCancel noCancel;
        auto *self = static_cast<MqttClient *>(obj);
        const bool refused = count > 0 && granted[0] >= 0x80;
        QMetaObject::invokeMethod(
            self,
            [self, mid, refused] {
                if (refused)
                    Q_EMIT self->errorOccurred(
                        Error(ErrorCode::Refused, tr("The broker refused the subscription."),
                              QStringLiteral("SUBACK failure")));
                else
                    Q_EMIT self->subscribed(mid);
            },
            Qt::QueuedConnection);
    }
    static void message(mosquitto *, void *obj, const mosquitto_message *m,
                        const mosquitto_property *)
    {
        const NoCancel noCancel;
        auto *self = static_cast<MqttClient *>(obj);
        MqttMessage msg;
        msg.topic = QString::fromUtf8(m->topic);
        msg.payload = QByteArray(static_cast<const char *>(m->payload), m->payloadlen);
        msg.qos = m->qos;
        msg.retain = m->retain;
        QMetaObject::invokeMethod(self, [self, msg] { Q_EMIT self->messageReceived(msg); },
                                  Qt::QueuedConnection);
    }
    static void log(mosquitto *, void *obj, int level, const char *text)
    {
        if (!(level & (MOSQ_LOG_ERR | MOSQ_LOG_WARNING)))
            return;
        const NoCancel noCancel;
        auto *self = static_cast<MqttClient *>(obj);
        const QString t = QString::fromUtf8(text);
        QMetaObject::invokeMethod(self, [self, level, t] { self->handleLog(level, t); },
                                  Qt::QueuedConnection);
    }
};

MqttClient::MqttClient(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<dwb::MqttMessage>();
    qRegisterMetaType<dwb::Error>();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_connected && !m_failed && m_tls && m_tls->handshake == 1) {
            TlsFailure f;
            f.kind = TlsFailure::Kind::HandshakeStalled;
            f.peer = TlsFailure::Peer::Broker;
            f.waitedMs = m_options.connectTimeoutMs;
            fail(Error(ErrorCode::Timeout, f.message(), QStringLiteral("TLS handshake started, no answer")));
            return;
        }
        if (!m_connected && !m_failed)
            fail(Error(ErrorCode::Timeout,
                       tr("The broker did not answer in time (%1 s).")
                           .arg(m_options.connectTimeoutMs / 1000.0),
                       m_lastLogError));
    });
}

MqttClient::~MqttClient()
{
    if (m_tls) {
        const std::lock_guard lock(m_tls->mutex);
        m_tls->onFailed = nullptr;
    }
    if (m_mosq) {
        m_userDisconnect = true;
        mosquitto_disconnect(m_mosq);
        stopLoop();
        mosquitto_destroy(m_mosq);
    }
    if (m_ctx)
        SSL_CTX_free(m_ctx);
}

void MqttClient::stopLoop()
{
    if (m_loopRunning) {
        mosquitto_loop_stop(m_mosq, true);
        m_loopRunning = false;
    }
}

QString MqttClient::connackMessage(int rc, bool v5)
{
    if (!v5 || rc < 0x80) {
        switch (rc) {
        case 0: return tr("connected");
        case 1: return tr("the broker does not accept this MQTT version");
        case 2: return tr("the broker refused the client id");
        case 3: return tr("the broker is unavailable");
        case 4: return tr("bad user name or password");
        case 5: return tr("not authorised");
        default: break;
        }
    }
    switch (rc) {
    case MQTT_RC_NOT_AUTHORIZED: return tr("not authorised");
    case MQTT_RC_BAD_USERNAME_OR_PASSWORD: return tr("bad user name or password");
    case MQTT_RC_BANNED: return tr("banned");
    case MQTT_RC_SERVER_UNAVAILABLE: return tr("the broker is unavailable");
    case MQTT_RC_SERVER_BUSY: return tr("the broker is busy");
    case MQTT_RC_BAD_AUTHENTICATION_METHOD: return tr("bad authentication method");
    case MQTT_RC_CLIENTID_NOT_VALID: return tr("the broker refused the client id");
    case MQTT_RC_UNSUPPORTED_PROTOCOL_VERSION: return tr("the broker does not accept this MQTT version");
    default: break;
    }
    return QString::fromUtf8(mosquitto_reason_string(rc));
}

Status MqttClient::connectToBroker(const MqttOptions &options)
{
    if (m_mosq)
        return Error(ErrorCode::InvalidArgument, tr("This MQTT client is already in use."));
    ensureLibInit();
    m_options = options;
    const QByteArray clientId = (options.clientId.isEmpty()
                                     ? QStringLiteral("dwb-") + QUuid::createUuid().toString(QUuid::Id128).left(16)
                                     : options.clientId)
                                    .toUtf8();
    m_mosq = mosquitto_new(clientId.constData(), options.cleanSession, this);
    if (!m_mosq)
        return Error(ErrorCode::Unknown, tr("Could not create the MQTT client."));
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION,
                         options.version == MqttVersion::V5 ? MQTT_PROTOCOL_V5 : MQTT_PROTOCOL_V311);
    mosquitto_int_option(m_mosq, MOSQ_OPT_TCP_NODELAY, 1);
    mosquitto_connect_v5_callback_set(m_mosq, &MqttCallbacks::connect);
    mosquitto_disconnect_v5_callback_set(m_mosq, &MqttCallbacks::disconnect);
    mosquitto_publish_v5_callback_set(m_mosq, &MqttCallbacks::publish);
    mosquitto_subscribe_v5_callback_set(m_mosq, &MqttCallbacks::subscribe);
    mosquitto_message_v5_callback_set(m_mosq, &MqttCallbacks::message);
    mosquitto_log_callback_set(m_mosq, &MqttCallbacks::log);
    // Reconnection is ours to decide: a refused device must not hammer the broker.
    mosquitto_reconnect_delay_set(m_mosq, 3600, 3600, false);

    if (!options.username.isEmpty()) {
        const QByteArray user = options.username.toUtf8();
        if (mosquitto_username_pw_set(m_mosq, user.constData(),
                                      options.password.isNull() ? nullptr : options.password.constData())
            != MOSQ_ERR_SUCCESS)
            return Error(ErrorCode::InvalidArgument, tr("Invalid MQTT user name or password."));
    }
    if (options.tls) {
        auto ctx = buildSslContext(options);
        if (!ctx)
            return ctx.error();
        m_ctx = *ctx;
        m_tls = std::make_shared<TlsWatch>();
        m_tls->onFailed = [this](int error) {
            QMetaObject::invokeMethod(
                this,
                [this, error] {
                    if (m_connected || m_failed)
                        return;
                    if (error == TlsWatch::kHandshakeCut) {
                        TlsFailure f;
                        f.kind = TlsFailure::Kind::HandshakeCut;
                        f.peer = TlsFailure::Peer::Broker;
                        fail(Error(ErrorCode::Network, f.message(), QStringLiteral("connection closed during the TLS handshake")));
                        return;
                    }
                    if (error != 0)
                        m_connectErrno = error;
                    fail(transportError(error != 0 ? MOSQ_ERR_ERRNO : MOSQ_ERR_TLS));
                },
                Qt::QueuedConnection);
        };
        attachTlsWatch(m_ctx, m_tls);
        // Our own SSL_CTX, without libmosquitto's defaults (it would want CA
        // files on disk); verification and host check are set up above.
        mosquitto_int_option(m_mosq, MOSQ_OPT_SSL_CTX_WITH_DEFAULTS, 0);
        if (mosquitto_void_option(m_mosq, MOSQ_OPT_SSL_CTX, m_ctx) != MOSQ_ERR_SUCCESS)
            return Error(ErrorCode::Tls, tr("Could not set up TLS."));
    }

    const QByteArray host = options.host.toUtf8();
    errno = 0;
    const int rc = mosquitto_connect_async(m_mosq, host.constData(), options.port,
                                           options.keepAliveSeconds);
    m_connectErrno = rc == MOSQ_ERR_ERRNO ? errno : 0;
    if (rc != MOSQ_ERR_SUCCESS && m_ctx && !options.clientCertificate.isNull() && rc != MOSQ_ERR_EAI
        && rc != MOSQ_ERR_INVAL) {
        // The TLS handshake runs inside connect_async: a broker's alert can
        // end it right here. Report it like a later failure (with the probe).
        m_timeout.start(options.connectTimeoutMs);
        QMetaObject::invokeMethod(this, [this, rc] { handleDisconnect(rc); }, Qt::QueuedConnection);
        return {};
    }
    if (rc != MOSQ_ERR_SUCCESS) {
        const Error e = transportError(rc);
        mosquitto_destroy(m_mosq);
        m_mosq = nullptr;
        return e;
    }
    if (mosquitto_loop_start(m_mosq) != MOSQ_ERR_SUCCESS)
        return Error(ErrorCode::Unknown, tr("Could not start the MQTT network thread."));
    m_loopRunning = true;
    m_timeout.start(options.connectTimeoutMs);
    return {};
}

Error MqttClient::transportError(int rc) const
{
    const QString where = QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
    const QString log = m_lastLogError;
    const QString lower = log.toLower();
    if (rc == MOSQ_ERR_ERRNO && m_connectErrno == ECONNREFUSED)
        return Error(ErrorCode::Network,
                     tr("The broker at %1 refused the connection: nothing accepts connections on that port.").arg(where),
                     QStringLiteral("connection refused"));
    if (rc == MOSQ_ERR_ERRNO && (m_connectErrno == EHOSTUNREACH || m_connectErrno == ENETUNREACH))
        return Error(ErrorCode::Network, tr("The broker at %1 is unreachable.").arg(where),
                     QString::fromLocal8Bit(std::strerror(m_connectErrno)));
    if (m_tls) {
        int verifyError = X509_V_OK;
        TlsFailure f;
        f.peer = TlsFailure::Peer::Broker;
        {
            const std::lock_guard lock(m_tls->mutex);
            verifyError = m_tls->verifyError;
            f.notAfter = m_tls->notAfter;
            f.names = m_tls->names;
        }
        const QString detail = QString::fromLatin1(X509_verify_cert_error_string(verifyError));
        if (verifyError == X509_V_ERR_CERT_HAS_EXPIRED) {
            f.kind = TlsFailure::Kind::Expired;
            return Error(ErrorCode::Tls, f.message(), detail);
        }
        if (verifyError == X509_V_ERR_HOSTNAME_MISMATCH || verifyError == X509_V_ERR_IP_ADDRESS_MISMATCH) {
            f.kind = TlsFailure::Kind::NameMismatch;
            f.host = m_options.verifyHost.isEmpty() ? m_options.host : m_options.verifyHost;
            return Error(ErrorCode::Tls, f.message(), detail);
        }
        if (m_tls->handshake == 1 && verifyError == X509_V_OK && !lower.contains(QLatin1String("alert"))
            && (rc == MOSQ_ERR_CONN_LOST || rc == MOSQ_ERR_TLS || rc == MOSQ_ERR_ERRNO || rc == MOSQ_ERR_PROTOCOL)) {
            f.kind = TlsFailure::Kind::HandshakeCut;
            return Error(ErrorCode::Network, f.message(), log.isEmpty() ? QString::fromUtf8(mosquitto_strerror(rc)) : log);
        }
    }
    if (rc == MOSQ_ERR_CONN_LOST && m_everConnected)
        return Error(ErrorCode::Network,
                     tr("The broker accepted the connection (CONNACK), then closed it."),
                     log.isEmpty() ? QString::fromUtf8(mosquitto_strerror(rc)) : log);
    if (lower.contains(QLatin1String("certificate verify failed")))
        return Error(ErrorCode::Tls,
                     tr("The broker's certificate is not trusted (wrong CA or host name)."), log);
    if (lower.contains(QLatin1String("alert certificate expired")))
        return Error(ErrorCode::Tls,
                     tr("The broker refused the certificate during the TLS handshake (certificate expired)."),
                     log);
    if (lower.contains(QLatin1String("alert unknown ca")))
        return Error(ErrorCode::Tls,
                     tr("The broker refused the certificate during the TLS handshake (unknown CA)."), log);
    if (lower.contains(QLatin1String("alert bad certificate"))
        || lower.contains(QLatin1String("alert certificate required"))
        || lower.contains(QLatin1String("alert unsupported certificate"))
        || lower.contains(QLatin1String("alert handshake failure")))
        return Error(ErrorCode::Tls,
                     tr("The broker refused the certificate during the TLS handshake (%1).")
                         .arg(log.section(QLatin1Char(':'), -1).trimmed()),
                     log);
    if (lower.contains(QLatin1String("openssl error")) || rc == MOSQ_ERR_TLS)
        return Error(ErrorCode::Tls, tr("The TLS handshake with the broker failed."), log);
    if (rc == MOSQ_ERR_ERRNO || rc == MOSQ_ERR_NO_CONN || rc == MOSQ_ERR_EAI)
        return Error(ErrorCode::Network, tr("The broker at %1 is unreachable.").arg(where),
                     QString::fromUtf8(mosquitto_strerror(rc)) + (log.isEmpty() ? QString() : QStringLiteral("; ") + log));
    if (rc == MOSQ_ERR_CONN_LOST)
        return Error(ErrorCode::Network, tr("The broker closed the connection."),
                     log.isEmpty() ? QString::fromUtf8(mosquitto_strerror(rc)) : log);
    return Error(ErrorCode::Network, tr("The connection to the broker failed."),
                 QString::fromUtf8(mosquitto_strerror(rc)) + (log.isEmpty() ? QString() : QStringLiteral("; ") + log));
}

void MqttClient::handleLog(int, const QString &text)
{
    m_lastLogError = text;
}

void MqttClient::handleConnect(int rc)
{
    if (m_failed)
        return;
    m_timeout.stop();
    if (rc == 0) {
        m_connected = true;
        m_everConnected = true;
        Q_EMIT connected();
        return;
    }
    const bool v5 = m_options.version == MqttVersion::V5;
    fail(Error(rc == 5 || rc == MQTT_RC_NOT_AUTHORIZED || rc == 4 || rc == MQTT_RC_BAD_USERNAME_OR_PASSWORD
                   ? ErrorCode::Refused : ErrorCode::Network,
               tr("The broker refused the connection: %1.").arg(connackMessage(rc, v5)),
               QStringLiteral("CONNACK %1").arg(rc)));
}

void MqttClient::handleDisconnect(int rc)
{
    const bool wasConnected = m_connected;
    m_connected = false;
    if (m_userDisconnect || m_failed) {
        if (wasConnected || m_userDisconnect)
            Q_EMIT disconnected();
        return;
    }
    if (!m_everConnected) {
        Error e = transportError(rc);
        if (m_ctx && e.code != ErrorCode::Tls && !m_options.clientCertificate.isNull()
            && rc != MOSQ_ERR_EAI) {
            // Ask the TLS layer what happened (off this thread; short timeouts).
            m_failed = true; // no further reports while probing
            m_timeout.stop();
            if (m_mosq)
                mosquitto_disconnect(m_mosq);
            SSL_CTX_up_ref(m_ctx);
            SSL_CTX *ctx = m_ctx;
            const QByteArray host = m_options.host.toUtf8();
            const int port = m_options.port;
            auto *watcher = new QFutureWatcher<QString>(this);
            connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, e] {
                const QString reason = watcher->result();
                watcher->deleteLater();
                Error out = e;
                if (!reason.isEmpty()) {
                    m_lastLogError = reason;
                    out = transportError(MOSQ_ERR_TLS);
                    if (out.message == tr("The TLS handshake with the broker failed."))
                        out = Error(ErrorCode::Tls,
                                    tr("The broker refused the certificate during the TLS handshake (%1).").arg(reason),
                                    reason);
                }
                Q_EMIT errorOccurred(out);
            });
            watcher->setFuture(QtConcurrent::run([ctx, host, port] {
                const QString r = probeTlsRefusal(ctx, host, port);
                SSL_CTX_free(ctx);
                return r;
            }));
            return;
        }
        fail(e);
        return;
    }
    // Lost after a successful connection: a v5 broker may say why (DISCONNECT
    // with a reason code of 0x80 or more), else the connection just ended.
    m_userDisconnect = true;
    if (m_mosq)
        mosquitto_disconnect(m_mosq);
    const bool reason = m_options.version == MqttVersion::V5 && rc >= 0x80;
    Q_EMIT errorOccurred(Error(ErrorCode::Network, tr("The broker accepted the connection (CONNACK), then closed it."),
                               reason ? QStringLiteral("DISCONNECT: ") + QString::fromUtf8(mosquitto_reason_string(rc))
                                      : QString::fromUtf8(mosquitto_strerror(rc == 0 ? MOSQ_ERR_CONN_LOST : rc))));
    Q_EMIT disconnected();
}

void MqttClient::fail(const Error &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_timeout.stop();
    if (m_mosq)
        mosquitto_disconnect(m_mosq); // stops the loop's reconnect attempts
    Q_EMIT errorOccurred(error);
}

Result<int> MqttClient::subscribe(const QString &topic, int qos)
{
    if (!m_mosq || !m_connected)
        return Error(ErrorCode::Network, tr("Not connected to the broker."));
    int mid = 0;
    const QByteArray t = topic.toUtf8();
    const int rc = mosquitto_subscribe(m_mosq, &mid, t.constData(), qos);
    if (rc != MOSQ_ERR_SUCCESS)
        return Error(ErrorCode::InvalidArgument, tr("Could not subscribe to %1.").arg(topic),
                     QString::fromUtf8(mosquitto_strerror(rc)));
    return mid;
}

Result<int> MqttClient::publish(const QString &topic, const QByteArray &payload, int qos,
                                bool retain)
{
    if (!m_mosq || !m_connected)
        return Error(ErrorCode::Network, tr("Not connected to the broker."));
    int mid = 0;
    const QByteArray t = topic.toUtf8();
    const int rc = mosquitto_publish(m_mosq, &mid, t.constData(), int(payload.size()),
                                     payload.constData(), qos, retain);
    if (rc != MOSQ_ERR_SUCCESS)
        return Error(ErrorCode::InvalidArgument, tr("Could not publish to %1.").arg(topic),
                     QString::fromUtf8(mosquitto_strerror(rc)));
    return mid;
}

void MqttClient::disconnectFromBroker()
{
    if (!m_mosq)
        return;
    m_userDisconnect = true;
    m_timeout.stop();
    if (mosquitto_disconnect(m_mosq) != MOSQ_ERR_SUCCESS && !m_connected)
        QMetaObject::invokeMethod(this, [this] { Q_EMIT disconnected(); }, Qt::QueuedConnection);
}

} // namespace dwb
