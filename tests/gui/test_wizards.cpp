// The trust anchor and enrollment wizards against a real drogue-sandbox,
// driven like a user (fields set; Next, the commit button and Back clicked
// with the mouse, so a hidden or disabled button fails the test instead of
// being bypassed as QWizard::next() would), checked from outside: the
// registry through a second client, the files with the openssl command
// line and stat. With DWB_SCREENSHOT_DIR set, every page is saved as a PNG
// (docs/screenshots/take-wizards.sh runs this under Xvfb).
#include "GuiTestUtil.h"

#include "core/cloud/RegistryClient.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/Profiles.h"
#include "gui/wizards/common/ApplicationPage.h"
#include "gui/wizards/EnrollWizard.h"
#include "gui/wizards/TrustAnchorWizard.h"
#include "gui/wizards/WizardWidgets.h"
#include "support/Sandbox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QSet>
#include <QTreeWidget>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 30000;

class TestWizards : public test::WizardTestBase {
    Q_OBJECT

    Application app(const QString &name)
    {
        auto r = await(m_checker->getApp(name));
        if (!r)
            qWarning("getApp: %s", qPrintable(r.error().toString()));
        return r ? *r : Application();
    }

    QString pubkeyOf(const QStringList &args)
    {
        QByteArray out, err;
        const int rc = test::run(test::openssl(), args, &out, &err);
        return rc == 0 ? QString::fromUtf8(out) : u"error: "_s + QString::fromUtf8(err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        startSandbox();
        if (QTest::currentTestFailed())
            return;
        for (const QString &name : {u"demo"_s, u"other"_s}) {
            const Status st = await(m_checker->createApp(Application::create(name)));
            QVERIFY2(st, test::why(st));
        }
        // A device with a certificate alias of demo (for the removal warning).
        Device d = Device::create(u"demo"_s, u"old-sensor"_s);
        d.setAliases({u"CN=old-sensor, O=Drogue IoT, OU=demo"_s});
        const Status st = await(m_checker->createDevice(d));
        QVERIFY2(st, test::why(st));
    }

    void cleanup() { test::resetPrompts(); }

    void suggestedPathsAreOutsideTheBuildTree()
    {
        const QString key = TrustAnchorWizard::suggestedKeyPath(u"demo"_s);
        QVERIFY2(key.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)), qPrintable(key));
        QVERIFY(key.endsWith(u"/keys/demo-ca.key"_s));
        QVERIFY(!key.startsWith(test::binDir().section(u'/', 0, -2)));
        QVERIFY(EnrollWizard::suggestedOutputDir(u"demo"_s).endsWith(u"/devices/demo"_s));
    }

    // New ECDSA anchor, key encrypted with a passphrase. At the moment the
    // key file is reported written, it is 0600 on disk and the server does
    // not have the anchor yet.
    void createAnchorWithNewKey()
    {
        TrustAnchorWizard w(m_client.get(), u"demo"_s);
        w.show();
        auto *appPage = w.applicationPage();
        QTRY_VERIFY_WITH_TIMEOUT(appPage->isComplete(), kTimeout);
        QCOMPARE(appPage->applicationName(), u"demo"_s);
        QCOMPARE(appPage->anchorsList()->topLevelItem(0)->text(2), u"(none yet)"_s);
        shoot(&w, u"wizard-anchor-1-application"_s);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(TrustAnchorWizard::KeyPageId));
        auto *picker = w.currentPage()->findChild<AlgorithmPicker *>();
        QVERIFY(picker);
        QCOMPARE(picker->algorithm(), kDefaultAlgorithm);
        // Only the sizes/curves of the chosen family are offered.
        QCOMPARE(picker->sizeCombo()->count(), 2);
        picker->setAlgorithm(KeyAlgorithm::Rsa2048);
        QCOMPARE(picker->sizeCombo()->count(), 3);
        picker->setAlgorithm(KeyAlgorithm::Ed25519);
        QVERIFY(picker->sizeCombo()->isHidden());
        picker->setAlgorithm(KeyAlgorithm::EcdsaP256);
        child<QSpinBox>(&w, u"daysSpin"_s)->setValue(30);
        shoot(&w, u"wizard-anchor-2-key"_s);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(TrustAnchorWizard::StoragePageId));
        // The suggestion is under AppDataLocation; use the test folder.
        QVERIFY(child<QLineEdit>(&w, u"keyOutput"_s)->text().endsWith(u"demo-ca.key"_s));
        child<QLineEdit>(&w, u"keyOutput"_s)->setText(path(u"demo-ca.key"_s));
        child<QLineEdit>(&w, u"certOutput"_s)->setText(path(u"demo-ca.pem"_s));
        child<QLineEdit>(&w, u"keyPassphrase"_s)->setText(u"s3cret"_s);
        child<QLineEdit>(&w, u"keyPassphraseRepeat"_s)->setText(u"s3creX"_s);
        QVERIFY(!w.currentPage()->isComplete());  // passphrases differ
        QVERIFY(nextIsGated(&w));
        child<QLineEdit>(&w, u"keyPassphraseRepeat"_s)->setText(u"s3cret"_s);
        QVERIFY(w.currentPage()->isComplete());
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        shoot(&w, u"wizard-anchor-3-storage"_s);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(TrustAnchorWizard::SummaryPageId));
        QVERIFY(child<QLabel>(&w, u"summaryText"_s)->text().contains(u"CN=demo, O=Drogue IoT, OU=Cloud"_s));
        shoot(&w, u"wizard-anchor-4-summary"_s);

        int modeAtWrite = -1;
        qsizetype anchorsAtWrite = -1;
        connect(&w, &TrustAnchorWizard::keyWritten, this, [&](const QString &p) {
            modeAtWrite = test::fileMode(p);
            anchorsAtWrite = app(u"demo"_s).trustAnchorPems().size();
        });
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(TrustAnchorWizard::ProgressPageId));
        shoot(&w, u"wizard-anchor-5-progress"_s);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(TrustAnchorWizard::ResultPageId), kTimeout);
        QVERIFY2(w.job()->result().ok(), test::why(w.job()->result()));
        QCOMPARE(modeAtWrite, 0600);
        QCOMPARE(anchorsAtWrite, qsizetype(0));
        shoot(&w, u"wizard-anchor-6-result"_s);
        QVERIFY(child<QLabel>(&w, u"resultText"_s)->text().contains(path(u"demo-ca.key"_s)));

        // The server has the anchor; the key file (encrypted) is its key (openssl).
        const Application a = app(u"demo"_s);
        QCOMPARE(a.trustAnchorPems().size(), 1);
        QVERIFY(a.trustAnchorStatuses().value(0).valid);
        QCOMPARE(test::fileMode(path(u"demo-ca.key"_s)), 0600);
        QVERIFY(test::readAll(path(u"demo-ca.key"_s)).contains("ENCRYPTED PRIVATE KEY"));
        test::writeAll(path(u"server-anchor.pem"_s), a.trustAnchorPems().first());
        const QString fromKey = pubkeyOf({u"pkey"_s, u"-in"_s, path(u"demo-ca.key"_s), u"-passin"_s,
                                          u"pass:s3cret"_s, u"-pubout"_s});
        const QString fromCert = pubkeyOf({u"x509"_s, u"-in"_s, path(u"server-anchor.pem"_s), u"-noout"_s, u"-pubkey"_s});
        QVERIFY2(fromKey.contains(u"PUBLIC KEY"_s), qPrintable(fromKey));
        QCOMPARE(fromKey, fromCert);
        QCOMPARE(test::readAll(path(u"demo-ca.pem"_s)), a.trustAnchorPems().first());
    }

    // The CA key is encrypted: a wrong passphrase asks again; then the
    // device certificate the wizard writes verifies against the anchor.
    void enrollNewDevice()
    {
        QStringList asked;
        Prompts::textHook = [&asked](const Prompts::Question &q) -> std::optional<QString> {
            asked << q.text;
            return asked.size() == 1 ? u"wrong"_s : u"s3cret"_s;
        };
        EnrollWizard w(m_client.get(), u"demo"_s);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        shoot(&w, u"wizard-enroll-1-application"_s);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::DevicePageId));
        auto *name = child<QLineEdit>(&w, u"deviceName"_s);
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(&w, u"deviceCombo"_s)->count() == 1, kTimeout);
        name->setText(u"bad/name"_s);
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(nextIsGated(&w));
        QVERIFY(!child<QLabel>(&w, u"deviceStatus"_s)->text().isEmpty());
        name->setText(u"sensor-1"_s);
        QVERIFY(w.currentPage()->isComplete());
        shoot(&w, u"wizard-enroll-2-device"_s);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::CaPageId));
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(nextIsGated(&w)); // no CA key checked yet
        child<QLineEdit>(&w, u"caKeyInput"_s)->setText(path(u"demo-ca.key"_s));
        child<QPushButton>(&w, u"checkCaButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.at(1).contains(u"does not open"_s), qPrintable(asked.at(1)));
        QVERIFY(child<QLabel>(&w, u"caStatus"_s)->text().contains(u"Matches trust anchor #0"_s));
        shoot(&w, u"wizard-enroll-3-ca"_s);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::KeyPageId));
        shoot(&w, u"wizard-enroll-4-key"_s);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::OutputPageId));
        QVERIFY(child<QLineEdit>(&w, u"outputDir"_s)->text().endsWith(u"devices/demo"_s));
        child<QLineEdit>(&w, u"outputDir"_s)->setText(path(u"out"_s));
        child<QCheckBox>(&w, u"writePkcs12"_s)->setChecked(true);
        QVERIFY(!w.currentPage()->isComplete()); // no passphrase yet
        QVERIFY(nextIsGated(&w));
        child<QLineEdit>(&w, u"pkcs12Passphrase"_s)->setText(u"p12pass"_s);
        child<QLineEdit>(&w, u"pkcs12PassphraseRepeat"_s)->setText(u"p12pass"_s);
        QVERIFY(w.currentPage()->isComplete());
        shoot(&w, u"wizard-enroll-5-output"_s);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::SummaryPageId));
        shoot(&w, u"wizard-enroll-6-summary"_s);
        QVERIFY(clickNext(&w));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(EnrollWizard::ResultPageId), kTimeout);
        QVERIFY2(w.job()->result().ok(), test::why(w.job()->result()));
        shoot(&w, u"wizard-enroll-8-result"_s);

        const QString subject = u"CN=sensor-1, O=Drogue IoT, OU=demo"_s;
        QVERIFY(child<QLabel>(&w, u"resultText"_s)->text().contains(subject));
        // openssl: the certificate chains to the anchor the server has.
        QByteArray verified;
        QVERIFY2(test::opensslVerifyAll(path(u"server-anchor.pem"_s), {path(u"out/sensor-1.pem"_s)}, &verified) == 1,
                 verified.constData()); // -x509_strict -purpose sslclient
        QCOMPARE(test::fileMode(path(u"out/sensor-1.key"_s)), 0600);
        QCOMPARE(test::fileMode(path(u"out/sensor-1.p12"_s)), 0600);
        QCOMPARE(pubkeyOf({u"pkey"_s, u"-in"_s, path(u"out/sensor-1.key"_s), u"-pubout"_s}),
                 pubkeyOf({u"x509"_s, u"-in"_s, path(u"out/sensor-1.pem"_s), u"-noout"_s, u"-pubkey"_s}));
        const QString e = test::runOpenssl({u"pkcs12"_s, u"-in"_s, path(u"out/sensor-1.p12"_s), u"-passin"_s, u"pass:p12pass"_s,
                              u"-nokeys"_s, u"-out"_s, path(u"p12-certs.pem"_s)}, m_tmp.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QVERIFY(test::readAll(path(u"p12-certs.pem"_s)).contains("subject=CN = sensor-1"));

        // The server: the device exists with the subject as alias.
        auto dev = await(m_checker->getDevice(u"demo"_s, u"sensor-1"_s));
        QVERIFY2(dev, test::why(dev));
        QCOMPARE(dev->aliases(), QStringList{subject});

        // "Test Connection" hands over the device's files.
        QString certFile, keyFile;
        connect(&w, &EnrollWizard::testConnectionRequested, this,
                [&](const QString &, const QString &, const QString &c, const QString &k) {
                    certFile = c;
                    keyFile = k;
                });
        child<QPushButton>(&w, u"testConnectionButton"_s)->click();
        QCOMPARE(certFile, path(u"out/sensor-1.pem"_s));
        QCOMPARE(keyFile, path(u"out/sensor-1.key"_s));
    }

    void caKeyOfNoAnchorIsRefused()
    {
        QString e = test::makeCa(m_tmp.path(), u"foreign"_s, u"foreign"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        EnrollWizard w(m_client.get(), u"demo"_s);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(&w, u"deviceCombo"_s)->count() == 2, kTimeout);
        child<QLineEdit>(&w, u"deviceName"_s)->setText(u"sensor-2"_s);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::CaPageId));
        child<QLineEdit>(&w, u"caKeyInput"_s)->setText(path(u"foreign.key"_s));
        child<QPushButton>(&w, u"checkCaButton"_s)->click();
        auto *status = child<QLabel>(&w, u"caStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"belongs to none of the 1 trust anchor(s)"_s), kTimeout);
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(nextIsGated(&w)); // Next is disabled: a click stays on the CA page
        QCOMPARE(w.currentId(), int(EnrollWizard::CaPageId));
        shoot(&w, u"wizard-enroll-3-ca-refused"_s);

        // A certificate of another CA, registered as is, is refused too.
        e = test::makeLeaf(m_tmp.path(), u"foreign-leaf"_s, u"sensor-2"_s, u"demo"_s, u"foreign"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        child<QLineEdit>(&w, u"caKeyInput"_s)->setText(path(u"demo-ca.key"_s));
        Prompts::textHook = [](const Prompts::Question &) { return std::optional<QString>(u"s3cret"_s); };
        child<QPushButton>(&w, u"checkCaButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::KeyPageId));
        child<QRadioButton>(&w, u"existingDeviceCertRadio"_s)->setChecked(true);
        child<QLineEdit>(&w, u"deviceCertInput"_s)->setText(path(u"foreign-leaf.pem"_s));
        QVERIFY(clickNext(&w)); // enabled: the page checks the certificate when Next is pressed
        QCOMPARE(w.currentId(), int(EnrollWizard::KeyPageId));
        QVERIFY2(child<QLabel>(&w, u"deviceKeyStatus"_s)->text().contains(u"was not issued under a trust anchor"_s),
                 qPrintable(child<QLabel>(&w, u"deviceKeyStatus"_s)->text()));
        QVERIFY(!await(m_checker->getDevice(u"demo"_s, u"sensor-2"_s)).ok());
    }

    // An existing CA (made with openssl) registered as is on "other", and a
    // device certificate of it registered as is.
    void existingCaAndExistingDeviceCertificate()
    {
        QString e = test::makeCa(m_tmp.path(), u"otherca"_s, u"other"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        TrustAnchorWizard w(m_client.get(), u"other"_s);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        child<QRadioButton>(&w, u"existingCertRadio"_s)->setChecked(true);
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(nextIsGated(&w));
        child<QLineEdit>(&w, u"certInput"_s)->setText(path(u"otherca.pem"_s));
        child<QLineEdit>(&w, u"certKeyInput"_s)->setText(path(u"foreign.key"_s)); // not its key
        QVERIFY(clickNext(&w)); // enabled: the key is checked when Next is pressed
        QCOMPARE(w.currentId(), int(TrustAnchorWizard::KeyPageId));
        QVERIFY(child<QLabel>(&w, u"keyStatus"_s)->text().contains(u"does not belong"_s));
        child<QLineEdit>(&w, u"certKeyInput"_s)->setText(path(u"otherca.key"_s));
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(TrustAnchorWizard::StoragePageId));
        QVERIFY(child<QCheckBox>(&w, u"keepKeyInPlace"_s)->isChecked());
        child<QLineEdit>(&w, u"certOutput"_s)->clear();
        QVERIFY(clickNext(&w));
        QVERIFY(clickNext(&w));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(TrustAnchorWizard::ResultPageId), kTimeout);
        QCOMPARE(app(u"other"_s).trustAnchorPems().value(0), test::readAll(path(u"otherca.pem"_s)));

        e = test::makeLeaf(m_tmp.path(), u"other-leaf"_s, u"gw-1"_s, u"other"_s, u"otherca"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        EnrollWizard ew(m_client.get(), u"other"_s);
        ew.show();
        QTRY_VERIFY_WITH_TIMEOUT(ew.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&ew));
        child<QLineEdit>(&ew, u"deviceName"_s)->setText(u"gw-1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ew.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&ew));
        child<QLineEdit>(&ew, u"caKeyInput"_s)->setText(path(u"otherca.key"_s));
        child<QPushButton>(&ew, u"checkCaButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(ew.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&ew));
        child<QRadioButton>(&ew, u"existingDeviceCertRadio"_s)->setChecked(true);
        child<QLineEdit>(&ew, u"deviceCertInput"_s)->setText(path(u"other-leaf.pem"_s));
        QVERIFY(clickNext(&ew));
        QCOMPARE(ew.currentId(), int(EnrollWizard::SummaryPageId)); // no files to write
        QVERIFY(clickNext(&ew));
        QTRY_COMPARE_WITH_TIMEOUT(ew.currentId(), int(EnrollWizard::ResultPageId), kTimeout);
        auto dev = await(m_checker->getDevice(u"other"_s, u"gw-1"_s));
        QVERIFY2(dev, test::why(dev));
        QCOMPARE(dev->aliases(), QStringList{u"CN=gw-1, O=Drogue IoT, OU=other"_s});
    }

    // RSA-4096: Stop returns within a moment, the window keeps painting
    // (a timer keeps firing), nothing is written or registered. Stop is
    // pressed when the job reports candidate primes tried: that report comes
    // from a GUI-thread timer while the worker generates, so the event loop
    // ran during the generation whatever the machine's speed (a fixed wait
    // could outlast a fast machine's whole generation).
    void cancelRsa4096()
    {
        TrustAnchorWizard w(m_client.get(), u"demo"_s);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        w.currentPage()->findChild<AlgorithmPicker *>()->setAlgorithm(KeyAlgorithm::Rsa4096);
        QVERIFY(clickNext(&w));
        child<QLineEdit>(&w, u"keyOutput"_s)->setText(path(u"rsa-ca.key"_s));
        child<QLineEdit>(&w, u"certOutput"_s)->clear();
        QVERIFY(clickNext(&w));
        QVERIFY(child<QLabel>(&w, u"summaryText"_s)->text().contains(u"RSA-4096"_s)
                || child<QLabel>(&w, u"summaryText"_s)->text().contains(u"4096"_s));
        test::UiTicks ticks;
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(TrustAnchorWizard::ProgressPageId));
        QElapsedTimer t;
        qint64 ms = -1;
        bool pressed = false, runningAtStop = false;
        int ticksAtStop = 0;
        QString stepAtStop;
        static const QRegularExpression tried(u"\\((\\d+) candidates tried\\)"_s);
        connect(w.job(), &AnchorJob::progress, this, [&](const QString &step) {
            const auto m = tried.match(step);
            if (pressed || !m.hasMatch() || m.captured(1).toInt() < 1)
                return;
            pressed = true;
            runningAtStop = w.job()->isRunning();
            ticksAtStop = ticks.count();
            stepAtStop = step;
            shoot(&w, u"wizard-anchor-5-progress-rsa4096"_s);
            t.start();
            QTest::mouseClick(child<QPushButton>(&w, u"stopButton"_s), Qt::LeftButton);
        });
        connect(w.job(), &AnchorJob::finished, this, [&] { ms = t.isValid() ? t.elapsed() : -1; });
        QTRY_VERIFY_WITH_TIMEOUT(pressed, kTimeout);
        QVERIFY(runningAtStop);
        QVERIFY2(ticksAtStop >= 1, qPrintable(stepAtStop)); // the 10 ms timer fired too
        QTRY_VERIFY_WITH_TIMEOUT(w.job()->isFinished(), kTimeout);
        qInfo("RSA-4096 generation stopped %lld ms after Stop (%s; %d ticks of a 10 ms timer before)", ms,
              qPrintable(stepAtStop), ticksAtStop);
        // A bound against a Stop that waits for the end (a whole RSA-4096
        // generation takes 10-20 s on the loaded test VM), not a speed figure.
        QVERIFY2(ms >= 0 && ms < 3000, qPrintable(QString::number(ms)));
        QCOMPARE(w.job()->result().error().code, ErrorCode::Cancelled);
        QVERIFY(child<QLabel>(&w, u"progressError"_s)->isVisibleTo(&w));
        QVERIFY(!QFile::exists(path(u"rsa-ca.key"_s)));
        QCOMPARE(app(u"demo"_s).trustAnchorPems().size(), 1);
        QCOMPARE(w.currentId(), int(TrustAnchorWizard::ProgressPageId));
    }

    // Remove anchor: the confirmation names the devices with certificate
    // aliases of the app; after it, the server has no anchor.
    void removeAnchorNamesDevices()
    {
        QString question;
        Prompts::confirmHook = [&question](const Prompts::Question &q) {
            question = q.text;
            return true;
        };
        TrustAnchorWizard w(m_client.get(), u"demo"_s);
        w.show();
        auto *page = w.applicationPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kTimeout);
        QCOMPARE(page->anchorsList()->topLevelItemCount(), 1);
        page->anchorsList()->setCurrentItem(page->anchorsList()->topLevelItem(0));
        QVERIFY(page->removeButton()->isEnabled());
        page->removeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(app(u"demo"_s).trustAnchorPems().isEmpty(), kTimeout);
        QVERIFY2(question.contains(u"old-sensor"_s) && question.contains(u"sensor-1"_s), qPrintable(question));
        QVERIFY(question.contains(u"approximated"_s));
        QTRY_COMPARE_WITH_TIMEOUT(page->anchorsList()->topLevelItem(0)->text(2), u"(none yet)"_s, kTimeout);
    }

    // Keyboard: every input of every page is in the focus chain with Tab
    // focus, and every label of an input has a mnemonic.
    void keyboardReachesEveryField()
    {
        TrustAnchorWizard a(m_client.get(), u"demo"_s);
        EnrollWizard e(m_client.get(), u"demo"_s);
        for (QWizard *w : {static_cast<QWizard *>(&a), static_cast<QWizard *>(&e)}) {
            QSet<QWidget *> chain;
            for (QWidget *c = w->nextInFocusChain(); c && c != w; c = c->nextInFocusChain())
                chain.insert(c);
            const auto inputs = w->findChildren<QWidget *>();
            int checked = 0;
            for (QWidget *in : inputs) {
                if (!qobject_cast<QLineEdit *>(in) && !qobject_cast<QComboBox *>(in) && !qobject_cast<QSpinBox *>(in)
                    && !qobject_cast<QAbstractButton *>(in))
                    continue;
                if (in->objectName().startsWith(u"qt_"_s) || in->parentWidget() == w
                    || qobject_cast<QSpinBox *>(in->parentWidget()) || qobject_cast<QLineEdit *>(in->parentWidget()))
                    continue; // the wizard's own buttons, inner parts of spin boxes and line edits
                ++checked;
                QVERIFY2(chain.contains(in), qPrintable(in->objectName() + u" not in the focus chain"_s));
                QVERIFY2(in->focusPolicy() & Qt::TabFocus, qPrintable(in->objectName()));
            }
            QVERIFY(checked > 20);
            for (QLabel *l : w->findChildren<QLabel *>())
                if (l->buddy())
                    QVERIFY2(l->text().contains(u'&'), qPrintable(l->text()));
        }
    }

    void cleanupTestCase() { stopSandbox(); }
};

QTEST_MAIN(TestWizards)
#include "test_wizards.moc"
