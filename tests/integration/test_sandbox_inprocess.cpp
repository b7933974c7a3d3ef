// SandboxServer and Registry embedded in-process: the Bearer hook, the
// registryChanged signal, the saved file equal to toJson(), a failing save.
#include "core/cloud/RegistryClient.h"
#include "sandbox/SandboxServer.h"
#include "support/Sandbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::test::why;

class TestSandboxInProcess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bearerHookAndSignal()
    {
        QTemporaryDir tmp;
        dwb::sandbox::SandboxOptions o;
        o.dataDir = tmp.filePath(u"data"_s);
        o.broker = false;
        dwb::sandbox::SandboxServer server(o);
        server.setBearerValidator([](const QByteArray &bearer, QString *user) {
            if (bearer != "good-token")
                return false;
            *user = u"oidc-alice"_s;
            return true;
        });
        QVERIFY2(server.start().ok(), "start");
        QVERIFY(QFile::exists(server.infoFile()));
        QSignalSpy changed(&server, &dwb::sandbox::SandboxServer::registryChanged);

        dwb::ConnectionSettings s;
        s.apiUrl = server.apiUrl();
        s.credentials = dwb::Credentials::bearer(u"good-token"_s);
        dwb::RegistryClient alice(s);
        auto who = await(alice.whoami());
        QVERIFY2(who.ok(), why(who));
        QCOMPARE(*who, u"oidc-alice"_s);
        QVERIFY(await(alice.createApp(dwb::Application::create(u"alices"_s))).ok());
        QCOMPARE(changed.count(), 1);

        s.credentials = dwb::Credentials::bearer(u"bad-token"_s);
        dwb::RegistryClient mallory(s);
        QCOMPARE(await(mallory.whoami()).error().code, dwb::ErrorCode::Forbidden);

        // the token user does not see or touch alice's application
        s.credentials = dwb::Credentials::accessToken(server.user(), server.token());
        dwb::RegistryClient sandboxUser(s);
        auto apps = await(sandboxUser.listApps());
        QVERIFY(apps.ok());
        QVERIFY(apps->isEmpty());
        QCOMPARE(await(sandboxUser.getApp(u"alices"_s)).error().code, dwb::ErrorCode::Forbidden);
        QCOMPARE(await(sandboxUser.deleteApp(u"alices"_s)).error().code, dwb::ErrorCode::Forbidden);
        // nor take its name
        QCOMPARE(await(sandboxUser.createApp(dwb::Application::create(u"alices"_s))).error().code,
                 dwb::ErrorCode::Conflict);
        QCOMPARE(changed.count(), 1); // nothing written by the refused requests

        // the file holds exactly what the registry holds
        QFile f(server.registryFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object(), server.registry()->toJson());
        QCOMPARE(server.registry()->toJson().value("owners"_L1).toObject().value("alices"_L1).toString(),
                 u"oidc-alice"_s);
        server.stop();
        QVERIFY(!QFile::exists(server.infoFile()));
    }

    void serializedFileMatchesAfterManyChanges()
    {
        QTemporaryDir tmp;
        dwb::sandbox::Registry reg;
        QVERIFY(reg.open(tmp.filePath(u"registry.json"_s)).ok());
        const auto post = [&reg](const QString &path, const QByteArray &body) {
            return reg.handle("POST", path.split(u'/'), {}, body, u"me"_s).status;
        };
        QCOMPARE(post(u"apps"_s, R"({"metadata":{"name":"b"}})"), 201);
        QCOMPARE(post(u"apps"_s, R"({"metadata":{"name":"a"}})"), 201);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(post(u"apps/a/devices"_s, R"({"metadata":{"name":"d)" + QByteArray::number(i) + R"("}})"), 201);
        QCOMPARE(reg.handle("PUT", {u"apps"_s, u"a"_s, u"devices"_s, u"d3"_s}, {},
                            R"({"metadata":{"name":"d3"},"spec":{"x":1}})", u"me"_s).status, 204);
        QCOMPARE(reg.handle("DELETE", {u"apps"_s, u"b"_s}, {}, {}, u"me"_s).status, 204);
        QFile f(reg.file());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray onDisk = f.readAll();
        QCOMPARE(onDisk, QJsonDocument(reg.toJson()).toJson(QJsonDocument::Compact));
        QCOMPARE(reg.deviceCount(), 20);
        // reopening gives the same registry
        dwb::sandbox::Registry again;
        QVERIFY(again.open(reg.file()).ok());
        QCOMPARE(again.toJson(), reg.toJson());
    }

    void failedSaveKeepsState()
    {
        QTemporaryDir tmp;
        dwb::sandbox::Registry reg;
        // the registry's folder is a plain file: no save can succeed (not even as root)
        QFile blocker(tmp.filePath(u"not-a-dir"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(reg.open(tmp.filePath(u"not-a-dir/registry.json"_s)).ok());
        QSignalSpy changed(&reg, &dwb::sandbox::Registry::registryChanged);
        const auto r = reg.handle("POST", {u"apps"_s}, {}, R"({"metadata":{"name":"x"}})", u"me"_s);
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.contains("Internal"));
        QCOMPARE(reg.applicationCount(), 0);
        QCOMPARE(changed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxInProcess)
#include "test_sandbox_inprocess.moc"
