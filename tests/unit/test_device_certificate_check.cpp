// checkExistingDeviceCertificate: the one check before an existing device
// certificate is registered without the CA key (dwb trust enroll
// --cert-input, the wizard's register page, EnrollJob). Certificates made
// with the project's profiles; the refusals must say which anchor check or
// which Drogue rule failed.
#include "core/cloud/Resources.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/DeviceCertificateCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dwb;

class TestDeviceCertificateCheck : public QObject {
    Q_OBJECT

    PrivateKey m_labKey, m_otherKey, m_deviceKey;
    Certificate m_lab, m_other, m_device, m_stranger;

    static PrivateKey key()
    {
        auto k = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
        return k ? *k : PrivateKey();
    }

    static Application appWith(const QList<Certificate> &anchors)
    {
        Application a = Application::create(u"lab"_s);
        for (const Certificate &c : anchors)
            a.addTrustAnchor(c.toPem());
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_labKey = key();
        m_otherKey = key();
        m_deviceKey = key();
        QVERIFY(!m_labKey.isNull() && !m_otherKey.isNull() && !m_deviceKey.isNull());
        auto lab = createTrustAnchor(u"lab"_s, m_labKey);
        auto other = createTrustAnchor(u"other"_s, m_otherKey);
        QVERIFY(lab && other);
        m_lab = *lab;
        m_other = *other;
        auto dev = issueDeviceCertificate(u"dev1"_s, u"lab"_s, m_deviceKey, m_labKey, m_lab);
        auto stranger = issueDeviceCertificate(u"dev2"_s, u"lab"_s, m_deviceKey, m_otherKey, m_other);
        QVERIFY(dev && stranger);
        m_device = *dev;
        m_stranger = *stranger;
    }

    void chainsToTheRightAnchor()
    {
        const auto m = checkExistingDeviceCertificate(appWith({m_other, m_lab}), m_device, m_deviceKey, m_labKey);
        QVERIFY2(m.ok(), m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->index, 1);
        QCOMPARE(m->certificate, m_lab);
    }

    void foreignCaNamesEveryAnchor()
    {
        const auto m = checkExistingDeviceCertificate(appWith({m_lab}), m_stranger);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::Mismatch);
        QCOMPARE(m.error().message,
                 u"The certificate 'CN=dev2, O=Drogue IoT, OU=lab' (issuer 'CN=other, O=Drogue IoT, OU=Cloud') was "
                 "not issued under a trust anchor of application 'lab': anchor #0 (CN=lab, O=Drogue IoT, OU=Cloud): "
                 "unable to get local issuer certificate."_s);
        const auto none = checkExistingDeviceCertificate(appWith({}), m_device);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.contains(u"has no trust anchor"_s), qPrintable(none.error().message));
    }

    void drogueRulesAreNamed()
    {
        // The anchor itself chains (to itself) but is a CA without clientAuth.
        const auto m = checkExistingDeviceCertificate(appWith({m_lab}), m_lab);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(m.error().message.startsWith(u"Drogue Cloud would refuse 'CN=lab, O=Drogue IoT, OU=Cloud' as a "
                                              "device certificate: "_s),
                 qPrintable(m.error().message));
        QVERIFY(m.error().message.contains(u"It is a CA certificate"_s));
        QVERIFY(m.error().message.contains(u"(clientAuth)"_s));
        // Both checks fail: both reasons.
        const auto both = checkExistingDeviceCertificate(appWith({m_lab}), m_other);
        QCOMPARE(both.error().code, ErrorCode::Mismatch);
        QVERIFY(both.error().message.contains(u"was not issued under a trust anchor"_s));
        QVERIFY(both.error().message.contains(u"It is a CA certificate"_s));
    }

    void optionalKeysMustBelong()
    {
        auto m = checkExistingDeviceCertificate(appWith({m_lab}), m_device, m_labKey);
        QCOMPARE(m.error().code, ErrorCode::Mismatch);
        QVERIFY(m.error().message.contains(u"The device key does not belong"_s));
        m = checkExistingDeviceCertificate(appWith({m_lab, m_other}), m_device, {}, m_otherKey, u"o.key"_s);
        QCOMPARE(m.error().code, ErrorCode::Mismatch);
        QVERIFY2(m.error().message.contains(u"The CA key o.key does not belong to trust anchor #0"_s),
                 qPrintable(m.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDeviceCertificateCheck)
#include "test_device_certificate_check.moc"
