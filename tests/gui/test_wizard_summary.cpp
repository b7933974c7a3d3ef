// The wizards' summaries and requests are pure functions of their drafts:
// checked here without a widget, a server or a wizard, for one device (new
// key, imported key, existing certificate through the key page), an
// existing certificate registered as it is, several devices from a list,
// and the trust anchor (new key, existing key kept in place).
#include "core/crypto/Profiles.h"
#include "core/enrollment/DeviceList.h"
#include "gui/wizards/anchor/AnchorDraft.h"
#include "gui/wizards/anchor/AnchorSummary.h"
#include "gui/wizards/enroll/EnrollDraft.h"
#include "gui/wizards/enroll/EnrollSummary.h"

#include <QLocale>
#include <QTest>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

namespace {
// One row of the summary table, as the page shows it.
QString row(const QString &key, const QString &value)
{
    return u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(key.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

class TestWizardSummary : public QObject {
    Q_OBJECT
    PrivateKey m_caKey, m_deviceKey;
    Certificate m_anchor, m_deviceCert;

    // A single-device draft as the pages leave it: new P-384 key, PEM and PKCS#12.
    void fillSingle(EnrollDraft &d) const
    {
        d.app = u"lab"_s;
        d.device = u"sensor-1"_s;
        d.caKeyPath = u"/keys/lab-ca.key"_s;
        d.caKey = m_caKey;
        d.caMatch = AnchorMatch{2, m_anchor};
        d.algorithm = KeyAlgorithm::EcdsaP384;
        d.days = 90;
        d.outputDir = u"/out"_s;
        d.writePkcs12 = true;
        d.pkcs12Passphrase = SecretBytes::fromString(u"p12pass"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ca = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
        QVERIFY(ca);
        m_caKey = *ca;
        auto anchor = createTrustAnchor(u"lab"_s, m_caKey);
        QVERIFY(anchor);
        m_anchor = *anchor;
        auto dev = PrivateKey::generate(KeyAlgorithm::Ed25519);
        QVERIFY(dev);
        m_deviceKey = *dev;
        auto cert = issueDeviceCertificate(u"sensor-1"_s, u"lab"_s, m_deviceKey, m_caKey, m_anchor);
        QVERIFY(cert);
        m_deviceCert = *cert;
    }

    void singleNewKey()
    {
        EnrollDraft d;
        fillSingle(d);
        const QString s = enrollSummary(d);
        QVERIFY2(s.contains(row(u"Application:"_s, u"lab"_s)), qPrintable(s));
        QVERIFY(s.contains(row(u"Device:"_s, u"sensor-1 (will be created)"_s)));
        QVERIFY(s.contains(row(u"Trust anchor:"_s, u"#2, CN=lab, O=Drogue IoT, OU=Cloud (CA key /keys/lab-ca.key)"_s)));
        QVERIFY(s.contains(row(u"Device key:"_s, u"new ECDSA P-384 key"_s)));
        QVERIFY(s.contains(row(u"Certificate subject:"_s, u"CN=sensor-1, O=Drogue IoT, OU=lab"_s)));
        QVERIFY(s.contains(row(u"Validity:"_s, u"90 day(s) from now"_s)));
        // Under an anchor that ends in 30 days, the certificate ends with it, and says so.
        {
            EnrollDraft shortLived;
            fillSingle(shortLived);
            auto a = createTrustAnchor(u"lab"_s, m_caKey, 30);
            QVERIFY(a);
            shortLived.caMatch = AnchorMatch{0, *a};
            const QString t = enrollSummary(shortLived);
            const QString end = QLocale().toString(a->notAfter().toLocalTime(), QLocale::ShortFormat);
            QVERIFY2(t.contains(row(u"Validity:"_s, u"90 day(s) from now (ends with its trust anchor on %1)"_s.arg(end))),
                     qPrintable(t));
            // An anchor made a moment ago for as many days: a few seconds less, not worth a word.
            auto same = createTrustAnchor(u"lab"_s, m_caKey, 90);
            QVERIFY(same);
            shortLived.caMatch = AnchorMatch{0, *same};
            QTest::qWait(1100);
            QVERIFY(enrollSummary(shortLived).contains(row(u"Validity:"_s, u"90 day(s) from now"_s)));
        }
        QVERIFY(s.contains(row(u"Files:"_s, u"/out/sensor-1.key, /out/sensor-1.pem, /out/sensor-1.p12"_s)));
        QVERIFY(s.contains(row(u"Alias to add:"_s, u"CN=sensor-1, O=Drogue IoT, OU=lab"_s)));
        QVERIFY(!s.contains(u"Devices:"_s)); // not the batch's table

        // An existing device gets the alias; PEM only: two files.
        d.deviceExists = true;
        d.writePkcs12 = false;
        const QString again = enrollSummary(d);
        QVERIFY(again.contains(row(u"Device:"_s, u"sensor-1 (exists: the alias is added)"_s)));
        QVERIFY(again.contains(row(u"Files:"_s, u"/out/sensor-1.key, /out/sensor-1.pem"_s)));

        // The request the job gets carries the same choices.
        const EnrollRequest r = enrollRequest(d);
        QCOMPARE(r.source, EnrollRequest::Source::NewKey);
        QCOMPARE(r.algorithm, KeyAlgorithm::EcdsaP384);
        QCOMPARE(r.days, 90);
        QCOMPARE(r.outputDir, u"/out"_s);
        QVERIFY(r.writePem && !r.writePkcs12 && !r.pkcs12Passphrase);
        QVERIFY(m_anchor.matches(r.caKey));
    }

    void singleImportedKey()
    {
        EnrollDraft d;
        fillSingle(d);
        d.source = EnrollRequest::Source::ImportedKey;
        d.deviceKey = m_deviceKey;
        const QString s = enrollSummary(d);
        QVERIFY2(s.contains(row(u"Device key:"_s, u"imported, Ed25519"_s)), qPrintable(s));
        QVERIFY(!s.contains(u"new ECDSA"_s));
        const EnrollRequest r = enrollRequest(d);
        QCOMPARE(r.source, EnrollRequest::Source::ImportedKey);
        QVERIFY(r.pkcs12Passphrase && r.pkcs12Passphrase->size() == 7);
    }

    // An existing certificate: through the key page (with the CA key) or
    // registered as it is (device page's choice: no CA key, no files).
    void existingCertificate()
    {
        const QString subject = m_deviceCert.subjectString();
        QCOMPARE(subject, u"CN=sensor-1, O=Drogue IoT, OU=lab"_s);
        for (const bool registering : {false, true}) {
            EnrollDraft d;
            fillSingle(d);
            d.deviceExists = true;
            d.deviceCertificate = m_deviceCert;
            if (registering)
                d.mode = EnrollDraft::Mode::Register; // the key page's choice stays NewKey: not used
            else
                d.source = EnrollRequest::Source::ExistingCertificate;
            const QString s = enrollSummary(d);
            QVERIFY2(s.contains(row(u"Certificate:"_s, u"existing, registered as it is"_s)), qPrintable(s));
            QVERIFY(s.contains(row(u"Certificate subject:"_s, subject)));
            QVERIFY(s.contains(row(u"Alias to add:"_s, subject)));
            QVERIFY(s.contains(row(u"Device:"_s, u"sensor-1 (exists: the alias is added)"_s)));
            QVERIFY(!s.contains(u"Files:"_s));
            QVERIFY(!s.contains(u"Device key:"_s));
            QVERIFY(!s.contains(u"Validity:"_s));
            QCOMPARE(s.contains(u"Trust anchor:"_s), !registering);
            const EnrollRequest r = enrollRequest(d);
            QCOMPARE(r.source, EnrollRequest::Source::ExistingCertificate);
            QVERIFY(r.deviceCertificate.matches(m_deviceKey));
            QCOMPARE(r.caKey.isNull(), registering);
            QCOMPARE(r.caKeyPath.isEmpty(), registering);
            if (registering)
                QVERIFY(!r.writePem && !r.writePkcs12 && r.outputDir.isEmpty());
        }
    }

    void batch()
    {
        EnrollDraft d;
        d.app = u"lab"_s;
        d.mode = EnrollDraft::Mode::Batch;
        d.listData = "name,labels,alias\nsensor-1,site=lab-1;floor=2,serial-0001\nsensor-2,,\nsensor-3,,\n";
        d.list = parseDeviceList(d.listData);
        QVERIFY(d.list.problems.isEmpty());
        QCOMPARE(d.list.devices.size(), qsizetype(3));
        d.existingCount = 1;
        d.caKeyPath = u"/keys/lab-ca.key"_s;
        d.caKeyPassphrase = SecretBytes::fromString(u"capass"_s);
        d.caMatch = AnchorMatch{0, m_anchor};
        d.algorithm = KeyAlgorithm::Rsa2048;
        d.days = 30;
        d.outputDir = u"/out/batch"_s;
        d.writePkcs12 = true;
        d.pkcs12Passphrase = SecretBytes::fromString(u"p12pass"_s);
        const QString s = enrollSummary(d);
        QVERIFY2(s.contains(row(u"Devices:"_s, u"3 device(s) from the list: 2 new, 1 exist (the alias is added, the "
                                               "rest of the device is kept)"_s)),
                 qPrintable(s));
        QVERIFY(s.contains(row(u"Trust anchor:"_s, u"#0, CN=lab, O=Drogue IoT, OU=Cloud (CA key /keys/lab-ca.key)"_s)));
        QVERIFY(s.contains(row(u"Device keys:"_s, u"a new RSA 2048 key each"_s)));
        QVERIFY(s.contains(row(u"Certificate subjects:"_s, u"CN=sensor-1, O=Drogue IoT, OU=lab, … (one per device)"_s)));
        QVERIFY(s.contains(row(u"Validity:"_s, u"30 day(s) from now"_s)));
        QVERIFY(s.contains(row(u"Folder:"_s, u"/out/batch"_s)));
        QVERIFY(s.contains(row(u"Files per device:"_s, u"key (0600), certificate, PKCS#12 (0600)"_s)));
        QVERIFY(s.contains(row(u"Aliases to add:"_s, u"the certificate subject, and the aliases of the list"_s)));
        QVERIFY(s.contains(row(u"Labels:"_s, u"from the list, added to the devices' labels"_s)));
        QVERIFY(!s.contains(u"Device:"_s)); // not the one-device table

        const BatchOptions o = batchOptions(d);
        QCOMPARE(o.app, u"lab"_s);
        QCOMPARE(o.caKeyFile, u"/keys/lab-ca.key"_s);
        QCOMPARE(o.caKeyPassphrase.size(), qsizetype(6));
        QCOMPARE(o.outDir, u"/out/batch"_s);
        QCOMPARE(o.algorithm, KeyAlgorithm::Rsa2048);
        QCOMPARE(o.days, 30);
        QVERIFY(o.pkcs12);
        QCOMPARE(o.pkcs12Passphrase.size(), qsizetype(7));

        // A plain list: no labels, no aliases of its own; PEM only.
        d.list = parseDeviceList("a-1\na-2\n");
        d.existingCount = 0;
        d.writePkcs12 = false;
        const QString plain = enrollSummary(d);
        QVERIFY(plain.contains(row(u"Devices:"_s, u"2 device(s) from the list: 2 new, 0 exist (the alias is added, "
                                                  "the rest of the device is kept)"_s)));
        QVERIFY(plain.contains(row(u"Files per device:"_s, u"key (0600), certificate"_s)));
        QVERIFY(plain.contains(row(u"Aliases to add:"_s, u"the certificate subject"_s)));
        QVERIFY(!plain.contains(u"Labels:"_s));
        QVERIFY(!batchOptions(d).pkcs12);
    }

    void anchor()
    {
        AnchorDraft d;
        d.app = u"lab"_s;
        d.algorithm = KeyAlgorithm::EcdsaP384;
        d.days = 700;
        d.keyOutput = u"/keys/lab-ca.key"_s;
        d.keyPassphrase = SecretBytes::fromString(u"secret"_s);
        d.certOutput = u"/keys/lab-ca.pem"_s;
        QString s = anchorSummary(d);
        QVERIFY2(s.contains(row(u"Key:"_s, u"new ECDSA P-384 key"_s)), qPrintable(s));
        QVERIFY(s.contains(row(u"Subject:"_s, u"CN=lab, O=Drogue IoT, OU=Cloud"_s)));
        QVERIFY(s.contains(row(u"Validity:"_s, u"700 day(s) from now"_s)));
        QVERIFY(s.contains(row(u"CA key file:"_s, u"/keys/lab-ca.key (encrypted with your passphrase)"_s)));
        QVERIFY(s.contains(row(u"Anchor certificate copy:"_s, u"/keys/lab-ca.pem"_s)));
        AnchorRequest r = anchorRequest(d);
        QCOMPARE(r.keyOutput, u"/keys/lab-ca.key"_s);
        QVERIFY(r.keyPassphrase && r.keyPassphrase->size() == 6);

        // An existing key kept where it is: nothing written, no passphrase.
        d.source = AnchorRequest::Source::ExistingKey;
        d.key = m_caKey;
        d.keyInputPath = u"/mine/ca.key"_s;
        d.keepKeyInPlace = true;
        d.certOutput.clear();
        s = anchorSummary(d);
        QVERIFY2(s.contains(row(u"Key:"_s, u"existing key /mine/ca.key"_s)), qPrintable(s));
        QVERIFY(s.contains(row(u"CA key file:"_s, u"stays at /mine/ca.key"_s)));
        QVERIFY(!s.contains(u"Anchor certificate copy:"_s));
        r = anchorRequest(d);
        QVERIFY(r.keyOutput.isEmpty() && !r.keyPassphrase);
        QCOMPARE(r.source, AnchorRequest::Source::ExistingKey);

        // An existing CA certificate: registered as it is, no subject or validity of ours.
        d.source = AnchorRequest::Source::ExistingCertificate;
        d.certificate = m_anchor;
        d.keepKeyInPlace = false;
        d.keyPassphrase = SecretBytes();
        s = anchorSummary(d);
        QVERIFY(s.contains(row(u"Certificate:"_s,
                               u"existing CA certificate 'CN=lab, O=Drogue IoT, OU=Cloud', registered as it is"_s)));
        QVERIFY(!s.contains(u"Validity:"_s));
        QVERIFY(s.contains(row(u"CA key file:"_s, u"/keys/lab-ca.key (not encrypted, mode 0600)"_s)));
    }
};

QTEST_GUILESS_MAIN(TestWizardSummary)
#include "test_wizard_summary.moc"
