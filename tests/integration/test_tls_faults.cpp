// Faults in the TLS layer (issue 23): the real drogue-sandbox with --tls and
// --faults tls-cut / tls-stall / tls-expired / tls-wrong-name, whose proxy
// stands in front of the HTTPS API and the broker's listeners, against the
// registry client, the MQTT client (integration listener of the real
// mosquitto), the verify job and dwb. Each case asserts the message the user
// reads and the time it took; a stalled handshake is also stopped by the
// user (cancel), which must return at once.
#include "core/cloud/RegistryClient.h"
#include "core/mqtt/MqttClient.h"
#include "core/mqtt/VerifyDevice.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::ErrorCode;

namespace {

// Yesterday in UTC, as TlsFailure prints the date of an expired certificate.
QString yesterdayUtc()
{
    return QDateTime::currentDateTimeUtc().addDays(-1).date().toString(u"yyyy-MM-dd"_s);
}

} // namespace

class TestTlsFaults : public QObject {
    Q_OBJECT

    // Waits until the sandbox's stderr (from offset `from`) holds `needle` `count` times.
    static bool waitForLog(dwb::test::Sandbox &sandbox, QByteArray &log, const QByteArray &needle, int count = 1,
                           int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (log.count(needle) < count) {
            if (t.elapsed() > timeoutMs)
                return false;
            QTest::qWait(10);
            log += sandbox.stdErr();
        }
        return true;
    }

    static dwb::MqttOptions integrationOptions(const dwb::test::Sandbox &sandbox, int timeoutMs)
    {
        dwb::MqttOptions o;
        o.host = u"localhost"_s;
        o.port = sandbox.integrationPort();
        o.caFile = sandbox.caFile();
        o.username = sandbox.user();
        o.password = sandbox.token().toUtf8();
        o.connectTimeoutMs = timeoutMs;
        return o;
    }

private Q_SLOTS:
    void faults_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("code");             // ErrorCode of the API request
        QTest::addColumn<QString>("apiMessage");
        QTest::addColumn<int>("mqttCode");
        QTest::addColumn<QString>("mqttMessage");
        const QString date = yesterdayUtc();
        QTest::newRow("expired") << u"tls-expired=1"_s << int(ErrorCode::Tls)
                                 << u"The server's certificate expired on %1"_s.arg(date) << int(ErrorCode::Tls)
                                 << u"The broker's certificate expired on %1"_s.arg(date);
        QTest::newRow("wrong-name")
            << u"tls-wrong-name=1"_s << int(ErrorCode::Tls)
            << u"The server name does not match its certificate: it was reached as 127.0.0.1, the certificate is "
               "for wrong-host.invalid."_s
            << int(ErrorCode::Tls)
            << u"The broker name does not match its certificate: it was reached as localhost, the certificate is "
               "for wrong-host.invalid."_s;
        QTest::newRow("cut") << u"tls-cut=1"_s << int(ErrorCode::Network)
                             << u"The server closed the connection during the TLS handshake."_s
                             << int(ErrorCode::Network)
                             << u"The broker closed the connection during the TLS handshake."_s;
        QTest::newRow("stall") << u"tls-stall=1"_s << int(ErrorCode::Timeout)
                               << u"The server stopped answering during the TLS handshake (no answer for 1.5 s)."_s
                               << int(ErrorCode::Timeout)
                               << u"The broker stopped answering during the TLS handshake (no answer for 1.5 s)."_s;
    }

    // One sandbox per kind, the fault on every listener: the API request
    // and an MQTT login each fail with the message naming the fault, in
    // bounded time (the timeout is 1.5 s; cut and bad certificates fail at once).
    void faults()
    {
        QFETCH(QString, spec);
        QFETCH(int, code);
        QFETCH(QString, apiMessage);
        QFETCH(int, mqttCode);
        QFETCH(QString, mqttMessage);
        dwb::test::Sandbox sandbox;
        QVERIFY2(sandbox.start({u"--tls"_s, u"--faults"_s, spec}), qPrintable(sandbox.errorString()));
        QByteArray log = sandbox.stdErr();

        // The HTTPS API (retries: at most 1 s, so a retried cut ends soon).
        dwb::ConnectionSettings settings = sandbox.connectionSettings(1500);
        settings.retryBudgetMs = 1000;
        dwb::RegistryClient client(settings);
        QElapsedTimer t;
        t.start();
        const auto apps = await(client.listApps());
        const qint64 apiMs = t.elapsed();
        QVERIFY(!apps.ok());
        qInfo().noquote() << "API" << spec << "->" << apps.error().toString() << "in" << apiMs << "ms";
        QCOMPARE(int(apps.error().code), code);
        // (a cut is retried: the message then starts with how long it kept failing)
        QVERIFY2(apps.error().message.contains(apiMessage), qPrintable(apps.error().message));
        QVERIFY2(apiMs < 6000, qPrintable(QString::number(apiMs)));
        if (spec.startsWith("tls-stall"_L1))
            QVERIFY2(apiMs >= 1000, qPrintable(QString::number(apiMs)));
        QVERIFY(waitForLog(sandbox, log, "fault: " + spec.section(u'=', 0, 0).toUtf8() + " (rule 1): api connection"));

        // The broker's integration listener, through our MQTT client.
        dwb::MqttClient mqtt;
        QSignalSpy errors(&mqtt, &dwb::MqttClient::errorOccurred);
        QSignalSpy connected(&mqtt, &dwb::MqttClient::connected);
        t.restart();
        const dwb::Status st = mqtt.connectToBroker(integrationOptions(sandbox, 1500));
        // A fault met inside connectToBroker (the handshake starts there) is
        // returned at once; later ones come as errorOccurred.
        if (st.ok())
            QTRY_VERIFY_WITH_TIMEOUT(errors.count() == 1, 6000);
        const qint64 mqttMs = t.elapsed();
        const auto error = st.ok() ? errors.at(0).at(0).value<dwb::Error>() : st.error();
        qInfo().noquote() << "MQTT" << spec << "->" << error.toString() << "in" << mqttMs << "ms";
        QCOMPARE(connected.count(), 0);
        QCOMPARE(int(error.code), mqttCode);
        QVERIFY2(error.message.startsWith(mqttMessage), qPrintable(error.message));
        QVERIFY2(mqttMs < 6000, qPrintable(QString::number(mqttMs)));
        QVERIFY(waitForLog(sandbox, log,
                           "fault: " + spec.section(u'=', 0, 0).toUtf8() + " (rule 1): integration connection"));

        if (spec == "tls-expired=1"_L1) {
            // dwb says the same, and fails.
            QByteArray out, err;
            const int rc = dwb::test::run(dwb::test::program(u"dwb"_s),
                                          sandbox.dwbArgs() + QStringList{u"get"_s, u"apps"_s}, &out, &err, 30000);
            qInfo().noquote() << "dwb get apps ->" << rc << err.trimmed();
            QVERIFY(rc != 0);
            QVERIFY2(err.contains(QByteArray("The server's certificate expired on " + yesterdayUtc().toUtf8())), err.constData());
        }
    }

    // Stop while the handshake hangs: the registry request and the verify
    // job end at once with Cancelled, long before their 30 s timeouts.
    void cancelDuringStalledHandshake()
    {
        dwb::test::Sandbox sandbox;
        QVERIFY2(sandbox.start({u"--tls"_s, u"--faults"_s, u"tls-stall=1"_s}), qPrintable(sandbox.errorString()));
        QByteArray log = sandbox.stdErr();

        dwb::RegistryClient client(sandbox.connectionSettings(30000));
        auto future = client.listApps();
        QVERIFY(waitForLog(sandbox, log, "fault: tls-stall (rule 1): api connection"));
        QTest::qWait(200); // the ClientHello is in; the handshake hangs
        QVERIFY(!future.isFinished());
        QElapsedTimer t;
        t.start();
        client.cancelPending();
        const auto apps = await(future);
        const qint64 apiStop = t.elapsed();
        QVERIFY(!apps.ok());
        QCOMPARE(apps.error().code, ErrorCode::Cancelled);
        QVERIFY2(apiStop < 500, qPrintable(QString::number(apiStop)));

        dwb::VerifyDeviceOptions o;
        o.app = u"demo"_s;
        o.device = u"dev"_s;
        o.timeoutMs = 30000;
        o.integrationConnection = integrationOptions(sandbox, 30000);
        auto job = std::make_unique<dwb::VerifyDeviceJob>(o);
        QSignalSpy finished(job.get(), &dwb::VerifyDeviceJob::finished);
        job->start();
        QVERIFY(waitForLog(sandbox, log, "fault: tls-stall (rule 1): integration connection"));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
        t.restart();
        job->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 500);
        QCOMPARE(job->result().error->code, ErrorCode::Cancelled);
        job.reset(); // stops the MQTT network thread
        const qint64 mqttStop = t.elapsed();
        QVERIFY2(mqttStop < 1000, qPrintable(QString::number(mqttStop)));
        qInfo().noquote() << "stop during a stalled handshake: API" << apiStop << "ms, verify job" << mqttStop << "ms";
    }

    // A slow answer on an established TLS connection is a plain timeout,
    // not a stalled handshake (the message must not blame TLS).
    void slowServerOverTlsIsNoHandshakeFault()
    {
        dwb::test::Sandbox sandbox;
        QVERIFY2(sandbox.start({u"--tls"_s, u"--no-broker"_s, u"--faults"_s,
                                u"route=GET:/api/registry/v1alpha1/apps;latency=4000;skip=1"_s}),
                 qPrintable(sandbox.errorString()));
        dwb::ConnectionSettings settings = sandbox.connectionSettings(1000);
        dwb::RegistryClient client(settings);
        const auto first = await(client.listApps());
        QVERIFY2(first.ok(), dwb::test::why(first));
        const auto second = await(client.listApps());
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::Timeout);
        QVERIFY2(!second.error().message.contains(u"TLS"_s), qPrintable(second.error().message));
    }

    // Faults with a limit: after them the listener works again (the proxy
    // passes the real server's TLS through), and a wrong grammar is refused.
    void limitThenHealthyAndGrammar()
    {
        dwb::test::Sandbox sandbox;
        QVERIFY2(sandbox.start({u"--tls"_s, u"--no-broker"_s, u"--faults"_s, u"listener=api;tls-cut=1;limit=1"_s}),
                 qPrintable(sandbox.errorString()));
        dwb::ConnectionSettings settings = sandbox.connectionSettings(5000);
        dwb::RegistryClient client(settings);
        const auto apps = await(client.listApps()); // the cut is retried, the retry passes
        QVERIFY2(apps.ok(), dwb::test::why(apps));
        QByteArray log = sandbox.stdErr();
        QCOMPARE(log.count("fault: tls-cut (rule 1): api connection"), 1);

        QByteArray out, err;
        const QString sandboxProgram = dwb::test::program(u"drogue-sandbox"_s);
        const QStringList dir{u"--data-dir"_s, sandbox.dataDir() + u"-unused"_s};
        QCOMPARE(dwb::test::run(sandboxProgram, dir + QStringList{u"--faults"_s, u"listener=api;tls-cut=1;503=0.5"_s},
                                &out, &err),
                 2);
        QVERIFY2(err.contains("is an HTTP key"), err.constData());
        QCOMPARE(dwb::test::run(sandboxProgram, dir + QStringList{u"--faults"_s, u"listener=disk;tls-cut=1"_s}, &out,
                                &err),
                 2);
        QVERIFY2(err.contains("unknown listener 'disk'"), err.constData());
        QCOMPARE(dwb::test::run(sandboxProgram,
                                dir + QStringList{u"--faults"_s, u"listener=integration;undelivered=1"_s}, &out, &err),
                 2);
        QVERIFY2(err.contains("device listener only"), err.constData());
    }
};

QTEST_MAIN(TestTlsFaults)
#include "test_tls_faults.moc"
