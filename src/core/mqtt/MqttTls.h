// TLS for the MQTT client (MqttClient.cpp): the SSL_CTX it hands to
// libmosquitto, and what OpenSSL's callbacks see of the handshake (a
// TlsWatch), so that a refused certificate, a cut or stalled handshake and a
// refused connection are named for the user (TlsFailure) and reported at
// once. Also the probe that asks a broker why it refused a device.
#pragma once

#include "core/mqtt/MqttClient.h"

#include <QDateTime>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

#include <openssl/x509_vfy.h>

namespace dwb {

// What OpenSSL's callbacks saw of this client's TLS connection (loop thread).
struct TlsWatch {
    std::atomic_int handshake{0};      // 0 none, 1 started, 2 done
    std::mutex mutex;
    int verifyError = X509_V_OK;       // the first certificate error (depth 0 first)
    QDateTime notAfter;                // of the refused certificate
    QStringList names;                 // its DNS names and addresses
    // Called (loop thread, under mutex) when the peer's certificate is
    // refused (0), the connection is refused (ECONNREFUSED, …) or cut
    // during the handshake (kHandshakeCut); cleared by
    // the client before it goes away.
    std::function<void(int error)> onFailed;
    static constexpr int kHandshakeCut = -1;   // onFailed: closed during the handshake
};

// An SSL_CTX for the options: CA file / certificates (else the system's),
// host name check, the client certificate and key; with the callbacks that
// fill a TlsWatch attached by attachTlsWatch().
Result<SSL_CTX *> buildSslContext(const MqttOptions &o);
// The context keeps a reference to watch (freed with the context).
void attachTlsWatch(SSL_CTX *ctx, std::shared_ptr<TlsWatch> watch);

// After a connection failed before CONNACK with no TLS error in libmosquitto's
// log, one TLS handshake with the same SSL_CTX to read the broker's alert;
// OpenSSL's error text (e.g. "alert unknown ca") or empty.
QString probeTlsRefusal(SSL_CTX *ctx, const QByteArray &host, int port);

} // namespace dwb
