// dwb's online verbs end to end: the real dwb program (QProcess) against the
// real drogue-sandbox; the registry is checked afterwards through
// RegistryClient and the files with the openssl command line.
#include "core/cloud/RegistryClient.h"
#include "support/Dwb.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>


using namespace Qt::StringLiterals;
using dwb::await;
using dwb::test::why;

using Run = dwb::test::DwbRun;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDwbOnline : public QObject {
    Q_OBJECT

private:
    dwb::test::Sandbox m_sb;
    std::unique_ptr<dwb::RegistryClient> m_client;
    QTemporaryDir m_tmp;

    QString file(const QString &name) const { return m_tmp.filePath(name); }

    Run dwb(const QStringList &args, bool globalFirst = true)
    {
        return dwb::test::runDwb(globalFirst ? m_sb.dwbArgs() + args : args + m_sb.dwbArgs());
    }

    int openssl(const QStringList &args, QByteArray *out = nullptr)
    {
        QByteArray err;
        const int rc = dwb::test::run(u"openssl"_s, args, out, &err);
        if (rc != 0)
            qWarning("openssl %s: %s", qPrintable(args.join(u' ')), err.constData());
        return rc;
    }

    QByteArray opensslOut(const QStringList &args)
    {
        QByteArray out;
        openssl(args, &out);
        return out.trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sb.start({u"--no-broker"_s}), qPrintable(m_sb.errorString()));
        m_client = std::make_unique<dwb::RegistryClient>(m_sb.connectionSettings());
    }

    void needsConnectionOptions()
    {
        QByteArray err;
        const int rc = dwb::test::run(dwb::test::program(u"dwb"_s), {u"get"_s, u"apps"_s}, nullptr, &err);
        QVERIFY(rc != 0);
        QVERIFY2(err.contains("--sandbox") || err.contains("--url"), err.constData());
    }

    void createGetDelete()
    {
        Run r = dwb({u"create"_s, u"app"_s, u"demo"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(await(m_client->getApp(u"demo"_s)).ok());
        // global options after the verb; a duplicate is refused with the server's reason
        r = dwb({u"create"_s, u"app"_s, u"demo"_s}, false);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"already exists"_s), qPrintable(r.err));
        // --url/--token instead of --sandbox
        QByteArray out, err;
        const QStringList urlArgs{u"--url"_s, m_sb.api().toString(), u"--token"_s,
                                  m_sb.user() + u':' + m_sb.token()};
        QCOMPARE(dwb::test::run(dwb::test::program(u"dwb"_s),
                                urlArgs + QStringList{u"create"_s, u"device"_s, u"dev1"_s, u"--app"_s, u"demo"_s},
                                &out, &err),
                 0);
        QVERIFY(await(m_client->getDevice(u"demo"_s, u"dev1"_s)).ok());
        // a wrong token: 403 in plain words, non-zero exit
        QVERIFY(dwb::test::run(dwb::test::program(u"dwb"_s),
                               {u"--url"_s, m_sb.api().toString(), u"--token"_s, u"sandbox:drg_wrong"_s, u"get"_s,
                                u"apps"_s},
                               &out, &err)
                != 0);
        QVERIFY(!err.isEmpty());

        r = dwb({u"create"_s, u"device"_s, u"dev2"_s, u"--app"_s, u"demo"_s, u"--cert"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(await(m_client->getDevice(u"demo"_s, u"CN=dev2, O=Drogue IoT, OU=demo"_s)).ok());

        r = dwb({u"get"_s, u"apps"_s, u"-o"_s, u"json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray apps = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(apps.size(), 1);
        QCOMPARE(apps.first().toObject().value("metadata"_L1).toObject().value("name"_L1).toString(), u"demo"_s);
        r = dwb({u"get"_s, u"devices"_s, u"--app"_s, u"demo"_s, u"-o"_s, u"json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);
        r = dwb({u"get"_s, u"devices"_s, u"--app"_s, u"demo"_s});
        QVERIFY(r.out.contains(u"CN=dev2, O=Drogue IoT, OU=demo"_s));
        QVERIFY(r.out.contains(u"dev1"_s));

        r = dwb({u"delete"_s, u"device"_s, u"dev1"_s, u"--app"_s, u"demo"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(await(m_client->getDevice(u"demo"_s, u"dev1"_s)).error().code, dwb::ErrorCode::NotFound);
        r = dwb({u"delete"_s, u"device"_s, u"dev1"_s, u"--app"_s, u"demo"_s});
        QVERIFY(r.code != 0);
    }

    void trustCreateAndEnroll()
    {
        QVERIFY(await(m_client->createApp(dwb::Application::create(u"lab"_s))).ok());
        const QString caKey = file(u"lab-ca.key"_s), caPem = file(u"lab-ca.pem"_s);
        Run r = dwb({u"trust"_s, u"create"_s, u"lab"_s, u"--days"_s, u"30"_s, u"--key-output"_s, caKey,
                     u"--cert-output"_s, caPem});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(dwb::test::fileMode(caKey), 0600);
        // openssl: a self-signed CA with the drg subject, the key belongs to it
        QCOMPARE(openssl({u"verify"_s, u"-CAfile"_s, caPem, caPem}), 0);
        QVERIFY(opensslOut({u"x509"_s, u"-in"_s, caPem, u"-noout"_s, u"-subject"_s, u"-nameopt"_s, u"sep_comma_plus_space"_s})
                    .contains("CN=lab, O=Drogue IoT, OU=Cloud"));
        QCOMPARE(opensslOut({u"x509"_s, u"-in"_s, caPem, u"-noout"_s, u"-pubkey"_s}),
                 opensslOut({u"pkey"_s, u"-in"_s, caKey, u"-pubout"_s}));
        auto app = await(m_client->getApp(u"lab"_s));
        QVERIFY2(app.ok(), why(app));
        QCOMPARE(app->trustAnchorPems().size(), 1);
        QCOMPARE(app->trustAnchorPems().first(), readFile(caPem));
        QVERIFY(app->trustAnchorStatuses().first().valid);

        // an unknown application: refused before any key is made
        r = dwb({u"trust"_s, u"create"_s, u"no-such-app"_s, u"--key-output"_s, file(u"stray.key"_s)});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"Not found"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(file(u"stray.key"_s)));

        // a pre-existing device keeps its other spec and aliases
        dwb::Device pre = dwb::Device::create(u"lab"_s, u"sensor-1"_s);
        pre.addAlias(u"old-alias"_s);
        pre.setSpecSection(u"vendor"_s, QJsonObject{{u"x"_s, 1}});
        QVERIFY(await(m_client->createDevice(pre)).ok());

        const QString devPem = file(u"sensor-1.pem"_s), devKey = file(u"sensor-1.key"_s);
        r = dwb({u"trust"_s, u"enroll"_s, u"sensor-1"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, caKey, u"--out"_s,
                 devPem, u"--key-output"_s, devKey, u"--algo"_s, u"ecdsa-p384"_s, u"--days"_s, u"10"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(dwb::test::fileMode(devKey), 0600);
        QCOMPARE(openssl({u"verify"_s, u"-CAfile"_s, caPem, u"-purpose"_s, u"sslclient"_s, devPem}), 0);
        QCOMPARE(opensslOut({u"x509"_s, u"-in"_s, devPem, u"-noout"_s, u"-pubkey"_s}),
                 opensslOut({u"pkey"_s, u"-in"_s, devKey, u"-pubout"_s}));
        QVERIFY(opensslOut({u"pkey"_s, u"-in"_s, devKey, u"-noout"_s, u"-text"_s}).contains("P-384")
                || opensslOut({u"pkey"_s, u"-in"_s, devKey, u"-text"_s}).contains("secp384r1"));
        auto dev = await(m_client->getDevice(u"lab"_s, u"sensor-1"_s));
        QVERIFY2(dev.ok(), why(dev));
        QCOMPARE(dev->aliases(), (QStringList{u"old-alias"_s, u"CN=sensor-1, O=Drogue IoT, OU=lab"_s}));
        QCOMPARE(dev->spec().value("vendor"_L1).toObject().value("x"_L1).toInt(), 1);

        // a new device is created by enroll
        r = dwb({u"trust"_s, u"enroll"_s, u"sensor-2"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, caKey, u"--out"_s,
                 file(u"sensor-2.pem"_s), u"--key-output"_s, file(u"sensor-2.key"_s)},
                false);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto dev2 = await(m_client->getDevice(u"lab"_s, u"sensor-2"_s));
        QVERIFY2(dev2.ok(), why(dev2));
        QCOMPARE(dev2->aliases(), QStringList{u"CN=sensor-2, O=Drogue IoT, OU=lab"_s});

        // existing files are never overwritten, and nothing is registered
        r = dwb({u"trust"_s, u"enroll"_s, u"sensor-3"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, caKey, u"--out"_s,
                 file(u"sensor-3.pem"_s), u"--key-output"_s, devKey});
        QVERIFY(r.code != 0);
        QCOMPARE(await(m_client->getDevice(u"lab"_s, u"sensor-3"_s)).error().code, dwb::ErrorCode::NotFound);
        QVERIFY(!QFile::exists(file(u"sensor-3.pem"_s)));

        // trust list shows the anchor
        r = dwb({u"trust"_s, u"list"_s, u"lab"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"CN=lab, O=Drogue IoT, OU=Cloud"_s));
    }

    void enrollRefusesAForeignCaKey()
    {
        // a CA key that belongs to no anchor of the app (drg would sign anyway)
        const QString otherKey = file(u"other.key"_s);
        QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                          u"-out"_s, otherKey}),
                 0);
        const Run r = dwb({u"trust"_s, u"enroll"_s, u"intruder"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, otherKey,
                           u"--out"_s, file(u"intruder.pem"_s), u"--key-output"_s, file(u"intruder.key"_s)});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"none of"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(file(u"intruder.pem"_s)));
        QVERIFY(!QFile::exists(file(u"intruder.key"_s)));
        QCOMPARE(await(m_client->getDevice(u"lab"_s, u"intruder"_s)).error().code, dwb::ErrorCode::NotFound);
    }

    void keyInputAndCertInput()
    {
        QVERIFY(await(m_client->createApp(dwb::Application::create(u"lab2"_s))).ok());
        // trust create with a key made by openssl
        const QString caKey = file(u"lab2-ca.key"_s), caPem = file(u"lab2-ca.pem"_s);
        QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"ED25519"_s, u"-out"_s, caKey}), 0);
        // an existing --key-output is never overwritten, nothing registered
        Run r = dwb({u"trust"_s, u"create"_s, u"lab2"_s, u"--key-output"_s, caKey});
        QVERIFY(r.code != 0);
        QVERIFY(await(m_client->getApp(u"lab2"_s))->trustAnchorPems().isEmpty());
        r = dwb({u"trust"_s, u"create"_s, u"lab2"_s, u"--key-input"_s, caKey, u"--cert-output"_s, caPem});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(opensslOut({u"x509"_s, u"-in"_s, caPem, u"-noout"_s, u"-pubkey"_s}),
                 opensslOut({u"pkey"_s, u"-in"_s, caKey, u"-pubout"_s}));
        QCOMPARE(openssl({u"verify"_s, u"-CAfile"_s, caPem, caPem}), 0);
        QVERIFY(await(m_client->getApp(u"lab2"_s))->trustAnchorStatuses().value(0).valid);

        // a device certificate made with openssl, signed by that CA, registered with --cert-input
        const QString devKey = file(u"os-dev.key"_s), csr = file(u"os-dev.csr"_s), devPem = file(u"os-dev.pem"_s),
                      ext = file(u"ext.cnf"_s);
        QFile extFile(ext);
        QVERIFY(extFile.open(QIODevice::WriteOnly));
        extFile.write("extendedKeyUsage = clientAuth\n");
        extFile.close();
        QCOMPARE(openssl({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                          u"-nodes"_s, u"-keyout"_s, devKey, u"-out"_s, csr, u"-subj"_s, u"/CN=os-dev/O=Lab"_s}),
                 0);
        QCOMPARE(openssl({u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-CA"_s, caPem, u"-CAkey"_s, caKey,
                          u"-CAcreateserial"_s, u"-days"_s, u"5"_s, u"-extfile"_s, ext, u"-out"_s, devPem}),
                 0);
        r = dwb({u"trust"_s, u"enroll"_s, u"os-dev"_s, u"--app"_s, u"lab2"_s, u"--ca-key"_s, caKey,
                 u"--cert-input"_s, devPem});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto dev = await(m_client->getDevice(u"lab2"_s, u"os-dev"_s));
        QVERIFY2(dev.ok(), why(dev));
        QCOMPARE(dev->aliases(), QStringList{u"CN=os-dev, O=Lab"_s});
        // a certificate from another CA is refused
        r = dwb({u"trust"_s, u"enroll"_s, u"stranger"_s, u"--app"_s, u"lab2"_s, u"--ca-key"_s, caKey,
                 u"--cert-input"_s, file(u"sensor-1.pem"_s)});
        QVERIFY(r.code != 0);
        QCOMPARE(await(m_client->getDevice(u"lab2"_s, u"stranger"_s)).error().code, dwb::ErrorCode::NotFound);

        // enroll with --key-input: the certificate carries that key
        const QString own = file(u"own.key"_s), ownPem = file(u"own.pem"_s);
        QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:2048"_s,
                          u"-out"_s, own}),
                 0);
        r = dwb({u"trust"_s, u"enroll"_s, u"own"_s, u"--app"_s, u"lab2"_s, u"--ca-key"_s, caKey, u"--key-input"_s,
                 own, u"--out"_s, ownPem});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(openssl({u"verify"_s, u"-CAfile"_s, caPem, ownPem}), 0);
        QCOMPARE(opensslOut({u"x509"_s, u"-in"_s, ownPem, u"-noout"_s, u"-pubkey"_s}),
                 opensslOut({u"pkey"_s, u"-in"_s, own, u"-pubout"_s}));
        QVERIFY(dwb({u"delete"_s, u"app"_s, u"lab2"_s}).code == 0);
    }

    void tlsSandbox()
    {
        dwb::test::Sandbox tls;
        QVERIFY2(tls.start({u"--no-broker"_s, u"--tls"_s}), qPrintable(tls.errorString()));
        QCOMPARE(tls.api().scheme(), u"https"_s);
        QByteArray out, err;
        // --sandbox brings the sandbox's CA along
        QCOMPARE(dwb::test::run(dwb::test::program(u"dwb"_s),
                                tls.dwbArgs() + QStringList{u"create"_s, u"app"_s, u"secure"_s}, &out, &err),
                 0);
        const QStringList url{u"--url"_s, tls.api().toString(), u"--token"_s, tls.user() + u':' + tls.token()};
        // without the CA: a TLS error, nothing ignored
        QCOMPARE(dwb::test::run(dwb::test::program(u"dwb"_s), url + QStringList{u"get"_s, u"apps"_s}, &out, &err), 1);
        QVERIFY2(err.contains("secure connection"), err.constData());
        QCOMPARE(dwb::test::run(dwb::test::program(u"dwb"_s),
                                url + QStringList{u"--ca"_s, tls.caFile(), u"get"_s, u"apps"_s, u"-o"_s, u"json"_s},
                                &out, &err),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 1);
    }

    void trustCreateWithExistingCaAndDelete()
    {
        // a CA made by openssl, registered as is
        const QString key = file(u"ext-ca.key"_s), pem = file(u"ext-ca.pem"_s);
        QCOMPARE(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                          u"-nodes"_s, u"-keyout"_s, key, u"-out"_s, pem, u"-days"_s, u"30"_s, u"-subj"_s,
                          u"/CN=external-lab-ca/O=Lab"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s}),
                 0);
        // a key that does not match is refused
        Run r = dwb({u"trust"_s, u"create"_s, u"lab"_s, u"--cert-input"_s, pem, u"--key-input"_s,
                     file(u"other.key"_s)});
        QVERIFY(r.code != 0);
        QCOMPARE(await(m_client->getApp(u"lab"_s))->trustAnchorPems().size(), 1);
        // a non-CA certificate is refused
        r = dwb({u"trust"_s, u"create"_s, u"lab"_s, u"--cert-input"_s, file(u"sensor-1.pem"_s)});
        QVERIFY(r.code != 0);
        QCOMPARE(await(m_client->getApp(u"lab"_s))->trustAnchorPems().size(), 1);
        r = dwb({u"trust"_s, u"create"_s, u"lab"_s, u"--cert-input"_s, pem, u"--key-input"_s, key});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto app = await(m_client->getApp(u"lab"_s));
        QCOMPARE(app->trustAnchorPems().size(), 2);
        QCOMPARE(app->trustAnchorPems().at(1), readFile(pem));
        QCOMPARE(app->trustAnchorStatuses().at(1).subject, u"CN=external-lab-ca, O=Lab"_s);

        // enrolling with the second anchor's key signs with that anchor
        r = dwb({u"trust"_s, u"enroll"_s, u"ext-dev"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, key, u"--out"_s,
                 file(u"ext-dev.pem"_s), u"--key-output"_s, file(u"ext-dev.key"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(openssl({u"verify"_s, u"-CAfile"_s, pem, file(u"ext-dev.pem"_s)}), 0);
        QVERIFY(openssl({u"verify"_s, u"-CAfile"_s, file(u"lab-ca.pem"_s), file(u"ext-dev.pem"_s)}) != 0);

        r = dwb({u"trust"_s, u"delete"_s, u"lab"_s, u"--index"_s, u"5"_s});
        QVERIFY(r.code != 0);
        // sensor-1 and sensor-2 are still under anchor 0 (the ledger): refused, then --force
        r = dwb({u"trust"_s, u"delete"_s, u"lab"_s, u"--index"_s, u"0"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"sensor-1, sensor-2"_s), qPrintable(r.err));
        QCOMPARE(await(m_client->getApp(u"lab"_s))->trustAnchorPems().size(), 2);
        r = dwb({u"trust"_s, u"delete"_s, u"lab"_s, u"--index"_s, u"0"_s, u"--force"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        app = await(m_client->getApp(u"lab"_s));
        QCOMPARE(app->trustAnchorPems(), QList<QByteArray>{readFile(pem)});

        r = dwb({u"delete"_s, u"app"_s, u"lab"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(await(m_client->getApp(u"lab"_s)).error().code, dwb::ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDwbOnline)
#include "test_dwb_online.moc"
