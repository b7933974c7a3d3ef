#include "core/mqtt/MqttClient.h"

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

QString opensslErrors()
{
    QStringList parts;
    while (const unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        parts << QString::fromLatin1(buf);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

// What OpenSSL's callbacks saw of this client's TLS connection (loop thread).
struct TlsWatch {
    std::atomic_int handshake{0};      // 0 none, 1 started, 2 done
    std::mutex mutex;
    int verifyError = X509_V_OK;       // the first certificate error (depth 0 first)
    QDateTime notAfter;                // of the refused certificate
    QStringList names;                 // its DNS names and addresses
    // Called (loop thread, under mutex) when the peer's certificate is
    // refused (0) or the connection is refused (ECONNREFUSED, …); cleared by
    // the client before it goes away.
    std::function<void(int error)> onFailed;
};

namespace {

// The SSL_CTX holds a shared_ptr<TlsWatch> (ex data, freed with the context:
// a probe thread may hold the context longer than the client lives).
int watchIndex()
{
    static const int index = SSL_CTX_get_ex_new_index(
        0, nullptr, nullptr, nullptr, [](void *, void *ptr, CRYPTO_EX_DATA *, int, long, void *) {
            delete static_cast<std::shared_ptr<TlsWatch> *>(ptr);
        });
    return index;
}

TlsWatch *watchOf(const SSL *ssl)
{
    auto *p = static_cast<std::shared_ptr<TlsWatch> *>(SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), watchIndex()));
    return p ? p->get() : nullptr;
}

QStringList certificateNames(X509 *cert)
{
    QStringList names;
    auto *sans = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    for (int i = 0; sans && i < sk_GENERAL_NAME_num(sans); ++i) {
        const GENERAL_NAME *n = sk_GENERAL_NAME_value(sans, i);
        if (n->type == GEN_DNS) {
            names << QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(n->d.dNSName)),
                                         ASN1_STRING_length(n->d.dNSName));
        } else if (n->type == GEN_IPADD) {
            const int len = ASN1_STRING_length(n->d.iPAddress);
            const unsigned char *a = ASN1_STRING_get0_data(n->d.iPAddress);
            if (len == 4)
                names << QStringLiteral("%1.%2.%3.%4").arg(a[0]).arg(a[1]).arg(a[2]).arg(a[3]);
        }
    }
    GENERAL_NAMES_free(sans);
    return names;
}

// Tells the client (caller holds w->mutex).
void notifyFailed(TlsWatch *w, int error)
{
    if (!w->onFailed)
        return;
    // No thread cancel inside Qt's postEvent (see NoCancel below).
    int previous = PTHREAD_CANCEL_ENABLE;
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &previous);
    w->onFailed(error);
    pthread_setcancelstate(previous, nullptr);
}

int verifyCallback(int ok, X509_STORE_CTX *store)
{
    if (ok)
        return ok;
    auto *ssl = static_cast<SSL *>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    TlsWatch *w = ssl ? watchOf(ssl) : nullptr;
    if (w) {
        const std::lock_guard lock(w->mutex);
        if (w->verifyError == X509_V_OK) {
            w->verifyError = X509_STORE_CTX_get_error(store);
            if (X509 *cert = X509_STORE_CTX_get_current_cert(store)) {
                const ASN1_TIME *t = X509_get0_notAfter(cert);
                struct tm tm {};
                if (t && ASN1_TIME_to_tm(t, &tm) == 1)
                    w->notAfter = QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                                            QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
                w->names = certificateNames(cert);
            }
            // libmosquitto reports no disconnect for a handshake that fails
            // in its loop thread: tell the client now, not at its timeout.
            notifyFailed(w, 0);
        }
    }
    return ok;
}

void infoCallback(const SSL *ssl, int where, int ret)
{
    TlsWatch *w = watchOf(ssl);
    if (!w)
        return;
    if (where & SSL_CB_HANDSHAKE_START) {
        int none = 0;
        w->handshake.compare_exchange_strong(none, 1);
    }
    if (where & SSL_CB_HANDSHAKE_DONE)
        w->handshake = 2;
    // A handshake that ends for good because the TCP connection was refused
    // or unreachable: libmosquitto reports nothing for it in its loop thread.
    if ((where & SSL_CB_EXIT) && ret <= 0) {
        const int e = errno;
        if (e == ECONNREFUSED || e == EHOSTUNREACH || e == ENETUNREACH) {
            const std::lock_guard lock(w->mutex);
            notifyFailed(w, e);
        }
    }
}

Result<SSL_CTX *> buildSslContext(const MqttOptions &o)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx)
        return Error(ErrorCode::Crypto, tr("Could not set up TLS."), opensslErrors());
    auto failWith = [ctx](ErrorCode code, const QString &msg) -> Result<SSL_CTX *> {
        const QString detail = opensslErrors();
        SSL_CTX_free(ctx);
        return Error(code, msg, detail);
    };
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    X509_STORE *store = SSL_CTX_get_cert_store(ctx);
    bool haveCa = false;
    if (!o.caFile.isEmpty()) {
        QFile f(o.caFile);
        if (!f.open(QIODevice::ReadOnly))
            return failWith(ErrorCode::Io, tr("Cannot read the CA file %1.").arg(o.caFile));
        const QByteArray pem = f.readAll();
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        int count = 0;
        while (X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
            X509_STORE_add_cert(store, x);
            X509_free(x);
            ++count;
        }
        BIO_free(bio);
        ERR_clear_error();
        if (count == 0)
            return failWith(ErrorCode::UnknownFormat,
                            tr("The CA file %1 holds no PEM certificate.").arg(o.caFile));
        haveCa = true;
    }
    for (const Certificate &c : o.caCertificates) {
        if (!c.isNull()) {
            X509_STORE_add_cert(store, c.get());
            haveCa = true;
        }
    }
    if (!haveCa)
        SSL_CTX_set_default_verify_paths(ctx);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verifyCallback);
    SSL_CTX_set_info_callback(ctx, infoCallback);
    const QByteArray host = (o.verifyHost.isEmpty() ? o.host : o.verifyHost).toUtf8();
    X509_VERIFY_PARAM *param = SSL_CTX_get0_param(ctx);
    X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    if (!X509_VERIFY_PARAM_set1_host(param, host.constData(), size_t(host.size())))
        return failWith(ErrorCode::InvalidArgument, tr("Invalid broker host name."));

    if (!o.clientCertificate.isNull() || !o.clientKey.isNull()) {
        if (o.clientCertificate.isNull() || o.clientKey.isNull() || !o.clientKey.hasPrivate())
            return failWith(ErrorCode::InvalidArgument,
                            tr("A device login needs both a certificate and its private key."));
        if (!o.clientCertificate.matches(o.clientKey))
            return failWith(ErrorCode::Mismatch,
                            tr("The private key does not belong to the device certificate."));
        if (SSL_CTX_use_certificate(ctx, o.clientCertificate.get()) != 1)
            return failWith(ErrorCode::Tls, tr("The device certificate cannot be used for TLS."));
        if (SSL_CTX_use_PrivateKey(ctx, o.clientKey.get()) != 1)
            return failWith(ErrorCode::Tls, tr("The device key cannot be used for TLS."));
        if (SSL_CTX_check_private_key(ctx) != 1)
            return failWith(ErrorCode::Mismatch,
                            tr("The private key does not belong to the device certificate."));
    }
    return ctx;
}


// After a connection failed before CONNACK with no TLS error in libmosquitto's
// log (with MQTT 5 libmosquitto reports a broker's TLS alert as a protocol
// error), find out whether the broker refused the certificate: one TLS
// handshake with the same SSL_CTX, then wait briefly for the broker's alert.
// Returns OpenSSL's error text (e.g. "tlsv1 alert unknown ca") or empty.
QString probeTlsRefusal(SSL_CTX *ctx, const QByteArray &host, int port)
{
    ERR_clear_error();
    const QByteArray target = host + ':' + QByteArray::number(port);
    BIO *bio = BIO_new_connect(target.constData());
    if (!bio)
        return {};
    if (BIO_do_connect(bio) <= 0) {
        if (qEnvironmentVariableIsSet("DWB_MQTT_DEBUG"))
            std::fprintf(stderr, "probe: connect failed\n");
        BIO_free_all(bio);
        ERR_clear_error();
        return {};
    }
    int fd = -1;
    BIO_get_fd(bio, &fd);
    if (fd >= 0) {
        struct timeval tv {2, 0};
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    }
    SSL *ssl = SSL_new(ctx);
    QString result;
    if (ssl) {
        SSL_set_bio(ssl, bio, bio);
        SSL_set_tlsext_host_name(ssl, host.constData());
        // TLS 1.2: the broker checks the client certificate inside the
        // handshake, so its alert ends SSL_connect (no race with a read).
        SSL_set_max_proto_version(ssl, TLS1_2_VERSION);
        // The alert the broker sends names the refusal ("unknown CA", …).
        static thread_local QString alert;
        alert.clear();
        SSL_set_info_callback(ssl, [](const SSL *, int where, int ret) {
            if ((where & SSL_CB_READ_ALERT) && alert.isEmpty())
                alert = QString::fromLatin1(SSL_alert_desc_string_long(ret));
        });
        char byte = 0;
        if (SSL_connect(ssl) != 1 || SSL_read(ssl, &byte, 1) <= 0) {
            if (!alert.isEmpty() && alert != QLatin1String("close notify")) {
                result = QStringLiteral("alert ") + alert.toLower();
            } else if (const unsigned long e = ERR_peek_last_error()) {
                const char *reason = ERR_reason_error_string(e);
                result = QString::fromLatin1(reason ? reason : "");
            }
        }
        SSL_free(ssl);
    } else {
        BIO_free_all(bio);
    }
    ERR_clear_error();
    if (qEnvironmentVariableIsSet("DWB_MQTT_DEBUG"))
        std::fprintf(stderr, "probe: '%s'\n", qPrintable(result));
    return result;
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
                    if (error != 0)
                        m_connectErrno = error;
                    fail(transportError(error != 0 ? MOSQ_ERR_ERRNO : MOSQ_ERR_TLS));
                },
                Qt::QueuedConnection);
        };
        SSL_CTX_set_ex_data(m_ctx, watchIndex(), new std::shared_ptr<TlsWatch>(m_tls));
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
