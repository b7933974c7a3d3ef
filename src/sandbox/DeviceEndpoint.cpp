#include "sandbox/DeviceEndpoint.h"
#include "sandbox/BrokerLink.h"

#include "core/crypto/Certificate.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>

namespace dwb::sandbox {

namespace {

constexpr qsizetype kMaxHeader = 16 * 1024;
constexpr qsizetype kMaxBody = 1024 * 1024;
constexpr int kMaxCommandTimeout = 300;   // seconds a request may wait for a command


QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 202: return "Accepted";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

QByteArray errorBody(const QString &error, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

void answer(QSslSocket *socket, const QByteArray &response)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(response);
    socket->disconnectFromHost();
}

void log(const QString &line)
{
    std::fprintf(stderr, "drogue-sandbox: http endpoint: %s\n", qPrintable(line));
}

} // namespace

QByteArray httpResponse(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    bool typed = false;
    for (const auto &[name, value] : headers) {
        r += name + ": " + value + "\r\n";
        typed = typed || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !typed)
        r += "Content-Type: application/json\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return r;
}

DeviceEndpoint::DeviceEndpoint(QString registryFile, QString serverCert, QString serverKey, QObject *parent)
    : QObject(parent), m_serverCert(std::move(serverCert)), m_serverKey(std::move(serverKey)),
      m_registry(std::move(registryFile))
{
}

DeviceEndpoint::~DeviceEndpoint()
{
    for (const Waiter &w : std::as_const(m_waiters))
        delete w.timer;
}

int DeviceEndpoint::listen(const QHostAddress &address, int port, QString *error)
{
    QFile certFile(m_serverCert), keyFile(m_serverKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the sandbox's server certificate or key.");
        return 0;
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    conf.setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));
    // The certificate is asked for, not verified by TLS: every application
    // has its own anchors, and the broker's rule judges it (403, as Drogue).
    conf.setPeerVerifyMode(QSslSocket::QueryPeer);
    m_server = std::make_unique<QSslServer>();
    m_server->setSslConfiguration(conf);
    m_server->setHandshakeTimeout(10000);
    const auto accept = [this] {
        while (m_server->hasPendingConnections()) {
            auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
            if (!socket)
                continue;
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QSslSocket::disconnected, this, [this, socket] { dropWaiter(socket); });
            connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadable(socket); });
            if (socket->bytesAvailable() > 0)
                onReadable(socket);
        }
    };
    connect(m_server.get(), &QSslServer::pendingConnectionAvailable, this, accept);
    if (!m_server->listen(address, quint16(port))) {
        *error = tr("Cannot listen on %1 port %2.").arg(address.toString()).arg(port);
        return 0;
    }
    m_port = m_server->serverPort();
    return m_port;
}

void DeviceEndpoint::onReadable(QSslSocket *socket)
{
    QByteArray buffer = socket->property("dwbRequest").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxHeader)
            answer(socket, httpResponse(400, errorBody(QStringLiteral("InvalidRequest"), tr("Header too long."))));
        else
            socket->setProperty("dwbRequest", buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qsizetype length = 0;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower() != "identity")
            chunked = true;
    }
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        answer(socket, httpResponse(400, errorBody(QStringLiteral("InvalidRequest"), tr("Not an HTTP/1.1 request."))));
        return;
    }
    if (chunked) {
        answer(socket, httpResponse(411, errorBody(QStringLiteral("InvalidRequest"),
                                                   tr("Send the body with a Content-Length."))));
        return;
    }
    if (length < 0 || length > kMaxBody) {
        answer(socket, httpResponse(413, errorBody(QStringLiteral("InvalidRequest"), tr("The body is too large."))));
        return;
    }
    if (buffer.size() < end + 4 + length) {
        socket->setProperty("dwbRequest", buffer);
        return;
    }
    socket->setProperty("dwbRequest", QVariant());
    disconnect(socket, &QSslSocket::readyRead, this, nullptr);
    handle(socket, requestLine.at(0), requestLine.at(1), buffer.mid(end + 4, length));
}

void DeviceEndpoint::handle(QSslSocket *socket, const QByteArray &method, const QByteArray &target,
                            const QByteArray &body)
{
    const QUrl url(QString::fromUtf8(target));
    QStringList segments;
    for (const QString &s : url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts))
        segments << QUrl::fromPercentEncoding(s.toUtf8());
    if (segments.size() < 2 || segments.at(0) != QLatin1String("v1")) {
        answer(socket, httpResponse(404, errorBody(QStringLiteral("NotFound"),
                                                   tr("No such path: %1").arg(url.path()))));
        return;
    }
    if (method != "POST") {
        answer(socket, httpResponse(405, errorBody(QStringLiteral("MethodNotAllowed"),
                                                   tr("Devices publish with POST."))));
        return;
    }
    const QUrlQuery query(url);
    int ct = 0;
    const QString ctText = query.hasQueryItem(QStringLiteral("ct")) ? query.queryItemValue(QStringLiteral("ct"))
                                                                    : query.queryItemValue(QStringLiteral("commandTimeout"));
    if (!ctText.isEmpty()) {
        bool ok = false;
        ct = ctText.toInt(&ok);
        if (!ok || ct < 0) {
            answer(socket, httpResponse(400, errorBody(QStringLiteral("InvalidRequest"),
                                                       tr("ct must be a number of seconds."))));
            return;
        }
        ct = qMin(ct, kMaxCommandTimeout);
    }

    // The broker's rule, on the registry as it is now.
    const QSslCertificate peer = socket->peerCertificate();
    if (peer.isNull()) {
        log(QStringLiteral("refused %1: no client certificate").arg(socket->peerAddress().toString()));
        answer(socket, httpResponse(403, errorBody(QStringLiteral("AuthenticationError"),
                                                   tr("A device certificate is required."))));
        return;
    }
    auto leaf = Certificate::fromDer(peer.toDer());
    QString error;
    if (!leaf || !m_registry.refresh(&error)) {
        answer(socket, httpResponse(403, errorBody(QStringLiteral("AuthenticationError"),
                                                   leaf ? error : tr("The client certificate cannot be read."))));
        return;
    }
    const DeviceLogin login = m_registry.checkDevice(*leaf);
    if (!login.ok) {
        log(QStringLiteral("refused (subject '%1', issuer '%2'): %3")
                .arg(leaf->subjectString(), leaf->issuerString(), login.reason));
        answer(socket, httpResponse(403, errorBody(QStringLiteral("AuthenticationError"), login.reason)));
        return;
    }
    const QString channel = segments.mid(1).join(QLatin1Char('/'));
    if (!m_link) {
        answer(socket, httpResponse(503, errorBody(QStringLiteral("ServiceUnavailable"),
                                                   tr("The sandbox runs without a broker."))));
        return;
    }
    const QPointer<QSslSocket> guard(socket);
    const QString app = login.app, device = login.device;
    m_link->publish(BrokerLink::telemetryTopic(app, device, channel), body,
                    [this, guard, app, device, channel, ct](bool ok) {
                        if (!guard)
                            return;
                        if (!ok) {
                            answer(guard, httpResponse(503, errorBody(QStringLiteral("ServiceUnavailable"),
                                                                      tr("The broker did not take the message."))));
                            return;
                        }
                        log(QStringLiteral("accepted device '%1' of application '%2' on channel '%3'")
                                .arg(device, app, channel));
                        if (ct > 0)
                            wait(guard, app, device, ct);
                        else
                            answer(guard, httpResponse(202));
                    });
}

void DeviceEndpoint::wait(QSslSocket *socket, const QString &app, const QString &device, int seconds)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_waiters.append(Waiter{app, device, socket, timer});
    connect(timer, &QTimer::timeout, this, [this, socket] {
        dropWaiter(socket);
        answer(socket, httpResponse(202));
    });
    timer->start(seconds * 1000);
}

void DeviceEndpoint::dropWaiter(QSslSocket *socket)
{
    for (qsizetype i = 0; i < m_waiters.size(); ++i) {
        if (m_waiters.at(i).socket == socket || !m_waiters.at(i).socket) {
            m_waiters.at(i).timer->deleteLater();
            m_waiters.removeAt(i--);
        }
    }
}

int DeviceEndpoint::deliverCommand(const QString &app, const QString &device, const QString &command,
                                   const QByteArray &payload)
{
    int answered = 0;
    for (qsizetype i = 0; i < m_waiters.size(); ++i) {
        const Waiter w = m_waiters.at(i);
        if (w.app != app || w.device != device)
            continue;
        m_waiters.removeAt(i--);
        w.timer->deleteLater();
        if (!w.socket)
            continue;
        answer(w.socket, httpResponse(200, payload,
                                      {{"command", command.toUtf8()},
                                       {"Content-Type", "application/octet-stream"}}));
        ++answered;
    }
    return answered;
}

} // namespace dwb::sandbox
