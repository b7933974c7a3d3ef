// Private keys: PKCS#8 (plain and encrypted) and PKCS#12 exports read by the
// openssl command line; algorithm / type names for every algorithm.
#include "core/crypto/Algorithm.h"
#include "core/crypto/Importer.h"
#include "core/crypto/Inspection.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "support/TestEnv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dwb;

Q_DECLARE_METATYPE(dwb::KeyAlgorithm)

using dwb::test::openssl;
using dwb::test::readFile;
using dwb::test::writeFile;

class TestKeys : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QHash<int, PrivateKey> m_keys;

    const PrivateKey &key(KeyAlgorithm alg)
    {
        if (!m_keys.contains(int(alg)))
            m_keys.insert(int(alg), PrivateKey::generate(alg).value());
        return m_keys[int(alg)];
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void algorithms_data()
    {
        QTest::addColumn<KeyAlgorithm>("alg");
        QTest::addColumn<QString>("typeName");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("pkeyText"); // what `openssl pkey -text` names it
        QTest::newRow("rsa2048") << KeyAlgorithm::Rsa2048 << u"RSA"_s << 2048 << u"Private-Key: (2048 bit"_s;
        QTest::newRow("rsa3072") << KeyAlgorithm::Rsa3072 << u"RSA"_s << 3072 << u"Private-Key: (3072 bit"_s;
        QTest::newRow("rsa4096") << KeyAlgorithm::Rsa4096 << u"RSA"_s << 4096 << u"Private-Key: (4096 bit"_s;
        QTest::newRow("ecdsa-p256") << KeyAlgorithm::EcdsaP256 << u"EC P-256"_s << 256 << u"NIST CURVE: P-256"_s;
        QTest::newRow("ecdsa-p384") << KeyAlgorithm::EcdsaP384 << u"EC P-384"_s << 384 << u"NIST CURVE: P-384"_s;
        QTest::newRow("ed25519") << KeyAlgorithm::Ed25519 << u"Ed25519"_s << 256 << u"ED25519 Private-Key"_s;
    }

    void algorithms()
    {
        QFETCH(KeyAlgorithm, alg);
        QFETCH(QString, typeName);
        QFETCH(int, bits);
        QFETCH(QString, pkeyText);
        const PrivateKey &k = key(alg);
        QVERIFY(k.hasPrivate());
        QCOMPARE(k.algorithm(), std::optional<KeyAlgorithm>(alg));
        QCOMPARE(k.typeName(), typeName);
        QCOMPARE(k.bits(), bits);
        QVERIFY(drogueKeyAllowed(k));

        // Plain PKCS#8 PEM read by openssl, same public key.
        const QString base = m_dir.filePath(algorithmName(alg));
        auto pem = k.toPkcs8Pem();
        QVERIFY(pem);
        QVERIFY(pem->bytes().startsWith("-----BEGIN PRIVATE KEY-----\n"));
        QVERIFY(writeFile(base + u".key"_s, pem->bytes()));
        QByteArray out, err;
        QCOMPARE(openssl({u"pkey"_s, u"-noout"_s, u"-text"_s, u"-in"_s, base + u".key"_s}, &out, &err), 0);
        QVERIFY2(out.contains(pkeyText.toLatin1()), QByteArray(out + err).constData());
        QCOMPARE(openssl({u"pkey"_s, u"-in"_s, base + u".key"_s, u"-pubout"_s, u"-outform"_s, u"DER"_s}, &out, &err), 0);
        QCOMPARE(out, k.publicKeyDer());

        // Plain PKCS#8 DER.
        auto der = k.toPkcs8Der();
        QVERIFY(der);
        QVERIFY(writeFile(base + u".der"_s, der->bytes()));
        QCOMPARE(openssl({u"pkey"_s, u"-inform"_s, u"DER"_s, u"-in"_s, base + u".der"_s, u"-pubout"_s,
                          u"-outform"_s, u"DER"_s},
                         &out, &err),
                 0);
        QCOMPARE(out, k.publicKeyDer());

        // Encrypted PKCS#8 PEM: PBES2 / PBKDF2 / AES-256-CBC, read with -passin.
        auto enc = k.toPkcs8Pem(SecretBytes(QByteArray("s3cret pass")));
        QVERIFY(enc);
        QVERIFY(enc->bytes().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
        QVERIFY(writeFile(base + u".enc.key"_s, enc->bytes()));
        QCOMPARE(openssl({u"pkey"_s, u"-noout"_s, u"-in"_s, base + u".enc.key"_s, u"-passin"_s, u"pass:s3cret pass"_s},
                         &out, &err),
                 0);
        QVERIFY2(openssl({u"pkey"_s, u"-noout"_s, u"-in"_s, base + u".enc.key"_s, u"-passin"_s, u"pass:wrong"_s},
                         &out, &err) != 0,
                 "openssl must not read it with a wrong passphrase");
        QCOMPARE(openssl({u"asn1parse"_s, u"-in"_s, base + u".enc.key"_s}, &out, &err), 0);
        QVERIFY2(out.contains(":PBES2"), out);
        QVERIFY2(out.contains(":PBKDF2"), out);
        QVERIFY2(out.contains(":aes-256-cbc"), out);
        QVERIFY2(out.contains(":hmacWithSHA256"), out);
        // Iteration count >= 600000: the INTEGER after the salt.
        const QList<QByteArray> lines = out.split('\n');
        int iterations = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].contains(":PBKDF2") && i + 3 < lines.size()) {
                const QByteArray l = lines[i + 3];
                const int colon = l.lastIndexOf(':');
                iterations = l.mid(colon + 1).trimmed().toInt(nullptr, 16);
            }
        }
        QVERIFY2(iterations >= 600000, out);
    }

    void pkcs12_data()
    {
        QTest::addColumn<KeyAlgorithm>("alg");
        for (KeyAlgorithm a : {KeyAlgorithm::Rsa2048, KeyAlgorithm::EcdsaP256, KeyAlgorithm::EcdsaP384,
                               KeyAlgorithm::Ed25519})
            QTest::newRow(qPrintable(algorithmName(a))) << a;
    }

    void pkcs12()
    {
        QFETCH(KeyAlgorithm, alg);
        auto caKey = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
        QVERIFY(caKey);
        auto anchor = createTrustAnchor(u"app"_s, *caKey);
        QVERIFY(anchor);
        const PrivateKey &k = key(alg);
        auto dev = issueDeviceCertificate(u"dev1"_s, u"app"_s, k, *caKey, *anchor);
        QVERIFY(dev);
        auto p12 = exportPkcs12(k, *dev, {*anchor}, SecretBytes(QByteArray("p12pass")), u"dev1"_s);
        QVERIFY2(p12, qPrintable(p12 ? QString() : p12.error().message));
        const QString f = m_dir.filePath(algorithmName(alg) + u".p12"_s);
        QVERIFY(writeFile(f, *p12));

        QByteArray out, err;
        QCOMPARE(openssl({u"pkcs12"_s, u"-in"_s, f, u"-passin"_s, u"pass:p12pass"_s, u"-nokeys"_s}, &out, &err), 0);
        QVERIFY2(out.contains("subject=CN = dev1, O = Drogue IoT, OU = app"), QByteArray(out + err).constData());
        QVERIFY2(out.contains("subject=CN = app, O = Drogue IoT, OU = Cloud"), QByteArray(out + err).constData());
        QVERIFY2(out.contains("friendlyName: dev1"), out);
        QCOMPARE(out.count("-----BEGIN CERTIFICATE-----"), 2);

        QCOMPARE(openssl({u"pkcs12"_s, u"-in"_s, f, u"-passin"_s, u"pass:p12pass"_s, u"-nocerts"_s, u"-nodes"_s},
                         &out, &err),
                 0);
        QVERIFY2(out.contains("-----BEGIN PRIVATE KEY-----"), QByteArray(out + err).constData());
        const QString keyPem = m_dir.filePath(algorithmName(alg) + u".p12.key"_s);
        QVERIFY(writeFile(keyPem, out));
        QCOMPARE(openssl({u"pkey"_s, u"-in"_s, keyPem, u"-pubout"_s, u"-outform"_s, u"DER"_s}, &out, &err), 0);
        QCOMPARE(out, k.publicKeyDer());

        // Encryption and MAC, as openssl -info reports them.
        QCOMPARE(openssl({u"pkcs12"_s, u"-in"_s, f, u"-passin"_s, u"pass:p12pass"_s, u"-info"_s, u"-noout"_s},
                         &out, &err),
                 0);
        QVERIFY2(err.contains("MAC: sha256"), err);
        QVERIFY2(err.contains("PBES2, PBKDF2, AES-256-CBC"), err);
        QVERIFY2(err.contains("Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC"), err);
        QVERIFY2(!err.contains("RC2") && !err.contains("3DES"), err);

        // Wrong passphrase refused by openssl.
        QVERIFY(openssl({u"pkcs12"_s, u"-in"_s, f, u"-passin"_s, u"pass:nope"_s, u"-nokeys"_s}, &out, &err) != 0);
    }

    void p521FromOpenssl()
    {
        const QString f = m_dir.filePath(u"p521.key"_s);
        QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-521"_s,
                          u"-out"_s, f}),
                 0);
        auto k = importPrivateKey(readFile(f));
        QVERIFY2(k, qPrintable(k ? QString() : k.error().message));
        QCOMPARE(k->typeName(), u"EC P-521"_s);
        QCOMPARE(k->bits(), 521);
        QVERIFY(!k->algorithm().has_value());
        QVERIFY(!drogueKeyAllowed(*k));
        QVERIFY(!inspectKey(*k).allowedByDrogue);

        const QString rsa1024 = m_dir.filePath(u"rsa1024.key"_s);
        QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:1024"_s,
                          u"-out"_s, rsa1024}),
                 0);
        auto r = importPrivateKey(readFile(rsa1024));
        QVERIFY(r);
        QCOMPARE(r->typeName(), u"RSA"_s);
        QCOMPARE(r->bits(), 1024);
        QVERIFY(!r->algorithm().has_value());
        QVERIFY(!drogueKeyAllowed(*r));
    }

    void publicKeyHelpers()
    {
        const PrivateKey &k = key(KeyAlgorithm::EcdsaP256);
        const QString f = m_dir.filePath(u"pub.pem"_s);
        QVERIFY(writeFile(f, k.publicKeyPem()));
        QByteArray out, err;
        QCOMPARE(openssl({u"pkey"_s, u"-pubin"_s, u"-in"_s, f, u"-outform"_s, u"DER"_s}, &out, &err), 0);
        QCOMPARE(out, k.publicKeyDer());
        QCOMPARE(k.publicKeySha256(), QCryptographicHash::hash(out, QCryptographicHash::Sha256));
        auto other = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
        QVERIFY(other);
        QVERIFY(!k.samePublicKey(*other));
        QVERIFY(k.samePublicKey(k));
        PrivateKey copy = k;
        QVERIFY(copy.samePublicKey(k));
        QVERIFY(PrivateKey().isNull());
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "test_keys.moc"
