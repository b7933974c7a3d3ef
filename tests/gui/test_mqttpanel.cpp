// The MQTT test panel against a real drogue-sandbox with its mosquitto
// broker: a device enrolled with the workbench's own jobs passes "Publish
// and Verify" (connected, published, delivered on the integration side);
// "Listen" shows the application's events, and the event a verification
// waited for shows in the events table with or without Listen (once); a
// certificate issued by another application's CA is refused by the broker
// and the log says so.
// With DWB_SCREENSHOT_DIR set, the panel is saved as PNGs.
#include "GuiTestUtil.h"

#include "core/cloud/RegistryClient.h"
#include "core/crypto/Importer.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/AnchorJob.h"
#include "core/enrollment/EnrollJob.h"
#include "core/util/SafeFile.h"
#include "gui/mqtt/CommandCheckBox.h"
#include "gui/mqtt/MqttPanel.h"
#include "support/Sandbox.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 20000;

class TestMqttPanel : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<test::Sandbox> m_sandbox;
    std::unique_ptr<RegistryClient> m_client;
    QString m_shots;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    void shoot(QWidget *w, const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        QApplication::processEvents();
        QTest::qWait(150);
        w->grab().save(QDir(m_shots).filePath(name + u".png"_s));
    }

    // An anchor for app (key in <app>-ca.key) through the workbench's job.
    void createAnchor(const QString &app)
    {
        AnchorRequest r;
        r.app = app;
        r.keyOutput = path(app + u"-ca.key"_s);
        AnchorJob job(m_client.get(), std::move(r));
        QSignalSpy done(&job, &AnchorJob::finished);
        job.start();
        QVERIFY(done.wait(kTimeout));
        QVERIFY2(job.result().ok(), test::why(job.result()));
    }

    void waitForEndpoints(MqttPanel &panel)
    {
        auto *port = panel.findChild<QSpinBox *>(u"mqttPort"_s);
        QTRY_COMPARE_WITH_TIMEOUT(port->value(), m_sandbox->mqttPort(), kTimeout);
        QCOMPARE(panel.findChild<QSpinBox *>(u"integrationPort"_s)->value(), m_sandbox->integrationPort());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_shots = qEnvironmentVariable("DWB_SCREENSHOT_DIR");
        m_sandbox = std::make_unique<test::Sandbox>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(m_sandbox->mqttPort() > 0);
        m_client = std::make_unique<RegistryClient>(m_sandbox->connectionSettings());
        for (const QString &name : {u"demo"_s, u"other"_s}) {
            const Status st = await(m_client->createApp(Application::create(name)));
            QVERIFY2(st, test::why(st));
            createAnchor(name);
        }
        // sensor-1 of demo, enrolled with the enrollment job.
        auto caKey = importPrivateKey(test::readAll(path(u"demo-ca.key"_s)));
        QVERIFY2(caKey, test::why(caKey));
        EnrollRequest r;
        r.app = u"demo"_s;
        r.device = u"sensor-1"_s;
        r.caKey = *caKey;
        r.caKeyPath = path(u"demo-ca.key"_s);
        r.outputDir = path(u"devices"_s);
        EnrollJob job(m_client.get(), std::move(r));
        QSignalSpy done(&job, &EnrollJob::finished);
        job.start();
        QVERIFY(done.wait(kTimeout));
        QVERIFY2(job.result().ok(), test::why(job.result()));

        // The same device name and app in the subject, but issued by the CA
        // of "other": the broker must refuse it.
        auto otherKey = importPrivateKey(test::readAll(path(u"other-ca.key"_s)));
        QVERIFY2(otherKey, test::why(otherKey));
        auto otherApp = await(m_client->getApp(u"other"_s));
        QVERIFY2(otherApp, test::why(otherApp));
        auto otherAnchor = Certificate::fromPem(otherApp->trustAnchorPems().value(0));
        QVERIFY2(otherAnchor, test::why(otherAnchor));
        auto devKey = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
        QVERIFY(devKey.ok());
        auto cert = issueDeviceCertificate(u"sensor-1"_s, u"demo"_s, *devKey, *otherKey, *otherAnchor);
        QVERIFY2(cert, test::why(cert));
        QVERIFY(writeFileAtomically(path(u"foreign.pem"_s), cert->toPem()).ok());
        QVERIFY(writeFileAtomically(path(u"foreign.key"_s), devKey->toPkcs8Pem()->bytes(), FileMode::Secret).ok());
    }

    void cleanup() { test::resetPrompts(); }

    void publishAndVerifyReachesAllSteps()
    {
        MqttPanel panel(m_client.get());
        panel.resize(1100, 680);
        panel.show();
        panel.setDevice(u"demo"_s, u"sensor-1"_s, path(u"devices/sensor-1.pem"_s), path(u"devices/sensor-1.key"_s));
        waitForEndpoints(panel);
        // Listen first: the verification's event shows in the list too.
        panel.findChild<QPushButton *>(u"listenButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isListening(), kTimeout);
        QSignalSpy events(&panel, &MqttPanel::eventReceived);
        QSignalSpy finished(&panel, &MqttPanel::verifyFinished);
        panel.findChild<QPushButton *>(u"verifyButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeout);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel.logText()));
        for (auto step : {MqttPanel::Step::Connected, MqttPanel::Step::Published, MqttPanel::Step::Delivered}) {
            QCOMPARE(panel.stepState(step), MqttPanel::StepState::Done);
            QVERIFY(panel.stepMs(step) >= 0);
        }
        qInfo("connect %lld ms, publish %lld ms, delivered %lld ms after publishing",
              panel.stepMs(MqttPanel::Step::Connected), panel.stepMs(MqttPanel::Step::Published),
              panel.stepMs(MqttPanel::Step::Delivered));
        QVERIFY2(panel.logText().contains(u"Delivered: the event from 'demo/sensor-1' on 'temp'"_s),
                 qPrintable(panel.logText()));
        QTRY_VERIFY_WITH_TIMEOUT(events.count() >= 1, kTimeout);
        QCOMPARE(events.at(0).at(0).toString(), u"demo/sensor-1"_s);
        // The listener and the verification both received the event: one row.
        QCOMPARE(panel.eventCount(), 1);

        // A plain Publish: the event shows in the list.
        panel.setPayload(u"{\"temp\": 23.25, \"note\": \"from the panel\"}"_s);
        events.clear();
        panel.findChild<QPushButton *>(u"publishButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(events.count() >= 1, kTimeout);
        QCOMPARE(events.at(0).at(0).toString(), u"demo/sensor-1"_s);
        QCOMPARE(events.at(0).at(1).toString(), u"temp"_s);
        QVERIFY(events.at(0).at(2).toByteArray().contains("from the panel"));
        QCOMPARE(panel.eventCount(), 2);
        panel.setListening(false);
        QVERIFY(!panel.isListening());
    }

    // Listen off: the event that Publish and Verify waited for (and the log
    // reports as delivered) is in the Integration events table.
    void verifiedEventShowsWithoutListening()
    {
        MqttPanel panel(m_client.get());
        panel.resize(1100, 680);
        panel.show();
        panel.setDevice(u"demo"_s, u"sensor-1"_s, path(u"devices/sensor-1.pem"_s), path(u"devices/sensor-1.key"_s));
        panel.setPayload(u"{\"temp\": 21.5}"_s);
        waitForEndpoints(panel);
        QVERIFY(!panel.isListening());
        QCOMPARE(panel.eventCount(), 0);
        QSignalSpy events(&panel, &MqttPanel::eventReceived);
        QSignalSpy finished(&panel, &MqttPanel::verifyFinished);
        panel.findChild<QPushButton *>(u"verifyButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeout);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel.logText()));
        QVERIFY2(panel.logText().contains(u"Delivered: the event from 'demo/sensor-1' on 'temp'"_s),
                 qPrintable(panel.logText()));
        QVERIFY(!panel.isListening());
        QCOMPARE(panel.eventCount(), 1);
        QCOMPARE(events.count(), 1);
        auto *table = panel.findChild<QTreeWidget *>(u"events"_s);
        QVERIFY(table);
        const QTreeWidgetItem *row = table->topLevelItem(0);
        QCOMPARE(row->text(1), u"sensor-1"_s);  // device
        QCOMPARE(row->text(2), u"temp"_s);      // channel (the CloudEvent's subject)
        // The payload as published, with the verification's marker.
        QVERIFY2(row->text(3).contains(u"\"temp\":21.5"_s), qPrintable(row->text(3)));
        QVERIFY2(row->text(3).contains(u"\"dwbVerify\":"_s), qPrintable(row->text(3)));
        QCOMPARE(events.at(0).at(0).toString(), u"demo/sensor-1"_s);
        QCOMPARE(events.at(0).at(1).toString(), u"temp"_s);
        shoot(&panel, u"mqtt-panel-verified"_s);
    }

    void foreignCertificateIsRefused()
    {
        MqttPanel panel(m_client.get());
        panel.resize(1100, 680);
        panel.show();
        panel.setDevice(u"demo"_s, u"sensor-1"_s, path(u"foreign.pem"_s), path(u"foreign.key"_s));
        waitForEndpoints(panel);
        QSignalSpy finished(&panel, &MqttPanel::verifyFinished);
        panel.findChild<QPushButton *>(u"verifyButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeout);
        QVERIFY(!finished.at(0).at(0).toBool());
        QCOMPARE(panel.stepState(MqttPanel::Step::Connected), MqttPanel::StepState::Failed);
        QCOMPARE(panel.stepState(MqttPanel::Step::Delivered), MqttPanel::StepState::Pending);
        QVERIFY2(panel.logText().contains(u"The broker refused the certificate"_s), qPrintable(panel.logText()));
        qInfo("%s", qPrintable(panel.logText().section(u'\n', -3)));
        shoot(&panel, u"mqtt-panel-refused"_s);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        if (m_sandbox)
            QCOMPARE(m_sandbox->stop(), 0);
    }

    // The protocol choice: the same verification, the device posting to the
    // sandbox's HTTP endpoint with its certificate.
    void httpVerification()
    {
        MqttPanel panel(m_client.get());
        panel.resize(1100, 900);
        panel.show();
        panel.setDevice(u"demo"_s, u"sensor-1"_s, path(u"devices/sensor-1.pem"_s), path(u"devices/sensor-1.key"_s));
        waitForEndpoints(panel);
        auto *http = panel.findChild<QLineEdit *>(u"httpEndpoint"_s);
        QTRY_COMPARE_WITH_TIMEOUT(http->text(), m_sandbox->info().value("endpoints"_L1).toObject()
                                                    .value("http"_L1).toObject().value("url"_L1).toString(),
                                  kTimeout);
        QVERIFY(!http->text().isEmpty());
        auto *protocol = panel.findChild<QComboBox *>(u"protocol"_s);
        protocol->setCurrentIndex(1);
        QVERIFY(!panel.findChild<QPushButton *>(u"publishButton"_s)->isEnabled());
        QSignalSpy finished(&panel, &MqttPanel::verifyFinished);
        panel.findChild<QPushButton *>(u"verifyButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeout);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel.logText()));
        for (auto step : {MqttPanel::Step::Connected, MqttPanel::Step::Published, MqttPanel::Step::Delivered})
            QCOMPARE(panel.stepState(step), MqttPanel::StepState::Done);
        QVERIFY2(panel.logText().contains(u"over HTTP"_s), qPrintable(panel.logText()));
        QVERIFY2(panel.logText().contains(u"Delivered: the event from 'demo/sensor-1' on 'temp'"_s),
                 qPrintable(panel.logText()));
        QCOMPARE(panel.eventCount(), 1);
        qInfo("HTTP: posted (202) in %lld ms, delivered %lld ms after posting",
              panel.stepMs(MqttPanel::Step::Published), panel.stepMs(MqttPanel::Step::Delivered));
        shoot(&panel, u"panel-http"_s);

        // A certificate of another application's CA: 403, said in the log.
        panel.setDevice(u"demo"_s, u"sensor-1"_s, path(u"foreign.pem"_s), path(u"foreign.key"_s));
        finished.clear();
        panel.findChild<QPushButton *>(u"verifyButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeout);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(panel.logText().contains(u"HTTP 403"_s), qPrintable(panel.logText()));
    }

    // The Command check: the device subscribes, the API sends, it arrives.
    void commandCheck()
    {
        MqttPanel panel(m_client.get());
        panel.resize(1100, 900);
        panel.show();
        panel.setDevice(u"demo"_s, u"sensor-1"_s, path(u"devices/sensor-1.pem"_s), path(u"devices/sensor-1.key"_s));
        waitForEndpoints(panel);
        CommandCheckBox *box = panel.commandCheck();
        QVERIFY(box);
        panel.findChild<QLineEdit *>(u"commandName"_s)->setText(u"set-led"_s);
        panel.findChild<QLineEdit *>(u"commandPayload"_s)->setText(u"{\"on\": true}"_s);
        QSignalSpy finished(box, &CommandCheckBox::checkFinished);
        panel.findChild<QPushButton *>(u"commandButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeout);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel.logText()));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(box->stepState(i), CommandCheckBox::StepState::Done);
            QVERIFY(box->stepMs(i) >= 0);
        }
        QVERIFY2(box->resultText().contains(u"on command/inbox//set-led"_s), qPrintable(box->resultText()));
        QVERIFY(box->resultText().contains(u"\"on\":true"_s));
        qInfo("command: subscribed after %lld ms, API answered in %lld ms, arrived %lld ms after sending",
              box->stepMs(0), box->stepMs(1), box->stepMs(2));
        shoot(&panel, u"panel-command"_s);

        // A device the server does not know: the API refuses (406).
        panel.setDevice(u"demo"_s, u"no-such-device"_s, path(u"devices/sensor-1.pem"_s),
                        path(u"devices/sensor-1.key"_s));
        finished.clear();
        panel.findChild<QPushButton *>(u"commandButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeout);
        QVERIFY(!finished.at(0).at(0).toBool());
        QCOMPARE(box->stepState(1), CommandCheckBox::StepState::Failed);
        QVERIFY2(box->resultText().contains(u"does not exist or is disabled"_s), qPrintable(box->resultText()));
    }
};

QTEST_MAIN(TestMqttPanel)
#include "test_mqttpanel.moc"
