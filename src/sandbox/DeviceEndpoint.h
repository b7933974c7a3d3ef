// The sandbox's HTTP endpoint for devices, as Drogue Cloud's http-endpoint:
// POST /v1/{channel}[/{suffix}] over TLS with the device's client
// certificate. The certificate is judged by the broker's own rule
// (DrogueRegistry::checkDevice, broker-plugin/: anchor chain, alias, enabled,
// validity, key type, EKU) on DIR/registry.json; an accepted message goes to
// the broker through the BrokerLink and reaches the integration side as the
// same CloudEvent as an MQTT publish. Answers:
//   202  accepted (no command waited for, or none came within ?ct=SECONDS)
//   200  with header "command: NAME" and the command's payload as body:
//        a command sent to the device while it waited (?ct=)
//   403  no certificate, or one the rule refuses (unknown CA, no such
//        device, device disabled, …) — {"error":"AuthenticationError",…}
//   404  any other path; 405 another method on /v1/…; 400 a bad request;
//   503  the broker did not take the message.
// A minimal HTTP/1.1 reader (Content-Length bodies, one request per
// connection, "Connection: close").
#pragma once

#include "sandbox/broker-plugin/DrogueRegistry.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QSslServer;
class QSslSocket;
class QTimer;

namespace dwb::sandbox {

class BrokerLink;

class DeviceEndpoint : public QObject {
    Q_OBJECT
public:
    DeviceEndpoint(QString registryFile, QString serverCert, QString serverKey, QObject *parent = nullptr);
    ~DeviceEndpoint() override;

    // Listens with TLS; the port (0: a free one), 0 on failure (*error).
    int listen(const QHostAddress &address, int port, QString *error);
    int port() const { return m_port; }
    void setBrokerLink(BrokerLink *link) { m_link = link; }

    // Hands a command to the HTTP requests of that device waiting with ?ct=
    // (each answered 200 with it); the number of requests answered.
    int deliverCommand(const QString &app, const QString &device, const QString &command, const QByteArray &payload);
    int waiting() const { return int(m_waiters.size()); }

private:
    struct Waiter {
        QString app;
        QString device;
        QPointer<QSslSocket> socket;
        QTimer *timer = nullptr;
    };
    void onReadable(QSslSocket *socket);
    void handle(QSslSocket *socket, const QByteArray &method, const QByteArray &target, const QByteArray &body);
    void wait(QSslSocket *socket, const QString &app, const QString &device, int seconds);
    void dropWaiter(QSslSocket *socket);

    QString m_serverCert;
    QString m_serverKey;
    DrogueRegistry m_registry;
    std::unique_ptr<QSslServer> m_server;
    QPointer<BrokerLink> m_link;
    QList<Waiter> m_waiters;
    int m_port = 0;
};

// One HTTP/1.1 answer with "Connection: close" (also for tests).
QByteArray httpResponse(int status, const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});

} // namespace dwb::sandbox
