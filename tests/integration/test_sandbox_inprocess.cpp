// SandboxServer and Registry embedded in-process: the Bearer hook, the
// registryChanged signal, the saved file equal to toJson(), a failing save.
#include "core/cloud/RegistryClient.h"
#include "core/util/SafeFile.h"
#include "sandbox/SandboxServer.h"
#include "support/Sandbox.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::test::why;

class TestSandboxInProcess : public QObject {
    Q_OBJECT
    static dwb::sandbox::SandboxOptions withoutBroker(const QTemporaryDir &tmp)
    {
        dwb::sandbox::SandboxOptions o;
        o.dataDir = tmp.filePath(u"data"_s);
        o.broker = false;
        return o;
    }

private Q_SLOTS:
    void bearerHookAndSignal()
    {
        QTemporaryDir tmp;
        dwb::sandbox::SandboxServer server(withoutBroker(tmp));
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

    // Group commit: changes are saved by flush(); a failed flush goes back to
    // the state last saved, whatever happened in between.
    void deferredSavesAndFailedFlush()
    {
        QTemporaryDir tmp;
        dwb::sandbox::Registry reg;
        const QString file = tmp.filePath(u"registry.json"_s);
        QVERIFY(reg.open(file).ok());
        reg.setDeferredSaves(true);
        QSignalSpy changed(&reg, &dwb::sandbox::Registry::registryChanged);
        const auto post = [&reg](const QStringList &path, const QByteArray &body) {
            return reg.handle("POST", path, {}, body, u"me"_s).status;
        };
        QCOMPARE(post({u"apps"_s}, R"({"metadata":{"name":"keep"}})"), 201);
        QCOMPARE(post({u"apps"_s, u"keep"_s, u"devices"_s}, R"({"metadata":{"name":"d1"}})"), 201);
        QVERIFY(reg.hasUnsavedChanges());
        QVERIFY(!QFile::exists(file));   // nothing written before the flush
        QVERIFY(reg.flush().ok());
        QCOMPARE(reg.saves(), 1);        // two changes, one write
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dwb::sandbox::Registry().open(file).ok(), true);

        // registry.json becomes a folder: the next save fails
        QVERIFY(QFile::remove(file));
        QVERIFY(QDir(tmp.path()).mkpath(u"registry.json/inside"_s));
        QCOMPARE(post({u"apps"_s, u"keep"_s, u"devices"_s}, R"({"metadata":{"name":"d2"}})"), 201);
        QCOMPARE(reg.handle("DELETE", {u"apps"_s, u"keep"_s, u"devices"_s, u"d1"_s}, {}, {}, u"me"_s).status, 204);
        QCOMPARE(reg.deviceCount(), 1);
        const dwb::Status flushed = reg.flush();
        QVERIFY(!flushed.ok());
        QVERIFY2(flushed.error().message.contains(u"2 change(s) were not made"_s) ||
                     flushed.error().message.contains(u"2 changes were not made"_s),
                 qPrintable(flushed.error().message));
        // back to what was saved: d1 there, d2 not
        QCOMPARE(reg.deviceCount(), 1);
        QCOMPARE(reg.handle("GET", {u"apps"_s, u"keep"_s, u"devices"_s, u"d1"_s}, {}, {}, u"me"_s).status, 200);
        QCOMPARE(reg.handle("GET", {u"apps"_s, u"keep"_s, u"devices"_s, u"d2"_s}, {}, {}, u"me"_s).status, 404);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!reg.hasUnsavedChanges());
    }

    // No answer leaves before what it says is in registry.json: 40 devices
    // created with several requests in flight, the file read as each answer
    // arrives; fewer writes than changes.
    void answersWaitForTheSave()
    {
        QTemporaryDir tmp;
        dwb::sandbox::SandboxServer server(withoutBroker(tmp));
        QVERIFY2(server.start().ok(), "start");
        dwb::ConnectionSettings s;
        s.apiUrl = server.apiUrl();
        s.credentials = dwb::Credentials::accessToken(server.user(), server.token());
        dwb::RegistryClient client(s);
        QVERIFY(await(client.createApp(dwb::Application::create(u"gc"_s))).ok());
        const int before = server.registry()->saves();
        constexpr int kDevices = 40;
        int answered = 0, missing = 0, failed = 0;
        QEventLoop loop;
        for (int i = 0; i < kDevices; ++i) {
            const QString name = u"dev-%1"_s.arg(i);
            client.createDevice(dwb::Device::create(u"gc"_s, name)).then(&client, [&, name](dwb::Status st) {
                if (!st)
                    ++failed;
                const auto onDisk = dwb::readWholeFile(server.registryFile());
                if (!onDisk || !onDisk->contains(QByteArray("\"" + name.toUtf8() + "\"")))
                    ++missing;
                if (++answered == kDevices)
                    loop.quit();
            });
        }
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(answered, kDevices);
        QCOMPARE(failed, 0);
        QCOMPARE(missing, 0);
        const int writes = server.registry()->saves() - before;
        qInfo("%d device creations, %d registry writes", kDevices, writes);
        QVERIFY(writes >= 1 && writes < kDevices);
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestSandboxInProcess)
#include "test_sandbox_inprocess.moc"
