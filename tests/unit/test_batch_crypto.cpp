// The batch's fast paths produce exactly what the generic crypto functions
// produce: the PKCS#8 PEM of a key byte for byte, and a device certificate
// whose TBS fields (version, subject, issuer, public key, extensions in
// order) have the same DER as issueDeviceCertificate's for the same key;
// openssl verifies both strictly and reads the key.
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/BatchCrypto.h"
#include "core/util/SafeFile.h"
#include "support/TestEnv.h"

#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;
using dwb::KeyAlgorithm;

namespace {

template <typename T, int (*I2d)(const T *, unsigned char **)>
QByteArray der(const T *obj)
{
    unsigned char *buf = nullptr;
    const int n = I2d(obj, &buf);
    QByteArray out = n > 0 ? QByteArray(reinterpret_cast<const char *>(buf), n) : QByteArray();
    OPENSSL_free(buf);
    return out;
}

QByteArray nameDer(const X509_NAME *n) { return der<X509_NAME, i2d_X509_NAME>(n); }
QByteArray spkiDer(const X509 *x) { return der<X509_PUBKEY, i2d_X509_PUBKEY>(X509_get_X509_PUBKEY(x)); }

QList<QByteArray> extensionsDer(const X509 *x)
{
    QList<QByteArray> out;
    for (int i = 0; i < X509_get_ext_count(x); ++i)
        out.append(der<X509_EXTENSION, i2d_X509_EXTENSION>(X509_get_ext(x, i)));
    return out;
}

} // namespace

class TestBatchCrypto : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsGeneric_data()
    {
        QTest::addColumn<KeyAlgorithm>("deviceAlg");
        QTest::addColumn<KeyAlgorithm>("caAlg");
        QTest::newRow("ed25519 under ed25519") << KeyAlgorithm::Ed25519 << KeyAlgorithm::Ed25519;
        QTest::newRow("p256 under p256") << KeyAlgorithm::EcdsaP256 << KeyAlgorithm::EcdsaP256;
        QTest::newRow("p384 under p256") << KeyAlgorithm::EcdsaP384 << KeyAlgorithm::EcdsaP256;
        QTest::newRow("ed25519 under p384") << KeyAlgorithm::Ed25519 << KeyAlgorithm::EcdsaP384;
        QTest::newRow("p256 under rsa2048") << KeyAlgorithm::EcdsaP256 << KeyAlgorithm::Rsa2048;
        QTest::newRow("rsa2048 (generic path)") << KeyAlgorithm::Rsa2048 << KeyAlgorithm::EcdsaP256;
    }

    void sameAsGeneric()
    {
        QFETCH(KeyAlgorithm, deviceAlg);
        QFETCH(KeyAlgorithm, caAlg);
        const QString app = u"fast-app"_s;
        auto caKey = dwb::PrivateKey::generate(caAlg);
        QVERIFY(caKey.ok());
        auto anchor = dwb::createTrustAnchor(app, *caKey, 30);
        QVERIFY(anchor.ok());
        dwb::BatchIssuer issuer(app, *caKey, *anchor, 30);

        std::atomic_bool cancel{false};
        auto key = issuer.generateKey(deviceAlg, &cancel);
        QVERIFY(key.ok());
        QCOMPARE(key->algorithm(), std::optional<KeyAlgorithm>(deviceAlg));

        // Our PKCS#8 (assembled from the raw key for Ed25519/EC, RawKeys.h) is
        // byte for byte what OpenSSL's own encoder writes.
        auto fastPem = issuer.keyPem(*key);
        QVERIFY(fastPem.ok());
        BIO *bio = BIO_new(BIO_s_mem());
        QVERIFY(bio);
        QCOMPARE(PEM_write_bio_PKCS8PrivateKey(bio, key->get(), nullptr, nullptr, 0, nullptr, nullptr), 1);
        char *data = nullptr;
        const long len = BIO_get_mem_data(bio, &data);
        const QByteArray opensslPem(data, static_cast<qsizetype>(len));
        BIO_free(bio);
        QVERIFY(opensslPem.startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(fastPem->bytes(), opensslPem);

        const QString device = u"CN-ish name, with é"_s;
        auto fastPemCert = issuer.issuePem(device, *key);
        QVERIFY(fastPemCert.ok());
        auto fast = dwb::Certificate::fromPem(*fastPemCert);
        auto lib = dwb::issueDeviceCertificate(device, app, *key, *caKey, *anchor, 30);
        QVERIFY(fast.ok() && lib.ok());
        QCOMPARE(X509_get_version(fast->get()), X509_get_version(lib->get()));
        QCOMPARE(nameDer(X509_get_subject_name(fast->get())), nameDer(X509_get_subject_name(lib->get())));
        QCOMPARE(nameDer(X509_get_issuer_name(fast->get())), nameDer(X509_get_issuer_name(lib->get())));
        QCOMPARE(spkiDer(fast->get()), spkiDer(lib->get()));
        QCOMPARE(extensionsDer(fast->get()), extensionsDer(lib->get()));
        QCOMPARE(fast->subjectString(), dwb::deviceSubjectString(device, app));
        QVERIFY(fast->matches(*key));
        QVERIFY(fast->serialHex() != lib->serialHex());
        QCOMPARE(fast->notAfter().toSecsSinceEpoch() - fast->notBefore().toSecsSinceEpoch(), 30 * 86400);

        // openssl: both verify strictly as client certificates; the key reads back.
        QTemporaryDir dir;
        const QString ca = dir.filePath(u"ca.pem"_s), f = dir.filePath(u"fast.pem"_s), l = dir.filePath(u"lib.pem"_s),
                      k = dir.filePath(u"k.pem"_s);
        QVERIFY(dwb::writeFileAtomically(ca, anchor->toPem()).ok());
        QVERIFY(dwb::writeFileAtomically(f, fast->toPem()).ok());
        QVERIFY(dwb::writeFileAtomically(l, lib->toPem()).ok());
        QVERIFY(dwb::writeFileAtomically(k, fastPem->bytes(), dwb::FileMode::Secret).ok());
        QByteArray out;
        QCOMPARE(dwb::test::run(u"openssl"_s, {u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s,
                                               u"-CAfile"_s, ca, f, l},
                                &out),
                 0);
        QCOMPARE(out.count(": OK\n"), 2);
        QByteArray pubFromKey, pubFromCert;
        QCOMPARE(dwb::test::run(u"openssl"_s, {u"pkey"_s, u"-in"_s, k, u"-pubout"_s}, &pubFromKey), 0);
        QCOMPARE(dwb::test::run(u"openssl"_s, {u"x509"_s, u"-in"_s, f, u"-noout"_s, u"-pubkey"_s}, &pubFromCert), 0);
        QVERIFY(!pubFromKey.isEmpty());
        QCOMPARE(pubFromKey, pubFromCert);
    }

    void longNameFallsBackToTheProfileError()
    {
        auto caKey = dwb::PrivateKey::generate(KeyAlgorithm::Ed25519);
        auto anchor = dwb::createTrustAnchor(u"a"_s, *caKey, 30);
        dwb::BatchIssuer issuer(u"a"_s, *caKey, *anchor, 30);
        auto key = issuer.generateKey(KeyAlgorithm::Ed25519, nullptr);
        QVERIFY(key.ok());
        auto cert = issuer.issuePem(QString(65, u'x'), *key);
        QVERIFY(!cert.ok());
        QCOMPARE(cert.error().code, dwb::ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestBatchCrypto)
#include "test_batch_crypto.moc"
