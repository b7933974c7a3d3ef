// RegistryClient against the real drogue-sandbox program (and, for the
// error cases the sandbox never produces, small raw TCP servers).
#include "core/cloud/RegistryClient.h"
#include "sandbox/SandboxServer.h"
#include "support/Sandbox.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::ErrorCode;

namespace {

// Answers every connection with `answer` (or nothing when empty).
class CannedServer : public QTcpServer {
public:
    explicit CannedServer(QByteArray answer) : m_answer(std::move(answer))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    s->readAll();
                    if (!m_answer.isEmpty()) {
                        s->write(m_answer);
                        s->disconnectFromHost();
                    }
                });
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:"_s + QString::number(serverPort())); }

private:
    QByteArray m_answer;
};

QByteArray httpAnswer(int status, const QByteArray &reason, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
           + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

class TestRegistryClient : public QObject {
    Q_OBJECT

private:
    dwb::test::Sandbox m_sb;
    std::unique_ptr<dwb::RegistryClient> m_client;

    // Another writer, straight over HTTP (not through RegistryClient).
    int rawPut(const QString &path, const QJsonObject &obj)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_sb.api().toString() + u"/api/registry/v1alpha1"_s + path));
        req.setRawHeader("Authorization", "Basic " + (m_sb.user() + u':' + m_sb.token()).toUtf8().toBase64());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.put(req, QJsonDocument(obj).toJson());
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sb.start({u"--no-broker"_s}), qPrintable(m_sb.errorString()));
        m_client = std::make_unique<dwb::RegistryClient>(m_sb.connectionSettings());
    }

    void discoverAndWhoami()
    {
        auto ep = await(m_client->discover());
        QVERIFY2(ep.ok(), dwb::test::why(ep));
        QCOMPARE(ep->api, m_sb.api());
        QCOMPARE(ep->registry, m_sb.api());
        QCOMPARE(ep->mqtt.port, m_sb.mqttPort());
        QCOMPARE(ep->mqttIntegration.port, m_sb.integrationPort());
        QCOMPARE(m_client->endpoints().registry, m_sb.api());
        auto who = await(m_client->whoami());
        QVERIFY(who.ok());
        QCOMPARE(*who, u"sandbox"_s);
    }

    void appCrud()
    {
        dwb::Application app = dwb::Application::create(u"client-app"_s);
        app.setLabels({{u"site"_s, u"lab"_s}});
        app.setSpecSection(u"custom"_s, QJsonObject{{u"keep"_s, u"me"_s}});
        QVERIFY(await(m_client->createApp(app)).ok());
        auto dup = await(m_client->createApp(app));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        QVERIFY2(dup.error().message.contains(u"already exists"_s), qPrintable(dup.error().message));

        auto got = await(m_client->getApp(u"client-app"_s));
        QVERIFY(got.ok());
        QCOMPARE(got->name(), u"client-app"_s);
        QCOMPARE(got->generation(), 1);
        QCOMPARE(got->labels().value(u"site"_s), u"lab"_s);
        QVERIFY(got->creationTimestamp().isValid());
        QCOMPARE(got->spec().value("custom"_L1).toObject().value("keep"_L1).toString(), u"me"_s);

        auto list = await(m_client->listApps());
        QVERIFY(list.ok());
        QStringList names;
        for (const auto &a : *list)
            names << a.name();
        QVERIFY(names.contains(u"client-app"_s));

        // update: generation bump on spec change; the lock refuses a stale copy
        dwb::Application changed = *got;
        changed.setSpecSection(u"more"_s, 1);
        QVERIFY(await(m_client->updateApp(changed)).ok());
        auto after = await(m_client->getApp(u"client-app"_s));
        QCOMPARE(after->generation(), 2);
        QVERIFY(after->resourceVersion() != got->resourceVersion());
        auto stale = await(m_client->updateApp(changed));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, ErrorCode::Conflict);

        // delete with stale preconditions: conflict; then with the right ones
        auto delStale = await(m_client->deleteApp(u"client-app"_s, after->uid(), got->resourceVersion()));
        QCOMPARE(delStale.error().code, ErrorCode::Conflict);
        QVERIFY(await(m_client->deleteApp(u"client-app"_s, after->uid(), after->resourceVersion())).ok());
        auto gone = await(m_client->getApp(u"client-app"_s));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        QVERIFY(!gone.error().message.isEmpty());
    }

    void invalidNamesAreRefusedLocallyAndByServer()
    {
        auto bad = await(m_client->createApp(dwb::Application::create(u"Bad_Name"_s)));
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        // the server says 400 for what it does not accept (an unknown metadata key)
        dwb::Application app = dwb::Application::create(u"meta-app"_s);
        QJsonObject meta = app.metadata();
        meta.insert("colour"_L1, u"red"_s);
        app.json().insert("metadata"_L1, meta);
        auto r = await(m_client->createApp(app));
        QCOMPARE(r.error().code, ErrorCode::BadRequest);
        QVERIFY2(r.error().message.contains(u"colour"_s), qPrintable(r.error().message));
    }

    void devicesAndPaging()
    {
        QVERIFY(await(m_client->createApp(dwb::Application::create(u"many"_s))).ok());
        QElapsedTimer t;
        t.start();
        QList<QFuture<dwb::Status>> pending;
        for (int i = 0; i < 1200; ++i) {
            dwb::Device d = dwb::Device::create(u"many"_s, u"dev-%1"_s.arg(i, 4, 10, QLatin1Char('0')));
            if (i % 3 == 0)
                d.setLabels({{u"third"_s, u"yes"_s}});
            pending << m_client->createDevice(d);
        }
        for (auto &f : pending)
            QVERIFY(await(f).ok());
        qInfo("created 1200 devices in %lld ms", t.elapsed());
        t.restart();
        QList<int> progress;
        auto all = await(m_client->listDevices(u"many"_s, dwb::ListOptions{{}, 500},
                                               [&progress](int n) { progress << n; }));
        qInfo("listed 1200 devices in %lld ms", t.elapsed());
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1200);
        QCOMPARE(progress, (QList<int>{500, 1000, 1200}));
        for (int i = 0; i < all->size(); ++i)
            QCOMPARE(all->at(i).name(), u"dev-%1"_s.arg(i, 4, 10, QLatin1Char('0')));
        QCOMPARE(all->first().application(), u"many"_s);
        // exactly a page boundary: 2 pages of 600, then an empty one
        progress.clear();
        auto exact = await(m_client->listDevices(u"many"_s, dwb::ListOptions{{}, 600},
                                                 [&progress](int n) { progress << n; }));
        QCOMPARE(exact->size(), 1200);
        QCOMPARE(progress, (QList<int>{600, 1200, 1200}));
        auto thirds = await(m_client->listDevices(u"many"_s, dwb::ListOptions{u"third=yes"_s, 100}));
        QCOMPARE(thirds->size(), 400);
        auto notThirds = await(m_client->listDevices(u"many"_s, dwb::ListOptions{u"!third"_s, 500}));
        QCOMPARE(notThirds->size(), 800);
        auto badSel = await(m_client->listDevices(u"many"_s, dwb::ListOptions{u"=x"_s, 500}));
        QCOMPARE(badSel.error().code, ErrorCode::BadRequest);
        auto apps = await(m_client->listApps(dwb::ListOptions{{}, 1}));
        QVERIFY(apps.ok());
        QVERIFY(!apps->isEmpty());
        // cascade
        QVERIFY(await(m_client->deleteApp(u"many"_s)).ok());
        auto dev = await(m_client->getDevice(u"many"_s, u"dev-0001"_s));
        QCOMPARE(dev.error().code, ErrorCode::NotFound);
    }

    void subjectNamesAndAliases()
    {
        QVERIFY(await(m_client->createApp(dwb::Application::create(u"subj"_s))).ok());
        const QString name = u"CN=dev1, O=Drogue IoT, OU=subj"_s;
        auto created = await(m_client->modifyDevice(u"subj"_s, name, [](dwb::Device &d) {
            d.addAlias(u"alias-1"_s);
            d.setSpecSection(u"gatewaySelector"_s, QJsonObject{{u"matchNames"_s, QJsonArray{u"gw1"_s}}});
            return dwb::Status();
        }, true));
        QVERIFY2(created.ok(), dwb::test::why(created));
        QCOMPARE(created->name(), name);
        QCOMPARE(created->aliases(), QStringList{u"alias-1"_s});
        auto got = await(m_client->getDevice(u"subj"_s, name));
        QVERIFY(got.ok());
        QCOMPARE(got->json(), created->json());
        // a second device may not take the alias
        dwb::Device other = dwb::Device::create(u"subj"_s, u"other"_s);
        other.addAlias(u"alias-1"_s);
        QCOMPARE(await(m_client->createDevice(other)).error().code, ErrorCode::Conflict);
        // modify keeps the other spec sections
        auto modified = await(m_client->modifyDevice(u"subj"_s, name, [](dwb::Device &d) {
            d.setDisabled(true);
            return dwb::Status();
        }));
        QVERIFY(modified.ok());
        QVERIFY(modified->disabled());
        QCOMPARE(modified->aliases(), QStringList{u"alias-1"_s});
        QVERIFY(modified->spec().contains("gatewaySelector"_L1));
        // a taken alias is a final conflict, not retried
        QVERIFY(await(m_client->createDevice(dwb::Device::create(u"subj"_s, u"owner-of-x"_s))).ok());
        int aliasCalls = 0;
        auto taken = await(m_client->modifyDevice(u"subj"_s, name, [&aliasCalls](dwb::Device &d) {
            ++aliasCalls;
            d.addAlias(u"owner-of-x"_s);
            return dwb::Status();
        }));
        QCOMPARE(taken.error().code, ErrorCode::Conflict);
        QCOMPARE(aliasCalls, 1);
        // the same when the device is new (createIfAbsent): the POST's 409 is
        // re-read once; the device is still absent, so nobody created it
        // first and the server's reason is final (it was retried 8 times
        // and reported as "kept changing on the server")
        int createCalls = 0;
        auto takenOnCreate = await(m_client->modifyDevice(u"subj"_s, u"newcomer"_s, [&createCalls](dwb::Device &d) {
            ++createCalls;
            d.addAlias(u"owner-of-x"_s);
            return dwb::Status();
        }, true));
        QCOMPARE(takenOnCreate.error().code, ErrorCode::Conflict);
        QCOMPARE(createCalls, 1);
        QVERIFY2(takenOnCreate.error().toString().contains(u"owner-of-x"_s), dwb::test::why(takenOnCreate));
        QVERIFY2(!takenOnCreate.error().toString().contains(u"kept changing"_s), dwb::test::why(takenOnCreate));
        QCOMPARE(await(m_client->getDevice(u"subj"_s, u"newcomer"_s)).error().code, ErrorCode::NotFound);
        // a change that fails aborts with its error, nothing written
        auto refused = await(m_client->modifyDevice(u"subj"_s, name, [](dwb::Device &) {
            return dwb::Status(dwb::Error(ErrorCode::InvalidArgument, u"no"_s));
        }));
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(await(m_client->getDevice(u"subj"_s, name))->resourceVersion(), modified->resourceVersion());
        // without createIfAbsent a missing device is NotFound
        auto missing = await(m_client->modifyDevice(u"subj"_s, u"nope"_s, [](dwb::Device &) { return dwb::Status(); }));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(await(m_client->deleteDevice(u"subj"_s, name)).ok());
        QCOMPARE(await(m_client->deleteDevice(u"subj"_s, name)).error().code, ErrorCode::NotFound);
        QVERIFY(await(m_client->deleteApp(u"subj"_s)).ok());
    }

    void concurrentWriterSurvivesModify()
    {
        dwb::Application app = dwb::Application::create(u"race"_s);
        QVERIFY(await(m_client->createApp(app)).ok());
        int calls = 0;
        auto result = await(m_client->modifyApp(u"race"_s, [&](dwb::Application &a) {
            if (++calls == 1) {
                // Between our read and our write, someone else changes the app.
                auto theirs = await(m_client->getApp(u"race"_s));
                QJsonObject obj = theirs->json();
                QJsonObject spec = obj.value("spec"_L1).toObject();
                spec.insert("theirKey"_L1, QJsonObject{{u"nested"_s, QJsonArray{1, 2, 3}}});
                obj.insert("spec"_L1, spec);
                if (rawPut(u"/apps/race"_s, obj) != 204)
                    return dwb::Status(dwb::Error(ErrorCode::Unknown, u"the other writer failed"_s));
            }
            a.setSpecSection(u"ourKey"_s, u"ours"_s);
            return dwb::Status();
        }));
        QVERIFY2(result.ok(), dwb::test::why(result));
        QCOMPARE(calls, 2); // 409, re-read, re-applied
        const QJsonObject spec = result->spec();
        QCOMPARE(spec.value("ourKey"_L1).toString(), u"ours"_s);
        QCOMPARE(spec.value("theirKey"_L1).toObject().value("nested"_L1).toArray(), (QJsonArray{1, 2, 3}));
        QCOMPARE(result->generation(), 3);

        // a writer that always interferes: bounded attempts, then Conflict
        int attempts = 0;
        auto never = await(m_client->modifyApp(u"race"_s, [&](dwb::Application &a) {
            ++attempts;
            auto theirs = await(m_client->getApp(u"race"_s));
            QJsonObject obj = theirs->json();
            QJsonObject spec2 = obj.value("spec"_L1).toObject();
            spec2.insert("counter"_L1, attempts);
            obj.insert("spec"_L1, spec2);
            rawPut(u"/apps/race"_s, obj);
            a.setSpecSection(u"ourKey"_s, u"again"_s);
            return dwb::Status();
        }, 3));
        QCOMPARE(never.error().code, ErrorCode::Conflict);
        QCOMPARE(attempts, 3);
        QVERIFY(await(m_client->deleteApp(u"race"_s)).ok());
    }

    void forbiddenWithWrongToken()
    {
        dwb::ConnectionSettings s = m_sb.connectionSettings();
        s.credentials = dwb::Credentials::accessToken(m_sb.user(), u"drg_wrong"_s);
        dwb::RegistryClient bad(s);
        auto r = await(bad.listApps());
        QCOMPARE(r.error().code, ErrorCode::Forbidden);
        QVERIFY2(r.error().message.contains(u"Authentication required"_s), qPrintable(r.error().message));
        s.credentials = dwb::Credentials::bearer(u"not-a-valid-token"_s);
        dwb::RegistryClient bearer(s);
        QCOMPARE(await(bearer.whoami()).error().code, ErrorCode::Forbidden);
        s.credentials = {};
        dwb::RegistryClient none(s);
        QCOMPARE(await(none.getApp(u"x"_s)).error().code, ErrorCode::Forbidden);
    }

    void networkErrors()
    {
        dwb::ConnectionSettings s;
        s.apiUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(dwb::sandbox::pickFreePort(QHostAddress::LocalHost)));
        dwb::RegistryClient refused(s);
        auto r = await(refused.listApps());
        QCOMPARE(r.error().code, ErrorCode::Network);
        QVERIFY(!r.error().message.isEmpty());
    }

    void timeout()
    {
        CannedServer silent({});
        dwb::ConnectionSettings s;
        s.apiUrl = silent.url();
        s.timeoutMs = 300;
        dwb::RegistryClient client(s);
        QElapsedTimer t;
        t.start();
        auto r = await(client.getApp(u"x"_s));
        QCOMPARE(r.error().code, ErrorCode::Timeout);
        QVERIFY(t.elapsed() < 5000);
    }

    void malformedAndServerErrors()
    {
        // Retries off (retryBudgetMs 0): the error of one answer (test_faults covers retries).
        {
            CannedServer s(httpAnswer(200, "OK", "this is not json"));
            dwb::RegistryClient client(dwb::ConnectionSettings{s.url(), {}, {}, 5000, 0, {}});
            QCOMPARE(await(client.getApp(u"x"_s)).error().code, ErrorCode::MalformedResponse);
        }
        {
            CannedServer s(httpAnswer(200, "OK", "{\"not\":\"a list\"}"));
            dwb::RegistryClient client(dwb::ConnectionSettings{s.url(), {}, {}, 5000, 0, {}});
            QCOMPARE(await(client.listApps()).error().code, ErrorCode::MalformedResponse);
        }
        {
            CannedServer s(httpAnswer(503, "Service Unavailable", {}));
            dwb::RegistryClient client(dwb::ConnectionSettings{s.url(), {}, {}, 5000, 0, {}});
            auto r = await(client.getApp(u"x"_s));
            QCOMPARE(r.error().code, ErrorCode::Server);
            QVERIFY(r.error().message.contains(u"503"_s));
        }
        {
            // 400 with an empty body: the client copes
            CannedServer s(httpAnswer(400, "Bad Request", {}));
            dwb::RegistryClient client(dwb::ConnectionSettings{s.url(), {}, {}, 5000, 0, {}});
            auto r = await(client.createApp(dwb::Application::create(u"fine"_s)));
            QCOMPARE(r.error().code, ErrorCode::BadRequest);
            QVERIFY(!r.error().message.isEmpty());
        }
        {
            CannedServer s(httpAnswer(409, "Conflict", R"({"error":"Conflict","message":"Taken by Bob"})"));
            dwb::RegistryClient client(dwb::ConnectionSettings{s.url(), {}, {}, 5000, 0, {}});
            auto r = await(client.createApp(dwb::Application::create(u"fine"_s)));
            QCOMPARE(r.error().code, ErrorCode::Conflict);
            QVERIFY(r.error().message.contains(u"Taken by Bob"_s));
        }
    }

    void destroyedClientFinishesEveryFuture()
    {
        CannedServer silent({});
        auto *client = new dwb::RegistryClient(dwb::ConnectionSettings{silent.url(), {}, {}, 60000, dwb::defaultRetryBudgetMs(), {}});
        QList<QFuture<dwb::Result<dwb::Application>>> gets;
        for (int i = 0; i < 10; ++i) // 6 on the wire, 4 waiting
            gets << client->getApp(u"x"_s);
        auto modify = client->modifyApp(u"x"_s, [](dwb::Application &) { return dwb::Status(); });
        QTest::qWait(100);
        delete client;
        for (auto &f : gets) {
            QVERIFY(f.isFinished());
            QCOMPARE(f.result().error().code, ErrorCode::Cancelled);
        }
        QVERIFY(modify.isFinished());
        QCOMPARE(modify.result().error().code, ErrorCode::Cancelled);
    }

    void tls()
    {
        dwb::test::Sandbox tlsSandbox;
        QVERIFY2(tlsSandbox.start({u"--no-broker"_s, u"--tls"_s}), qPrintable(tlsSandbox.errorString()));
        QCOMPARE(tlsSandbox.api().scheme(), u"https"_s);
        QVERIFY(tlsSandbox.info().value("endpoints"_L1).toObject().value("local_certs"_L1).toBool());
        {
            dwb::RegistryClient client(tlsSandbox.connectionSettings());
            auto who = await(client.whoami());
            QVERIFY2(who.ok(), dwb::test::why(who));
            QVERIFY(await(client.createApp(dwb::Application::create(u"secure"_s))).ok());
        }
        {
            // without the sandbox's CA: a TLS error naming the problem, never silently accepted
            dwb::ConnectionSettings s = tlsSandbox.connectionSettings();
            s.serverCaFile.clear();
            dwb::RegistryClient client(s);
            auto r = await(client.whoami());
            QCOMPARE(r.error().code, ErrorCode::Tls);
            QVERIFY2(r.error().message.contains(u"certificate"_s, Qt::CaseInsensitive), qPrintable(r.error().message));
        }
        {
            // another sandbox's CA does not do either
            dwb::ConnectionSettings s = tlsSandbox.connectionSettings();
            s.serverCaFile = m_sb.caFile();
            dwb::RegistryClient client(s);
            QCOMPARE(await(client.whoami()).error().code, ErrorCode::Tls);
        }
        {
            dwb::ConnectionSettings s = tlsSandbox.connectionSettings();
            s.serverCaFile = u"/nonexistent/ca.pem"_s;
            dwb::RegistryClient client(s);
            QCOMPARE(await(client.whoami()).error().code, ErrorCode::Tls);
        }
    }
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "test_registry_client.moc"
