// Certificate requests (PKCS#10), made by the openssl command line for all
// six algorithms, as a board or a gateway would: read from PEM (also inside
// console text with CRLF, and with the old NEW CERTIFICATE REQUEST header) and
// DER; inspected (subject, key, requested SANs and key usage, signature);
// signed into a device certificate that `openssl verify -x509_strict -purpose
// sslclient` accepts, carries the request's public key, and copies nothing
// from the request that was not asked for. P-521, RSA-1024, a tampered
// signature and an empty subject are refused with their reason, unsigned.
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/Importer.h"
#include "core/crypto/Profiles.h"
#include "core/crypto/RequestInspection.h"
#include "support/TestEnv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dwb;
using namespace Qt::StringLiterals;

namespace {

const QStringList kSanConfig{u"-addext"_s, u"subjectAltName=DNS:board-7.lab,IP:10.0.0.7"_s,
                             u"-addext"_s, u"keyUsage=critical,digitalSignature"_s,
                             // asked for, never to be copied: a board must not become a CA
                             u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s};

} // namespace

class TestCertificateRequest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    PrivateKey m_caKey;
    Certificate m_ca;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A key made by openssl (the board's) and a request for it.
    void makeRequest(const QStringList &keyArgs, const QString &name, const QString &subject,
                     const QStringList &extra = kSanConfig)
    {
        QByteArray err;
        QVERIFY2(test::openssl(QStringList{u"genpkey"_s} + keyArgs + QStringList{u"-out"_s, path(name + u".key"_s)},
                               nullptr, &err) == 0, err.constData());
        QVERIFY2(test::openssl(QStringList{u"req"_s, u"-new"_s, u"-key"_s, path(name + u".key"_s), u"-subj"_s, subject,
                                           u"-out"_s, path(name + u".csr"_s)} + extra,
                               nullptr, &err) == 0, err.constData());
    }

    QByteArray opensslPublicKeyDer(const QString &file, const QStringList &in)
    {
        QByteArray out;
        test::openssl(in + QStringList{file, u"-pubout"_s, u"-outform"_s, u"DER"_s}, &out);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto key = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
        QVERIFY(key);
        m_caKey = *key;
        auto ca = createTrustAnchor(u"plant"_s, m_caKey, 30);
        QVERIFY(ca);
        m_ca = *ca;
        QVERIFY(test::writeFile(path(u"ca.pem"_s), m_ca.toPem()));
    }

    void signsEveryAlgorithm_data()
    {
        QTest::addColumn<QStringList>("keyArgs");
        QTest::addColumn<QString>("keyType");
        QTest::newRow("rsa2048") << QStringList{u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:2048"_s} << u"RSA"_s;
        QTest::newRow("rsa3072") << QStringList{u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:3072"_s} << u"RSA"_s;
        QTest::newRow("rsa4096") << QStringList{u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:4096"_s} << u"RSA"_s;
        QTest::newRow("p256") << QStringList{u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s} << u"EC P-256"_s;
        QTest::newRow("p384") << QStringList{u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-384"_s} << u"EC P-384"_s;
        QTest::newRow("ed25519") << QStringList{u"-algorithm"_s, u"ED25519"_s} << u"Ed25519"_s;
    }

    void signsEveryAlgorithm()
    {
        QFETCH(QStringList, keyArgs);
        QFETCH(QString, keyType);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        makeRequest(keyArgs, name, u"/CN=board-7/O=Board Maker"_s);

        auto request = CertificateRequest::fromData(test::readFile(path(name + u".csr"_s)));
        QVERIFY2(request, request ? "" : qPrintable(request.error().message));
        const RequestInfo info = inspectRequest(*request);
        QCOMPARE(info.subject, u"CN=board-7, O=Board Maker"_s);
        QCOMPARE(info.commonName, u"board-7"_s);
        QCOMPARE(info.keyType, keyType);
        QVERIFY(info.signatureValid);
        QVERIFY2(info.verdict.accepted, qPrintable(info.verdict.reasons.join(u' ')));
        QCOMPARE(info.subjectAltNames, (QStringList{u"DNS:board-7.lab"_s, u"IP Address:10.0.0.7"_s}));
        QCOMPARE(info.keyUsage, QStringList{u"Digital Signature"_s});
        // The fingerprint is of the board's key, as openssl sees it.
        const QByteArray boardPub = opensslPublicKeyDer(path(name + u".key"_s), {u"pkey"_s, u"-in"_s});
        QVERIFY(!boardPub.isEmpty());
        QCOMPARE(request->publicKey().publicKeyDer(), boardPub);

        auto cert = issueDeviceCertificateForRequest(u"board-7"_s, u"plant"_s, *request, m_caKey, m_ca);
        QVERIFY2(cert, cert ? "" : qPrintable(cert.error().message));
        QCOMPARE(cert->subjectString(), u"CN=board-7, O=Drogue IoT, OU=plant"_s);
        QCOMPARE(cert->publicKey().publicKeyDer(), boardPub);
        QVERIFY(!cert->isCa()); // the requested CA:TRUE was not copied
        const CertificateInfo ci = inspectCertificate(*cert);
        QVERIFY(ci.subjectAltNames.isEmpty()); // SANs only when asked
        QVERIFY2(ci.deviceVerdict.accepted, qPrintable(ci.deviceVerdict.reasons.join(u' ')));
        const QString certFile = path(name + u".pem"_s);
        QVERIFY(test::writeFile(certFile, cert->toPem()));
        QByteArray out;
        QCOMPARE(test::opensslVerifyAll(path(u"ca.pem"_s), {certFile}, &out), 1);
    }

    void keepsSubjectAndCopiesSansOnlyWhenAsked()
    {
        makeRequest({u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s}, u"keep"_s,
                    u"/CN=atecc-0123/O=Lab/OU=plant"_s);
        auto request = CertificateRequest::fromData(test::readFile(path(u"keep.csr"_s)));
        QVERIFY(request);
        RequestSigning how;
        how.keepSubject = true;
        how.copySubjectAltNames = true;
        auto cert = issueDeviceCertificateForRequest(u"ignored"_s, u"plant"_s, *request, m_caKey, m_ca, how);
        QVERIFY2(cert, cert ? "" : qPrintable(cert.error().message));
        QCOMPARE(cert->subjectString(), u"CN=atecc-0123, O=Lab, OU=plant"_s);
        const CertificateInfo ci = inspectCertificate(*cert);
        QCOMPARE(ci.subjectAltNames, (QStringList{u"DNS:board-7.lab"_s, u"IP Address:10.0.0.7"_s}));
        QVERIFY(ci.keyUsage.isEmpty());        // the request's keyUsage is not copied
        QVERIFY(!ci.isCa);
        QCOMPARE(ci.extendedKeyUsage.size(), 2); // the device profile's serverAuth + clientAuth
        QVERIFY(test::writeFile(path(u"keep.pem"_s), cert->toPem()));
        QByteArray out;
        QCOMPARE(test::opensslVerifyAll(path(u"ca.pem"_s), {path(u"keep.pem"_s)}, &out), 1);
    }

    void readsConsolePastesAndDer()
    {
        makeRequest({u"-algorithm"_s, u"ED25519"_s}, u"console"_s, u"/CN=esp32-c3"_s, {});
        const QByteArray pem = test::readFile(path(u"console.csr"_s));
        // A serial console: log lines around the block, CRLF line endings,
        // and the old header some tools still print.
        QByteArray pasted = "I (312) app: board ready\r\nI (318) csr: here it comes\r\n" + pem + "I (400) app: done\r\n";
        pasted.replace("\n", "\r\n").replace("\r\r\n", "\r\n");
        QByteArray old = pasted;
        old.replace("BEGIN CERTIFICATE REQUEST", "BEGIN NEW CERTIFICATE REQUEST")
            .replace("END CERTIFICATE REQUEST", "END NEW CERTIFICATE REQUEST");
        QByteArray der;
        QCOMPARE(test::openssl({u"req"_s, u"-in"_s, path(u"console.csr"_s), u"-outform"_s, u"DER"_s}, &der), 0);
        const auto reference = CertificateRequest::fromData(pem);
        QVERIFY(reference);
        for (const QByteArray &data : {pasted, old, der}) {
            auto r = CertificateRequest::fromData(data);
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QVERIFY(*r == *reference);
            QCOMPARE(r->subjectString(), u"CN=esp32-c3"_s);
            // The importer (inspector, dwb inspect) finds it too.
            auto bundle = importData(data);
            QVERIFY2(bundle, bundle ? "" : qPrintable(bundle.error().message));
            QCOMPARE(bundle->items.size(), 1);
            QCOMPARE(bundle->items.first().kind, ImportedItem::Kind::Request);
            QVERIFY(bundle->items.first().request == *reference);
        }
    }

    void refusesWithTheReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("code");
        QTest::newRow("p521") << u"p521"_s << u"is not one Drogue accepts"_s << int(ErrorCode::UnsupportedKey);
        QTest::newRow("rsa1024") << u"rsa1024"_s << u"is not one Drogue accepts"_s << int(ErrorCode::UnsupportedKey);
        QTest::newRow("tampered") << u"tampered"_s << u"signature does not verify"_s << int(ErrorCode::Mismatch);
        QTest::newRow("no subject") << u"nosubject"_s << u"has no subject"_s << int(ErrorCode::InvalidArgument);
    }

    void refusesWithTheReason()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        QFETCH(int, code);
        if (name == u"p521"_s)
            makeRequest({u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-521"_s}, name, u"/CN=b"_s);
        else if (name == u"rsa1024"_s)
            makeRequest({u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:1024"_s}, name, u"/CN=b"_s);
        else if (name == u"nosubject"_s)
            makeRequest({u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s}, name, u"/"_s, {});
        else
            makeRequest({u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s}, name, u"/CN=board-9"_s, {});
        QByteArray data = test::readFile(path(name + u".csr"_s));
        if (name == u"tampered"_s) {
            // Change the subject inside the signed part (DER): CN board-9 -> board-8.
            QByteArray der;
            QCOMPARE(test::openssl({u"req"_s, u"-in"_s, path(name + u".csr"_s), u"-outform"_s, u"DER"_s}, &der), 0);
            const qsizetype at = der.indexOf("board-9");
            QVERIFY(at > 0);
            der[at + 6] = '8';
            data = der;
        }
        auto request = CertificateRequest::fromData(data);
        QVERIFY2(request, request ? "" : qPrintable(request.error().message));
        const RequestInfo info = inspectRequest(*request);
        QVERIFY(!info.verdict.accepted);
        QVERIFY2(info.verdict.reasons.join(u' ').contains(reason), qPrintable(info.verdict.reasons.join(u' ')));
        auto cert = issueDeviceCertificateForRequest(u"b"_s, u"plant"_s, *request, m_caKey, m_ca);
        QVERIFY(!cert);
        QCOMPARE(int(cert.error().code), code);
        QVERIFY2(cert.error().message.contains(reason) && cert.error().message.contains(u"nothing was signed"_s),
                 qPrintable(cert.error().message));
    }

    void notARequest()
    {
        auto r = CertificateRequest::fromData("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::UnknownFormat);
        auto cut = CertificateRequest::fromData("-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n");
        QVERIFY(!cut);
        QCOMPARE(cut.error().code, ErrorCode::Truncated);
        auto junk = CertificateRequest::fromData(QByteArray(64, '\x01'));
        QVERIFY(!junk);
        QCOMPARE(junk.error().code, ErrorCode::UnknownFormat);
    }
};

QTEST_GUILESS_MAIN(TestCertificateRequest)
#include "test_certificate_request.moc"
