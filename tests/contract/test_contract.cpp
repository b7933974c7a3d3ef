// The client side of the Drogue contract, runnable against a real Drogue
// Cloud: DROGUE_URL=https://api.example.net DROGUE_TOKEN=user:drg_… [DROGUE_CA=ca.pem]
// Without DROGUE_URL it starts a drogue-sandbox. Everything it creates is in
// one application with a random name, deleted at the end.
#include "core/cloud/RegistryClient.h"
#include "support/Sandbox.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::ErrorCode;
using dwb::test::why;

class TestContract : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<dwb::test::Sandbox> m_sandbox;
    std::unique_ptr<dwb::RegistryClient> m_client;
    QString m_app;
    QString m_user;

private Q_SLOTS:
    void initTestCase()
    {
        dwb::ConnectionSettings s;
        const QString url = qEnvironmentVariable("DROGUE_URL");
        if (!url.isEmpty()) {
            const QString token = qEnvironmentVariable("DROGUE_TOKEN");
            const qsizetype colon = token.indexOf(u':');
            QVERIFY2(colon > 0, "DROGUE_TOKEN must be USER:TOKEN");
            s.apiUrl = QUrl(url);
            s.credentials = dwb::Credentials::accessToken(token.left(colon), token.mid(colon + 1));
            s.serverCaFile = qEnvironmentVariable("DROGUE_CA");
            m_user = token.left(colon);
            qInfo("contract checks against %s", qPrintable(url));
        } else {
            m_sandbox = std::make_unique<dwb::test::Sandbox>();
            QVERIFY2(m_sandbox->start({u"--no-broker"_s}), qPrintable(m_sandbox->errorString()));
            s = m_sandbox->connectionSettings();
            m_user = m_sandbox->user();
        }
        m_client = std::make_unique<dwb::RegistryClient>(s);
        m_app = u"dwb-contract-"_s + QString::number(QRandomGenerator::global()->bounded(1000000));
    }

    void cleanupTestCase()
    {
        if (m_client)
            (void)await(m_client->deleteApp(m_app));
    }

    void discovery()
    {
        auto ep = await(m_client->discover());
        QVERIFY2(ep.ok(), why(ep));
        QVERIFY(ep->api.isValid());
        QVERIFY(ep->registry.isValid());
        auto who = await(m_client->whoami());
        QVERIFY2(who.ok(), why(who));
        QCOMPARE(*who, m_user);
    }

    void applicationLifecycle()
    {
        dwb::Application app = dwb::Application::create(m_app);
        app.setLabels({{u"purpose"_s, u"dwb-contract"_s}});
        auto created = await(m_client->createApp(app));
        QVERIFY2(created.ok(), why(created));
        QCOMPARE(await(m_client->createApp(app)).error().code, ErrorCode::Conflict);

        auto got = await(m_client->getApp(m_app));
        QVERIFY2(got.ok(), why(got));
        QVERIFY(!got->uid().isEmpty());
        QVERIFY(!got->resourceVersion().isEmpty());
        QCOMPARE(got->labels().value(u"purpose"_s), u"dwb-contract"_s);

        auto listed = await(m_client->listApps({u"purpose=dwb-contract"_s, 500}));
        QVERIFY2(listed.ok(), why(listed));
        bool found = false;
        for (const auto &a : *listed)
            found = found || a.name() == m_app;
        QVERIFY(found);

        // unknown spec keys survive a read-modify-write
        auto modified = await(m_client->modifyApp(m_app, [](dwb::Application &a) {
            a.setSpecSection(u"dwbContractProbe"_s, QJsonObject{{u"nested"_s, QJsonArray{1, u"two"_s}}});
            return dwb::Status();
        }));
        QVERIFY2(modified.ok(), why(modified));
        auto again = await(m_client->modifyApp(m_app, [](dwb::Application &a) {
            a.setLabels({{u"purpose"_s, u"dwb-contract"_s}, {u"round"_s, u"2"_s}});
            return dwb::Status();
        }));
        QVERIFY2(again.ok(), why(again));
        QCOMPARE(again->spec().value("dwbContractProbe"_L1).toObject().value("nested"_L1).toArray(),
                 (QJsonArray{1, u"two"_s}));
        QVERIFY(again->generation() > got->generation());

        // optimistic lock: writing the stale copy is refused
        QCOMPARE(await(m_client->updateApp(*got)).error().code, ErrorCode::Conflict);
    }

    void devices()
    {
        const QString subject = u"CN=contract-dev, O=Drogue IoT, OU="_s + m_app;
        auto dev = await(m_client->modifyDevice(m_app, subject, [](dwb::Device &d) {
            d.addAlias(u"contract-alias"_s);
            return dwb::Status();
        }, true));
        QVERIFY2(dev.ok(), why(dev));
        QCOMPARE(dev->name(), subject);
        QCOMPARE(dev->application(), m_app);
        auto list = await(m_client->listDevices(m_app, {{}, 1}));
        QVERIFY2(list.ok(), why(list));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().aliases(), QStringList{u"contract-alias"_s});
        QCOMPARE(await(m_client->getDevice(m_app, u"absent"_s)).error().code, ErrorCode::NotFound);
        QVERIFY(await(m_client->deleteDevice(m_app, subject)).ok());
    }

    void deleteApplication()
    {
        auto app = await(m_client->getApp(m_app));
        QVERIFY2(app.ok(), why(app));
        QCOMPARE(await(m_client->deleteApp(m_app, app->uid(), u"stale-version"_s)).error().code,
                 ErrorCode::Conflict);
        QVERIFY(await(m_client->deleteApp(m_app, app->uid(), app->resourceVersion())).ok());
        QCOMPARE(await(m_client->getApp(m_app)).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "test_contract.moc"
