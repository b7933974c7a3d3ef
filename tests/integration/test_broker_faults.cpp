// Faults in the MQTT broker (issue 23): the real drogue-sandbox with the real
// mosquitto and the auth plugin, with --faults connack-drop / undelivered /
// delivery-delay on the device listener and refuse on the integration
// listener. The verify job (the one the MQTT panel and `dwb publish --verify`
// run) must name each case differently and end within its bound; dwb exits
// non-zero with the reason. One data folder: the device is enrolled once,
// then a sandbox is started per case with its faults.
#include "core/enrollment/EnrollSupport.h"
#include "core/mqtt/VerifyDevice.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dwb::ErrorCode;

class TestBrokerFaults : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;   // the sandbox's data folder, kept across cases
    QTemporaryDir m_files;  // CA and device files
    std::unique_ptr<dwb::test::Sandbox> m_sandbox;

    QString path(const QString &name) const { return m_files.filePath(name); }

    bool startSandbox(const QStringList &faults)
    {
        m_sandbox.reset();
        m_sandbox = std::make_unique<dwb::test::Sandbox>(m_data.path());
        QStringList args;
        for (const QString &f : faults)
            args << u"--faults"_s << f;
        if (!m_sandbox->start(args)) {
            qWarning().noquote() << m_sandbox->errorString();
            return false;
        }
        return true;
    }

    int dwbRun(const QStringList &args, QByteArray *out = nullptr)
    {
        QByteArray o, e;
        const int rc = dwb::test::run(dwb::test::program(u"dwb"_s), m_sandbox->dwbArgs() + args, &o, &e, 60000);
        if (out)
            *out = o + e;
        return rc;
    }

    dwb::VerifyDeviceOptions verifyOptions(int timeoutMs)
    {
        dwb::VerifyDeviceOptions o;
        o.app = u"demo"_s;
        o.device = u"dev1"_s;
        o.message = R"({"temp":21.5})";
        o.timeoutMs = timeoutMs;
        o.deviceConnection.host = u"localhost"_s;
        o.deviceConnection.port = m_sandbox->mqttPort();
        o.deviceConnection.caFile = m_sandbox->caFile();
        auto cert = dwb::loadCertificateFile(path(u"dev1.pem"_s));
        auto key = dwb::loadPrivateKeyFile(path(u"dev1.key"_s));
        if (cert)
            o.deviceConnection.clientCertificate = *cert;
        if (key)
            o.deviceConnection.clientKey = *key;
        o.integrationConnection.host = u"localhost"_s;
        o.integrationConnection.port = m_sandbox->integrationPort();
        o.integrationConnection.caFile = m_sandbox->caFile();
        o.integrationConnection.username = m_sandbox->user();
        o.integrationConnection.password = m_sandbox->token().toUtf8();
        return o;
    }

    bool logHas(const QByteArray &needle, int timeoutMs = 5000)
    {
        QByteArray log;
        QElapsedTimer t;
        t.start();
        while (!(log += m_sandbox->stdErr()).contains(needle)) {
            if (t.elapsed() > timeoutMs) {
                qWarning().noquote() << "not in the sandbox's log:" << needle << "\n" << log;
                return false;
            }
            QTest::qWait(20);
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid() && m_files.isValid());
        QVERIFY(startSandbox({}));
        QCOMPARE(dwbRun({u"create"_s, u"app"_s, u"demo"_s}), 0);
        QCOMPARE(dwbRun({u"trust"_s, u"create"_s, u"demo"_s, u"--key-output"_s, path(u"ca.key"_s),
                         u"--cert-output"_s, path(u"ca.pem"_s)}),
                 0);
        QCOMPARE(dwbRun({u"trust"_s, u"enroll"_s, u"dev1"_s, u"--app"_s, u"demo"_s, u"--ca-key"_s, path(u"ca.key"_s),
                         u"--out"_s, path(u"dev1.pem"_s), u"--key-output"_s, path(u"dev1.key"_s)}),
                 0);
        // Without faults the verification passes (the baseline of every case below).
        const dwb::VerifyDeviceResult r = dwb::VerifyDeviceJob::run(verifyOptions(8000));
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->toString()) : "not delivered");
    }

    // The device is accepted (CONNACK 0), then dropped at its PUBLISH: the
    // job says so at once, not after its timeout.
    void droppedAfterConnack()
    {
        QVERIFY(startSandbox({u"connack-drop=1"_s}));
        QElapsedTimer t;
        t.start();
        const dwb::VerifyDeviceResult r = dwb::VerifyDeviceJob::run(verifyOptions(8000));
        const qint64 ms = t.elapsed();
        QVERIFY(r.error.has_value());
        qInfo().noquote() << "connack-drop ->" << r.error->toString() << "in" << ms << "ms";
        QVERIFY(r.integrationReady);
        QVERIFY(r.connected);
        QVERIFY(!r.delivered);
        QCOMPARE(r.error->code, ErrorCode::Network);
        QVERIFY2(r.error->message.startsWith(u"Device: The broker accepted the connection (CONNACK), then closed it."_s),
                 qPrintable(r.error->message));
        QVERIFY2(ms < 4000, qPrintable(QString::number(ms))); // well before the 8 s timeout
        QVERIFY(logHas("fault: connack-drop: dropping device 'demo/dev1' at its PUBLISH"));
    }

    // Acknowledged, never delivered: "not delivered" after the timeout and
    // the late window, and not "late".
    void neverDelivered()
    {
        QVERIFY(startSandbox({u"undelivered=1"_s}));
        auto o = verifyOptions(2000);
        o.lateWindowMs = 1000;
        QElapsedTimer t;
        t.start();
        const dwb::VerifyDeviceResult r = dwb::VerifyDeviceJob::run(o);
        const qint64 ms = t.elapsed();
        QVERIFY(r.error.has_value());
        qInfo().noquote() << "undelivered ->" << r.error->toString() << "in" << ms << "ms";
        QVERIFY(r.connected && r.published && !r.delivered);
        QCOMPARE(r.error->code, ErrorCode::Timeout);
        QVERIFY2(r.error->message.startsWith(u"The broker accepted the message but never delivered it to app/demo: "
                                             "nothing arrived within 3 s."_s),
                 qPrintable(r.error->message));
        // at least timeout + window, less Qt's coarse-timer slack (5 % early)
        QVERIFY2(ms >= 2800 && ms < 6000, qPrintable(QString::number(ms)));
        QVERIFY(logHas("fault: undelivered (rule 1): the message of device 'demo/dev1' is acknowledged and never "
                       "delivered"));
    }

    // Delivered 2.5 s late against a 2 s timeout: the job reports the late
    // delivery with its delay, within timeout + late window.
    void deliveredLate()
    {
        QVERIFY(startSandbox({u"delivery-delay=2500"_s}));
        auto o = verifyOptions(2000);
        o.lateWindowMs = 2000;
        QElapsedTimer t;
        t.start();
        const dwb::VerifyDeviceResult r = dwb::VerifyDeviceJob::run(o);
        const qint64 ms = t.elapsed();
        QVERIFY(r.error.has_value());
        qInfo().noquote() << "delivery-delay ->" << r.error->toString() << "in" << ms << "ms";
        QVERIFY(r.connected && r.published && r.delivered);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, ErrorCode::Timeout);
        QVERIFY2(r.error->message.startsWith(u"The message was delivered late: it reached app/demo "_s),
                 qPrintable(r.error->message));
        QVERIFY2(r.error->message.contains(u"past the 2 s timeout"_s), qPrintable(r.error->message));
        QVERIFY2(r.deliverMs >= 2400, qPrintable(QString::number(r.deliverMs)));
        QVERIFY2(ms < 2000 + 2000 + 1000, qPrintable(QString::number(ms)));
        QVERIFY(logHas("fault: delivery-delay: delivered the held event to app/demo"));
    }

    // Nothing listens on the integration port: "refused", at once.
    void integrationListenerRefused()
    {
        QVERIFY(startSandbox({u"listener=integration;refuse=1"_s}));
        QElapsedTimer t;
        t.start();
        const dwb::VerifyDeviceResult r = dwb::VerifyDeviceJob::run(verifyOptions(8000));
        const qint64 ms = t.elapsed();
        QVERIFY(r.error.has_value());
        qInfo().noquote() << "integration refuse ->" << r.error->toString() << "in" << ms << "ms";
        QVERIFY(!r.integrationReady && !r.connected);
        QCOMPARE(r.error->code, ErrorCode::Network);
        QVERIFY2(r.error->message.startsWith(u"Integration side (app/demo): The broker at localhost:%1 refused the connection: "
                                             "nothing accepts connections on that port."_s
                                                 .arg(m_sandbox->integrationPort())),
                 qPrintable(r.error->message));
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
    }

    // dwb publish --verify: non-zero, with the reason, for each case.
    void dwbPublishVerify_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("reason");
        QTest::newRow("connack-drop") << u"connack-drop=1"_s
                                      << u"The broker accepted the connection (CONNACK), then closed it."_s;
        QTest::newRow("undelivered") << u"undelivered=1"_s
                                     << u"The broker accepted the message but never delivered it to app/demo"_s;
        QTest::newRow("refused") << u"listener=integration;refuse=1"_s << u"refused the connection"_s;
    }

    void dwbPublishVerify()
    {
        QFETCH(QString, fault);
        QFETCH(QString, reason);
        QVERIFY(startSandbox({fault}));
        QByteArray out;
        QElapsedTimer t;
        t.start();
        const int rc = dwbRun({u"publish"_s, u"--app"_s, u"demo"_s, u"--device"_s, u"dev1"_s, u"--cert"_s,
                               path(u"dev1.pem"_s), u"--key"_s, path(u"dev1.key"_s), u"--verify"_s, u"--timeout"_s,
                               u"2"_s},
                              &out);
        qInfo().noquote() << "dwb publish --verify (" << fault << ") ->" << rc << "in" << t.elapsed() << "ms:\n"
                          << out.trimmed();
        QVERIFY(rc != 0);
        QVERIFY2(out.contains(reason.toUtf8()), out.constData());
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
    }

    void cleanupTestCase() { m_sandbox.reset(); }
};

QTEST_MAIN(TestBrokerFaults)
#include "test_broker_faults.moc"
