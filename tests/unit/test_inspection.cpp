// Inspection: Drogue subject string, fingerprints, extension lists, the
// device verdict and chain verification, against openssl-made certificates.
#include "core/crypto/Certificate.h"
#include "core/crypto/Importer.h"
#include "core/crypto/Inspection.h"
#include "core/crypto/Profiles.h"
#include "support/TestEnv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;
using namespace dwb;

namespace {

QString g_dir;
QString path(const QString &name) { return g_dir + u'/' + name; }

int openssl(const QStringList &args, QByteArray *out = nullptr) { return dwb::test::openssl(args, out); }

QByteArray readFile(const QString &name) { return dwb::test::readFile(path(name)); }

void writeFile(const QString &name, const QByteArray &data) { QVERIFY(dwb::test::writeFile(path(name), data)); }

Certificate load(const QString &name)
{
    auto c = importCertificates(readFile(name));
    if (!c || c->isEmpty())
        return {};
    return c->first();
}

QString reasons(const DrogueVerdict &v) { return v.reasons.join(u" | "_s); }

} // namespace

class TestInspection : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    PrivateKey m_caKey, m_devKey;
    Certificate m_anchor;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        g_dir = m_dir.path();
        QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                          u"-out"_s, path(u"ec.key"_s)}),
                 0);
        QCOMPARE(openssl({u"req"_s, u"-x509"_s, u"-new"_s, u"-key"_s, path(u"ec.key"_s), u"-days"_s, u"10"_s,
                          u"-subj"_s, u"/C=DE/ST=Bavaria/L=Munich/O=Org/OU=Unit/CN=name"_s, u"-out"_s,
                          path(u"full.pem"_s)}),
                 0);
        m_caKey = PrivateKey::generate(KeyAlgorithm::EcdsaP256).value();
        m_devKey = PrivateKey::generate(KeyAlgorithm::Ed25519).value();
        m_anchor = createTrustAnchor(u"app"_s, m_caKey).value();
    }

    void subjectStrings()
    {
        const Certificate c = load(u"full.pem"_s);
        QVERIFY(!c.isNull());
        QCOMPARE(c.subjectString(), u"C=DE, ST=Bavaria, L=Munich, O=Org, OU=Unit, CN=name"_s);
        QCOMPARE(c.issuerString(), c.subjectString());
        QCOMPARE(c.subjectRfc4514(), u"CN=name,OU=Unit,O=Org,L=Munich,ST=Bavaria,C=DE"_s);
        QByteArray out;
        QCOMPARE(openssl({u"x509"_s, u"-noout"_s, u"-subject"_s, u"-nameopt"_s, u"RFC2253"_s, u"-in"_s,
                          path(u"full.pem"_s)},
                         &out),
                 0);
        QCOMPARE(out.trimmed(), "subject=" + c.subjectRfc4514().toUtf8());
        const CertificateInfo info = inspectCertificate(c);
        QCOMPARE(info.subject, c.subjectString());
        QCOMPARE(info.version, 3);
        QVERIFY(info.selfSigned);
    }

    void commasNotEscaped()
    {
        QCOMPARE(openssl({u"req"_s, u"-x509"_s, u"-new"_s, u"-key"_s, path(u"ec.key"_s), u"-days"_s, u"10"_s,
                          u"-multivalue-rdn"_s, u"-subj"_s, u"/O=Acme\\, Inc./CN=a+OU=b"_s, u"-out"_s, path(u"comma.pem"_s)}),
                 0);
        const Certificate c = load(u"comma.pem"_s);
        QVERIFY(!c.isNull());
        // No escaping; a multi-valued RDN's values joined with " + ", in DER order.
        QCOMPARE(c.subjectString(), u"O=Acme, Inc., CN=a + OU=b"_s);
        QVERIFY2(c.subjectRfc4514().contains(u"Acme\\, Inc."_s), qPrintable(c.subjectRfc4514()));
    }

    void fingerprints()
    {
        const Certificate c = load(u"full.pem"_s);
        const CertificateInfo info = inspectCertificate(c);
        QByteArray out;
        QCOMPARE(openssl({u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, path(u"full.pem"_s)}, &out), 0);
        // openssl prints "<digest> Fingerprint=AA:BB:…" (the digest's case varies by version).
        const auto value = [](const QByteArray &line) { return QString::fromLatin1(line.trimmed().mid(line.indexOf('=') + 1)); };
        QVERIFY2(out.contains("Fingerprint="), out.constData());
        QCOMPARE(info.sha256Fingerprint, value(out));
        QCOMPARE(openssl({u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha1"_s, u"-in"_s, path(u"full.pem"_s)}, &out), 0);
        QCOMPARE(info.sha1Fingerprint, value(out));
        QCOMPARE(c.fingerprint(QCryptographicHash::Sha256),
                 QCryptographicHash::hash(c.toDer(), QCryptographicHash::Sha256));
    }

    void extensionLists()
    {
        writeFile(u"ext.cnf"_s,
                  "subjectAltName=DNS:localhost,IP:127.0.0.1,email:a@example.com\n"
                  "keyUsage=critical,digitalSignature,keyEncipherment\n"
                  "extendedKeyUsage=clientAuth,serverAuth\n"
                  "basicConstraints=CA:FALSE\n");
        QCOMPARE(openssl({u"req"_s, u"-new"_s, u"-key"_s, path(u"ec.key"_s), u"-subj"_s, u"/CN=ext"_s, u"-out"_s,
                          path(u"ext.csr"_s)}),
                 0);
        QCOMPARE(openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(u"ext.csr"_s), u"-CA"_s, path(u"full.pem"_s),
                          u"-CAkey"_s, path(u"ec.key"_s), u"-days"_s, u"5"_s, u"-extfile"_s, path(u"ext.cnf"_s),
                          u"-out"_s, path(u"ext.pem"_s)}),
                 0);
        const Certificate c = load(u"ext.pem"_s);
        const CertificateInfo info = inspectCertificate(c);
        QCOMPARE(info.subjectAltNames,
                 (QStringList{u"DNS:localhost"_s, u"IP Address:127.0.0.1"_s, u"email:a@example.com"_s}));
        QCOMPARE(info.keyUsage, (QStringList{u"Digital Signature"_s, u"Key Encipherment"_s}));
        QCOMPARE(info.extendedKeyUsage.size(), 2);
        QVERIFY2(info.extendedKeyUsage.join(u' ').contains(u"Client Authentication"_s) ||
                     info.extendedKeyUsage.contains(u"clientAuth"_s),
                 qPrintable(info.extendedKeyUsage.join(u", "_s)));
        QVERIFY(!info.isCa);
        QCOMPARE(info.keyType, u"EC P-256"_s);
        QCOMPARE(info.signatureAlgorithm, u"ecdsa-with-SHA256"_s);
        bool kuCritical = false;
        for (const ExtensionInfo &e : info.extensions)
            if (e.oid == u"2.5.29.15"_s)
                kuCritical = e.critical;
        QVERIFY(kuCritical);
        // It has clientAuth, v3, P-256, not a CA: accepted.
        QVERIFY2(info.deviceVerdict.accepted, qPrintable(reasons(info.deviceVerdict)));
    }

    // drg (and bench/openssl-enroll.sh, the manual flow) make anchors with
    // basicConstraints and subjectKeyIdentifier only, no keyUsage; Drogue
    // Cloud accepts their devices, so the chain check (inspector, sandbox
    // broker) must too. openssl verify without -x509_strict agrees.
    void drgStyleAnchorWithoutKeyUsage()
    {
        QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"ed25519"_s, u"-out"_s, path(u"drg-ca.key"_s)}), 0);
        QCOMPARE(openssl({u"req"_s, u"-x509"_s, u"-new"_s, u"-key"_s, path(u"drg-ca.key"_s), u"-days"_s, u"10"_s,
                          u"-subj"_s, u"/CN=app/O=Drogue IoT/OU=Cloud"_s, u"-addext"_s,
                          u"basicConstraints=critical,CA:TRUE"_s, u"-out"_s, path(u"drg-ca.pem"_s)}),
                 0);
        QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"ed25519"_s, u"-out"_s, path(u"drg-dev.key"_s)}), 0);
        QCOMPARE(openssl({u"req"_s, u"-new"_s, u"-key"_s, path(u"drg-dev.key"_s), u"-subj"_s,
                          u"/CN=dev/O=Drogue IoT/OU=app"_s, u"-out"_s, path(u"drg-dev.csr"_s)}),
                 0);
        writeFile(u"drg-ext.cnf"_s, "extendedKeyUsage=serverAuth,clientAuth\n");
        QCOMPARE(openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(u"drg-dev.csr"_s), u"-CA"_s, path(u"drg-ca.pem"_s),
                          u"-CAkey"_s, path(u"drg-ca.key"_s), u"-set_serial"_s, u"7"_s, u"-days"_s, u"5"_s,
                          u"-extfile"_s, path(u"drg-ext.cnf"_s), u"-out"_s, path(u"drg-dev.pem"_s)}),
                 0);
        const Certificate ca = load(u"drg-ca.pem"_s), dev = load(u"drg-dev.pem"_s);
        QVERIFY(!ca.isNull() && !dev.isNull());
        QCOMPARE(X509_get_key_usage(ca.get()), UINT32_MAX); // precondition: no keyUsage at all
        QCOMPARE(openssl({u"verify"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s, path(u"drg-ca.pem"_s),
                          path(u"drg-dev.pem"_s)}),
                 0);
        ChainResult r = verifyChain(dev, {ca});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.anchorIndex, 0);
        // Still refused: a device certificate signed by a key that is not the anchor's.
        auto otherKey = PrivateKey::generate(KeyAlgorithm::Ed25519);
        auto other = createTrustAnchor(u"app"_s, *otherKey, 10);
        QVERIFY(other);
        r = verifyChain(dev, {*other});
        QVERIFY(!r.ok);
    }

    void verdictAcceptsOurDevice()
    {
        auto dev = issueDeviceCertificate(u"dev1"_s, u"app"_s, m_devKey, m_caKey, m_anchor);
        QVERIFY(dev);
        const DrogueVerdict v = drogueDeviceVerdict(*dev);
        QVERIFY2(v.accepted, qPrintable(reasons(v)));
        QVERIFY(v.reasons.isEmpty());
    }

    void verdictRefuses_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("reason");
        QTest::newRow("ca") << u"ca"_s << u"CA certificate"_s;
        QTest::newRow("no clientAuth") << u"noeku"_s << u"clientAuth"_s;
        QTest::newRow("p521") << u"p521"_s << u"P-521"_s;
        QTest::newRow("expired") << u"expired"_s << u"expired"_s;
        QTest::newRow("v1") << u"v1"_s << u"version 1"_s;
        QTest::newRow("not yet valid") << u"future"_s << u"not valid yet"_s;
    }

    void verdictRefuses()
    {
        QFETCH(QString, what);
        QFETCH(QString, reason);
        Certificate c;
        if (what == u"ca"_s) {
            c = m_anchor;
        } else if (what == u"noeku"_s) {
            QCOMPARE(openssl({u"req"_s, u"-new"_s, u"-key"_s, path(u"ec.key"_s), u"-subj"_s, u"/CN=noeku"_s,
                              u"-out"_s, path(u"noeku.csr"_s)}),
                     0);
            writeFile(u"noeku.cnf"_s, "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
            QCOMPARE(openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(u"noeku.csr"_s), u"-CA"_s, path(u"full.pem"_s),
                              u"-CAkey"_s, path(u"ec.key"_s), u"-days"_s, u"5"_s, u"-extfile"_s,
                              path(u"noeku.cnf"_s), u"-out"_s, path(u"noeku.pem"_s)}),
                     0);
            c = load(u"noeku.pem"_s);
        } else if (what == u"p521"_s) {
            QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-521"_s,
                              u"-out"_s, path(u"p521.key"_s)}),
                     0);
            auto k = importPrivateKey(readFile(u"p521.key"_s));
            QVERIFY(k);
            c = issueDeviceCertificate(u"dev521"_s, u"app"_s, *k, m_caKey, m_anchor).value();
        } else if (what == u"expired"_s) {
            c = issueDeviceCertificate(u"old"_s, u"app"_s, m_devKey, m_caKey, m_anchor, 1,
                                       QDateTime::currentDateTimeUtc().addDays(-3))
                    .value();
        } else if (what == u"future"_s) {
            c = issueDeviceCertificate(u"new"_s, u"app"_s, m_devKey, m_caKey, m_anchor, 10,
                                       QDateTime::currentDateTimeUtc().addDays(3))
                    .value();
        } else if (what == u"v1"_s) {
            QCOMPARE(openssl({u"req"_s, u"-new"_s, u"-key"_s, path(u"ec.key"_s), u"-subj"_s, u"/CN=v1"_s, u"-out"_s,
                              path(u"v1.csr"_s)}),
                     0);
            QCOMPARE(openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(u"v1.csr"_s), u"-CA"_s, path(u"full.pem"_s),
                              u"-CAkey"_s, path(u"ec.key"_s), u"-days"_s, u"5"_s, u"-out"_s, path(u"v1.pem"_s)}),
                     0);
            c = load(u"v1.pem"_s);
            if (c.version() != 1)
                QSKIP("this openssl x509 -req makes a v3 certificate even without -extfile");
        }
        QVERIFY(!c.isNull());
        const DrogueVerdict v = drogueDeviceVerdict(c);
        QVERIFY(!v.accepted);
        QVERIFY2(reasons(v).contains(reason), qPrintable(reasons(v)));
        QCOMPARE(inspectCertificate(c).deviceVerdict.accepted, false);
    }

    void validityState()
    {
        const QDateTime nb = QDateTime::currentDateTimeUtc().addDays(-3);
        auto c = issueDeviceCertificate(u"old"_s, u"app"_s, m_devKey, m_caKey, m_anchor, 1, nb);
        QVERIFY(c);
        QCOMPARE(inspectCertificate(*c).validity, ValidityState::Expired);
        QCOMPARE(inspectCertificate(*c, nb.addSecs(3600)).validity, ValidityState::Valid);
        QCOMPARE(inspectCertificate(*c, nb.addSecs(-3600)).validity, ValidityState::NotYetValid);
        QVERIFY(drogueDeviceVerdict(*c, nb.addSecs(3600)).accepted);
    }

    void verifyChainAnchors()
    {
        auto otherKey = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
        QVERIFY(otherKey);
        auto other = createTrustAnchor(u"other-app"_s, *otherKey);
        QVERIFY(other);
        auto dev = issueDeviceCertificate(u"dev1"_s, u"app"_s, m_devKey, m_caKey, m_anchor);
        QVERIFY(dev);

        ChainResult r = verifyChain(*dev, {m_anchor});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.anchorIndex, 0);
        r = verifyChain(*dev, {*other, m_anchor});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.anchorIndex, 1);

        r = verifyChain(*dev, {*other});
        QVERIFY(!r.ok);
        QCOMPARE(r.anchorIndex, -1);
        QVERIFY(!r.error.isEmpty());

        r = verifyChain(*dev, {});
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());

        // Anchor with the same name but another key: not trusted.
        auto sameNameKey = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
        auto sameName = createTrustAnchor(u"app"_s, *sameNameKey);
        QVERIFY(sameName);
        r = verifyChain(*dev, {*sameName});
        QVERIFY(!r.ok);

        auto expired = issueDeviceCertificate(u"old"_s, u"app"_s, m_devKey, m_caKey, m_anchor, 1,
                                              QDateTime::currentDateTimeUtc().addDays(-3));
        QVERIFY(expired);
        r = verifyChain(*expired, {m_anchor});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"expired"_s, Qt::CaseInsensitive), qPrintable(r.error));
        // ... but fine at a time within its validity (and within an anchor's).
        auto oldAnchor = createTrustAnchor(u"app"_s, m_caKey, 30, QDateTime::currentDateTimeUtc().addDays(-5));
        QVERIFY(oldAnchor);
        auto expired2 = issueDeviceCertificate(u"old"_s, u"app"_s, m_devKey, m_caKey, *oldAnchor, 1,
                                               QDateTime::currentDateTimeUtc().addDays(-3));
        QVERIFY(expired2);
        r = verifyChain(*expired2, {*oldAnchor});
        QVERIFY(!r.ok);
        r = verifyChain(*expired2, {*oldAnchor}, {}, QDateTime::currentDateTimeUtc().addDays(-3).addSecs(600));
        QVERIFY2(r.ok, qPrintable(r.error));
        // LeafTime::Apart: the leaf's own period is judged elsewhere; the
        // signature still counts, and so does the anchor's period.
        r = verifyChain(*expired2, {*oldAnchor}, {}, QDateTime::currentDateTimeUtc(), LeafTime::Apart);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.anchorIndex, 0);
        r = verifyChain(*expired2, {*sameName}, {}, QDateTime::currentDateTimeUtc(), LeafTime::Apart);
        QVERIFY(!r.ok);
        r = verifyChain(*expired2, {*oldAnchor}, {}, QDateTime::currentDateTimeUtc().addDays(40), LeafTime::Apart);
        QVERIFY(!r.ok); // the anchor has expired by then

        // Cross-check with openssl verify.
        writeFile(u"anchor.pem"_s, m_anchor.toPem());
        writeFile(u"other.pem"_s, other->toPem());
        writeFile(u"dev.pem"_s, dev->toPem());
        QCOMPARE(openssl({u"verify"_s, u"-x509_strict"_s, u"-CAfile"_s, path(u"anchor.pem"_s), path(u"dev.pem"_s)}), 0);
        QVERIFY(openssl({u"verify"_s, u"-x509_strict"_s, u"-CAfile"_s, path(u"other.pem"_s), path(u"dev.pem"_s)}) != 0);
    }

    void keyInfo()
    {
        const KeyInfo k = inspectKey(m_devKey);
        QCOMPARE(k.keyType, u"Ed25519"_s);
        QVERIFY(k.hasPrivate);
        QVERIFY(k.allowedByDrogue);
        QByteArray expected = m_devKey.publicKeySha256().toHex(':').toUpper();
        QCOMPARE(k.publicKeySha256.toUpper(), QString::fromLatin1(expected));
        const QJsonObject j = toJson(k);
        QCOMPARE(j.value(u"type"_s).toString(), u"private-key"_s);
        QCOMPARE(j.value(u"allowed_by_drogue"_s).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestInspection)
#include "test_inspection.moc"
