// The MQTT test panel when the broker misbehaves (issue 23): the real
// drogue-sandbox and mosquitto with --faults connack-drop (the device is
// accepted, then dropped at its PUBLISH) and refuse on the integration
// listener. "Publish and Verify" must end at once, long before its 10 s
// timeout, with the case named in the log and the steps showing how far it
// got. (Never delivered and delivered late are the verify job's, asserted in
// integration.test_broker_faults: in the panel they take its 10 s timeout.)
#include "GuiTestUtil.h"

#include "core/cloud/RegistryClient.h"
#include "core/crypto/Importer.h"
#include "core/enrollment/AnchorJob.h"
#include "core/enrollment/EnrollJob.h"
#include "gui/mqtt/MqttPanel.h"
#include "support/Sandbox.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 20000;

class TestMqttPanelFaults : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QTemporaryDir m_data;
    std::unique_ptr<test::Sandbox> m_sandbox;
    std::unique_ptr<RegistryClient> m_client;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    bool restart(const QStringList &faults)
    {
        m_client.reset();
        m_sandbox = std::make_unique<test::Sandbox>(m_data.path());
        QStringList args;
        for (const QString &f : faults)
            args << u"--faults"_s << f;
        if (!m_sandbox->start(args)) {
            qWarning().noquote() << m_sandbox->errorString();
            return false;
        }
        m_client = std::make_unique<RegistryClient>(m_sandbox->connectionSettings());
        return true;
    }

    // Verify in a fresh panel; returns the time from the click to verifyFinished.
    qint64 verify(MqttPanel &panel, bool *ok)
    {
        panel.resize(1100, 680);
        panel.show();
        panel.setDevice(u"demo"_s, u"sensor-1"_s, path(u"devices/sensor-1.pem"_s), path(u"devices/sensor-1.key"_s));
        auto *port = panel.findChild<QSpinBox *>(u"mqttPort"_s);
        if (!QTest::qWaitFor([&] { return port->value() == m_sandbox->mqttPort(); }, kTimeout))
            return -1;
        QSignalSpy finished(&panel, &MqttPanel::verifyFinished);
        QElapsedTimer t;
        t.start();
        panel.findChild<QPushButton *>(u"verifyButton"_s)->click();
        if (!QTest::qWaitFor([&] { return finished.count() == 1; }, kTimeout))
            return -1;
        *ok = finished.at(0).at(0).toBool();
        return t.elapsed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid() && m_data.isValid());
        QVERIFY(restart({}));
        const Status st = await(m_client->createApp(Application::create(u"demo"_s)));
        QVERIFY2(st, test::why(st));
        AnchorRequest a;
        a.app = u"demo"_s;
        a.keyOutput = path(u"demo-ca.key"_s);
        AnchorJob anchor(m_client.get(), std::move(a));
        QVERIFY2(anchor.exec(), test::why(anchor.result()));
        auto caKey = importPrivateKey(test::readAll(path(u"demo-ca.key"_s)));
        QVERIFY2(caKey, test::why(caKey));
        EnrollRequest r;
        r.app = u"demo"_s;
        r.device = u"sensor-1"_s;
        r.caKey = *caKey;
        r.caKeyPath = path(u"demo-ca.key"_s);
        r.outputDir = path(u"devices"_s);
        EnrollJob enroll(m_client.get(), std::move(r));
        QVERIFY2(enroll.exec(), test::why(enroll.result()));
    }

    void cleanup() { test::resetPrompts(); }

    void droppedAfterConnack()
    {
        QVERIFY(restart({u"connack-drop=1"_s}));
        MqttPanel panel(m_client.get());
        bool ok = true;
        const qint64 ms = verify(panel, &ok);
        QVERIFY(ms >= 0);
        QVERIFY(!ok);
        qInfo().noquote() << "connack-drop:" << ms << "ms;" << panel.logText().section(u'\n', -2);
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
        QCOMPARE(panel.stepState(MqttPanel::Step::Connected), MqttPanel::StepState::Done);
        QVERIFY(panel.stepState(MqttPanel::Step::Delivered) != MqttPanel::StepState::Done);
        QVERIFY2(panel.logText().contains(u"Device: The broker accepted the connection (CONNACK), then closed it."_s),
                 qPrintable(panel.logText()));
        QVERIFY2(!panel.logText().contains(u"refused the certificate"_s), qPrintable(panel.logText()));
    }

    void integrationListenerRefused()
    {
        QVERIFY(restart({u"listener=integration;refuse=1"_s}));
        MqttPanel panel(m_client.get());
        bool ok = true;
        const qint64 ms = verify(panel, &ok);
        QVERIFY(ms >= 0);
        QVERIFY(!ok);
        qInfo().noquote() << "integration refused:" << ms << "ms;" << panel.logText().section(u'\n', -2);
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
        QCOMPARE(panel.stepState(MqttPanel::Step::Connected), MqttPanel::StepState::Failed);
        QVERIFY2(panel.logText().contains(u"refused the connection: nothing accepts connections on that port."_s),
                 qPrintable(panel.logText()));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        if (m_sandbox)
            QCOMPARE(m_sandbox->stop(), 0);
    }
};

QTEST_MAIN(TestMqttPanelFaults)
#include "test_mqttpanel_faults.moc"
