// A TCP proxy of drogue-sandbox in front of one listener (the HTTPS API, the
// broker's device or integration listener) for the faults below HTTP
// (Faults.h: tls-cut, tls-stall, tls-expired, tls-wrong-name). Every
// accepted connection asks the FaultInjector; without a fault its bytes are
// passed both ways to the real listener unchanged (the TLS session is the
// real server's, end to end). With a fault the proxy answers by itself:
//   tls-cut         reads the ClientHello, then closes the connection
//   tls-stall       reads the ClientHello and everything after, answers nothing
//   tls-expired     a TLS handshake with an expired certificate of the local CA
//   tls-wrong-name  a TLS handshake with a certificate for wrong-host.invalid
// Each fault is logged on stderr like the HTTP faults ("fault: …").
#pragma once

#include "sandbox/Faults.h"
#include "sandbox/LocalCa.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>

namespace dwb::sandbox {

class ListenerProxy : public QTcpServer {
    Q_OBJECT
public:
    // name: "api", "mqtt" or "integration" (FaultRule::listeners).
    ListenerProxy(QString name, QHostAddress backendHost, quint16 backendPort, FaultInjector *faults,
                  LocalCaFiles tls, QObject *parent = nullptr);
    ~ListenerProxy() override;

    const QString &name() const { return m_name; }
    int faulted() const { return m_faulted; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void pass(qintptr socketDescriptor);
    void cutOrStall(qintptr socketDescriptor, bool stall);
    void badCertificate(qintptr socketDescriptor, FaultyCert kind);

    QString m_name;
    QHostAddress m_backendHost;
    quint16 m_backendPort = 0;
    QPointer<FaultInjector> m_faults;
    LocalCaFiles m_tls;
    QHash<int, PemPair> m_certs;   // FaultyCert → certificate, made on first use
    int m_faulted = 0;
};

} // namespace dwb::sandbox
