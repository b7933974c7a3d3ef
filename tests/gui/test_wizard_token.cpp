// The wizards with the CA key on a hardware token (issue 21), driven like a
// user against a real drogue-sandbox and a SoftHSM2 token made by the test
// in a private SOFTHSM2_CONF, found through p11-kit's registered modules
// (Debian's softhsm2 registers itself), as a user's would be:
//
// - the trust anchor wizard, key source "Hardware token": the PIN typed in
//   the PIN dialog, a new P-256 key made on the token; the anchor is on the
//   server, it verifies with openssl, the token holds the key (pkcs11-tool)
//   and its public key is the anchor's, and no key file was written under
//   the fresh HOME;
// - the enrollment wizard with that key: a key on the token that is no
//   anchor's is refused on the CA page as a file key is; the device
//   certificate verifies with openssl verify -x509_strict -purpose sslclient;
// - a wrong PIN: one refusal with the token's state ("user PIN count low"),
//   no second try by the workbench, and the PIN in no message the test
//   captures; the right PIN afterwards unlocks the token;
// - Ed25519: a new Ed25519 key made on a token of its own through the anchor
//   wizard signs the anchor and, in the enrollment wizard, a device whose
//   certificate verifies; on a token with an Ed25519 key beside a P-256 key,
//   the Ed25519 key is listed usable and the P-256 key disabled with the
//   reason (libp11 0.4.12 reads no key of such a token).
//
// With DWB_SCREENSHOT_DIR set: token-1-source, token-2-pin, token-3-result,
// token-4-wrong-pin, token-5-ed25519.
#include "GuiTestUtil.h"

#include "core/cloud/RegistryClient.h"
#include "core/ledger/Ledger.h"
#include "gui/common/TokenPinDialog.h"
#include "gui/wizards/EnrollWizard.h"
#include "gui/wizards/TrustAnchorWizard.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/common/ApplicationPage.h"
#include "gui/wizards/common/TokenKeyChooser.h"
#include "support/SoftHsmTokens.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTest>

#include <tuple>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

namespace {
const int kTimeout = qEnvironmentVariableIntValue("DWB_TEST_TIMEOUT") > 0 ? qEnvironmentVariableIntValue("DWB_TEST_TIMEOUT") : 60000;
const QString kPin = u"246810"_s;
const QString kWrongPin = u"975319"_s;

// Every message of the process (qDebug … qFatal), to look for a PIN in.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class TestWizardToken : public test::WizardTestBase {
    Q_OBJECT

    QString m_home;
    test::SoftHsmTokens m_tokens;

    int tool(const QStringList &args, QByteArray *out = nullptr) { return m_tokens.tool(args, out); }

    QString opensslOut(const QStringList &args)
    {
        QByteArray out, err;
        const int rc = test::run(test::openssl(), args, &out, &err);
        return rc == 0 ? QString::fromUtf8(out) : u"error: "_s + QString::fromUtf8(err);
    }

    // The visible PIN dialog of the chooser, if one is open.
    static TokenPinDialog *openDialog(TokenKeyChooser *chooser)
    {
        const auto dialogs = chooser->findChildren<TokenPinDialog *>();
        for (TokenPinDialog *d : dialogs)
            if (d->isVisible())
                return d;
        return nullptr;
    }

    // On the current page's chooser: the token "label" chosen as a user does
    // (the combo lists what p11-kit finds), "Unlock…" clicked, pin typed into
    // the PIN dialog and its Unlock button clicked; *chooser set.
    void unlock(QWizard *w, const QString &label, const QString &pin, TokenKeyChooser **out,
                const QString &shot = {})
    {
        auto *chooser = w->currentPage()->findChild<TokenKeyChooser *>();
        QVERIFY(chooser);
        QComboBox *combo = chooser->tokenCombo();
        QTRY_VERIFY2_WITH_TIMEOUT(combo->findText(label + u" ("_s, Qt::MatchStartsWith) >= 0 && combo->isEnabled(),
                                  qPrintable(u"tokens: %1; %2"_s.arg(combo->count()).arg(chooser->statusText())),
                                  kTimeout);
        combo->setCurrentIndex(combo->findText(label + u" ("_s, Qt::MatchStartsWith));
        click(chooser->unlockButton());
        QPointer<TokenPinDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openDialog(chooser)), kTimeout);
        const QString text = dialog->findChild<QLabel *>(u"tokenPinText"_s)->text();
        QVERIFY2(text.contains(u"token '%1'"_s.arg(label)), qPrintable(text));
        QCOMPARE(dialog->pinEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog->okButton()->isEnabled()); // nothing typed yet
        QTest::keyClicks(dialog->pinEdit(), pin);
        if (!shot.isEmpty())
            test::saveScreenshot(dialog, shot);
        click(dialog->okButton());
        // The login runs on a worker: the window is still free right after the click.
        QVERIFY2(chooser->isBusy() && chooser->findChild<QWidget *>(u"tokenBusy"_s)->isVisible(),
                 "the token's login ran on the GUI thread");
        QTRY_VERIFY_WITH_TIMEOUT(!chooser->isBusy() && (!dialog || !dialog->isVisible()), kTimeout);
        *out = chooser;
    }

    // A radio button's click lands on its indicator (its middle may be past its text).
    void clickRadio(QAbstractButton *b)
    {
        QVERIFY(b);
        QTRY_VERIFY_WITH_TIMEOUT(b->isVisible() && b->isEnabled(), kTimeout);
        QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(8, b->height() / 2));
        QVERIFY(b->isChecked());
    }

    // A click on the list row whose text starts with text.
    void clickRow(QListWidget *list, const QString &text)
    {
        const auto items = list->findItems(text, Qt::MatchStartsWith);
        QVERIFY2(items.size() == 1, qPrintable(text));
        QTRY_VERIFY_WITH_TIMEOUT(list->isEnabled(), kTimeout);
        list->scrollToItem(items.first());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
        QCOMPARE(list->currentItem(), items.first());
    }

    // The application's anchor as the server has it, in a file.
    QString serverAnchor(const QString &file)
    {
        auto a = await(m_checker->getApp(u"tokenapp"_s));
        if (!a || a->trustAnchorPems().isEmpty())
            return {};
        test::writeAll(path(file), a->trustAnchorPems().first());
        return path(file);
    }

    // The anchor wizard from its first page to its key page's token source,
    // the token unlocked (unlock()).
    void toTokenKeyPage(TrustAnchorWizard &w, const QString &app, const QString &token, TokenKeyChooser **chooser)
    {
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.applicationPage()->isComplete(), kTimeout);
        QCOMPARE(w.applicationName(), app);
        QVERIFY(clickNext(&w));
        clickRadio(child<QRadioButton>(&w, u"tokenRadio"_s));
        unlock(&w, token, kPin, chooser);
    }

    // The enrollment wizard from its first page to the CA page's token
    // source, for one device.
    void toTokenCaPage(EnrollWizard &w, const QString &device)
    {
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::DevicePageId));
        QTest::keyClicks(child<QLineEdit>(&w, u"deviceName"_s), device);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::CaPageId));
        clickRadio(child<QRadioButton>(&w, u"caTokenRadio"_s));
    }

    // From a complete CA page: the device key's default, outDir, Enroll.
    void finishEnroll(EnrollWizard &w, const QString &outDir)
    {
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::KeyPageId));
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::OutputPageId));
        auto *out = child<QLineEdit>(&w, u"outputDir"_s);
        out->clear();
        QTest::keyClicks(out, outDir);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::SummaryPageId));
        QVERIFY(clickNext(&w));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(EnrollWizard::ResultPageId), kTimeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previous = qInstallMessageHandler(capture);
        // A fresh HOME (the wizards' suggested folders, Qt's test-mode data)
        // and a private SoftHSM2 token folder, before any module is loaded.
        QVERIFY(m_tmp.isValid());
        m_home = path(u"home"_s);
        QVERIFY(QDir().mkpath(m_home));
        qputenv("HOME", QFile::encodeName(m_home));
        for (const char *v : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "DWB_PKCS11_PIN"})
            qunsetenv(v);
        QVERIFY(QFile::exists(test::SoftHsmTokens::module()));
        QVERIFY(m_tokens.setUp(m_tmp.path()));
        // Labels no prefix of each other (pkcs11-tool's --token-label takes a prefix).
        for (const QString &label : {u"lab"_s, u"pintok"_s, u"edtok"_s, u"guied"_s}) {
            QByteArray out;
            QVERIFY2(m_tokens.initToken(label, kPin, &out), out.constData());
        }
        // A key on the token that is no anchor of the application.
        QByteArray out;
        QVERIFY2(m_tokens.keyPair(u"lab"_s, kPin, u"EC:prime256v1"_s, u"foreign-ca"_s, u"0f"_s, &out), out.constData());
        // A token with an Ed25519 key beside a P-256 one (libp11 0.4.12
        // then reads neither; the workbench signs with the Ed25519 key itself).
        for (const auto &[type, label, id] : {std::tuple{u"EC:edwards25519"_s, u"ca-ed"_s, u"e0"_s},
                                              std::tuple{u"EC:prime256v1"_s, u"ca-beside"_s, u"e1"_s}})
            QVERIFY2(m_tokens.keyPair(u"edtok"_s, kPin, type, label, id, &out), out.constData());
        startSandbox();
        if (QTest::currentTestFailed())
            return;
        for (const QString &name : {u"tokenapp"_s, u"otherapp"_s, u"edapp"_s}) {
            const Status st = await(m_checker->createApp(Application::create(name)));
            QVERIFY2(st, test::why(st));
        }
    }

    void cleanupTestCase()
    {
        stopSandbox();
        qInstallMessageHandler(g_previous);
    }

    void cleanup() { test::resetPrompts(); }

    // A new anchor whose key is made on the token; no key file anywhere.
    void anchorWithNewKeyOnToken()
    {
        TrustAnchorWizard w(m_client.get(), u"tokenapp"_s);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.applicationPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(TrustAnchorWizard::KeyPageId));
        clickRadio(child<QRadioButton>(&w, u"tokenRadio"_s));
        QVERIFY(nextIsGated(&w)); // nothing chosen on the token yet
        TokenKeyChooser *chooser = nullptr;
        unlock(&w, u"lab"_s, kPin, &chooser, u"token-2-pin"_s);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(chooser->isUnlocked(), kTimeout);
        QVERIFY2(chooser->statusText().contains(u"unlocked"_s), qPrintable(chooser->statusText()));
        QListWidget *keys = chooser->keyList();
        QCOMPARE(keys->count(), 1);
        QCOMPARE(keys->item(0)->text(), u"foreign-ca — ECDSA P-256"_s);

        clickRadio(child<QRadioButton>(&w, u"tokenNewRadio"_s));
        // Every family is offered, Ed25519 too; P-256 is the default.
        auto *picker = chooser->findChild<AlgorithmPicker *>();
        QVERIFY(picker);
        auto *families = qobject_cast<QStandardItemModel *>(picker->familyCombo()->model());
        QVERIFY(families);
        for (int i = 0; i < families->rowCount(); ++i)
            QVERIFY2(families->item(i)->isEnabled(), qPrintable(families->item(i)->text()));
        QVERIFY(picker->familyCombo()->findText(u"Ed25519"_s) >= 0);
        QCOMPARE(picker->algorithm(), KeyAlgorithm::EcdsaP256);
        // A label the token has already is refused here.
        auto *label = child<QLineEdit>(&w, u"tokenNewLabel"_s);
        QTest::keyClicks(label, u"foreign-ca"_s);
        QVERIFY(nextIsGated(&w));
        QVERIFY2(chooser->statusText().contains(u"already has a key 'foreign-ca'"_s), qPrintable(chooser->statusText()));
        label->clear();
        QTest::keyClicks(label, u"app-ca"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        shoot(&w, u"token-1-source"_s);

        const QString uri = u"pkcs11:token=lab;object=app-ca"_s;
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(TrustAnchorWizard::SummaryPageId)); // no file to choose: no storage page
        const QString summary = child<QLabel>(&w, u"summaryText"_s)->text();
        QVERIFY2(summary.contains(uri) && summary.contains(u"made on the token"_s), qPrintable(summary));
        QVERIFY(!summary.contains(kPin));
        QVERIFY(clickNext(&w));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(TrustAnchorWizard::ResultPageId), kTimeout);
        QVERIFY2(w.job()->result().ok(), test::why(w.job()->result()));
        QCOMPARE(w.job()->result()->keyPath, uri);
        const QString result = child<QLabel>(&w, u"resultText"_s)->text();
        QVERIFY2(result.contains(u"CA key on the token:"_s) && result.contains(uri), qPrintable(result));
        QVERIFY(!result.contains(u"CA key file:"_s));
        shoot(&w, u"token-3-result"_s);

        // The server has the anchor, and openssl accepts it.
        const QString anchor = serverAnchor(u"anchor.pem"_s);
        QVERIFY(!anchor.isEmpty());
        QByteArray out;
        QCOMPARE(test::openssl({u"verify"_s, u"-x509_strict"_s, u"-CAfile"_s, anchor, anchor}, &out), 0);
        QVERIFY2(out.contains(": OK"), out.constData());
        // The token holds the private key (sensitive, never extractable), and
        // its public key is the anchor's.
        QCOMPARE(tool({u"--token-label"_s, u"lab"_s, u"--login"_s, u"--pin"_s, kPin, u"--list-objects"_s,
                       u"--type"_s, u"privkey"_s, u"--label"_s, u"app-ca"_s},
                      &out),
                 0);
        QVERIFY2(out.contains("app-ca") && out.contains("never extractable") && out.contains("sensitive"),
                 out.constData());
        QCOMPARE(tool({u"--token-label"_s, u"lab"_s, u"--read-object"_s, u"--type"_s, u"pubkey"_s, u"--label"_s,
                       u"app-ca"_s, u"-o"_s, path(u"app-ca-pub.der"_s)}),
                 0);
        const QString fromToken = opensslOut({u"pkey"_s, u"-pubin"_s, u"-inform"_s, u"DER"_s, u"-in"_s,
                                              path(u"app-ca-pub.der"_s)});
        QVERIFY2(fromToken.contains(u"PUBLIC KEY"_s), qPrintable(fromToken));
        QCOMPARE(fromToken, opensslOut({u"x509"_s, u"-in"_s, anchor, u"-noout"_s, u"-pubkey"_s}));
        // No key file: nothing under HOME holds a private key or is named like one.
        int files = 0;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            ++files;
            QVERIFY2(!f.endsWith(u".key"_s) && !test::readAll(f).contains("PRIVATE KEY"), qPrintable(f));
        }
        qInfo("%d file(s) under the fresh HOME, none a key", files);
        // Nor in the test's folder (outside the token's own store).
        QDirIterator all(m_tmp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (all.hasNext()) {
            const QString f = all.next();
            if (!f.startsWith(path(u"tokens/"_s)))
                QVERIFY2(!test::readAll(f).contains("PRIVATE KEY"), qPrintable(f));
        }
        // The ledger records the anchor with no file: not the URI as a key file.
        auto ledger = Ledger::open(qEnvironmentVariable("DWB_LEDGER"));
        QVERIFY2(ledger, qPrintable(ledger ? QString() : ledger.error().toString()));
        LedgerFilter filter;
        filter.kind = LedgerKind::Anchor;
        const auto records = (*ledger)->find(filter);
        QVERIFY(records);
        const QString fingerprint = test::opensslFingerprint(anchor);
        QVERIFY(!fingerprint.isEmpty());
        const auto record = std::find_if(records->cbegin(), records->cend(),
                                         [&](const LedgerRecord &r) { return r.fingerprint == fingerprint; });
        QVERIFY(record != records->cend());
        QCOMPARE(record->registration, Registration::Registered);
        QVERIFY2(record->files.isEmpty(), qPrintable(record->files.join(u", "_s)));

        // "Enroll a Device…" hands the token's key over (no key file to read, no PIN asked again).
        std::optional<AnchorOutcome> handed;
        connect(&w, &TrustAnchorWizard::enrollDeviceRequested, this, [&](const AnchorOutcome &o) { handed = o; });
        click(child<QPushButton>(&w, u"enrollDeviceButton"_s));
        QVERIFY(handed);
        QCOMPARE(handed->keyPath, uri);
        QVERIFY(!handed->key.isNull());
        QVERIFY(handed->anchor.matches(handed->key));
    }

    // A new anchor for another application with a key the token already has.
    void anchorWithExistingKeyOnToken()
    {
        TrustAnchorWizard w(m_client.get(), u"otherapp"_s);
        TokenKeyChooser *chooser = nullptr;
        toTokenKeyPage(w, u"otherapp"_s, u"lab"_s, &chooser);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(child<QRadioButton>(&w, u"tokenExistingRadio"_s)->isChecked()); // the default
        QTRY_COMPARE_WITH_TIMEOUT(chooser->keyList()->count(), 2, kTimeout);
        clickRow(chooser->keyList(), u"foreign-ca"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(!chooser->key().isNull());
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(TrustAnchorWizard::SummaryPageId));
        const QString summary = child<QLabel>(&w, u"summaryText"_s)->text();
        QVERIFY2(summary.contains(u"existing key on the token"_s)
                     && summary.contains(u"pkcs11:token=lab;object=foreign-ca;id=%0F"_s),
                 qPrintable(summary));
        QVERIFY(clickNext(&w));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(TrustAnchorWizard::ResultPageId), kTimeout);
        QVERIFY2(w.job()->result().ok(), test::why(w.job()->result()));
        auto a = await(m_checker->getApp(u"otherapp"_s));
        QVERIFY2(a, test::why(a));
        QCOMPARE(a->trustAnchorPems().size(), 1);
        QVERIFY(test::writeAll(path(u"other-anchor.pem"_s), a->trustAnchorPems().first()));
        QCOMPARE(tool({u"--token-label"_s, u"lab"_s, u"--read-object"_s, u"--type"_s, u"pubkey"_s, u"--label"_s,
                       u"foreign-ca"_s, u"-o"_s, path(u"foreign-pub.der"_s)}),
                 0);
        QCOMPARE(opensslOut({u"pkey"_s, u"-pubin"_s, u"-inform"_s, u"DER"_s, u"-in"_s, path(u"foreign-pub.der"_s)}),
                 opensslOut({u"x509"_s, u"-in"_s, path(u"other-anchor.pem"_s), u"-noout"_s, u"-pubkey"_s}));
    }

    // The CA page: a token key of no anchor is refused, the anchor's key
    // matches; the device certificate verifies with openssl.
    void enrollWithCaKeyOnToken()
    {
        EnrollWizard w(m_client.get(), u"tokenapp"_s);
        toTokenCaPage(w, u"token-dev"_s);
        if (QTest::currentTestFailed())
            return;
        TokenKeyChooser *chooser = nullptr;
        unlock(&w, u"lab"_s, kPin, &chooser);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(chooser->keyList()->count() == 2, kTimeout);
        auto *status = child<QLabel>(&w, u"caStatus"_s);

        clickRow(chooser->keyList(), u"foreign-ca"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"belongs to none of the 1 trust anchor(s)"_s),
                                  qPrintable(status->text() + u" | "_s + chooser->statusText()), kTimeout);
        QVERIFY2(status->text().contains(u"pkcs11:token=lab;object=foreign-ca"_s), qPrintable(status->text()));
        QVERIFY(nextIsGated(&w));

        clickRow(chooser->keyList(), u"app-ca"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY2(status->text().contains(u"Matches trust anchor #0"_s), qPrintable(status->text()));
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::KeyPageId));
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::OutputPageId));
        auto *out = child<QLineEdit>(&w, u"outputDir"_s);
        out->clear();
        QTest::keyClicks(out, path(u"out"_s));
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::SummaryPageId));
        const QString summary = child<QLabel>(&w, u"summaryText"_s)->text();
        QVERIFY2(summary.contains(u"pkcs11:token=lab;object=app-ca"_s), qPrintable(summary));
        QVERIFY(clickNext(&w));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(EnrollWizard::ResultPageId), kTimeout);
        QVERIFY2(w.job()->result().ok(), test::why(w.job()->result()));

        const QString ca = serverAnchor(u"ca.pem"_s), dev = path(u"out/token-dev.pem"_s);
        QVERIFY(QFile::exists(dev));
        QByteArray verified;
        QCOMPARE(test::openssl({u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s, ca, dev},
                               &verified),
                 0);
        QVERIFY2(verified.contains(": OK"), verified.constData());
        auto device = await(m_checker->getDevice(u"tokenapp"_s, u"token-dev"_s));
        QVERIFY2(device, test::why(device));
        QCOMPARE(device->aliases(), QStringList{u"CN=token-dev, O=Drogue IoT, OU=tokenapp"_s});
    }

    // Several devices from a list, signed by the token's key (the key the CA
    // page opened: the batch job asks for no PIN): all verify with openssl.
    void batchWithCaKeyOnToken()
    {
        EnrollWizard w(m_client.get(), u"tokenapp"_s);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        clickRadio(child<QRadioButton>(&w, u"severalDevicesRadio"_s));
        child<QPlainTextEdit>(&w, u"deviceListEdit"_s)->setPlainText(u"tb-1\ntb-2\ntb-3\ntb-4\ntb-5\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(EnrollWizard::CaPageId));
        clickRadio(child<QRadioButton>(&w, u"caTokenRadio"_s));
        TokenKeyChooser *chooser = nullptr;
        unlock(&w, u"lab"_s, kPin, &chooser);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(chooser->keyList()->count() == 2, kTimeout);
        clickRow(chooser->keyList(), u"app-ca"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        finishEnroll(w, path(u"batch"_s));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(w.batchJob());
        QVERIFY2(w.batchJob()->result().status.ok(), test::why(w.batchJob()->result().status));
        QCOMPARE(w.batchJob()->result().enrolled, 5);
        QStringList certs;
        for (int i = 1; i <= 5; ++i)
            certs << path(u"batch/tb-%1.pem"_s.arg(i));
        QByteArray verified;
        QCOMPARE(test::opensslVerifyAll(path(u"ca.pem"_s), certs, &verified), 5);
    }

    // A new Ed25519 key made on a token of its own through the anchor
    // wizard: the anchor (Ed25519, self-signed on the token) on the server;
    // then the enrollment wizard signs a device with it on the token.
    void ed25519KeyMadeAndUsed()
    {
        TrustAnchorWizard a(m_client.get(), u"edapp"_s);
        TokenKeyChooser *chooser = nullptr;
        toTokenKeyPage(a, u"edapp"_s, u"guied"_s, &chooser);
        if (QTest::currentTestFailed())
            return;
        clickRadio(child<QRadioButton>(&a, u"tokenNewRadio"_s));
        auto *picker = chooser->findChild<AlgorithmPicker *>();
        QVERIFY(picker);
        picker->familyCombo()->setCurrentIndex(picker->familyCombo()->findText(u"Ed25519"_s));
        QCOMPARE(picker->algorithm(), KeyAlgorithm::Ed25519);
        QTest::keyClicks(child<QLineEdit>(&a, u"tokenNewLabel"_s), u"ed-ca"_s);
        QTRY_VERIFY_WITH_TIMEOUT(a.currentPage()->isComplete(), kTimeout);
        shoot(&a, u"token-5-ed25519"_s);
        QVERIFY(clickNext(&a));
        QCOMPARE(a.currentId(), int(TrustAnchorWizard::SummaryPageId));
        QVERIFY(clickNext(&a));
        QTRY_COMPARE_WITH_TIMEOUT(a.currentId(), int(TrustAnchorWizard::ResultPageId), kTimeout);
        QVERIFY2(a.job()->result().ok(), test::why(a.job()->result()));
        QCOMPARE(a.job()->result()->keyPath, u"pkcs11:token=guied;object=ed-ca"_s);
        auto app = await(m_checker->getApp(u"edapp"_s));
        QVERIFY2(app && app->trustAnchorPems().size() == 1, "no anchor on the server");
        QVERIFY(test::writeAll(path(u"ed-anchor.pem"_s), app->trustAnchorPems().first()));
        QVERIFY(opensslOut({u"x509"_s, u"-in"_s, path(u"ed-anchor.pem"_s), u"-noout"_s, u"-text"_s})
                    .contains(u"Signature Algorithm: ED25519"_s));
        QByteArray out;
        QCOMPARE(tool({u"--token-label"_s, u"guied"_s, u"--login"_s, u"--pin"_s, kPin, u"--list-objects"_s,
                       u"--type"_s, u"privkey"_s},
                      &out),
                 0);
        QVERIFY2(out.contains("EC_EDWARDS") && out.contains("never extractable"), out.constData());

        EnrollWizard w(m_client.get(), u"edapp"_s);
        toTokenCaPage(w, u"ed-dev"_s);
        if (QTest::currentTestFailed())
            return;
        unlock(&w, u"guied"_s, kPin, &chooser);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(chooser->keyList()->count(), 1, kTimeout);
        QCOMPARE(chooser->keyList()->item(0)->text(), u"ed-ca — Ed25519"_s);
        clickRow(chooser->keyList(), u"ed-ca"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        QVERIFY2(child<QLabel>(&w, u"caStatus"_s)->text().contains(u"Matches trust anchor #0"_s),
                 qPrintable(child<QLabel>(&w, u"caStatus"_s)->text()));
        finishEnroll(w, path(u"ed-out"_s));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(w.job()->result().ok(), test::why(w.job()->result()));
        QCOMPARE(test::openssl({u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s,
                                path(u"ed-anchor.pem"_s), path(u"ed-out/ed-dev.pem"_s)},
                               &out),
                 0);
    }

    // On a token with an Ed25519 key beside a P-256 key the Ed25519 key is
    // usable; the P-256 key is listed but cannot be chosen, with the reason.
    void ed25519BesideP256OnToken()
    {
        EnrollWizard w(m_client.get(), u"tokenapp"_s);
        toTokenCaPage(w, u"ed-dev"_s);
        if (QTest::currentTestFailed())
            return;
        TokenKeyChooser *chooser = nullptr;
        unlock(&w, u"edtok"_s, kPin, &chooser);
        if (QTest::currentTestFailed())
            return;
        QListWidget *keys = chooser->keyList();
        QTRY_COMPARE_WITH_TIMEOUT(keys->count(), 2, kTimeout);
        const auto beside = keys->findItems(u"ca-beside — ECDSA P-256"_s, Qt::MatchExactly);
        QCOMPARE(beside.size(), 1);
        QVERIFY(!(beside.first()->flags() & Qt::ItemIsEnabled));
        QVERIFY2(beside.first()->toolTip().contains(u"libp11 0.4.12 reads no RSA or ECDSA key"_s)
                     && beside.first()->toolTip().contains(u"('ca-ed', Ed25519)"_s),
                 qPrintable(beside.first()->toolTip()));
        // The Ed25519 key loads; it is no anchor of tokenapp: refused as a file key would be.
        clickRow(keys, u"ca-ed"_s);
        auto *status = child<QLabel>(&w, u"caStatus"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"belongs to none of the"_s),
                                  qPrintable(status->text() + u" | "_s + chooser->statusText()), kTimeout);
        QVERIFY(!chooser->key().isNull());
        QCOMPARE(chooser->key().algorithm(), std::optional(KeyAlgorithm::Ed25519));
        QVERIFY(nextIsGated(&w));
    }

    // A wrong PIN: refused once with the token's state; the workbench asks
    // no second time; the PIN is in no message. The right one then works.
    void wrongPinRefusedOnce()
    {
        EnrollWizard w(m_client.get(), u"tokenapp"_s);
        toTokenCaPage(w, u"pin-dev"_s);
        if (QTest::currentTestFailed())
            return;
        TokenKeyChooser *chooser = nullptr;
        unlock(&w, u"pintok"_s, kWrongPin, &chooser);
        if (QTest::currentTestFailed())
            return;
        const QString said = chooser->statusText();
        QVERIFY2(said.contains(u"The token 'pintok' refused the PIN (not retried)"_s)
                     && said.contains(u"user PIN count low"_s),
                 qPrintable(said));
        QVERIFY(!chooser->isUnlocked());
        QVERIFY(nextIsGated(&w));
        // No second dialog of its own accord.
        QTest::qWait(500);
        const auto dialogs = chooser->findChildren<TokenPinDialog *>();
        for (const TokenPinDialog *d : dialogs)
            QVERIFY(!d->isVisible());
        // The PIN typed is in no text on screen and no message of the process.
        for (const QLabel *l : w.findChildren<QLabel *>())
            QVERIFY2(!l->text().contains(kWrongPin), qPrintable(l->objectName()));
        {
            QMutexLocker lock(&g_logMutex);
            for (const QString &m : std::as_const(g_log))
                QVERIFY2(!m.contains(kWrongPin) && !m.contains(kPin), qPrintable(m));
        }
        shoot(&w, u"token-4-wrong-pin"_s);

        // The user decides: the right PIN unlocks it (the token has no keys).
        unlock(&w, u"pintok"_s, kPin, &chooser);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(chooser->isUnlocked(), kTimeout);
        QVERIFY2(chooser->statusText().contains(u"unlocked: 0 private key"_s), qPrintable(chooser->statusText()));
    }
};

QTEST_MAIN(TestWizardToken)
#include "test_wizard_token.moc"
