// The enrollment wizard's "Register an existing device certificate" path
// against a real drogue-sandbox, driven by clicking the visible buttons
// (Next, Check, Enroll, Finish): a device certificate made with the openssl
// command line under the application's anchor (registered as it is, no CA
// key anywhere) is registered with its subject as the alias; the CA key, key
// and files pages are never shown. A certificate of another CA is refused
// on the page with the reason, and Next stays disabled.
// With DWB_SCREENSHOT_DIR set, the page and the result are saved as PNGs
// (docs/screenshots/take-wizards.sh runs this under Xvfb).
#include "GuiTestUtil.h"

#include "core/cloud/RegistryClient.h"
#include "gui/wizards/EnrollWizard.h"
#include "gui/wizards/enroll/RegisterCertificatePage.h"
#include "support/Sandbox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 60000;

class TestWizardRegister : public test::WizardTestBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        startSandbox();
        if (QTest::currentTestFailed())
            return;
        Status st = await(m_checker->createApp(Application::create(u"lab"_s)));
        QVERIFY2(st, test::why(st));
        // The lab's CA and a device certificate, made with openssl; the CA is
        // registered as an anchor as it is (its key stays with openssl).
        QString e = test::makeCa(m_tmp.path(), u"lab-ca"_s, u"lab"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::makeLeaf(m_tmp.path(), u"reg-1"_s, u"reg-1"_s, u"lab"_s, u"lab-ca"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::makeCa(m_tmp.path(), u"foreign-ca"_s, u"foreign"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::makeLeaf(m_tmp.path(), u"foreign-leaf"_s, u"reg-1"_s, u"lab"_s, u"foreign-ca"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const QByteArray anchor = test::readAll(path(u"lab-ca.pem"_s));
        auto app = await(m_checker->modifyApp(u"lab"_s, [&anchor](Application &a) {
            a.addTrustAnchor(anchor);
            return Status();
        }));
        QVERIFY2(app, test::why(app));
    }

    void cleanup() { test::resetPrompts(); }

    void registerExistingCertificate()
    {
        EnrollWizard w(m_client.get(), u"lab"_s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        click(w.button(QWizard::NextButton));
        QCOMPARE(w.currentId(), int(EnrollWizard::DevicePageId));
        auto *name = child<QLineEdit>(&w, u"deviceName"_s);
        name->setFocus();
        QTest::keyClicks(name, u"reg-1"_s);
        auto *choice = child<QCheckBox>(&w, u"registerCertificateCheck"_s);
        QVERIFY(choice->isVisible());
        QTest::mouseClick(choice, Qt::LeftButton, {}, QPoint(8, choice->height() / 2));
        QVERIFY(choice->isChecked());
        QVERIFY(w.isRegistering());
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout); // the devices are listed
        shoot(&w, u"wizard-enroll-register-1-device"_s);
        click(w.button(QWizard::NextButton));
        QCOMPARE(w.currentId(), int(EnrollWizard::RegisterPageId));

        // A certificate of another CA: refused with the reason, Next stays off.
        auto *input = child<QLineEdit>(&w, u"registerCertInput"_s);
        auto *status = child<QLabel>(&w, u"registerStatus"_s);
        input->setText(path(u"foreign-leaf.pem"_s));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        click(child<QPushButton>(&w, u"registerCheckButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"was not issued under a trust anchor of application 'lab'"_s),
                                 kTimeout);
        QVERIFY2(status->text().contains(u"anchor #0 (CN=lab, O=Drogue IoT, OU=Cloud)"_s), qPrintable(status->text()));
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        shoot(&w, u"wizard-enroll-register-2-refused"_s);

        // The lab's certificate: accepted, the alias is named.
        input->setText(path(u"reg-1.pem"_s));
        click(child<QPushButton>(&w, u"registerCheckButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        const QString alias = u"CN=reg-1, O=Drogue IoT, OU=lab"_s;
        QVERIFY2(status->text().contains(u"trust anchor #0"_s) && status->text().contains(alias),
                 qPrintable(status->text()));
        shoot(&w, u"wizard-enroll-register-2-certificate"_s);
        click(w.button(QWizard::NextButton));
        QCOMPARE(w.currentId(), int(EnrollWizard::SummaryPageId));
        QVERIFY(child<QLabel>(&w, u"summaryText"_s)->text().contains(alias));
        QVERIFY(!await(m_checker->getDevice(u"lab"_s, u"reg-1"_s)).ok()); // nothing sent yet

        click(w.button(QWizard::CommitButton));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(EnrollWizard::ResultPageId), kTimeout);
        const QString result = child<QLabel>(&w, u"resultText"_s)->text();
        QVERIFY2(result.contains(u"reg-1 (created)"_s), qPrintable(result));
        QVERIFY2(result.contains(alias), qPrintable(result));
        shoot(&w, u"wizard-enroll-register-3-result"_s);
        // No CA key, key or files page on the way.
        const QList<int> visited = w.visitedIds();
        for (int id : {int(EnrollWizard::CaPageId), int(EnrollWizard::KeyPageId), int(EnrollWizard::OutputPageId)})
            QVERIFY2(!visited.contains(id), qPrintable(QString::number(id)));
        QVERIFY(w.button(QWizard::FinishButton)->isVisible());
        click(w.button(QWizard::FinishButton));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), kTimeout);
        QCOMPARE(w.result(), int(QDialog::Accepted));

        auto dev = await(m_checker->getDevice(u"lab"_s, u"reg-1"_s));
        QVERIFY2(dev, test::why(dev));
        QCOMPARE(dev->aliases(), QStringList{alias});
    }

    void cleanupTestCase() { stopSandbox(); }
};

QTEST_MAIN(TestWizardRegister)
#include "test_wizard_register.moc"
