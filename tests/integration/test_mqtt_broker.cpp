// The sandbox broker end to end: the real drogue-sandbox with Debian's
// mosquitto and our auth plugin. Devices enrolled with the project's crypto
// (dwb trust create/enroll) or made with the openssl command line; published
// with our MQTT client and with mosquitto_pub; events seen with our client
// and with mosquitto_sub. Refusals are asserted with their messages.
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include "core/cloud/RegistryClient.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/mqtt/MqttClient.h"
#include "core/mqtt/VerifyDevice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using dwb::test::why;

class TestMqttBroker : public QObject {
    Q_OBJECT

private:
    dwb::test::Sandbox m_sandbox;
    QTemporaryDir m_files;

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

    int openssl(const QStringList &args)
    {
        QByteArray o, e;
        const int rc = dwb::test::run(u"openssl"_s, args, &o, &e);
        if (rc != 0)
            qWarning().noquote() << "openssl" << args.join(u' ') << e;
        return rc;
    }

    dwb::VerifyDeviceOptions verifyOptions(const QString &app, const QString &device,
                                           const QString &certFile, const QString &keyFile)
    {
        dwb::VerifyDeviceOptions o;
        o.app = app;
        o.device = device;
        o.channel = u"temp"_s;
        o.message = R"({"temp":21.5})";
        o.timeoutMs = 8000;
        o.deviceConnection.host = u"localhost"_s;
        o.deviceConnection.port = m_sandbox.mqttPort();
        o.deviceConnection.caFile = m_sandbox.caFile();
        auto cert = dwb::loadCertificateFile(certFile);
        auto key = dwb::loadPrivateKeyFile(keyFile);
        if (cert)
            o.deviceConnection.clientCertificate = *cert;
        if (key)
            o.deviceConnection.clientKey = *key;
        o.integrationConnection.host = u"localhost"_s;
        o.integrationConnection.port = m_sandbox.integrationPort();
        o.integrationConnection.caFile = m_sandbox.caFile();
        o.integrationConnection.username = m_sandbox.user();
        o.integrationConnection.password = m_sandbox.token().toUtf8();
        return o;
    }

    // A device key + CSR with the openssl CLI, signed by the demo CA with ext.
    bool opensslDevice(const QString &stem, const QString &keyArgs, const QString &subject,
                       const QString &ext, const QString &caCert, const QString &caKey,
                       const QStringList &extraX509 = {u"-days"_s, u"30"_s})
    {
        QStringList genArgs{u"genpkey"_s};
        genArgs << keyArgs.split(u' ') << u"-out"_s << path(stem + u".key"_s);
        if (openssl(genArgs) != 0)
            return false;
        if (openssl({u"req"_s, u"-new"_s, u"-key"_s, path(stem + u".key"_s), u"-subj"_s, subject,
                     u"-out"_s, path(stem + u".csr"_s)}) != 0)
            return false;
        QFile e(path(stem + u".ext"_s));
        if (!e.open(QIODevice::WriteOnly))
            return false;
        e.write(ext.toUtf8());
        e.close();
        return openssl(QStringList{u"x509"_s, u"-req"_s, u"-in"_s, path(stem + u".csr"_s), u"-CA"_s, caCert,
                                   u"-CAkey"_s, caKey, u"-out"_s, path(stem + u".pem"_s), u"-extfile"_s,
                                   path(stem + u".ext"_s)}
                       + extraX509)
               == 0;
    }


    // Waits until the sandbox's log written after `from` (a size of
    // m_sandbox.stdErr() taken before the action) contains needle.
    bool logAfter(qsizetype from, const QByteArray &needle, int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_sandbox.stdErr().mid(from).contains(needle)) {
            if (t.elapsed() > timeoutMs)
                return false;
            QTest::qWait(20);
        }
        return true;
    }

    // mosquitto_sub on the integration side, with -d: its "Subscribed (mid:
    // 1): 1" line comes from the broker's SUBACK, so the subscription is in
    // place when this returns true (no fixed wait). `out` collects stdout.
    bool startSubscriber(QProcess &sub, QByteArray &out, const QString &topic, int count)
    {
        // stdbuf: line-buffered stdout, so the debug lines come as they are printed.
        sub.start(u"stdbuf"_s,
                  {u"-oL"_s, u"mosquitto_sub"_s, u"-d"_s, u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(m_sandbox.integrationPort()),
                   u"--cafile"_s, m_sandbox.caFile(), u"-u"_s, m_sandbox.user(), u"-P"_s, m_sandbox.token(), u"-t"_s,
                   topic, u"-C"_s, QString::number(count), u"-W"_s, u"30"_s, u"-q"_s, u"1"_s});
        if (!sub.waitForStarted())
            return false;
        QElapsedTimer t;
        t.start();
        while (!out.contains("Subscribed (mid: 1): 1\n") && sub.state() == QProcess::Running && t.elapsed() < 20000) {
            sub.waitForReadyRead(100);
            out += sub.readAllStandardOutput();
        }
        if (!out.contains("Subscribed (mid: 1): 1\n"))
            qWarning().noquote() << "mosquitto_sub" << topic << "not subscribed:" << out << sub.readAllStandardError();
        return out.contains("Subscribed (mid: 1): 1\n");
    }

    // The events a `mosquitto_sub -d` printed: its JSON lines (the rest is debug).
    static QList<QJsonObject> eventsIn(const QByteArray &out)
    {
        QList<QJsonObject> events;
        for (const QByteArray &line : out.split('\n'))
            if (line.startsWith('{'))
                events << QJsonDocument::fromJson(line).object();
        return events;
    }

    // mosquitto_pub as a device (QoS 1: returns once the broker has taken the message).
    int devicePublish(const QString &stem, const QString &topic, const QByteArray &payload, QByteArray *err = nullptr)
    {
        QByteArray o, e;
        const int rc = dwb::test::run(u"mosquitto_pub"_s,
                                      {u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(m_sandbox.mqttPort()),
                                       u"--cafile"_s, m_sandbox.caFile(), u"--cert"_s, path(stem + u".pem"_s),
                                       u"--key"_s, path(stem + u".key"_s), u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s,
                                       QString::fromUtf8(payload)},
                                      &o, &e, 10000);
        if (err)
            *err = e;
        return rc;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_sandbox.mqttPort() > 0);
        QVERIFY(m_sandbox.integrationPort() > 0);
        // The application and its anchor are created while the broker runs:
        // the broker must accept the new anchor without a restart.
        QCOMPARE(dwbRun({u"create"_s, u"app"_s, u"demo"_s}), 0);
        QCOMPARE(dwbRun({u"trust"_s, u"create"_s, u"demo"_s, u"--key-output"_s, path(u"ca.key"_s),
                         u"--cert-output"_s, path(u"ca.pem"_s)}),
                 0);
        QCOMPARE(dwbRun({u"trust"_s, u"enroll"_s, u"dev1"_s, u"--app"_s, u"demo"_s, u"--ca-key"_s,
                         path(u"ca.key"_s), u"--out"_s, path(u"dev1.pem"_s), u"--key-output"_s,
                         path(u"dev1.key"_s)}),
                 0);
    }

    void configIsWhatTheBriefSays()
    {
        QFile conf(QDir(m_sandbox.dataDir()).filePath(u"broker/mosquitto.conf"_s));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray c = conf.readAll();
        QVERIFY(c.contains("allow_anonymous false"));
        QVERIFY(c.contains("require_certificate true"));
        QVERIFY(!c.contains(m_sandbox.token().toUtf8())); // the token is in a 0600 file only
        QCOMPARE(dwb::test::fileMode(QDir(m_sandbox.dataDir()).filePath(u"broker/token"_s)), 0600);
        // The anchors folder holds the demo anchor under its OpenSSL subject hash.
        QByteArray hash;
        QCOMPARE(dwb::test::run(u"openssl"_s, {u"x509"_s, u"-in"_s, path(u"ca.pem"_s), u"-noout"_s, u"-hash"_s},
                                &hash),
                 0);
        QVERIFY(QFile::exists(QDir(m_sandbox.dataDir())
                                  .filePath(u"broker/anchors/"_s + QString::fromLatin1(hash.trimmed()) + u".0"_s)));
    }

    void verifyWithOurClient_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("qos");
        QTest::newRow("mqtt5-qos1") << 5 << 1;
        QTest::newRow("mqtt311-qos0") << 3 << 0;
    }

    void verifyWithOurClient()
    {
        QFETCH(int, version);
        QFETCH(int, qos);
        auto o = verifyOptions(u"demo"_s, u"dev1"_s, path(u"dev1.pem"_s), path(u"dev1.key"_s));
        o.version = version == 5 ? dwb::MqttVersion::V5 : dwb::MqttVersion::V311;
        o.qos = qos;
        const dwb::VerifyDeviceResult r = dwb::VerifyDeviceJob::run(o);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->toString()) : "not delivered");
        QVERIFY(r.connected && r.published && r.delivered);
        QVERIFY(r.connectMs >= 0 && r.deliverMs >= 0);
        QCOMPARE(r.event.value("type"_L1).toString(), u"io.drogue.event.v1"_s);
        QCOMPARE(r.event.value("specversion"_L1).toString(), u"1.0"_s);
        QCOMPARE(r.event.value("source"_L1).toString(), u"demo/dev1"_s);
        QCOMPARE(r.event.value("subject"_L1).toString(), u"temp"_s);
        QCOMPARE(r.event.value("datacontenttype"_L1).toString(), u"application/json"_s);
        QCOMPARE(r.event.value("data"_L1).toObject().value("temp"_L1).toDouble(), 21.5);
        QVERIFY(!r.event.value("id"_L1).toString().isEmpty());
        QVERIFY(QDateTime::fromString(r.event.value("time"_L1).toString(), Qt::ISODateWithMs).isValid());
    }

    void mosquittoClientsWithOurFiles()
    {
        // mosquitto_sub on the integration side (user id + token), mosquitto_pub
        // as the device with the files dwb wrote.
        QProcess sub;
        QByteArray subOut;
        QVERIFY(startSubscriber(sub, subOut, u"app/demo"_s, 1));
        QByteArray err;
        const int rc = devicePublish(u"dev1"_s, u"kitchen"_s, "not json", &err);
        QVERIFY2(rc == 0, err.constData());
        QVERIFY(sub.waitForFinished(10000));
        QCOMPARE(sub.exitCode(), 0);
        const QList<QJsonObject> events = eventsIn(subOut + sub.readAllStandardOutput());
        QCOMPARE(events.size(), 1);
        const QJsonObject ev = events.first();
        QCOMPARE(ev.value("source"_L1).toString(), u"demo/dev1"_s);
        QCOMPARE(ev.value("subject"_L1).toString(), u"kitchen"_s);
        QCOMPARE(ev.value("datacontenttype"_L1).toString(), u"application/octet-stream"_s);
        QCOMPARE(QByteArray::fromBase64(ev.value("data_base64"_L1).toString().toLatin1()), QByteArray("not json"));
    }

    void integrationRules()
    {
        QByteArray out, err;
        // Wrong token: refused (CONNACK 5).
        int rc = dwb::test::run(u"mosquitto_sub"_s,
                                {u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(m_sandbox.integrationPort()),
                                 u"--cafile"_s, m_sandbox.caFile(), u"-u"_s, m_sandbox.user(), u"-P"_s,
                                 u"drg_wrong"_s, u"-t"_s, u"app/demo"_s, u"-C"_s, u"1"_s, u"-W"_s, u"3"_s},
                                &out, &err, 10000);
        QVERIFY(rc != 0);
        QVERIFY2(err.contains("not authorised"), err.constData());
        // An app the user does not own: subscription refused.
        rc = dwb::test::run(u"mosquitto_sub"_s,
                            {u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(m_sandbox.integrationPort()),
                             u"--cafile"_s, m_sandbox.caFile(), u"-u"_s, m_sandbox.user(), u"-P"_s,
                             m_sandbox.token(), u"-t"_s, u"app/nobody"_s, u"-C"_s, u"1"_s, u"-W"_s, u"3"_s},
                            &out, &err, 10000);
        Q_UNUSED(rc); // mosquitto_sub exits 0 on a refused subscription with -W
        const QByteArray both = out + err;
        QVERIFY2(both.contains("subscription requests were denied"), both.constData());
        QVERIFY(m_sandbox.waitForLog("denied integration user").contains("access 4 to 'app/nobody'"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("clientMessage");
        QTest::addColumn<QString>("logMessage");
        QTest::newRow("other CA") << u"foreign"_s << u"during the TLS handshake (unknown CA)"_s << QString();
        QTest::newRow("not registered") << u"ghost"_s << u"not authorised"_s
                                        << u"no device named or aliased 'CN=ghost, O=Drogue IoT, OU=demo'"_s;
        QTest::newRow("disabled") << u"disabled"_s << u"not authorised"_s << u"is disabled"_s;
        QTest::newRow("expired") << u"expired"_s << u"during the TLS handshake (certificate expired)"_s << QString();
        QTest::newRow("P-521") << u"p521"_s << u"not authorised"_s << u"not one Drogue accepts"_s;
        QTest::newRow("no clientAuth") << u"noclientauth"_s << u"during the TLS handshake"_s << QString();
    }

    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, clientMessage);
        QFETCH(QString, logMessage);
        const QString ca = path(u"ca.pem"_s), caKey = path(u"ca.key"_s);
        const QString subject = u"/CN="_s + kind + u"/O=Drogue IoT/OU=demo"_s;
        const QString alias = u"CN="_s + kind + u", O=Drogue IoT, OU=demo"_s;
        const QString ec256 = u"-algorithm EC -pkeyopt ec_paramgen_curve:P-256"_s;
        const QString goodExt = u"extendedKeyUsage=serverAuth,clientAuth\n"_s;
        if (kind == u"foreign"_s) {
            // A CA of the same name as demo's anchor, never registered.
            QCOMPARE(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                              u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, path(u"fca.key"_s),
                              u"-subj"_s, u"/CN=demo/O=Drogue IoT/OU=Cloud"_s, u"-days"_s, u"30"_s,
                              u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-out"_s,
                              path(u"fca.pem"_s)}),
                     0);
            QVERIFY(opensslDevice(kind, ec256, subject, goodExt, path(u"fca.pem"_s), path(u"fca.key"_s)));
            QVERIFY(m_sandbox.registerDevice(u"demo"_s, kind, alias));
        } else if (kind == u"ghost"_s) {
            QVERIFY(opensslDevice(kind, ec256, subject, goodExt, ca, caKey));
        } else if (kind == u"disabled"_s) {
            QVERIFY(opensslDevice(kind, ec256, subject, goodExt, ca, caKey));
            QVERIFY(m_sandbox.registerDevice(u"demo"_s, kind, alias, true));
        } else if (kind == u"expired"_s) {
            // Issued with the project's profile, valid 10 days ago for one day.
            auto caKeyObj = dwb::loadPrivateKeyFile(caKey);
            auto caCert = dwb::loadCertificateFile(ca);
            QVERIFY2(caKeyObj.ok() && caCert.ok(), "CA files");
            auto key = dwb::PrivateKey::generate(dwb::KeyAlgorithm::EcdsaP256);
            QVERIFY2(key.ok(), why(key));
            auto cert = dwb::issueDeviceCertificate(kind, u"demo"_s, *key, *caKeyObj, *caCert, 1,
                                                    QDateTime::currentDateTimeUtc().addDays(-10));
            QVERIFY2(cert.ok(), why(cert));
            QFile c(path(kind + u".pem"_s));
            QVERIFY(c.open(QIODevice::WriteOnly));
            c.write(cert->toPem());
            c.close();
            auto pem = key->toPkcs8Pem();
            QVERIFY2(pem.ok(), why(pem));
            QFile k(path(kind + u".key"_s));
            QVERIFY(k.open(QIODevice::WriteOnly));
            k.write(QByteArray(pem->constData(), pem->size()));
            k.close();
            QVERIFY(m_sandbox.registerDevice(u"demo"_s, kind, alias));
        } else if (kind == u"p521"_s) {
            QVERIFY(opensslDevice(kind, u"-algorithm EC -pkeyopt ec_paramgen_curve:P-521"_s, subject, goodExt,
                                  ca, caKey));
            QVERIFY(m_sandbox.registerDevice(u"demo"_s, kind, alias));
        } else if (kind == u"noclientauth"_s) {
            QVERIFY(opensslDevice(kind, ec256, subject, u"extendedKeyUsage=serverAuth\n"_s, ca, caKey));
            QVERIFY(m_sandbox.registerDevice(u"demo"_s, kind, alias));
        }
        m_sandbox.stdErr(); // drop the log so far
        auto o = verifyOptions(u"demo"_s, kind, path(kind + u".pem"_s), path(kind + u".key"_s));
        QVERIFY(!o.deviceConnection.clientCertificate.isNull());
        QVERIFY(!o.deviceConnection.clientKey.isNull());
        const dwb::VerifyDeviceResult r = dwb::VerifyDeviceJob::run(o);
        QVERIFY(!r.ok());
        QVERIFY(r.integrationReady);
        QVERIFY(!r.connected);
        QVERIFY(r.error.has_value());
        QVERIFY2(r.error->message.contains(clientMessage), qPrintable(r.error->toString()));
        if (!logMessage.isEmpty()) {
            const QByteArray log = m_sandbox.waitForLog(logMessage.toUtf8());
            QVERIFY2(log.contains(logMessage.toUtf8()), log.constData());
        }
    }

    void userNameNextToCertificateRefused()
    {
        QByteArray out, err;
        const int rc = dwb::test::run(
            u"mosquitto_pub"_s,
            {u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(m_sandbox.mqttPort()), u"--cafile"_s,
             m_sandbox.caFile(), u"--cert"_s, path(u"dev1.pem"_s), u"--key"_s, path(u"dev1.key"_s), u"-u"_s,
             u"someone"_s, u"-P"_s, u"x"_s, u"-t"_s, u"temp"_s, u"-m"_s, u"1"_s},
            &out, &err, 10000);
        QVERIFY(rc != 0);
        QVERIFY2(err.contains("not authorised"), err.constData());
        QVERIFY(m_sandbox.waitForLog("the certificate must be the only credential").contains("only credential"));
    }

    void secondAppAddedAtRuntime()
    {
        QCOMPARE(dwbRun({u"create"_s, u"app"_s, u"later"_s}), 0);
        QCOMPARE(dwbRun({u"trust"_s, u"create"_s, u"later"_s, u"--algo"_s, u"ed25519"_s, u"--key-output"_s,
                         path(u"later-ca.key"_s)}),
                 0);
        QCOMPARE(dwbRun({u"trust"_s, u"enroll"_s, u"d2"_s, u"--app"_s, u"later"_s, u"--ca-key"_s,
                         path(u"later-ca.key"_s), u"--out"_s, path(u"d2.pem"_s), u"--key-output"_s,
                         path(u"d2.key"_s), u"--algo"_s, u"rsa2048"_s}),
                 0);
        const dwb::VerifyDeviceResult r =
            dwb::VerifyDeviceJob::run(verifyOptions(u"later"_s, u"d2"_s, path(u"d2.pem"_s), path(u"d2.key"_s)));
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->toString()) : "not delivered");
        QCOMPARE(r.event.value("source"_L1).toString(), u"later/d2"_s);
    }

    // Two applications of one user, with the real broker: a device's events
    // reach only its own application's integration topic, and a device
    // cannot write into another application's topic, both ways (dev1 of
    // demo, d2 of later, made in initTestCase and secondAppAddedAtRuntime).
    void applicationsAreIsolatedBothWays()
    {
        QProcess subDemo, subLater;
        QByteArray outDemo, outLater;
        QVERIFY(startSubscriber(subDemo, outDemo, u"app/demo"_s, 2));
        QVERIFY(startSubscriber(subLater, outLater, u"app/later"_s, 2));
        const qsizetype from = m_sandbox.stdErr().size();
        // Each publish returns after the broker's PUBACK, so the broker has
        // routed every message before the next one; the fences come last:
        // a message routed to the wrong side would arrive before them.
        QCOMPARE(devicePublish(u"dev1"_s, u"temp"_s, R"({"tag":"demo-1"})"), 0);
        QCOMPARE(devicePublish(u"d2"_s, u"temp"_s, R"({"tag":"later-1"})"), 0);
        devicePublish(u"dev1"_s, u"app/later"_s, R"({"tag":"demo-into-later"})"); // PUBACK or refusal: both are fine
        QVERIFY(logAfter(from, "denied device 'demo/dev1' access 2 to 'app/later'"));
        devicePublish(u"d2"_s, u"app/demo"_s, R"({"tag":"later-into-demo"})");
        QVERIFY(logAfter(from, "denied device 'later/d2' access 2 to 'app/demo'"));
        QCOMPARE(devicePublish(u"dev1"_s, u"temp"_s, R"({"tag":"demo-fence"})"), 0);
        QCOMPARE(devicePublish(u"d2"_s, u"temp"_s, R"({"tag":"later-fence"})"), 0);
        QVERIFY(subDemo.waitForFinished(15000));
        QVERIFY(subLater.waitForFinished(15000));
        auto seen = [](const QList<QJsonObject> &events) {
            QStringList out;
            for (const QJsonObject &e : events)
                out << e.value("source"_L1).toString() + u' ' + e.value("data"_L1).toObject().value("tag"_L1).toString();
            return out;
        };
        QCOMPARE(seen(eventsIn(outDemo + subDemo.readAllStandardOutput())),
                 (QStringList{u"demo/dev1 demo-1"_s, u"demo/dev1 demo-fence"_s}));
        QCOMPARE(seen(eventsIn(outLater + subLater.readAllStandardOutput())),
                 (QStringList{u"later/d2 later-1"_s, u"later/d2 later-fence"_s}));
        // The integration user cannot widen its view past one application.
        QProcess wide;
        QByteArray outWide;
        QVERIFY(!startSubscriber(wide, outWide, u"app/#"_s, 1));
        wide.waitForFinished(15000);
        QVERIFY2(outWide.contains("Subscribed (mid: 1): 128\n"), outWide.constData()); // SUBACK: refused
        QVERIFY(logAfter(from, "denied integration user '" + m_sandbox.user().toUtf8() + "' access 4 to 'app/#'"));
    }

    // An anchor as drg makes it (basicConstraints + subjectKeyIdentifier, no
    // keyUsage) and a device certificate made with the openssl CLI: Drogue
    // Cloud accepts them, and so must the sandbox broker.
    void drgMadeAnchorAccepted()
    {
        QCOMPARE(dwbRun({u"create"_s, u"app"_s, u"drgapp"_s}), 0);
        QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                          u"-out"_s, path(u"drg-ca.key"_s)}),
                 0);
        QCOMPARE(openssl({u"req"_s, u"-x509"_s, u"-new"_s, u"-key"_s, path(u"drg-ca.key"_s), u"-days"_s, u"30"_s,
                          u"-subj"_s, u"/CN=drgapp/O=Drogue IoT/OU=Cloud"_s, u"-addext"_s,
                          u"basicConstraints=critical,CA:TRUE"_s, u"-out"_s, path(u"drg-ca.pem"_s)}),
                 0);
        QFile ca(path(u"drg-ca.pem"_s));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const QByteArray caPem = ca.readAll();
        {
            dwb::RegistryClient client(m_sandbox.connectionSettings());
            auto r = dwb::await(client.modifyApp(u"drgapp"_s, [&](dwb::Application &a) {
                a.addTrustAnchor(caPem);
                return dwb::Status();
            }));
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        }
        QVERIFY(opensslDevice(u"drgdev"_s, u"-algorithm EC -pkeyopt ec_paramgen_curve:P-256"_s,
                              u"/CN=drgdev/O=Drogue IoT/OU=drgapp"_s, u"extendedKeyUsage=serverAuth,clientAuth\n"_s,
                              path(u"drg-ca.pem"_s), path(u"drg-ca.key"_s), {u"-days"_s, u"30"_s, u"-set_serial"_s, u"1"_s}));
        // No wait: the sandbox saves registry.json and the broker's anchor
        // files before it answers, and the plugin re-reads the file (mtime,
        // size) at each login.
        QVERIFY(m_sandbox.registerDevice(u"drgapp"_s, u"drgdev"_s, u"CN=drgdev, O=Drogue IoT, OU=drgapp"_s));
        const dwb::VerifyDeviceResult r = dwb::VerifyDeviceJob::run(
            verifyOptions(u"drgapp"_s, u"drgdev"_s, path(u"drgdev.pem"_s), path(u"drgdev.key"_s)));
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->toString()) : "not delivered");
        QCOMPARE(r.event.value("source"_L1).toString(), u"drgapp/drgdev"_s);
    }

    void dwbPublishVerify()
    {
        QByteArray out;
        QCOMPARE(dwbRun({u"publish"_s, u"--app"_s, u"demo"_s, u"--device"_s, u"dev1"_s, u"--cert"_s,
                         path(u"dev1.pem"_s), u"--key"_s, path(u"dev1.key"_s), u"--verify"_s,
                         u"--message"_s, uR"({"x":1})"_s},
                        &out),
                 0);
        QVERIFY2(out.contains("delivered: ok"), out.constData());
        // A device whose certificate is refused: non-zero with a clear message.
        QVERIFY(dwbRun({u"publish"_s, u"--app"_s, u"demo"_s, u"--device"_s, u"ghost"_s, u"--cert"_s,
                        path(u"ghost.pem"_s), u"--key"_s, path(u"ghost.key"_s), u"--verify"_s, u"--timeout"_s,
                        u"5"_s},
                       &out)
                != 0);
        QVERIFY2(out.contains("not authorised"), out.constData());
    }

    void dwbListen()
    {
        QProcess listen;
        listen.start(dwb::test::program(u"dwb"_s), m_sandbox.dwbArgs()
                                                       + QStringList{u"listen"_s, u"--app"_s, u"demo"_s,
                                                                     u"--count"_s, u"2"_s, u"--timeout"_s, u"10"_s});
        QVERIFY(listen.waitForStarted());
        // dwb says on stderr when the broker has confirmed the subscription (SUBACK).
        QByteArray listenErr;
        QElapsedTimer t;
        t.start();
        while (!listenErr.contains("Listening to the events of application 'demo'")
               && listen.state() == QProcess::Running && t.elapsed() < 20000) {
            listen.waitForReadyRead(100);
            listenErr += listen.readAllStandardError();
        }
        QVERIFY2(listenErr.contains("Listening to the events of application 'demo' (app/demo)."), listenErr.constData());
        for (int i = 0; i < 2; ++i) {
            QByteArray out;
            QCOMPARE(dwbRun({u"publish"_s, u"--app"_s, u"demo"_s, u"--device"_s, u"dev1"_s, u"--cert"_s,
                             path(u"dev1.pem"_s), u"--key"_s, path(u"dev1.key"_s), u"--message"_s,
                             QString::number(i)},
                            &out),
                     0);
        }
        QVERIFY(listen.waitForFinished(10000));
        QCOMPARE(listen.exitCode(), 0);
        const QList<QByteArray> lines = listen.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject ev = QJsonDocument::fromJson(lines[i]).object();
            QCOMPARE(ev.value("source"_L1).toString(), u"demo/dev1"_s);
            QCOMPARE(ev.value("data"_L1).toInt(-1), i);
        }
    }

    void sigkillLeavesNoBroker()
    {
        // Our own sandbox, killed hard: its mosquitto must go too.
        dwb::test::Sandbox sb;
        QVERIFY2(sb.start(), qPrintable(sb.errorString()));
        const QString conf = QDir(sb.dataDir()).filePath(u"broker/mosquitto.conf"_s);
        auto brokers = [&conf] {
            QByteArray out;
            dwb::test::run(u"pgrep"_s, {u"-f"_s, conf}, &out);
            return out.trimmed();
        };
        QVERIFY2(!brokers().isEmpty(), "mosquitto is not running");
        const qint64 pid = sb.info().value("pid"_L1).toInteger();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(brokers().isEmpty(), 5000);
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_sandbox.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMqttBroker)
#include "test_mqtt_broker.moc"
