// The registry client's handling of server answers (core/cloud/
// RegistryClient): raw HTTP answers (status line, headers, body) from a
// loopback server, read by the real client through QNetworkAccessManager:
// statuses and error bodies, paging of lists, JSON of every shape, answers
// cut short. The server reads each request, writes the next answer of the
// script and closes the connection (so an answer without a length ends
// there, and one longer than sent is cut).
//
// Input: byte 0 picks the call (discover, whoami, list applications or
// devices with pages of 2, get, create, update, delete, modify), then the
// answers, separated by a line "@@@@" ("\n@@@@\n"). Once the script is used
// up, a connection is closed without an answer. No retries (budget 0).
#pragma once

#include "FuzzCheck.h"
#include "core/cloud/RegistryClient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstddef>
#include <cstdint>

namespace dwb::fuzz {

namespace registryanswer {

inline const QString &token()
{
    static const QString t = QStringLiteral("fuzz-secret-token-42");
    return t;
}

// Answers every connection with the next answer of the script.
struct ScriptServer {
    QTcpServer server;
    QList<QByteArray> script;
    int next = 0;
    int requests = 0;

    ScriptServer()
    {
        check(server.listen(QHostAddress::LocalHost), "the loopback server listens");
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *s = server.nextPendingConnection())
                serve(s);
        });
    }

    void serve(QTcpSocket *s)
    {
        QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            buffer->append(s->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return; // the request's body is still coming
            buffer->clear();
            ++requests;
            if (next < script.size())
                s->write(script.at(next++));
            s->disconnectFromHost(); // after the answer is written
        });
    }
};

inline ScriptServer &server()
{
    static int argc = 1;
    static char name[] = "fuzz_registry_answer";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // kept for the life of the process
    static ScriptServer s;
    static bool once = [] {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        return true;
    }();
    (void)once;
    return s;
}

inline void checkError(const Error &e, bool tokenInInput)
{
    check(!e.message.isEmpty(), "an error says what went wrong");
    if (!tokenInInput)
        check(!e.message.contains(token()) && !e.detail.contains(token()), "an error never shows the token");
}

} // namespace registryanswer

inline int registryAnswerInput(const uint8_t *data, size_t size)
{
    using namespace registryanswer;
    if (size == 0)
        return 0;
    ScriptServer &srv = server();
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    srv.script.clear();
    qsizetype from = 0;
    while (srv.script.size() < 16) {
        const qsizetype at = rest.indexOf("\n@@@@\n", from);
        srv.script << rest.mid(from, at < 0 ? -1 : at - from);
        if (at < 0)
            break;
        from = at + 6;
    }
    srv.next = 0;
    srv.requests = 0;
    const bool tokenInInput = rest.contains(token().toUtf8());

    ConnectionSettings cs;
    cs.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(srv.server.serverPort()));
    cs.credentials = Credentials::accessToken(QStringLiteral("fuzz-user"), token());
    cs.timeoutMs = 5000;
    cs.retryBudgetMs = 0;
    RegistryClient client(cs);
    const QString app = QStringLiteral("demo-app"), dev = QStringLiteral("device1");
    ListOptions pages;
    pages.pageSize = 2;
    pages.labelSelector = QStringLiteral("site=lab 2");

    const auto onStatus = [&](const Status &st) {
        if (!st)
            checkError(st.error(), tokenInInput);
    };
    switch (data[0] % 10) {
    case 0: {
        auto r = await(client.discover());
        if (!r)
            checkError(r.error(), tokenInInput);
        break;
    }
    case 1: {
        auto r = await(client.whoami());
        if (r)
            check(!r->isEmpty(), "a user id is never empty");
        else
            checkError(r.error(), tokenInInput);
        break;
    }
    case 2: {
        auto r = await(client.listApps(pages));
        if (r)
            check(srv.requests >= 1, "a list was asked for");
        else
            checkError(r.error(), tokenInInput);
        break;
    }
    case 3: {
        int last = 0;
        auto r = await(client.listDevices(app, pages, [&](int loaded) {
            check(loaded >= last, "progress never goes back");
            last = loaded;
        }));
        if (r)
            check(int(r->size()) == last, "the last progress is the number of devices");
        else
            checkError(r.error(), tokenInInput);
        break;
    }
    case 4: {
        auto r = await(client.getApp(app));
        if (!r)
            checkError(r.error(), tokenInInput);
        else
            (void)r->trustAnchorPems();
        break;
    }
    case 5: {
        auto r = await(client.getDevice(app, dev));
        if (!r)
            checkError(r.error(), tokenInInput);
        else
            (void)r->aliases();
        break;
    }
    case 6: {
        onStatus(await(client.createDevice(Device::create(app, dev))));
        break;
    }
    case 7: {
        onStatus(await(client.updateApp(Application::create(app))));
        break;
    }
    case 8:
        onStatus(await(client.deleteDevice(app, dev, QStringLiteral("uid-1"), QStringLiteral("rv-1"))));
        break;
    default: {
        auto r = await(client.modifyDevice(
            app, dev,
            [](Device &d) {
                if (!d.aliases().contains(QStringLiteral("fuzz-alias")))
                    d.addAlias(QStringLiteral("fuzz-alias"));
                return Status{};
            },
            true, 1));
        if (!r) // (else: the device as the server now says it is)
            checkError(r.error(), tokenInInput);
        break;
    }
    }
    return 0;
}

} // namespace dwb::fuzz
