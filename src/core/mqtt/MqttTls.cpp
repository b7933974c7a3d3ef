#include "core/mqtt/MqttTls.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstdio>

#include <pthread.h>
#include <sys/socket.h>
#include <sys/time.h>

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MqttClient", text);
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
    // or unreachable, or closed by the peer before the handshake finished:
    // libmosquitto reports nothing for these in its loop thread (it tries
    // the handshake again until the client's timeout).
    if ((where & SSL_CB_EXIT) && ret <= 0 && w->handshake != 2) {
        const int e = errno;
        const int kind = SSL_get_error(ssl, ret);
        const unsigned long last = ERR_peek_last_error();
        int report = 0;
        if (e == ECONNREFUSED || e == EHOSTUNREACH || e == ENETUNREACH)
            report = e;
        else if ((kind == SSL_ERROR_SSL && ERR_GET_REASON(last) == SSL_R_UNEXPECTED_EOF_WHILE_READING)
                 || (kind == SSL_ERROR_SYSCALL && (e == ECONNRESET || e == EPIPE)))
            report = TlsWatch::kHandshakeCut;
        if (report != 0) {
            const std::lock_guard lock(w->mutex);
            notifyFailed(w, report);
        }
    }
}

} // namespace

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


void attachTlsWatch(SSL_CTX *ctx, std::shared_ptr<TlsWatch> watch)
{
    SSL_CTX_set_ex_data(ctx, watchIndex(), new std::shared_ptr<TlsWatch>(std::move(watch)));
}

} // namespace dwb
