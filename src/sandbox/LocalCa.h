// The sandbox's local CA: DIR/tls/ca.key + ca.pem (ECDSA P-256, self-signed,
// "CN=Drogue Sandbox Local CA") and DIR/tls/server.key + server.pem (issued by
// it: SAN DNS:localhost, IP:127.0.0.1, EKU serverAuth, 825 days). Created on
// the first start, reused afterwards. The broker uses the same files.
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace dwb::sandbox {

struct LocalCaFiles {
    QString dir;         // DIR/tls
    QString caCert;      // DIR/tls/ca.pem
    QString caKey;       // DIR/tls/ca.key
    QString serverCert;  // DIR/tls/server.pem
    QString serverKey;   // DIR/tls/server.key

    static LocalCaFiles in(const QString &dataDir);
};

// Creates whatever is missing (a missing CA also renews the server
// certificate) and checks that the existing files can be read.
Result<LocalCaFiles> ensureLocalCa(const QString &dataDir);

// Server certificates of the local CA that a client must refuse (the
// sandbox's --faults tls-expired / tls-wrong-name), made in memory on demand:
// Expired: for localhost and 127.0.0.1, expired yesterday (valid the 30 days
// before); WrongName: valid, but for wrong-host.invalid only.
enum class FaultyCert { Expired, WrongName };
struct PemPair {
    QByteArray cert;
    QByteArray key;
};
Result<PemPair> makeFaultyServerCert(const LocalCaFiles &files, FaultyCert kind);

} // namespace dwb::sandbox
