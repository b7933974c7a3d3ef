// The enrollment wizard's "Certificate request from the device (CSR)"
// choice against a real drogue-sandbox, driven by clicking the visible
// buttons: a board's request (made with openssl, its key never given to the
// wizard) is read from a file; a tampered one is refused on the key page
// with the reason and the wizard stays there; then the certificate is
// issued for the board's key, written alone (no key file, no PKCS#12 offered),
// verified with `openssl verify -x509_strict -purpose sslclient`, and the
// device is created with its subject as alias. The result page says that the
// key stays on the board.
// With DWB_SCREENSHOT_DIR set, the key page and the result are saved as PNGs.
#include "GuiTestUtil.h"

#include "core/cloud/RegistryClient.h"
#include "gui/wizards/EnrollWizard.h"
#include "support/Sandbox.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 60000;

class TestWizardCsr : public test::WizardTestBase {
    Q_OBJECT

    void clickRadio(QAbstractButton *b)
    {
        QVERIFY(b && b->isVisible() && b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(8, b->height() / 2));
        QVERIFY(b->isChecked());
    }

private Q_SLOTS:
    void initTestCase()
    {
        startSandbox();
        if (QTest::currentTestFailed())
            return;
        Status st = await(m_checker->createApp(Application::create(u"lab"_s)));
        QVERIFY2(st, test::why(st));
        QString e = test::makeCa(m_tmp.path(), u"lab-ca"_s, u"lab"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const QByteArray anchor = test::readAll(path(u"lab-ca.pem"_s));
        auto app = await(m_checker->modifyApp(u"lab"_s, [&anchor](Application &a) {
            a.addTrustAnchor(anchor);
            return Status();
        }));
        QVERIFY2(app, test::why(app));
        // The board's key and request; the key is only used below to compare.
        e = test::runOpenssl({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                              u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, u"board.key"_s, u"-out"_s,
                              u"board.csr"_s, u"-subj"_s, u"/CN=nrf91-352656100000000"_s},
                             m_tmp.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::runOpenssl({u"req"_s, u"-in"_s, u"board.csr"_s, u"-outform"_s, u"DER"_s, u"-out"_s,
                              u"board.der"_s},
                             m_tmp.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QByteArray der = test::readAll(path(u"board.der"_s));
        der[der.size() - 4] = char(der.at(der.size() - 4) ^ 0x01); // inside the signature
        QFile bad(path(u"tampered.csr"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly) && bad.write(der) == der.size());
    }

    void cleanup() { test::resetPrompts(); }

    void enrollFromRequest()
    {
        EnrollWizard w(m_client.get(), u"lab"_s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        click(w.button(QWizard::NextButton));
        QCOMPARE(w.currentId(), int(EnrollWizard::DevicePageId));
        auto *name = child<QLineEdit>(&w, u"deviceName"_s);
        name->setFocus();
        QTest::keyClicks(name, u"board-7"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        click(w.button(QWizard::NextButton));
        QCOMPARE(w.currentId(), int(EnrollWizard::CaPageId));
        child<QLineEdit>(&w, u"caKeyInput"_s)->setText(path(u"lab-ca.key"_s));
        click(child<QPushButton>(&w, u"checkCaButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        click(w.button(QWizard::NextButton));
        QCOMPARE(w.currentId(), int(EnrollWizard::KeyPageId));

        // The third choice: a certificate request from the device.
        clickRadio(child<QRadioButton>(&w, u"requestRadio"_s));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // no request yet
        auto *input = child<QLineEdit>(&w, u"requestInput"_s);
        QVERIFY(input->isEnabled());
        bool labelled = false; // the field has a label with a mnemonic (keyboard access)
        for (const QLabel *l : w.findChildren<QLabel *>())
            labelled = labelled || (l->buddy() == input && l->text().contains(u'&'));
        QVERIFY(labelled);
        QVERIFY(child<QPushButton>(&w, u"requestPasteButton"_s)->isEnabled());

        // A tampered request: refused with the reason, the wizard stays.
        input->setText(path(u"tampered.csr"_s));
        click(w.button(QWizard::NextButton));
        QCOMPARE(w.currentId(), int(EnrollWizard::KeyPageId));
        auto *status = child<QLabel>(&w, u"deviceKeyStatus"_s);
        QVERIFY2(status->isVisible() && status->text().contains(u"does not verify"_s), qPrintable(status->text()));

        input->setText(path(u"board.csr"_s));
        shoot(&w, u"wizard-enroll-csr-1-key"_s);
        click(w.button(QWizard::NextButton));
        QCOMPARE(w.currentId(), int(EnrollWizard::OutputPageId));
        auto *p12 = child<QCheckBox>(&w, u"writePkcs12"_s);
        QVERIFY(!p12->isEnabled() && !p12->isChecked()); // it would need the key
        auto *der = child<QCheckBox>(&w, u"writeDer"_s); // the certificate also as DER
        QVERIFY(der->isVisible() && !der->isChecked());
        click(der);
        QVERIFY(der->isChecked());
        child<QLineEdit>(&w, u"outputDir"_s)->setText(path(u"out"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        click(w.button(QWizard::NextButton));
        QCOMPARE(w.currentId(), int(EnrollWizard::SummaryPageId));
        const QString summary = child<QLabel>(&w, u"summaryText"_s)->text();
        QVERIFY2(summary.contains(u"stays on the board"_s), qPrintable(summary));
        QVERIFY(!await(m_checker->getDevice(u"lab"_s, u"board-7"_s)).ok()); // nothing sent yet

        click(w.button(QWizard::CommitButton));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(EnrollWizard::ResultPageId), kTimeout);
        const QString result = child<QLabel>(&w, u"resultText"_s)->text();
        const QString alias = u"CN=board-7, O=Drogue IoT, OU=lab"_s;
        QVERIFY2(result.contains(u"board-7 (created)"_s) && result.contains(alias), qPrintable(result));
        QVERIFY2(result.contains(u"none: the private key stays on the board"_s), qPrintable(result));
        QVERIFY(!child<QPushButton>(&w, u"testConnectionButton"_s)->isEnabled());
        shoot(&w, u"wizard-enroll-csr-2-result"_s);

        // The certificate alone; for the board's key; strictly valid.
        QCOMPARE(QDir(path(u"out"_s)).entryList(QDir::Files, QDir::Name),
                 (QStringList{u"board-7-chain.pem"_s, u"board-7.der"_s, u"board-7.pem"_s}));
        QVERIFY2(result.contains(u"board-7.der"_s), qPrintable(result));
        // The chain: the certificate, then the anchor.
        QCOMPARE(test::readAll(path(u"out/board-7-chain.pem"_s)),
                 test::readAll(path(u"out/board-7.pem"_s)) + test::readAll(path(u"lab-ca.pem"_s)));
        QString e = test::runOpenssl({u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s,
                                      u"lab-ca.pem"_s, u"out/board-7.pem"_s},
                                     m_tmp.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::runOpenssl({u"x509"_s, u"-in"_s, u"out/board-7.pem"_s, u"-noout"_s, u"-pubkey"_s, u"-out"_s,
                              u"cert.pub"_s},
                             m_tmp.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::runOpenssl({u"pkey"_s, u"-in"_s, u"board.key"_s, u"-pubout"_s, u"-out"_s, u"board.pub"_s},
                             m_tmp.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(test::readAll(path(u"cert.pub"_s)), test::readAll(path(u"board.pub"_s)));
        // The DER file: the PEM's certificate, byte for byte as openssl encodes it.
        e = test::runOpenssl({u"x509"_s, u"-in"_s, u"out/board-7.pem"_s, u"-outform"_s, u"DER"_s, u"-out"_s,
                              u"ref.der"_s},
                             m_tmp.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(test::readAll(path(u"out/board-7.der"_s)), test::readAll(path(u"ref.der"_s)));

        click(w.button(QWizard::FinishButton));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), kTimeout);
        auto dev = await(m_checker->getDevice(u"lab"_s, u"board-7"_s));
        QVERIFY2(dev, test::why(dev));
        QCOMPARE(dev->aliases(), QStringList{alias});
    }

    void cleanupTestCase() { stopSandbox(); }
};

QTEST_MAIN(TestWizardCsr)
#include "test_wizard_csr.moc"
