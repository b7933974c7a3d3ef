// The batch's fast paths produce exactly what the generic crypto functions
// produce: the PKCS#8 PEM of a key byte for byte, and a device certificate
// whose TBS fields (version, subject, issuer, public key, extensions in
// order) have the same DER as issueDeviceCertificate's for the same key;
// openssl verifies both strictly and reads the key. Certificates assembled
// from the batch's DER template are the profile's byte for byte once serial
// and time are the same (whole certificates under an Ed25519 CA, whose
// signatures are deterministic), also when issued from several threads.
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/BatchCrypto.h"
#include "core/util/SafeFile.h"
#include "support/TestEnv.h"

#include <numeric>

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <QThreadPool>
#include <QtConcurrent>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <sys/wait.h>
#include <unistd.h>

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

// The first element of a DER SEQUENCE (a certificate's TBSCertificate), as
// it stands in the encoding.
QByteArray firstElement(const QByteArray &der)
{
    auto header = [&](qsizetype at, qsizetype *contents) -> qsizetype { // returns the header size
        if (at + 2 > der.size())
            return -1;
        const auto first = static_cast<unsigned char>(der[at + 1]);
        if (first < 0x80) {
            *contents = first;
            return 2;
        }
        const int k = first & 0x7f;
        if (k < 1 || k > 4 || at + 2 + k > der.size())
            return -1;
        qsizetype n = 0;
        for (int i = 0; i < k; ++i)
            n = (n << 8) | static_cast<unsigned char>(der[at + 2 + i]);
        *contents = n;
        return 2 + k;
    };
    qsizetype outer = 0, inner = 0;
    const qsizetype h = header(0, &outer);
    if (h < 0)
        return {};
    const qsizetype h2 = header(h, &inner);
    return h2 < 0 || h + h2 + inner > der.size() ? QByteArray() : der.mid(h, h2 + inner);
}

QByteArray certDer(const QByteArray &pem)
{
    QByteArray b64;
    for (const QByteArray &line : pem.split('\n')) {
        if (!line.startsWith("-----"))
            b64 += line;
    }
    return QByteArray::fromBase64(b64);
}

} // namespace

class TestBatchCrypto : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsGeneric_data()
    {
        QTest::addColumn<KeyAlgorithm>("deviceAlg");
        QTest::addColumn<KeyAlgorithm>("caAlg");
        QTest::addColumn<bool>("templated");
        QTest::newRow("ed25519 under ed25519") << KeyAlgorithm::Ed25519 << KeyAlgorithm::Ed25519 << true;
        QTest::newRow("p256 under p256") << KeyAlgorithm::EcdsaP256 << KeyAlgorithm::EcdsaP256 << true;
        QTest::newRow("p384 under p256") << KeyAlgorithm::EcdsaP384 << KeyAlgorithm::EcdsaP256 << true;
        QTest::newRow("ed25519 under p384") << KeyAlgorithm::Ed25519 << KeyAlgorithm::EcdsaP384 << true;
        QTest::newRow("p256 under rsa2048") << KeyAlgorithm::EcdsaP256 << KeyAlgorithm::Rsa2048 << true;
        QTest::newRow("rsa2048 (generic path)") << KeyAlgorithm::Rsa2048 << KeyAlgorithm::EcdsaP256 << false;
    }

    void sameAsGeneric()
    {
        QFETCH(KeyAlgorithm, deviceAlg);
        QFETCH(KeyAlgorithm, caAlg);
        QFETCH(bool, templated);
        const QString app = u"fast-app"_s;
        auto caKey = dwb::PrivateKey::generate(caAlg);
        QVERIFY(caKey.ok());
        // The anchor outlives the devices' 30 days (deviceValidityEnd would end
        // them with an anchor made a second earlier for as many days).
        auto anchor = dwb::createTrustAnchor(app, *caKey, 60);
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
        QVERIFY(!issuer.usesTemplate(deviceAlg)); // decided on the first certificate
        auto fastPemCert = issuer.issuePem(device, *key);
        QVERIFY(fastPemCert.ok());
        QCOMPARE(issuer.usesTemplate(deviceAlg), templated);
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

    // Same serial and notBefore: the template's TBSCertificate is the
    // profile's byte for byte (and under an Ed25519 CA the whole certificate),
    // for names whose lengths need DER's long form, and for a validity that
    // ends after 2049 (GeneralizedTime).
    void byteIdenticalToProfile_data()
    {
        QTest::addColumn<KeyAlgorithm>("deviceAlg");
        QTest::addColumn<KeyAlgorithm>("caAlg");
        QTest::addColumn<QString>("device");
        QTest::addColumn<int>("days");
        QTest::newRow("ed25519, ascii") << KeyAlgorithm::Ed25519 << KeyAlgorithm::Ed25519 << u"dev-1"_s << 365;
        QTest::newRow("ed25519, 64 x e-acute (long form)")
            << KeyAlgorithm::Ed25519 << KeyAlgorithm::Ed25519 << QString(64, u'\u00e9') << 30;
        QTest::newRow("ed25519, 32 emoji (64 UTF-16 units)") << KeyAlgorithm::Ed25519 << KeyAlgorithm::Ed25519
                                                            << QString(u"\U0001F600"_s).repeated(32) << 30;
        QTest::newRow("ed25519, 36500 days (GeneralizedTime)")
            << KeyAlgorithm::Ed25519 << KeyAlgorithm::Ed25519 << u"dev-2"_s << 36500;
        QTest::newRow("p256 under p256, 36500 days")
            << KeyAlgorithm::EcdsaP256 << KeyAlgorithm::EcdsaP256 << u"dev, \"quoted\" + 1"_s << 36500;
        QTest::newRow("p384 under p384") << KeyAlgorithm::EcdsaP384 << KeyAlgorithm::EcdsaP384 << u"dev-3"_s << 1;
        QTest::newRow("p256 under rsa2048") << KeyAlgorithm::EcdsaP256 << KeyAlgorithm::Rsa2048 << u"dev-4"_s << 365;
    }

    void byteIdenticalToProfile()
    {
        QFETCH(KeyAlgorithm, deviceAlg);
        QFETCH(KeyAlgorithm, caAlg);
        QFETCH(QString, device);
        QFETCH(int, days);
        const QString app = u"app \u00fc"_s;
        auto caKey = dwb::PrivateKey::generate(caAlg);
        QVERIFY(caKey.ok());
        auto anchor = dwb::createTrustAnchor(app, *caKey, 36500);
        QVERIFY(anchor.ok());
        dwb::BatchIssuer issuer(app, *caKey, *anchor, days);
        auto key = issuer.generateKey(deviceAlg, nullptr);
        QVERIFY(key.ok());
        auto pem = issuer.issuePem(device, *key);
        QVERIFY(pem.ok());
        QVERIFY(issuer.usesTemplate(deviceAlg));
        auto fast = dwb::Certificate::fromPem(*pem);
        QVERIFY(fast.ok());
        const QByteArray fastDer = certDer(*pem);
        QCOMPARE(fast->toPem(), *pem);

        auto lib = dwb::issueDeviceCertificate(device, app, *key, *caKey, *anchor, days, fast->notBefore());
        QVERIFY(lib.ok());
        QCOMPARE(X509_set_serialNumber(lib->get(), X509_get_serialNumber(fast->get())), 1);
        unsigned char *buf = nullptr;
        const int n = i2d_re_X509_tbs(lib->get(), &buf);
        QVERIFY(n > 0);
        const QByteArray libTbs(reinterpret_cast<const char *>(buf), n);
        OPENSSL_free(buf);
        QCOMPARE(firstElement(fastDer).toHex(), libTbs.toHex());
        // `days` long, but never past the anchor (the 36,500-day row ends with it).
        QCOMPARE(ASN1_TIME_cmp_time_t(X509_get0_notAfter(fast->get()),
                                      std::min(fast->notBefore().toSecsSinceEpoch() + qint64(days) * 86400,
                                               anchor->notAfter().toSecsSinceEpoch())),
                 0);
        QCOMPARE(ASN1_STRING_type(X509_get0_notAfter(fast->get())),
                 days == 36500 ? V_ASN1_GENERALIZEDTIME : V_ASN1_UTCTIME);
        QCOMPARE(X509_verify(fast->get(), X509_get0_pubkey(anchor->get())), 1);
        if (caAlg == KeyAlgorithm::Ed25519) {
            QVERIFY(X509_sign(lib->get(), caKey->get(), nullptr) > 0);
            const QByteArray libDer = der<X509, i2d_X509>(lib->get());
            QCOMPARE(libDer.toHex(), fastDer.toHex());
        }
    }

    // A device certificate never outlives its anchor (deviceValidityEnd, the
    // profile's rule): 365 days asked under an anchor with 30 left end with the
    // anchor, on the template path as on the profile's; an anchor that has
    // expired signs nothing, with the profile's message.
    void endsWithItsAnchor()
    {
        auto caKey = dwb::PrivateKey::generate(KeyAlgorithm::Ed25519);
        QVERIFY(caKey.ok());
        auto anchor = dwb::createTrustAnchor(u"a"_s, *caKey, 30);
        QVERIFY(anchor.ok());
        dwb::BatchIssuer issuer(u"a"_s, *caKey, *anchor, 365);
        for (KeyAlgorithm alg : {KeyAlgorithm::Ed25519, KeyAlgorithm::EcdsaP256, KeyAlgorithm::Rsa2048}) {
            auto key = issuer.generateKey(alg, nullptr);
            QVERIFY(key.ok());
            auto pem = issuer.issuePem(u"dev"_s, *key);
            QVERIFY2(pem.ok(), pem.ok() ? "" : qPrintable(pem.error().message));
            auto cert = dwb::Certificate::fromPem(*pem);
            QVERIFY(cert.ok());
            QCOMPARE(cert->notAfter(), anchor->notAfter());
        }
        QVERIFY(issuer.usesTemplate(KeyAlgorithm::Ed25519));

        const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-40);
        auto expired = dwb::createTrustAnchor(u"a"_s, *caKey, 30, longAgo);
        QVERIFY(expired.ok());
        dwb::BatchIssuer late(u"a"_s, *caKey, *expired, 365);
        auto key = late.generateKey(KeyAlgorithm::Ed25519, nullptr);
        QVERIFY(key.ok());
        auto refused = late.issuePem(u"dev"_s, *key);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, dwb::ErrorCode::InvalidArgument);
        QVERIFY2(refused.error().message.contains(u"expired on"_s), qPrintable(refused.error().message));
    }

    void longNameFallsBackToTheProfileError()
    {
        auto caKey = dwb::PrivateKey::generate(KeyAlgorithm::Ed25519);
        auto anchor = dwb::createTrustAnchor(u"a"_s, *caKey, 30);
        dwb::BatchIssuer issuer(u"a"_s, *caKey, *anchor, 30);
        auto key = issuer.generateKey(KeyAlgorithm::Ed25519, nullptr);
        QVERIFY(key.ok());
        QVERIFY(issuer.issuePem(QString(64, u'x'), *key).ok());
        QVERIFY(issuer.usesTemplate(KeyAlgorithm::Ed25519));
        for (const QString &name : {QString(65, u'x'), QString(u"\U0001F600"_s).repeated(33), QString()}) {
            auto cert = issuer.issuePem(name, *key);
            QVERIFY(!cert.ok());
            QCOMPARE(cert.error().code, dwb::ErrorCode::InvalidArgument);
        }
    }

    // An anchor that is not a CA certificate: the profile's error, never a
    // certificate from the template.
    void nonCaAnchorGivesTheProfileError()
    {
        auto caKey = dwb::PrivateKey::generate(KeyAlgorithm::Ed25519);
        auto anchor = dwb::createTrustAnchor(u"a"_s, *caKey, 30);
        QVERIFY(anchor.ok());
        auto leaf = dwb::issueDeviceCertificate(u"not-a-ca"_s, u"a"_s, *caKey, *caKey, *anchor, 30);
        QVERIFY(leaf.ok());
        dwb::BatchIssuer issuer(u"a"_s, *caKey, *leaf, 30);
        auto key = issuer.generateKey(KeyAlgorithm::Ed25519, nullptr);
        QVERIFY(key.ok());
        auto cert = issuer.issuePem(u"dev"_s, *key);
        QVERIFY(!cert.ok());
        QCOMPARE(cert.error().code, dwb::ErrorCode::InvalidArgument);
        QVERIFY(!issuer.usesTemplate(KeyAlgorithm::Ed25519));
    }

    // 200 certificates from 4 threads at once (one signing context per thread
    // and issuer): openssl verifies every one, the serials are distinct.
    // Serials come from a per-thread random pool; a forked child must not
    // hand out the parent's next serials.
    void forkedChildDrawsOtherSerials()
    {
        auto caKey = dwb::PrivateKey::generate(KeyAlgorithm::Ed25519);
        auto anchor = dwb::createTrustAnchor(u"a"_s, *caKey, 30);
        QVERIFY(caKey.ok() && anchor.ok());
        dwb::BatchIssuer issuer(u"a"_s, *caKey, *anchor, 30);
        auto key = issuer.generateKey(KeyAlgorithm::Ed25519, nullptr);
        QVERIFY(key.ok());
        auto serialOf = [&]() -> QString {
            auto pem = issuer.issuePem(u"dev"_s, *key);
            auto cert = pem ? dwb::Certificate::fromPem(*pem) : dwb::Result<dwb::Certificate>(pem.error());
            return cert ? cert->serialHex() : QString();
        };
        QVERIFY(!serialOf().isEmpty()); // the pool of this thread is filled
        QVERIFY(issuer.usesTemplate(KeyAlgorithm::Ed25519));
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            const QByteArray serial = serialOf().toLatin1();
            const ssize_t n = ::write(fds[1], serial.constData(), static_cast<size_t>(serial.size()));
            ::_exit(n == serial.size() ? 0 : 1);
        }
        ::close(fds[1]);
        QByteArray fromChild;
        char buf[128];
        for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;)
            fromChild.append(buf, n);
        ::close(fds[0]);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        const QString parent = serialOf();
        QVERIFY(!fromChild.isEmpty() && !parent.isEmpty());
        QVERIFY2(QString::fromLatin1(fromChild) != parent, qPrintable(parent));
    }

    void concurrentIssuing_data()
    {
        QTest::addColumn<KeyAlgorithm>("deviceAlg");
        QTest::addColumn<KeyAlgorithm>("caAlg");
        QTest::newRow("ed25519 under ed25519") << KeyAlgorithm::Ed25519 << KeyAlgorithm::Ed25519;
        QTest::newRow("p256 under p256") << KeyAlgorithm::EcdsaP256 << KeyAlgorithm::EcdsaP256;
    }

    void concurrentIssuing()
    {
        QFETCH(KeyAlgorithm, deviceAlg);
        QFETCH(KeyAlgorithm, caAlg);
        auto caKey = dwb::PrivateKey::generate(caAlg);
        auto anchor = dwb::createTrustAnchor(u"app"_s, *caKey, 30);
        QVERIFY(anchor.ok());
        dwb::BatchIssuer issuer(u"app"_s, *caKey, *anchor, 30);
        constexpr int kCount = 200;
        QList<int> items(kCount);
        std::iota(items.begin(), items.end(), 0);
        QList<QByteArray> pems(kCount);
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        QtConcurrent::blockingMap(&pool, items, [&](int i) {
            auto key = issuer.generateKey(deviceAlg, nullptr);
            if (!key)
                return;
            auto pem = issuer.issuePem(u"dev-%1"_s.arg(i), *key);
            if (pem)
                pems[i] = *pem;
        });
        QVERIFY(issuer.usesTemplate(deviceAlg));
        QTemporaryDir dir;
        const QString ca = dir.filePath(u"ca.pem"_s);
        QVERIFY(dwb::test::writeFile(ca, anchor->toPem()));
        QStringList files;
        QSet<QString> serials;
        for (int i = 0; i < kCount; ++i) {
            QVERIFY2(!pems[i].isEmpty(), qPrintable(u"certificate %1"_s.arg(i)));
            auto cert = dwb::Certificate::fromPem(pems[i]);
            QVERIFY(cert.ok());
            QCOMPARE(cert->subjectString(), dwb::deviceSubjectString(u"dev-%1"_s.arg(i), u"app"_s));
            serials.insert(cert->serialHex());
            files.append(dir.filePath(u"dev-%1.pem"_s.arg(i)));
            QVERIFY(dwb::test::writeFile(files.last(), pems[i]));
        }
        QCOMPARE(serials.size(), kCount);
        QByteArray out;
        QCOMPARE(dwb::test::opensslVerifyAll(ca, files, &out), kCount);
    }
};

QTEST_GUILESS_MAIN(TestBatchCrypto)
#include "test_batch_crypto.moc"
