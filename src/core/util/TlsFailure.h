// What went wrong in a TLS connection, named for a lab engineer: one wording
// for the registry client (Qt's TLS) and the MQTT client (OpenSSL), so the
// GUI and dwb say the same thing for the same fault (issue 23).
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace dwb {

struct TlsFailure {
    enum class Kind {
        None,
        Expired,           // the peer's certificate is past its notAfter
        NameMismatch,      // the certificate is not for the name we connected to
        HandshakeCut,      // the connection closed before the handshake finished
        HandshakeStalled,  // no answer during the handshake until the timeout
    };
    enum class Peer { Server, Broker };

    Kind kind = Kind::None;
    Peer peer = Peer::Server;
    QDateTime notAfter;    // Expired
    QString host;          // NameMismatch: the name (or address) connected to
    QStringList names;     // NameMismatch: DNS names / addresses of the certificate
    int waitedMs = 0;      // HandshakeStalled: how long we waited

    // e.g. "The server's certificate expired on 2026-12-04 11:57 UTC.",
    // "The server name does not match its certificate: …",
    // "The server stopped answering during the TLS handshake (no answer for 2 s)."
    QString message() const;
};

} // namespace dwb
