#include "sandbox/ListenerProxy.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace dwb::sandbox {

namespace {

void log(const QString &line)
{
    std::fprintf(stderr, "drogue-sandbox: %s\n", qPrintable(line));
    std::fflush(stderr);
}

QString peerOf(const QAbstractSocket *s)
{
    return s->peerAddress().toString() + u':' + QString::number(s->peerPort());
}

} // namespace

ListenerProxy::ListenerProxy(QString name, QHostAddress backendHost, quint16 backendPort, FaultInjector *faults,
                             LocalCaFiles tls, QObject *parent)
    : QTcpServer(parent), m_name(std::move(name)), m_backendHost(std::move(backendHost)),
      m_backendPort(backendPort), m_faults(faults), m_tls(std::move(tls))
{
}

ListenerProxy::~ListenerProxy() = default;

void ListenerProxy::incomingConnection(qintptr socketDescriptor)
{
    int rule = -1;
    const ConnectionFault kind = m_faults ? m_faults->decideConnection(m_name, &rule) : ConnectionFault::None;
    if (kind != ConnectionFault::None) {
        ++m_faulted;
        log(u"fault: %1 (rule %2): %3 connection"_s.arg(FaultInjector::connectionFaultName(kind)).arg(rule).arg(m_name));
    }
    switch (kind) {
    case ConnectionFault::None: pass(socketDescriptor); return;
    case ConnectionFault::TlsCut: cutOrStall(socketDescriptor, false); return;
    case ConnectionFault::TlsStall: cutOrStall(socketDescriptor, true); return;
    case ConnectionFault::TlsExpired: badCertificate(socketDescriptor, FaultyCert::Expired); return;
    case ConnectionFault::TlsWrongName: badCertificate(socketDescriptor, FaultyCert::WrongName); return;
    }
}

void ListenerProxy::pass(qintptr socketDescriptor)
{
    auto *client = new QTcpSocket(this);
    if (!client->setSocketDescriptor(socketDescriptor)) {
        delete client;
        return;
    }
    auto *backend = new QTcpSocket(this);
    QPointer<QTcpSocket> c = client, b = backend;
    // What the client sends before the backend is connected waits in the
    // client socket's buffer (read on connected).
    const auto forward = [](QTcpSocket *from, QTcpSocket *to) {
        if (from && to && to->state() == QAbstractSocket::ConnectedState)
            to->write(from->readAll());
    };
    connect(client, &QTcpSocket::readyRead, this, [=] { forward(c, b); });
    connect(backend, &QTcpSocket::readyRead, this, [=] { forward(b, c); });
    connect(backend, &QTcpSocket::connected, this, [=] { forward(c, b); });
    const auto closeBoth = [c, b] {
        // What is buffered goes out first; each side deletes itself once closed.
        if (c && b && c->state() == QAbstractSocket::ConnectedState)
            c->write(b->readAll());
        if (c && b && b->state() == QAbstractSocket::ConnectedState)
            b->write(c->readAll());
        if (c && c->state() != QAbstractSocket::UnconnectedState)
            c->disconnectFromHost();
        if (b && b->state() == QAbstractSocket::ConnectedState)
            b->disconnectFromHost();
        else if (b && b->state() != QAbstractSocket::UnconnectedState)
            b->abort();
    };
    connect(client, &QTcpSocket::disconnected, this, closeBoth);
    connect(backend, &QTcpSocket::disconnected, this, closeBoth);
    connect(backend, &QTcpSocket::errorOccurred, this, [=](QAbstractSocket::SocketError) {
        closeBoth();
        if (b && b->state() == QAbstractSocket::UnconnectedState)
            b->deleteLater();
    });
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(backend, &QTcpSocket::disconnected, backend, &QObject::deleteLater);
    backend->connectToHost(m_backendHost, m_backendPort);
}

void ListenerProxy::cutOrStall(qintptr socketDescriptor, bool stall)
{
    auto *client = new QTcpSocket(this);
    if (!client->setSocketDescriptor(socketDescriptor)) {
        delete client;
        return;
    }
    const QString name = m_name;
    const QString peer = peerOf(client);
    connect(client, &QTcpSocket::readyRead, this, [client, stall, name, peer] {
        const QByteArray bytes = client->readAll();
        if (stall)
            return; // read and drop; never answer
        log(u"fault: tls-cut: %1 connection from %2 closed after %3 bytes of its handshake"_s.arg(name, peer)
                .arg(bytes.size()));
        client->disconnectFromHost();
    });
    connect(client, &QTcpSocket::disconnected, this, [client, stall, name, peer] {
        if (stall)
            log(u"fault: tls-stall: the client %1 left the stalled %2 handshake"_s.arg(peer, name));
        client->deleteLater();
    });
}

void ListenerProxy::badCertificate(qintptr socketDescriptor, FaultyCert kind)
{
    if (!m_certs.contains(int(kind))) {
        auto pair = makeFaultyServerCert(m_tls, kind);
        if (!pair) {
            log(u"fault: cannot make the faulty certificate: "_s + pair.error().toString());
            auto *s = new QTcpSocket(this);
            if (s->setSocketDescriptor(socketDescriptor))
                s->abort();
            delete s;
            return;
        }
        m_certs.insert(int(kind), *pair);
    }
    const PemPair &pem = m_certs.value(int(kind));
    auto *client = new QSslSocket(this);
    if (!client->setSocketDescriptor(socketDescriptor)) {
        delete client;
        return;
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(QSslCertificate(pem.cert, QSsl::Pem));
    conf.setPrivateKey(QSslKey(pem.key, QSsl::Ec, QSsl::Pem));
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    client->setSslConfiguration(conf);
    const QString name = m_name;
    const QString peer = peerOf(client);
    connect(client, &QSslSocket::encrypted, this, [client, name, peer] {
        // A client that accepts a certificate it should refuse.
        log(u"fault: the client %1 accepted the faulty %2 certificate; closing"_s.arg(peer, name));
        client->disconnectFromHost();
    });
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(client, &QAbstractSocket::errorOccurred, this, [client](QAbstractSocket::SocketError) {
        if (client->state() != QAbstractSocket::UnconnectedState)
            client->abort();
        client->deleteLater();
    });
    client->startServerEncryption();
}

} // namespace dwb::sandbox
