// `dwb trust enroll DEVICE --app APP --cert-input DEV.pem`: a device
// certificate made with the openssl command line the way the Drogue Cloud
// guide does (genpkey, req, x509 -req with clientAuth) is registered as it
// is, without the CA key, against the real drogue-sandbox with its broker;
// then mosquitto_pub logs in with that device's own key and certificate.
// Refused: a certificate of a CA that is no anchor of the application, one
// without clientAuth, a CA certificate; nothing is created on the server
// then. Usage errors: the message on its own line, then the usage of the
// form in use (register, enroll with the CA key, offline).
#include "core/cloud/RegistryClient.h"
#include "support/Dwb.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::test::why;

using Run = dwb::test::DwbRun;

class TestDwbRegister : public QObject {
    Q_OBJECT

private:
    dwb::test::Sandbox m_sb;
    std::unique_ptr<dwb::RegistryClient> m_client;
    QTemporaryDir m_tmp;
    QTemporaryDir m_home; // no contexts: only --sandbox names a server

    QString file(const QString &name) const { return m_tmp.filePath(name); }

    Run dwb(const QStringList &args, bool withSandbox = true)
    {
        return dwb::test::runDwb(withSandbox ? m_sb.dwbArgs() + args : args,
                                 dwb::test::isolatedDwbEnvironment(m_home.path()));
    }

    bool openssl(const QStringList &args)
    {
        QByteArray out, err;
        const int rc = dwb::test::run(u"openssl"_s, args, &out, &err);
        if (rc != 0)
            qWarning("openssl %s: %s", qPrintable(args.join(u' ')), err.constData());
        return rc == 0;
    }

    // As the Drogue Cloud guide: genpkey, then a self-signed CA with req -x509.
    bool makeCa(const QString &stem, const QString &subject)
    {
        return openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                        u"-out"_s, file(stem + u".key"_s)})
            && openssl({u"req"_s, u"-x509"_s, u"-new"_s, u"-key"_s, file(stem + u".key"_s), u"-days"_s, u"30"_s,
                        u"-subj"_s, subject, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-out"_s,
                        file(stem + u".pem"_s)});
    }

    // genpkey, req (CSR), x509 -req signed by the CA with the extensions given.
    bool makeDevice(const QString &stem, const QString &subject, const QString &ca, const QByteArray &ext)
    {
        QFile e(file(stem + u".ext"_s));
        if (!e.open(QIODevice::WriteOnly) || e.write(ext) != ext.size())
            return false;
        e.close();
        return openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                        u"-out"_s, file(stem + u".key"_s)})
            && openssl({u"req"_s, u"-new"_s, u"-key"_s, file(stem + u".key"_s), u"-subj"_s, subject, u"-out"_s,
                        file(stem + u".csr"_s)})
            && openssl({u"x509"_s, u"-req"_s, u"-in"_s, file(stem + u".csr"_s), u"-CA"_s, file(ca + u".pem"_s),
                        u"-CAkey"_s, file(ca + u".key"_s), u"-CAcreateserial"_s, u"-days"_s, u"30"_s, u"-extfile"_s,
                        file(stem + u".ext"_s), u"-out"_s, file(stem + u".pem"_s)});
    }


    // A usage error: exit 2, "dwb: <message>" alone on the first line, then
    // the usage of the form in use.
    void checkUsageError(const Run &r, const QString &message, const QString &usageStart)
    {
        QCOMPARE(r.code, 2);
        const QStringList lines = r.err.split(u'\n');
        QVERIFY2(lines.size() >= 2, qPrintable(r.err));
        QVERIFY2(lines.at(0).startsWith(u"dwb: "_s) && lines.at(0).contains(message), qPrintable(r.err));
        QVERIFY2(!lines.at(0).contains(u"usage"_s), qPrintable(r.err));
        QVERIFY2(lines.at(1).startsWith(u"usage: "_s + usageStart), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"see dwb --help)dwb"_s) && !r.err.contains(u")dwb:"_s), qPrintable(r.err));
    }

    void checkNothingCreated(const QString &device)
    {
        QCOMPARE(await(m_client->getDevice(u"lab"_s, device)).error().code, dwb::ErrorCode::NotFound);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid() && m_home.isValid());
        QVERIFY2(m_sb.start(), qPrintable(m_sb.errorString()));
        QVERIFY(m_sb.mqttPort() > 0);
        m_client = std::make_unique<dwb::RegistryClient>(m_sb.connectionSettings());
        QCOMPARE(dwb({u"create"_s, u"app"_s, u"lab"_s}).code, 0);
        // The application's CA, made with openssl and registered as an anchor.
        QVERIFY(makeCa(u"lab-ca"_s, u"/O=Drogue IoT/OU=Cloud/CN=lab"_s));
        const Run r = dwb({u"trust"_s, u"create"_s, u"lab"_s, u"--cert-input"_s, file(u"lab-ca.pem"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(await(m_client->getApp(u"lab"_s))->trustAnchorStatuses().value(0).valid);
    }

    // The guide's device certificate, registered without --ca-key; the device
    // logs in to the broker with its own key and certificate.
    void registerWithoutCaKeyAndLogIn()
    {
        QVERIFY(makeDevice(u"device1"_s, u"/O=Drogue IoT/OU=Cloud/CN=device1"_s, u"lab-ca"_s,
                           "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n"));
        const QString alias = u"O=Drogue IoT, OU=Cloud, CN=device1"_s; // DER order, as Drogue reads it
        const Run r = dwb({u"trust"_s, u"enroll"_s, u"device1"_s, u"--app"_s, u"lab"_s, u"--cert-input"_s,
                           file(u"device1.pem"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Device 'device1' created in application 'lab' with the alias '%1'."_s.arg(alias)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"trust anchor #0"_s), qPrintable(r.out));
        auto dev = await(m_client->getDevice(u"lab"_s, u"device1"_s));
        QVERIFY2(dev.ok(), why(dev));
        QCOMPARE(dev->aliases(), QStringList{alias});

        QByteArray out, err;
        const int rc = dwb::test::run(
            u"mosquitto_pub"_s,
            {u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(m_sb.mqttPort()), u"--cafile"_s, m_sb.caFile(),
             u"--cert"_s, file(u"device1.pem"_s), u"--key"_s, file(u"device1.key"_s), u"-t"_s, u"temp"_s, u"-q"_s,
             u"1"_s, u"-m"_s, u"{\"temp\":21}"_s},
            &out, &err, 15000);
        QVERIFY2(rc == 0, err.constData());
        QVERIFY(m_sb.waitForLog("accepted device 'device1' of application 'lab'")
                    .contains("accepted device 'device1' of application 'lab'"));

        // Again: the device exists, its alias is kept (not doubled).
        const Run again = dwb({u"trust"_s, u"enroll"_s, u"device1"_s, u"--app"_s, u"lab"_s, u"--cert-input"_s,
                               file(u"device1.pem"_s)});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"updated"_s), qPrintable(again.out));
        QCOMPARE(await(m_client->getDevice(u"lab"_s, u"device1"_s))->aliases(), QStringList{alias});
    }

    // --key-input is checked against the certificate; --ca-key (optional)
    // against the anchor the certificate chains to.
    void optionalKeys()
    {
        QVERIFY(makeDevice(u"device2"_s, u"/O=Drogue IoT/OU=Cloud/CN=device2"_s, u"lab-ca"_s,
                           "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n"));
        Run r = dwb({u"trust"_s, u"enroll"_s, u"device2"_s, u"--app"_s, u"lab"_s, u"--cert-input"_s,
                     file(u"device2.pem"_s), u"--key-input"_s, file(u"device1.key"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"The device key does not belong to the certificate"_s), qPrintable(r.err));
        checkNothingCreated(u"device2"_s);
        QVERIFY(makeCa(u"other-ca"_s, u"/O=Elsewhere/CN=other-ca"_s));
        r = dwb({u"trust"_s, u"enroll"_s, u"device2"_s, u"--app"_s, u"lab"_s, u"--cert-input"_s,
                 file(u"device2.pem"_s), u"--ca-key"_s, file(u"other-ca.key"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"does not belong to trust anchor #0"_s), qPrintable(r.err));
        checkNothingCreated(u"device2"_s);
        r = dwb({u"trust"_s, u"enroll"_s, u"device2"_s, u"--app"_s, u"lab"_s, u"--cert-input"_s,
                 file(u"device2.pem"_s), u"--key-input"_s, file(u"device2.key"_s), u"--ca-key"_s,
                 file(u"lab-ca.key"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto dev = await(m_client->getDevice(u"lab"_s, u"device2"_s));
        QVERIFY2(dev.ok(), why(dev));
        QCOMPARE(dev->aliases(), QStringList{u"O=Drogue IoT, OU=Cloud, CN=device2"_s});
    }

    void foreignCaIsRefused()
    {
        if (!QFile::exists(file(u"other-ca.pem"_s)))
            QVERIFY(makeCa(u"other-ca"_s, u"/O=Elsewhere/CN=other-ca"_s));
        QVERIFY(makeDevice(u"stranger"_s, u"/O=Drogue IoT/OU=Cloud/CN=stranger"_s, u"other-ca"_s,
                           "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n"));
        const Run r = dwb({u"trust"_s, u"enroll"_s, u"stranger"_s, u"--app"_s, u"lab"_s, u"--cert-input"_s,
                           file(u"stranger.pem"_s)});
        QCOMPARE(r.code, 1);
        qInfo().noquote() << "foreign CA:" << r.err.trimmed();
        QVERIFY2(r.err.startsWith(u"dwb: The certificate 'O=Drogue IoT, OU=Cloud, CN=stranger' (issuer 'O=Elsewhere, "
                                  "CN=other-ca') was not issued under a trust anchor of application 'lab': anchor #0 "
                                  "(O=Drogue IoT, OU=Cloud, CN=lab): unable to get local issuer certificate"_s),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(u"usage"_s));
        checkNothingCreated(u"stranger"_s);
    }

    void certificateDrogueRefusesIsRefused_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QByteArray>("ext");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no clientAuth")
            << u"server-only"_s << QByteArray("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
            << u"Its extended key usage does not include client authentication (clientAuth)."_s;
        QTest::newRow("no EKU") << u"no-eku"_s << QByteArray("basicConstraints=CA:FALSE\n")
                                << u"Its extended key usage does not include client authentication (clientAuth)."_s;
        QTest::newRow("CA certificate")
            << u"sub-ca"_s << QByteArray("basicConstraints=critical,CA:TRUE\nextendedKeyUsage=clientAuth\n")
            << u"It is a CA certificate; a device certificate must not be one."_s;
    }

    void certificateDrogueRefusesIsRefused()
    {
        QFETCH(QString, device);
        QFETCH(QByteArray, ext);
        QFETCH(QString, reason);
        QVERIFY(makeDevice(device, u"/O=Drogue IoT/OU=Cloud/CN="_s + device, u"lab-ca"_s, ext));
        const Run r = dwb({u"trust"_s, u"enroll"_s, device, u"--app"_s, u"lab"_s, u"--cert-input"_s,
                           file(device + u".pem"_s)});
        QCOMPARE(r.code, 1);
        qInfo().noquote() << QTest::currentDataTag() << ":" << r.err.trimmed();
        QVERIFY2(r.err.startsWith(u"dwb: Drogue Cloud would refuse 'O=Drogue IoT, OU=Cloud, CN=%1' as a device "
                                  "certificate: "_s.arg(device)),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        checkNothingCreated(device);
    }

    void usageLinesMatchTheForm()
    {
        // register: an option of the other form
        Run r = dwb({u"trust"_s, u"enroll"_s, u"x"_s, u"--app"_s, u"lab"_s, u"--cert-input"_s,
                     file(u"device1.pem"_s), u"--out"_s, file(u"x.pem"_s)});
        checkUsageError(r, u"--out is not used with --cert-input"_s,
                        u"dwb trust enroll DEVICE --app APP --cert-input DEV.pem"_s);
        qInfo().noquote() << "register, --out:\n" << r.err;
        // register: no --app
        r = dwb({u"trust"_s, u"enroll"_s, u"x"_s, u"--cert-input"_s, file(u"device1.pem"_s)});
        checkUsageError(r, u"Give the application with --app."_s,
                        u"dwb trust enroll DEVICE --app APP --cert-input DEV.pem"_s);
        // enroll with the CA key: --ca-key missing
        r = dwb({u"trust"_s, u"enroll"_s, u"x"_s, u"--app"_s, u"lab"_s, u"--out"_s, file(u"x.pem"_s)});
        checkUsageError(r, u"Give the application's CA key with --ca-key"_s,
                        u"dwb trust enroll DEVICE --app APP --ca-key CA.key"_s);
        qInfo().noquote() << "enroll, no --ca-key:\n" << r.err;
        // no server at all: the register form says it needs one
        r = dwb({u"trust"_s, u"enroll"_s, u"x"_s, u"--app"_s, u"lab"_s, u"--cert-input"_s, file(u"device1.pem"_s)},
                false);
        checkUsageError(r, u"This needs a server"_s, u"dwb trust enroll DEVICE --app APP --cert-input DEV.pem"_s);
        qInfo().noquote() << "register, no server:\n" << r.err;
        r = dwb({u"trust"_s, u"enroll"_s, u"x"_s, u"--app"_s, u"lab"_s, u"--offline"_s, u"--cert-input"_s,
                 file(u"device1.pem"_s)},
                false);
        checkUsageError(r, u"it has no --offline form"_s, u"dwb trust enroll DEVICE --app APP --cert-input DEV.pem"_s);
        // offline: its own usage
        r = dwb({u"trust"_s, u"enroll"_s, u"x"_s, u"--app"_s, u"lab"_s, u"--offline"_s, u"--out"_s, file(u"x.pem"_s)},
                false);
        checkUsageError(r, u"Give the CA key with --ca-key."_s, u"dwb trust enroll DEVICE --app APP --offline"_s);
        qInfo().noquote() << "offline, no --ca-key:\n" << r.err;
        checkNothingCreated(u"x"_s);
        // dwb trust enroll --help: the three forms
        r = dwb({u"trust"_s, u"enroll"_s, u"--help"_s}, false);
        QCOMPARE(r.code, 0);
        for (const QString &form : {u"usage: dwb trust enroll DEVICE --app APP --ca-key CA.key"_s,
                                    u"usage: dwb trust enroll DEVICE --app APP --cert-input DEV.pem"_s,
                                    u"usage: dwb trust enroll DEVICE --app APP --offline"_s})
            QVERIFY2(r.out.contains(form), qPrintable(r.out));
        // dwb --help shows the register form
        r = dwb({u"--help"_s}, false);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"dwb trust enroll DEVICE --app APP --cert-input DEV.pem"_s), qPrintable(r.out));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        QCOMPARE(m_sb.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDwbRegister)
#include "test_dwb_register.moc"
