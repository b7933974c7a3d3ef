// CA keys on a SoftHSM2 token (core/token) through the real dwb: a token
// initialised in a temporary folder (SOFTHSM2_CONF), a key pair made on it
// by pkcs11-tool (sensitive, not extractable), used by `dwb trust create
// --offline --key-input pkcs11:...` for a new anchor and by `dwb
// enroll-batch --offline --ca-key pkcs11:...` for 50 devices that all pass
// `openssl verify -x509_strict -purpose sslclient`; no CA key file exists
// anywhere in the test folder; a wrong PIN is refused once with the token's
// state, and the user PIN still works afterwards.
#include "support/Dwb.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kModule = u"/usr/lib/softhsm/libsofthsm2.so"_s;
const QString kPin = u"123456"_s;
} // namespace

class TestToken : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    int tool(const QStringList &args, QByteArray *out = nullptr)
    {
        qputenv("SOFTHSM2_CONF", path(u"softhsm2.conf"_s).toLocal8Bit());
        QByteArray o, e;
        const int rc = dwb::test::run(u"pkcs11-tool"_s, QStringList{u"--module"_s, kModule} + args, &o, &e);
        if (out)
            *out = o + e;
        return rc;
    }
    dwb::test::DwbRun dwb(const QStringList &args, const QString &pin = kPin)
    {
        QProcessEnvironment env = m_env;
        env.insert(u"DWB_PKCS11_PIN"_s, pin);
        return dwb::test::runDwb(args, env, 300000);
    }
    QString uri(const QString &object) const
    {
        return u"pkcs11:token=lab;object=%1?module-path=%2"_s.arg(object, kModule);
    }
    int openssl(const QStringList &args, QByteArray *out = nullptr)
    {
        QByteArray o, e;
        const int rc = dwb::test::run(u"openssl"_s, args, &o, &e);
        if (out)
            *out = o + e;
        return rc;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(kModule));
        QDir().mkpath(path(u"tokens"_s));
        QFile conf(path(u"softhsm2.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("directories.tokendir = " + path(u"tokens"_s).toLocal8Bit() + "\nobjectstore.backend = file\n");
        conf.close();
        qputenv("SOFTHSM2_CONF", path(u"softhsm2.conf"_s).toLocal8Bit());
        QByteArray o, e;
        QCOMPARE(dwb::test::run(u"softhsm2-util"_s,
                                {u"--init-token"_s, u"--free"_s, u"--label"_s, u"lab"_s, u"--pin"_s, kPin,
                                 u"--so-pin"_s, u"654321"_s},
                                &o, &e),
                 0);
        m_env = dwb::test::isolatedDwbEnvironment(path(u"home"_s));
        m_env.insert(u"SOFTHSM2_CONF"_s, path(u"softhsm2.conf"_s));
    }

    void anchorAndBatch_data()
    {
        QTest::addColumn<QString>("keyType"); // pkcs11-tool --key-type
        QTest::addColumn<QString>("object");
        QTest::newRow("ecdsa-p256") << u"EC:prime256v1"_s << u"ca-p256"_s;
        QTest::newRow("ecdsa-p384") << u"EC:secp384r1"_s << u"ca-p384"_s;
        QTest::newRow("rsa2048") << u"rsa:2048"_s << u"ca-rsa"_s;
    }
    void anchorAndBatch()
    {
        QFETCH(QString, keyType);
        QFETCH(QString, object);
        const QString id = QString::number(qHash(object) % 200 + 16, 16);
        QByteArray out;
        QCOMPARE(tool({u"--login"_s, u"--pin"_s, kPin, u"--keypairgen"_s, u"--key-type"_s, keyType, u"--label"_s,
                       object, u"--id"_s, id, u"--sensitive"_s},
                      &out),
                 0);
        // The private key is sensitive and never extractable (CKA_SENSITIVE,
        // CKA_NEVER_EXTRACTABLE as pkcs11-tool lists them).
        QCOMPARE(tool({u"--login"_s, u"--pin"_s, kPin, u"--list-objects"_s, u"--type"_s, u"privkey"_s}, &out), 0);
        QVERIFY2(out.contains("sensitive") && out.contains("never extractable"), out.constData());

        const QString dir = path(object);
        QDir().mkpath(dir);
        auto r = dwb({u"trust"_s, u"create"_s, u"tokenapp"_s, u"--offline"_s, u"--key-input"_s, uri(object),
                      u"--cert-output"_s, dir + u"/ca.pem"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        // The anchor's key is the token's public key (pkcs11-tool 0.23 aborts
        // exporting a P-384 public key: there the signatures below show it).
        if (keyType != u"EC:secp384r1"_s) {
            QByteArray certPub, tokenPub;
            QCOMPARE(openssl({u"x509"_s, u"-in"_s, dir + u"/ca.pem"_s, u"-noout"_s, u"-pubkey"_s}, &certPub), 0);
            QCOMPARE(tool({u"--read-object"_s, u"--type"_s, u"pubkey"_s, u"--label"_s, object, u"-o"_s,
                           dir + u"/pub.der"_s}),
                     0);
            QCOMPARE(openssl({u"pkey"_s, u"-pubin"_s, u"-inform"_s, u"DER"_s, u"-in"_s, dir + u"/pub.der"_s}, &tokenPub),
                     0);
            QCOMPARE(certPub, tokenPub);
        }

        QFile list(dir + u"/devices.txt"_s);
        QVERIFY(list.open(QIODevice::WriteOnly));
        for (int i = 0; i < 50; ++i)
            list.write(QByteArray("dev-") + QByteArray::number(i) + '\n');
        list.close();
        r = dwb({u"enroll-batch"_s, u"--app"_s, u"tokenapp"_s, u"--ca-key"_s, uri(object), u"--devices"_s,
                 dir + u"/devices.txt"_s, u"--out-dir"_s, dir + u"/out"_s, u"--offline"_s, u"--ca-cert"_s,
                 dir + u"/ca.pem"_s, u"--algo"_s, u"ecdsa-p256"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        int verified = 0;
        QDirIterator it(dir + u"/out"_s, {u"*.pem"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString cert = it.next();
            if (cert.endsWith(u".key.pem"_s) || cert.contains(u"key"_s))
                continue;
            QVERIFY2(openssl({u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s,
                              dir + u"/ca.pem"_s, cert},
                             &out)
                         == 0,
                     out.constData());
            ++verified;
        }
        QCOMPARE(verified, 50);
        // No CA key file anywhere: only device keys and certificates.
        QDirIterator all(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (all.hasNext()) {
            const QString f = all.next();
            if (f.contains(u"/tokens/"_s) || !f.contains(object))
                continue;
            QVERIFY2(!QFileInfo(f).fileName().startsWith(u"ca"_s) || f.endsWith(u"ca.pem"_s), qPrintable(f));
        }
    }

    // trust create --key-output pkcs11:... makes the pair on the token: the
    // private key is sensitive and never extractable, and no key file exists.
    void keyMadeOnToken_data()
    {
        QTest::addColumn<QString>("algo");
        QTest::newRow("ecdsa-p256") << u"ecdsa-p256"_s;
        QTest::newRow("ecdsa-p384") << u"ecdsa-p384"_s;
        QTest::newRow("rsa2048") << u"rsa2048"_s;
    }
    void keyMadeOnToken()
    {
        QFETCH(QString, algo);
        const QString object = u"made-"_s + algo, dir = path(object);
        QDir().mkpath(dir);
        auto r = dwb({u"trust"_s, u"create"_s, u"madeapp"_s, u"--offline"_s, u"--algo"_s, algo, u"--key-output"_s,
                      uri(object), u"--cert-output"_s, dir + u"/ca.pem"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.err.contains(u"never leaves the token"_s), qPrintable(r.both()));
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{u"ca.pem"_s});
        QByteArray out;
        QCOMPARE(tool({u"--login"_s, u"--pin"_s, kPin, u"--list-objects"_s, u"--type"_s, u"privkey"_s, u"--label"_s,
                       object},
                      &out),
                 0);
        QVERIFY2(out.contains("never extractable") && out.contains("sensitive"), out.constData());
        // dwb tokens reads CKA_SENSITIVE and CKA_EXTRACTABLE itself.
        r = dwb({u"tokens"_s, u"--pkcs11-module"_s, kModule});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(r.out.contains(u"key \"%1\" id "_s.arg(object)) && r.out.contains(u"sensitive: yes, extractable: no"_s),
                 qPrintable(r.out));
        // A device signed by it verifies against the new anchor.
        r = dwb({u"trust"_s, u"enroll"_s, u"dev1"_s, u"--app"_s, u"madeapp"_s, u"--offline"_s, u"--ca-key"_s,
                 uri(object), u"--ca-cert"_s, dir + u"/ca.pem"_s, u"--out"_s, dir + u"/dev1.pem"_s,
                 u"--key-output"_s, dir + u"/dev1.key"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY2(openssl({u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s,
                          dir + u"/ca.pem"_s, dir + u"/dev1.pem"_s},
                         &out)
                     == 0,
                 out.constData());
        // The same name again is refused (the token keeps its key).
        r = dwb({u"trust"_s, u"create"_s, u"madeapp"_s, u"--offline"_s, u"--algo"_s, algo, u"--key-output"_s,
                 uri(object), u"--cert-output"_s, dir + u"/ca2.pem"_s});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"already has a key"_s), qPrintable(r.both()));
    }

    // Online against the real sandbox: the anchor made on the token and
    // registered, 50 devices enrolled with the token's key, all verify, and
    // one logs in to the sandbox's broker with its certificate and key.
    void onlineBatchAndBrokerLogin()
    {
        dwb::test::Sandbox sb;
        QVERIFY2(sb.start(), qPrintable(sb.errorString()));
        const QString dir = path(u"online"_s);
        QDir().mkpath(dir);
        const QString key = uri(u"online-ca"_s);
        auto r = dwb(sb.dwbArgs() + QStringList{u"create"_s, u"app"_s, u"tokenapp"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        r = dwb(sb.dwbArgs() + QStringList{u"trust"_s, u"create"_s, u"tokenapp"_s, u"--algo"_s, u"ecdsa-p256"_s,
                                            u"--key-output"_s, key, u"--cert-output"_s, dir + u"/ca.pem"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QVERIFY(QFile::exists(dir + u"/ca.pem"_s));
        QFile list(dir + u"/devices.txt"_s);
        QVERIFY(list.open(QIODevice::WriteOnly));
        for (int i = 0; i < 50; ++i)
            list.write(QByteArray("dev-") + QByteArray::number(i) + '\n');
        list.close();
        r = dwb(sb.dwbArgs() + QStringList{u"enroll-batch"_s, u"--app"_s, u"tokenapp"_s, u"--ca-key"_s, key,
                                            u"--devices"_s, dir + u"/devices.txt"_s, u"--out-dir"_s,
                                            dir + u"/out"_s, u"--algo"_s, u"ecdsa-p256"_s});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
        QStringList certs;
        for (int i = 0; i < 50; ++i) {
            const QString c = dir + u"/out/dev-%1.pem"_s.arg(i);
            QVERIFY2(QFile::exists(c), qPrintable(c + u"\n"_s + r.both()));
            certs << c;
        }
        QByteArray out;
        QCOMPARE(dwb::test::opensslVerifyAll(dir + u"/ca.pem"_s, certs, &out), 50);
        QByteArray o, e;
        const int rc = dwb::test::run(u"mosquitto_pub"_s,
                                      {u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(sb.mqttPort()),
                                       u"--cafile"_s, sb.caFile(), u"--cert"_s, dir + u"/out/dev-7.pem"_s,
                                       u"--key"_s, dir + u"/out/dev-7.key"_s, u"-t"_s, u"temp"_s, u"-q"_s, u"1"_s,
                                       u"-m"_s, u"{\"temp\":21}"_s},
                                      &o, &e, 15000);
        QVERIFY2(rc == 0, e.constData());
        QVERIFY(sb.waitForLog("accepted device 'dev-7' of application 'tokenapp'")
                    .contains("accepted device 'dev-7' of application 'tokenapp'"));
    }

    void wrongPin()
    {
        auto r = dwb({u"trust"_s, u"create"_s, u"pinapp"_s, u"--offline"_s, u"--key-input"_s, uri(u"ca-p256"_s),
                      u"--cert-output"_s, path(u"pin.pem"_s)},
                     u"000000"_s);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"refused the PIN"_s) && r.err.contains(u"not retried"_s)
                     && r.err.contains(u"user PIN count low"_s),
                 qPrintable(r.both()));
        QVERIFY(!r.both().contains(u"000000"_s));
        QVERIFY(!QFile::exists(path(u"pin.pem"_s)));
        // SoftHSM2 keeps no counter; CKF_USER_PIN_COUNT_LOW is what it shows.
        // The right PIN still works (one wrong PIN does not lock the token).
        r = dwb({u"trust"_s, u"create"_s, u"pinapp"_s, u"--offline"_s, u"--key-input"_s, uri(u"ca-p256"_s),
                 u"--cert-output"_s, path(u"pin.pem"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.both()));
    }
};

QTEST_GUILESS_MAIN(TestToken)
#include "test_token.moc"
