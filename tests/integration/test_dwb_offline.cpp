// dwb's offline verbs end to end: the real binary, real files, openssl as the
// oracle (trust create / trust enroll --offline, inspect, argument errors).
#include "support/Dwb.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

QString g_dir;
QString path(const QString &name) { return g_dir + u'/' + name; }

using Run = dwb::test::DwbRun;

Run dwbRun(const QStringList &args)
{
    return dwb::test::runDwb(args, QProcessEnvironment::systemEnvironment(), 120000);
}

int openssl(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    QByteArray o, e;
    const int rc = dwb::test::run(u"openssl"_s, args, &o, &e);
    if (out)
        *out = o;
    if (err)
        *err = e;
    return rc;
}

QByteArray readFile(const QString &name)
{
    QFile f(path(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &name, const QByteArray &data)
{
    QFile f(path(name));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

int fileMode(const QString &name)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path(name)).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QStringList files() { return QDir(g_dir).entryList(QDir::Files | QDir::Hidden, QDir::Name); }

} // namespace

class TestDwbOffline : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // Fresh sub-directory per test function.
    void enter(const QString &name)
    {
        QVERIFY(QDir(m_dir.path()).mkpath(name));
        g_dir = m_dir.filePath(name);
    }

    void makeCa(const QString &app, const QString &algo = u"ecdsa-p256"_s, const QString &prefix = u"ca"_s)
    {
        const Run r = dwbRun({u"trust"_s, u"create"_s, app, u"--offline"_s, u"--algo"_s, algo, u"--key-output"_s,
                              path(prefix + u".key"_s), u"--cert-output"_s, path(prefix + u".pem"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(dwb::test::program(u"dwb"_s)).isExecutable(), "build the dwb target first");
    }

    void createAndEnroll_data()
    {
        QTest::addColumn<QString>("algo");
        for (const char *a : {"rsa2048", "rsa3072", "rsa4096", "ecdsa-p256", "ecdsa-p384", "ed25519"})
            QTest::newRow(a) << QString::fromLatin1(a);
    }

    void createAndEnroll()
    {
        QFETCH(QString, algo);
        enter(u"all-"_s + algo);
        Run r = dwbRun({u"trust"_s, u"create"_s, u"my-app"_s, u"--offline"_s, u"--algo"_s, algo, u"--key-output"_s,
                        path(u"ca.key"_s), u"--cert-output"_s, path(u"ca.pem"_s), u"--days"_s, u"30"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.out.contains(path(u"ca.pem"_s)), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"PRIVATE KEY"_s) && !r.err.contains(u"PRIVATE KEY"_s), "key material on the console");
        r = dwbRun({u"trust"_s, u"enroll"_s, u"dev1"_s, u"--app"_s, u"my-app"_s, u"--offline"_s, u"--algo"_s, algo,
                    u"--ca-key"_s, path(u"ca.key"_s), u"--ca-cert"_s, path(u"ca.pem"_s), u"--out"_s,
                    path(u"dev.pem"_s), u"--key-output"_s, path(u"dev.key"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(!r.out.contains(u"PRIVATE KEY"_s) && !r.err.contains(u"PRIVATE KEY"_s), "key material on the console");

        QByteArray out, err;
        QCOMPARE(openssl({u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s,
                          path(u"ca.pem"_s), path(u"dev.pem"_s)},
                         &out, &err),
                 0);
        QVERIFY2(out.contains(": OK"), QByteArray(out + err).constData());
        QCOMPARE(openssl({u"x509"_s, u"-noout"_s, u"-subject"_s, u"-nameopt"_s, u"sep_comma_plus_space"_s, u"-in"_s,
                          path(u"dev.pem"_s)},
                         &out),
                 0);
        QCOMPARE(out.trimmed(), QByteArray("subject=CN=dev1, O=Drogue IoT, OU=my-app"));
        QCOMPARE(fileMode(u"ca.key"_s), 0600);
        QCOMPARE(fileMode(u"dev.key"_s), 0600);
        QCOMPARE(fileMode(u"ca.pem"_s), 0644);
        QCOMPARE(fileMode(u"dev.pem"_s), 0644);
        // The key files hold the keys of the certificates.
        QByteArray keyPub, certPub;
        QCOMPARE(openssl({u"pkey"_s, u"-in"_s, path(u"dev.key"_s), u"-pubout"_s}, &keyPub), 0);
        QCOMPARE(openssl({u"x509"_s, u"-in"_s, path(u"dev.pem"_s), u"-noout"_s, u"-pubkey"_s}, &certPub), 0);
        QCOMPARE(keyPub, certPub);
        QCOMPARE(files(), (QStringList{u"ca.key"_s, u"ca.pem"_s, u"dev.key"_s, u"dev.pem"_s}));
    }

    void refusesOverwrite()
    {
        enter(u"overwrite"_s);
        makeCa(u"app"_s);
        const QByteArray caKey = readFile(u"ca.key"_s), caPem = readFile(u"ca.pem"_s);
        // trust create again: refused, files unchanged.
        Run r = dwbRun({u"trust"_s, u"create"_s, u"app"_s, u"--offline"_s, u"--key-output"_s, path(u"ca.key"_s),
                        u"--cert-output"_s, path(u"ca.pem"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(path(u"ca.key"_s)), qPrintable(r.err));
        QCOMPARE(readFile(u"ca.key"_s), caKey);
        QCOMPARE(readFile(u"ca.pem"_s), caPem);
        // Only the certificate exists: the new key must not be written either.
        r = dwbRun({u"trust"_s, u"create"_s, u"app"_s, u"--offline"_s, u"--key-output"_s, path(u"ca2.key"_s),
                    u"--cert-output"_s, path(u"ca.pem"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(path(u"ca.pem"_s)), qPrintable(r.err));
        QCOMPARE(readFile(u"ca.pem"_s), caPem);
        QVERIFY2(!QFile::exists(path(u"ca2.key"_s)), "a CA key was written for a certificate that was not");

        const QStringList enroll{u"trust"_s, u"enroll"_s, u"dev1"_s, u"--app"_s, u"app"_s, u"--offline"_s,
                                 u"--ca-key"_s, path(u"ca.key"_s), u"--ca-cert"_s, path(u"ca.pem"_s), u"--out"_s,
                                 path(u"dev.pem"_s), u"--key-output"_s, path(u"dev.key"_s)};
        r = dwbRun(enroll);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        const QByteArray devKey = readFile(u"dev.key"_s), devPem = readFile(u"dev.pem"_s);
        r = dwbRun(enroll);
        QCOMPARE(r.code, 1);
        QCOMPARE(readFile(u"dev.key"_s), devKey);
        QCOMPARE(readFile(u"dev.pem"_s), devPem);
        // Certificate exists, key does not: nothing is written.
        QVERIFY(QFile::remove(path(u"dev.key"_s)));
        r = dwbRun(enroll);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(path(u"dev.pem"_s)), qPrintable(r.err));
        QCOMPARE(readFile(u"dev.pem"_s), devPem);
        QVERIFY2(!QFile::exists(path(u"dev.key"_s)), "a device key was written for a certificate that was not");

        // --force replaces them.
        r = dwbRun(enroll + QStringList{u"--force"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY(readFile(u"dev.pem"_s) != devPem);
        QCOMPARE(fileMode(u"dev.key"_s), 0600);
        QCOMPARE(files(), (QStringList{u"ca.key"_s, u"ca.pem"_s, u"dev.key"_s, u"dev.pem"_s}));
    }

    void keyInput_data()
    {
        QTest::addColumn<QStringList>("convert"); // openssl args to make the input key (-in/-out added)
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("pkcs8 der") << QStringList{u"pkcs8"_s, u"-topk8"_s, u"-nocrypt"_s, u"-outform"_s, u"DER"_s}
                                   << false;
        QTest::newRow("traditional ec pem") << QStringList{u"pkey"_s, u"-traditional"_s} << false;
        QTest::newRow("encrypted pkcs8")
            << QStringList{u"pkcs8"_s, u"-topk8"_s, u"-v2"_s, u"aes-256-cbc"_s, u"-passout"_s, u"file:"_s + u"PASS"_s}
            << true;
    }

    void keyInput()
    {
        QFETCH(QStringList, convert);
        QFETCH(bool, encrypted);
        enter(u"keyin-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
        makeCa(u"app"_s);
        writeFile(u"pass.txt"_s, "correct horse\n");
        QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-384"_s,
                          u"-out"_s, path(u"orig.key"_s)}),
                 0);
        QStringList args = convert;
        args.replaceInStrings(u"file:PASS"_s, u"file:"_s + path(u"pass.txt"_s));
        QCOMPARE(openssl(args + QStringList{u"-in"_s, path(u"orig.key"_s), u"-out"_s, path(u"in.key"_s)}), 0);

        QStringList enroll{u"trust"_s, u"enroll"_s, u"dev1"_s, u"--app"_s, u"app"_s, u"--offline"_s,
                           u"--ca-key"_s, path(u"ca.key"_s), u"--ca-cert"_s, path(u"ca.pem"_s), u"--out"_s,
                           path(u"dev.pem"_s), u"--key-input"_s, path(u"in.key"_s)};
        if (encrypted) {
            Run r = dwbRun(enroll);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(u"--passphrase-file"_s), qPrintable(r.err));
            QVERIFY(!QFile::exists(path(u"dev.pem"_s)));
            writeFile(u"wrong.txt"_s, "wrong\n");
            r = dwbRun(enroll + QStringList{u"--passphrase-file"_s, path(u"wrong.txt"_s)});
            QCOMPARE(r.code, 1);
            QVERIFY(!QFile::exists(path(u"dev.pem"_s)));
            enroll << u"--passphrase-file"_s << path(u"pass.txt"_s);
        }
        Run r = dwbRun(enroll);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QByteArray keyPub, certPub;
        QCOMPARE(openssl({u"pkey"_s, u"-in"_s, path(u"orig.key"_s), u"-pubout"_s}, &keyPub), 0);
        QCOMPARE(openssl({u"x509"_s, u"-in"_s, path(u"dev.pem"_s), u"-noout"_s, u"-pubkey"_s}, &certPub), 0);
        QCOMPARE(keyPub, certPub);
        QCOMPARE(openssl({u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s,
                          path(u"ca.pem"_s), path(u"dev.pem"_s)}),
                 0);
    }

    void wrongCaKeyRefused()
    {
        enter(u"swap"_s);
        makeCa(u"app"_s, u"ecdsa-p256"_s, u"ca"_s);
        makeCa(u"other"_s, u"ecdsa-p256"_s, u"other"_s);
        const QStringList before = files();
        const Run r = dwbRun({u"trust"_s, u"enroll"_s, u"dev1"_s, u"--app"_s, u"app"_s, u"--offline"_s,
                              u"--ca-key"_s, path(u"other.key"_s), u"--ca-cert"_s, path(u"ca.pem"_s), u"--out"_s,
                              path(u"dev.pem"_s), u"--key-output"_s, path(u"dev.key"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(path(u"other.key"_s)) && r.err.contains(u"refusing"_s), qPrintable(r.err));
        QCOMPARE(files(), before);
    }

    // A device key Drogue does not accept (EC P-521): refused with the one
    // sentence core has for that rule, naming the file; nothing written.
    void refusedDeviceKey()
    {
        enter(u"p521"_s);
        makeCa(u"app"_s);
        QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-521"_s,
                          u"-out"_s, path(u"p521.key"_s)}),
                 0);
        const QStringList before = files();
        const Run r = dwbRun({u"trust"_s, u"enroll"_s, u"dev1"_s, u"--app"_s, u"app"_s, u"--offline"_s,
                              u"--ca-key"_s, path(u"ca.key"_s), u"--ca-cert"_s, path(u"ca.pem"_s), u"--out"_s,
                              path(u"dev.pem"_s), u"--key-input"_s, path(u"p521.key"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"The key in "_s + path(u"p521.key"_s) + u" (EC P-521, 521 bits) is not one Drogue accepts"_s),
                 qPrintable(r.err));
        QCOMPARE(files(), before);
    }

    // --force replaces the files of trust create --offline too; the new CA
    // still signs what openssl verifies.
    void forceReplacesAnchor()
    {
        enter(u"force-ca"_s);
        makeCa(u"app"_s);
        const QByteArray before = readFile(u"ca.pem"_s);
        const Run r = dwbRun({u"trust"_s, u"create"_s, u"app"_s, u"--offline"_s, u"--key-output"_s, path(u"ca.key"_s),
                              u"--cert-output"_s, path(u"ca.pem"_s), u"--force"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY(readFile(u"ca.pem"_s) != before);
        QCOMPARE(fileMode(u"ca.key"_s), 0600);
        QByteArray keyPub, certPub;
        QCOMPARE(openssl({u"pkey"_s, u"-in"_s, path(u"ca.key"_s), u"-pubout"_s}, &keyPub), 0);
        QCOMPARE(openssl({u"x509"_s, u"-in"_s, path(u"ca.pem"_s), u"-noout"_s, u"-pubkey"_s}, &certPub), 0);
        QCOMPARE(keyPub, certPub);
    }

    void inspectJson()
    {
        enter(u"inspect"_s);
        makeCa(u"app"_s, u"ed25519"_s);
        Run r = dwbRun({u"trust"_s, u"enroll"_s, u"dev1"_s, u"--app"_s, u"app"_s, u"--offline"_s, u"--algo"_s, u"ed25519"_s, u"--ca-key"_s,
                        path(u"ca.key"_s), u"--ca-cert"_s, path(u"ca.pem"_s), u"--out"_s, path(u"dev.pem"_s),
                        u"--key-output"_s, path(u"dev.key"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        r = dwbRun({u"inspect"_s, u"--format"_s, u"json"_s, path(u"dev.pem"_s), path(u"ca.pem"_s), path(u"dev.key"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        QVERIFY(doc.isArray());
        const QJsonArray a = doc.array();
        QCOMPARE(a.size(), 3);
        const QJsonObject dev = a[0].toObject();
        QCOMPARE(dev.value(u"subject"_s).toString(), u"CN=dev1, O=Drogue IoT, OU=app"_s);
        QCOMPARE(dev.value(u"issuer"_s).toString(), u"CN=app, O=Drogue IoT, OU=Cloud"_s);
        QCOMPARE(dev.value(u"drogue_device_certificate"_s).toObject().value(u"accepted"_s).toBool(), true);
        QCOMPARE(dev.value(u"key_type"_s).toString(), u"Ed25519"_s);
        QByteArray fp;
        QCOMPARE(openssl({u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, path(u"dev.pem"_s)}, &fp), 0);
        QCOMPARE("sha256 Fingerprint=" + dev.value(u"fingerprint_sha256"_s).toString().toLatin1(), fp.trimmed());
        const QJsonObject ca = a[1].toObject();
        QCOMPARE(ca.value(u"subject"_s).toString(), u"CN=app, O=Drogue IoT, OU=Cloud"_s);
        QCOMPARE(ca.value(u"is_ca"_s).toBool(), true);
        QCOMPARE(ca.value(u"drogue_device_certificate"_s).toObject().value(u"accepted"_s).toBool(), false);
        QVERIFY(!ca.value(u"drogue_device_certificate"_s).toObject().value(u"reasons"_s).toArray().isEmpty());
        const QJsonObject key = a[2].toObject();
        QCOMPARE(key.value(u"type"_s).toString(), u"private-key"_s);
        QVERIFY(!r.out.contains(u"PRIVATE KEY"_s));
        // Without --app, the login verdict covers the certificate's form only.
        const QJsonObject login = dev.value(u"device_login"_s).toObject();
        QCOMPARE(login.value(u"scope"_s).toString(), u"form"_s);
        QCOMPARE(login.value(u"outcome"_s).toString(), u"form-only"_s);
        QCOMPARE(ca.value(u"device_login"_s).toObject().value(u"outcome"_s).toString(), u"would-be-refused"_s);
        // The anchor has no extended key usage: the first reason a device login would fail.
        QCOMPARE(ca.value(u"device_login"_s).toObject().value(u"reason"_s).toObject().value(u"check"_s).toString(),
                 u"client_auth"_s);
    }

    // A DSA private key (PKCS#8, plain and encrypted) is named a private key.
    void inspectDsaPrivateKey()
    {
        enter(u"inspect-dsa"_s);
        QCOMPARE(openssl({u"genpkey"_s, u"-genparam"_s, u"-algorithm"_s, u"DSA"_s, u"-pkeyopt"_s,
                          u"dsa_paramgen_bits:1024"_s, u"-out"_s, path(u"dsa-params.pem"_s)}),
                 0);
        QCOMPARE(openssl({u"genpkey"_s, u"-paramfile"_s, path(u"dsa-params.pem"_s), u"-out"_s, path(u"dsa.key"_s)}), 0);
        QCOMPARE(openssl({u"pkcs8"_s, u"-topk8"_s, u"-in"_s, path(u"dsa.key"_s), u"-out"_s, path(u"dsa-enc.key"_s),
                          u"-passout"_s, u"pass:secret"_s, u"-v2"_s, u"aes-256-cbc"_s}),
                 0);
        QVERIFY(readFile(u"dsa.key"_s).startsWith("-----BEGIN PRIVATE KEY-----"));
        writeFile(u"pass.txt"_s, "secret\n");
        const QStringList files{path(u"dsa.key"_s), path(u"dsa-enc.key"_s)};
        Run r = dwbRun(QStringList{u"inspect"_s, u"--passphrase-file"_s, path(u"pass.txt"_s)} + files);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QCOMPARE(r.out.count(u"private key (PKCS#8"_s), 2);
        QVERIFY2(!r.out.contains(u"public key"_s), qPrintable(r.out));
        r = dwbRun(QStringList{u"inspect"_s, u"-o"_s, u"json"_s, u"--passphrase-file"_s, path(u"pass.txt"_s)} + files);
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 2);
        for (const QJsonValue &v : a) {
            QCOMPARE(v.toObject().value(u"type"_s).toString(), u"private-key"_s);
            QCOMPARE(v.toObject().value(u"key_type"_s).toString(), u"DSA"_s);
            QCOMPARE(v.toObject().value(u"allowed_by_drogue"_s).toBool(), false);
        }
    }

    // A PKCS#12 file as Windows and OpenSSL 1.x write it (RC2-40, 3DES, SHA-1
    // MAC) opens with the right passphrase; a wrong one says so; without
    // OpenSSL's legacy provider the message names the algorithm and the
    // package, and does not blame the passphrase.
    void inspectLegacyPkcs12()
    {
        enter(u"inspect-legacy"_s);
        makeCa(u"app"_s);
        QCOMPARE(openssl({u"pkcs12"_s, u"-export"_s, u"-legacy"_s, u"-inkey"_s, path(u"ca.key"_s), u"-in"_s,
                          path(u"ca.pem"_s), u"-passout"_s, u"pass:s3cret pw"_s, u"-out"_s, path(u"legacy.p12"_s)}),
                 0);
        writeFile(u"pw"_s, "s3cret pw\n");
        writeFile(u"wrong"_s, "nope\n");
        const QStringList args{u"inspect"_s, path(u"legacy.p12"_s), u"--passphrase-file"_s};
        Run r = dwbRun(args + QStringList{path(u"pw"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"certificate (PKCS#12)"_s) && r.out.contains(u"private key (PKCS#12)"_s), qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"CN=app, O=Drogue IoT, OU=Cloud"_s), qPrintable(r.both()));

        r = dwbRun(args + QStringList{path(u"wrong"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"The passphrase does not open the PKCS#12 file."_s), qPrintable(r.both()));

        QVERIFY(QDir(g_dir).mkpath(u"no-modules"_s));
        qputenv("OPENSSL_MODULES", path(u"no-modules"_s).toUtf8());
        r = dwbRun(args + QStringList{path(u"pw"_s)});
        qunsetenv("OPENSSL_MODULES");
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.contains(u"passphrase does not open"_s), qPrintable(r.both()));
        QVERIFY2(r.err.contains(u"cannot use: RC2-40-CBC"_s), qPrintable(r.both()));
        QVERIFY2(r.err.contains(u"pbeWithSHA1And40BitRC2-CBC"_s) && r.err.contains(u"libssl3"_s), qPrintable(r.both()));
    }

    void inspectBadFile()
    {
        enter(u"inspect-bad"_s);
        makeCa(u"app"_s);
        writeFile(u"junk.txt"_s, "this is not a certificate\n");
        const Run r = dwbRun({u"inspect"_s, path(u"junk.txt"_s), path(u"ca.pem"_s), path(u"missing.pem"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(path(u"junk.txt"_s)), qPrintable(r.err));
        QVERIFY2(r.err.contains(path(u"missing.pem"_s)), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"CN=app, O=Drogue IoT, OU=Cloud"_s), qPrintable(r.out));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown algorithm") << QStringList{u"trust"_s, u"create"_s, u"app"_s, u"--offline"_s,
                                                          u"--algo"_s, u"dsa"_s, u"--key-output"_s, u"K"_s};
        QTest::newRow("missing --key-output") << QStringList{u"trust"_s, u"create"_s, u"app"_s, u"--offline"_s};
        QTest::newRow("unknown option") << QStringList{u"trust"_s, u"create"_s, u"app"_s, u"--offline"_s,
                                                       u"--key-output"_s, u"K"_s, u"--bogus"_s};
        QTest::newRow("enroll without ca") << QStringList{u"trust"_s, u"enroll"_s, u"dev"_s, u"--app"_s, u"app"_s,
                                                          u"--offline"_s, u"--out"_s, u"D"_s, u"--key-output"_s, u"K"_s};
        QTest::newRow("bad days") << QStringList{u"trust"_s, u"create"_s, u"app"_s, u"--offline"_s, u"--days"_s,
                                                 u"-3"_s, u"--key-output"_s, u"K"_s};
        QTest::newRow("inspect bad format") << QStringList{u"inspect"_s, u"--format"_s, u"xml"_s, u"x"_s};
        QTest::newRow("inspect no file") << QStringList{u"inspect"_s};
        QTest::newRow("unknown verb") << QStringList{u"frobnicate"_s};
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        enter(u"args"_s);
        const QStringList before = files();
        QStringList a = args;
        a.replaceInStrings(QRegularExpression(u"^([KD])$"_s), g_dir + u"/\\1"_s);
        const Run r = dwbRun(a);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"usage:"_s), qPrintable(r.both()));
        QCOMPARE(files(), before);
    }

    void versionAndHelp()
    {
        Run r = dwbRun({u"--version"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.trimmed().isEmpty(), qPrintable(r.both()));
        r = dwbRun({u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"trust create"_s) && r.out.contains(u"inspect"_s), qPrintable(r.both()));
    }
};

QTEST_GUILESS_MAIN(TestDwbOffline)
#include "test_dwb_offline.moc"
