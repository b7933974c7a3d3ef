// The sandbox's HTTP endpoint and command API with real clients: curl posts
// as the device with the files dwb wrote, mosquitto_sub listens on the
// integration side and, as the device (its certificate), on command/inbox/#;
// dwb command sends through the API. The transcripts are printed (qInfo) so
// that a run shows what the clients saw.
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHttpEndpoint : public QObject {
    Q_OBJECT

private:
    dwb::test::Sandbox m_sandbox;
    QTemporaryDir m_files;
    int m_httpPort = 0;

    QString path(const QString &name) const { return m_files.filePath(name); }

    int dwbRun(const QStringList &args, QByteArray *out = nullptr)
    {
        QByteArray o, e;
        const int rc = dwb::test::run(dwb::test::program(u"dwb"_s), m_sandbox.dwbArgs() + args, &o, &e);
        if (out)
            *out = o + e;
        if (rc != 0)
            qWarning().noquote() << "dwb" << args.join(u' ') << "->" << rc << o << e;
        return rc;
    }

    QString url(const QString &pathAndQuery) const
    {
        return u"https://localhost:%1%2"_s.arg(m_httpPort).arg(pathAndQuery);
    }

    // curl as the device (stem.pem / stem.key; empty stem: no certificate);
    // its -i output (status line, headers, body).
    QByteArray curl(const QString &stem, const QString &target, const QByteArray &body = R"({"temp":21.5})",
                    const QString &method = u"POST"_s)
    {
        QStringList args{u"-sS"_s, u"-i"_s, u"--cacert"_s, m_sandbox.caFile(), u"-X"_s, method};
        if (!stem.isEmpty())
            args << u"--cert"_s << path(stem + u".pem"_s) << u"--key"_s << path(stem + u".key"_s);
        if (method == u"POST"_s)
            args << u"-H"_s << u"Content-Type: application/json"_s << u"--data-binary"_s << QString::fromUtf8(body);
        args << url(target);
        QByteArray o, e;
        dwb::test::run(u"curl"_s, args, &o, &e, 30000);
        qInfo().noquote() << "$ curl" << (stem.isEmpty() ? QString() : u"--cert %1.pem --key %1.key"_s.arg(stem))
                          << "--cacert ca.pem -X" << method << url(target) << u"\n"_s + QString::fromUtf8(o + e);
        return o + e;
    }

    static int statusOf(const QByteArray &curlOut)
    {
        const QList<QByteArray> first = curlOut.left(curlOut.indexOf('\n')).split(' ');
        return first.size() >= 2 ? first.at(1).toInt() : 0;
    }

    // mosquitto_sub -d -v; true once the broker acknowledged the subscription.
    bool startSubscriber(QProcess &sub, QByteArray &out, const QStringList &login, const QString &topic, int count,
                         int port)
    {
        sub.start(u"stdbuf"_s, QStringList{u"-oL"_s, u"mosquitto_sub"_s, u"-d"_s, u"-v"_s, u"-h"_s, u"localhost"_s,
                                           u"-p"_s, QString::number(port), u"--cafile"_s, m_sandbox.caFile()}
                                   + login
                                   + QStringList{u"-t"_s, topic, u"-C"_s, QString::number(count), u"-W"_s, u"30"_s,
                                                 u"-q"_s, u"1"_s});
        if (!sub.waitForStarted())
            return false;
        QElapsedTimer t;
        t.start();
        while (!out.contains("Subscribed (mid: 1)") && sub.state() == QProcess::Running && t.elapsed() < 20000) {
            sub.waitForReadyRead(100);
            out += sub.readAllStandardOutput();
        }
        return out.contains("Subscribed (mid: 1)");
    }

    QStringList integrationLogin() const { return {u"-u"_s, m_sandbox.user(), u"-P"_s, m_sandbox.token()}; }
    QStringList deviceLogin(const QString &stem) const
    {
        return {u"--cert"_s, path(stem + u".pem"_s), u"--key"_s, path(stem + u".key"_s)};
    }

    QByteArray finishSubscriber(QProcess &sub, QByteArray out, const char *what)
    {
        if (!sub.waitForFinished(15000))
            sub.kill();
        out += sub.readAllStandardOutput();
        qInfo().noquote() << "$ mosquitto_sub (" << what << ")\n" << QString::fromUtf8(out);
        return out;
    }

    static QJsonObject eventIn(const QByteArray &out)
    {
        for (const QByteArray &line : out.split('\n'))
            if (line.startsWith("app/demo {"))
                return QJsonDocument::fromJson(line.mid(9)).object();
        return {};
    }

    bool opensslDevice(const QString &stem, const QString &caCert, const QString &caKey)
    {
        using dwb::test::openssl;
        if (openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-out"_s,
                     path(stem + u".key"_s)})
            != 0)
            return false;
        if (openssl({u"req"_s, u"-new"_s, u"-key"_s, path(stem + u".key"_s), u"-subj"_s,
                     u"/CN=%1/O=Drogue IoT/OU=demo"_s.arg(stem), u"-out"_s, path(stem + u".csr"_s)})
            != 0)
            return false;
        if (!dwb::test::writeFile(path(stem + u".ext"_s), "extendedKeyUsage=serverAuth,clientAuth\n"))
            return false;
        return openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(stem + u".csr"_s), u"-CA"_s, caCert, u"-CAkey"_s, caKey,
                        u"-out"_s, path(stem + u".pem"_s), u"-extfile"_s, path(stem + u".ext"_s), u"-days"_s,
                        u"30"_s})
               == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_httpPort = m_sandbox.info().value("http_endpoint_port"_L1).toInt();
        QVERIFY(m_httpPort > 0);
        QCOMPARE(dwbRun({u"create"_s, u"app"_s, u"demo"_s}), 0);
        QCOMPARE(dwbRun({u"trust"_s, u"create"_s, u"demo"_s, u"--key-output"_s, path(u"ca.key"_s),
                         u"--cert-output"_s, path(u"ca.pem"_s)}),
                 0);
        for (const QString &dev : {u"dev1"_s, u"dev2"_s})
            QCOMPARE(dwbRun({u"trust"_s, u"enroll"_s, dev, u"--app"_s, u"demo"_s, u"--ca-key"_s, path(u"ca.key"_s),
                             u"--out"_s, path(dev + u".pem"_s), u"--key-output"_s, path(dev + u".key"_s)}),
                     0);
    }

    void discoveryAnnouncesTheEndpoint()
    {
        const QString expected = u"https://localhost:%1"_s.arg(m_httpPort);
        QCOMPARE(m_sandbox.info().value("endpoints"_L1).toObject().value("http"_L1).toObject().value("url"_L1)
                     .toString(),
                 expected);
        QByteArray out;
        // The authenticated discovery (all fields; the public one is a subset).
        QCOMPARE(dwb::test::run(u"curl"_s, {u"-sS"_s, u"-u"_s, m_sandbox.user() + u':' + m_sandbox.token(),
                                            m_sandbox.api().toString() + u"/api/console/v1alpha1/info"_s},
                                &out),
                 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value("http"_L1).toObject().value("url"_L1).toString(), expected);
    }

    void curlAcceptedAndSeenOnTheIntegrationSide()
    {
        QProcess sub;
        QByteArray subOut;
        QVERIFY(startSubscriber(sub, subOut, integrationLogin(), u"app/demo"_s, 2, m_sandbox.integrationPort()));
        const QByteArray answer = curl(u"dev1"_s, u"/v1/temp"_s);
        QCOMPARE(statusOf(answer), 202);
        // The same device over MQTT: the two events must have the same shape.
        QByteArray o, e;
        QCOMPARE(dwb::test::run(u"mosquitto_pub"_s,
                                {u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(m_sandbox.mqttPort()), u"--cafile"_s,
                                 m_sandbox.caFile(), u"--cert"_s, path(u"dev1.pem"_s), u"--key"_s, path(u"dev1.key"_s),
                                 u"-t"_s, u"temp"_s, u"-q"_s, u"1"_s, u"-m"_s, u"{\"temp\":22}"_s},
                                &o, &e, 10000),
                 0);
        subOut = finishSubscriber(sub, subOut, "integration side, app/demo");
        QList<QJsonObject> events;
        for (const QByteArray &line : subOut.split('\n'))
            if (line.startsWith("app/demo {"))
                events << QJsonDocument::fromJson(line.mid(9)).object();
        QCOMPARE(events.size(), 2);
        const QJsonObject http = events.at(0), mqtt = events.at(1);
        QCOMPARE(http.value("source"_L1).toString(), u"demo/dev1"_s);
        QCOMPARE(http.value("subject"_L1).toString(), u"temp"_s);
        QCOMPARE(http.value("type"_L1).toString(), u"io.drogue.event.v1"_s);
        QCOMPARE(http.value("datacontenttype"_L1).toString(), u"application/json"_s);
        QCOMPARE(http.value("data"_L1).toObject().value("temp"_L1).toDouble(), 21.5);
        QCOMPARE(mqtt.value("data"_L1).toObject().value("temp"_L1).toDouble(), 22.0);
        const QStringList httpKeys = http.keys(), mqttKeys = mqtt.keys();
        QCOMPARE(httpKeys, mqttKeys);
        for (const char *k : {"source", "subject", "type", "specversion", "application", "device", "datacontenttype"})
            QCOMPARE(http.value(QLatin1String(k)), mqtt.value(QLatin1String(k)));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("foreign CA") << u"foreign"_s << u"/v1/temp"_s << u"POST"_s << 403
                                    << u"does not chain to a trust anchor"_s;
        QTest::newRow("disabled device") << u"disabled"_s << u"/v1/temp"_s << u"POST"_s << 403 << u"is disabled"_s;
        QTest::newRow("not registered") << u"ghost"_s << u"/v1/temp"_s << u"POST"_s << 403
                                        << u"no device named or aliased"_s;
        QTest::newRow("no certificate") << QString() << u"/v1/temp"_s << u"POST"_s << 403
                                        << u"A device certificate is required"_s;
        QTest::newRow("other path") << u"dev1"_s << u"/v2/temp"_s << u"POST"_s << 404 << u"No such path"_s;
        QTest::newRow("no channel") << u"dev1"_s << u"/v1"_s << u"POST"_s << 404 << u"No such path"_s;
        QTest::newRow("GET") << u"dev1"_s << u"/v1/temp"_s << u"GET"_s << 405 << u"POST"_s;
    }

    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, target);
        QFETCH(QString, method);
        QFETCH(int, status);
        QFETCH(QString, message);
        if (kind == u"foreign"_s) {
            // A CA with the demo anchor's name, never registered; the device is.
            QCOMPARE(dwb::test::openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                         u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, path(u"fca.key"_s),
                                         u"-subj"_s, u"/CN=demo/O=Drogue IoT/OU=Cloud"_s, u"-days"_s, u"30"_s,
                                         u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-out"_s,
                                         path(u"fca.pem"_s)}),
                     0);
            QVERIFY(opensslDevice(kind, path(u"fca.pem"_s), path(u"fca.key"_s)));
            QVERIFY(m_sandbox.registerDevice(u"demo"_s, kind, u"CN=foreign, O=Drogue IoT, OU=demo"_s));
        } else if (kind == u"disabled"_s) {
            QVERIFY(opensslDevice(kind, path(u"ca.pem"_s), path(u"ca.key"_s)));
            QVERIFY(m_sandbox.registerDevice(u"demo"_s, kind, u"CN=disabled, O=Drogue IoT, OU=demo"_s, true));
        } else if (kind == u"ghost"_s) {
            QVERIFY(opensslDevice(kind, path(u"ca.pem"_s), path(u"ca.key"_s)));
        }
        const QByteArray answer = curl(kind, target, R"({"temp":1})", method);
        QCOMPARE(statusOf(answer), status);
        QVERIFY2(answer.contains(message.toUtf8()), answer.constData());
        if (status == 403)
            QVERIFY(answer.contains("\"error\":\"AuthenticationError\""));
    }

    void dwbCommandReachesTheDeviceOverMqtt()
    {
        QProcess sub;
        QByteArray subOut;
        QVERIFY(startSubscriber(sub, subOut, deviceLogin(u"dev1"_s), u"command/inbox/#"_s, 1, m_sandbox.mqttPort()));
        // dev2 is subscribed as well: the command is for dev1 only.
        QProcess other;
        QByteArray otherOut;
        QVERIFY(startSubscriber(other, otherOut, deviceLogin(u"dev2"_s), u"command/inbox/#"_s, 1,
                                m_sandbox.mqttPort()));
        QByteArray out;
        QCOMPARE(dwbRun({u"command"_s, u"dev1"_s, u"--app"_s, u"demo"_s, u"--name"_s, u"set-led"_s, u"--payload"_s,
                         u"{\"on\":true}"_s},
                        &out),
                 0);
        qInfo().noquote() << "$ dwb command dev1 --app demo --name set-led --payload '{\"on\":true}'\n" + out;
        subOut = finishSubscriber(sub, subOut, "as device dev1, command/inbox/#");
        QVERIFY2(subOut.contains("command/inbox//set-led {\"on\":true}"), subOut.constData());
        other.kill();
        other.waitForFinished(5000);
        otherOut += other.readAllStandardOutput();
        QVERIFY2(!otherOut.contains("set-led"), otherOut.constData());
    }

    void httpDeviceWaitingWithCtGetsTheCommand()
    {
        QProcess waiting;
        waiting.start(u"curl"_s, {u"-sS"_s, u"-i"_s, u"--cacert"_s, m_sandbox.caFile(), u"--cert"_s,
                                  path(u"dev1.pem"_s), u"--key"_s, path(u"dev1.key"_s), u"-X"_s, u"POST"_s,
                                  u"--data-binary"_s, u"{\"temp\":20}"_s, url(u"/v1/temp?ct=20"_s)});
        QVERIFY(waiting.waitForStarted());
        QVERIFY(m_sandbox.waitForLog("accepted device 'dev1' of application 'demo' on channel 'temp'")
                    .contains("accepted device 'dev1'"));
        QTest::qWait(200);
        QElapsedTimer t;
        t.start();
        QCOMPARE(dwbRun({u"command"_s, u"dev1"_s, u"--app"_s, u"demo"_s, u"--name"_s, u"reboot"_s, u"--payload"_s,
                         u"{\"delay\":5}"_s}),
                 0);
        QVERIFY(waiting.waitForFinished(15000));
        QVERIFY(t.elapsed() < 10000); // answered by the command, not by the 20 s ct
        const QByteArray out = waiting.readAllStandardOutput() + waiting.readAllStandardError();
        qInfo().noquote() << "$ curl --cert dev1.pem --key dev1.key --cacert ca.pem -X POST" << url(u"/v1/temp?ct=20"_s)
                          << u"\n"_s + QString::fromUtf8(out);
        QCOMPARE(statusOf(out), 200);
        QVERIFY2(out.contains("command: reboot\r\n"), out.constData());
        QVERIFY(out.endsWith("{\"delay\":5}"));
    }

    void ctWithoutCommandIsAccepted()
    {
        QElapsedTimer t;
        t.start();
        const QByteArray out = curl(u"dev1"_s, u"/v1/temp?ct=1"_s);
        QCOMPARE(statusOf(out), 202);
        QVERIFY(t.elapsed() >= 900);
        QVERIFY(!out.contains("command:"));
    }

    void commandApiRefusals()
    {
        QByteArray out;
        QVERIFY(dwbRun({u"command"_s, u"ghost2"_s, u"--app"_s, u"demo"_s, u"--name"_s, u"x"_s}, &out) != 0);
        QVERIFY2(out.contains("does not exist or is disabled"), out.constData());
        QVERIFY(out.contains("HTTP 406"));
        QVERIFY(dwbRun({u"command"_s, u"disabled"_s, u"--app"_s, u"demo"_s, u"--name"_s, u"x"_s}, &out) != 0);
        QVERIFY2(out.contains("HTTP 406"), out.constData());
        QVERIFY(dwbRun({u"command"_s, u"dev1"_s, u"--app"_s, u"nosuchapp"_s, u"--name"_s, u"x"_s}, &out) != 0);
        QVERIFY2(out.contains("HTTP 404"), out.constData());
        // Without credentials: 403, as every API call.
        QByteArray o;
        dwb::test::run(u"curl"_s, {u"-sS"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s, u"-X"_s, u"POST"_s,
                                   m_sandbox.api().toString()
                                       + u"/api/command/v1alpha1/apps/demo/devices/dev1?command=x"_s},
                       &o);
        QCOMPARE(o, QByteArray("403"));
    }

    void dwbPublishHttpVerify()
    {
        QByteArray out;
        QCOMPARE(dwbRun({u"publish"_s, u"--http"_s, u"--verify"_s, u"--app"_s, u"demo"_s, u"--device"_s, u"dev1"_s,
                         u"--cert"_s, path(u"dev1.pem"_s), u"--key"_s, path(u"dev1.key"_s)},
                        &out),
                 0);
        qInfo().noquote() << "$ dwb publish --http --verify --app demo --device dev1 ...\n" + out;
        QVERIFY(out.contains("Device 'dev1' works"));
        QVERIFY2(!out.contains("(-1 ms)"), out.constData()); // every step has its time
        QVERIFY(dwbRun({u"publish"_s, u"--http"_s, u"--app"_s, u"demo"_s, u"--cert"_s, path(u"disabled.pem"_s),
                        u"--key"_s, path(u"disabled.key"_s)},
                       &out)
                != 0);
        QVERIFY2(out.contains("HTTP 403"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestHttpEndpoint)
#include "test_http_endpoint.moc"
