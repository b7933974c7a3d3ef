#include "core/util/TlsFailure.h"

#include <QCoreApplication>

namespace dwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TlsFailure", text);
}
} // namespace

QString TlsFailure::message() const
{
    const bool broker = peer == Peer::Broker;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Expired: {
        const QString when = notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        return (broker ? tr("The broker's certificate expired on %1; the broker must get a new certificate.")
                       : tr("The server's certificate expired on %1; the server must get a new certificate."))
            .arg(when);
    }
    case Kind::NameMismatch: {
        const QString listed = names.isEmpty() ? tr("no name") : names.join(QStringLiteral(", "));
        return (broker ? tr("The broker name does not match its certificate: it was reached as %1, the "
                            "certificate is for %2.")
                       : tr("The server name does not match its certificate: it was reached as %1, the "
                            "certificate is for %2."))
            .arg(host, listed);
    }
    case Kind::HandshakeCut:
        return broker ? tr("The broker closed the connection during the TLS handshake.")
                      : tr("The server closed the connection during the TLS handshake.");
    case Kind::HandshakeStalled:
        return (broker ? tr("The broker stopped answering during the TLS handshake (no answer for %1 s).")
                       : tr("The server stopped answering during the TLS handshake (no answer for %1 s)."))
            .arg(QString::number(waitedMs / 1000.0, 'f', waitedMs % 1000 == 0 ? 0 : 1));
    }
    return {};
}

} // namespace dwb
