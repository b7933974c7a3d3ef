// Anchor rotation and renewal in the window, against a real drogue-sandbox,
// with the ledger the jobs write and `openssl` as the judge. Only visible
// buttons are clicked (the file and confirmation questions go through the
// Prompts hooks); the keys go to the wizards' default folders in a fresh
// home (HOME and XDG_* made before QApplication; nothing inside).
//
// rotateFromTheTab: `dwb` made the application's anchor and enrolled three
// devices; the Trust anchors tab's "Rotate…" shows the three devices on the
// old anchor, "Create New Anchor…" runs the trust anchor wizard (every
// default), the renewal re-issues the three under the new anchor (same
// keys, same subjects; each verifies with openssl against the new anchor
// and replaces its old ledger record), and the old anchor is removed: the
// server keeps only the new one.
//
// removeAnchorAsksTheLedger: the trust anchor wizard's "Remove Anchor…"
// names the three devices the ledger holds under the anchor (the rule of
// `dwb trust delete` and the rotation) and offers "Remove Anyway"; declined,
// the server keeps the anchor.
//
// renewFromTheCertificatesView: one device selected in the Certificates
// view, "Renew…" with "new key": its new certificate is for a new key
// (0600), verifies, and replaces its record.
#include "GuiTestUtil.h"

#include "core/config/Context.h"
#include "core/crypto/Certificate.h"
#include "core/ledger/CurrentCertificates.h"
#include "core/ledger/Ledger.h"
#include "gui/MainWindow.h"
#include "gui/apps/AppListModel.h"
#include "gui/certificates/CertificateFilterProxy.h"
#include "gui/certificates/CertificateTableModel.h"
#include "gui/certificates/CertificatesView.h"
#include "gui/common/Icons.h"
#include "gui/common/Prompts.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/common/ApplicationPage.h"
#include "gui/connection/ConnectionBar.h"
#include "gui/details/DetailsPane.h"
#include "gui/renewal/RenewReviewPage.h"
#include "gui/renewal/RenewSetupPage.h"
#include "gui/renewal/RenewWizard.h"
#include "gui/renewal/RetireAnchorPage.h"
#include "gui/renewal/RotateStartPage.h"
#include "gui/wizards/TrustAnchorWizard.h"
#include "support/Dwb.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QFileInfo>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 60000;

class TestRotation : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QTemporaryDir m_home;
    std::unique_ptr<test::Sandbox> m_sandbox;
    std::unique_ptr<ContextStore> m_contexts;
    InMemorySecretStore m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_confirmed;

    QString file(const QString &name) const { return m_tmp.filePath(name); }

    template <typename T>
    static T *topLevel(const QString &objectName)
    {
        T *found = nullptr;
        (void)QTest::qWaitFor([&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *t = qobject_cast<T *>(w); t && t->isVisible() && t->objectName() == objectName)
                    found = t;
            return found != nullptr;
        }, kTimeout);
        return found;
    }

    static bool click(QAbstractButton *b)
    {
        if (!b || !QTest::qWaitFor([b] { return b->isVisible() && b->isEnabled(); }, kTimeout)) {
            qWarning("button %s not visible and enabled", b ? qPrintable(b->objectName() + b->text()) : "(none)");
            return false;
        }
        QTest::mouseClick(b, Qt::LeftButton);
        return true;
    }

    static QAbstractButton *forward(QWizard *w)
    {
        QAbstractButton *commit = w->button(QWizard::CommitButton);
        return commit->isVisible() ? commit : w->button(QWizard::NextButton);
    }

    QList<LedgerRecord> current(const QString &app)
    {
        auto ledger = Ledger::open();
        if (!ledger)
            return {};
        auto records = currentDeviceRecords(**ledger, m_window->registryClient()->settings().contextName, app);
        return records ? *records : QList<LedgerRecord>();
    }

    static QString certFileOf(const LedgerRecord &r)
    {
        for (const QString &f : r.files)
            if (f.endsWith(u".pem"_s))
                return f;
        return {};
    }

    static QByteArray pubkeyOf(const QString &pem)
    {
        QByteArray out;
        test::openssl({u"x509"_s, u"-in"_s, pem, u"-noout"_s, u"-pubkey"_s}, &out);
        return out;
    }

    void openOnLab()
    {
        m_window = std::make_unique<MainWindow>(m_contexts.get(), &m_secrets);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(m_window->openSandbox(m_sandbox->dataDir()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionBar()->state(), ConnectionBar::State::Connected, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->appModel()->rowOf(u"lab"_s) >= 0, kTimeout);
        QVERIFY(m_window->selectApplication(u"lab"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid() && m_home.isValid());
        // This test's ledger (ctest's DWB_LEDGER), empty; the dwb runs below share it.
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(Ledger::defaultPath() + suffix);
        QVERIFY2(!QFileInfo::exists(workbenchDataPath(u"keys"_s)), "the wizards' default folder exists already");
        m_sandbox = std::make_unique<test::Sandbox>();
        QVERIFY2(m_sandbox->start({u"--no-broker"_s}), qPrintable(m_sandbox->errorString()));
        const auto env = test::isolatedDwbEnvironment(m_home.path());
        auto dwb = [&](const QStringList &args) {
            const auto r = test::runDwb(m_sandbox->dwbArgs() + args, env, 120000);
            if (r.code != 0)
                qWarning().noquote() << args.join(u' ') << r.both();
            return r.code;
        };
        QCOMPARE(dwb({u"create"_s, u"app"_s, u"lab"_s}), 0);
        QCOMPARE(dwb({u"trust"_s, u"create"_s, u"lab"_s, u"--key-output"_s, file(u"old.key"_s), u"--cert-output"_s,
                      file(u"old.pem"_s)}),
                 0);
        QVERIFY(test::writeFile(file(u"devices.txt"_s), "dev-1\ndev-2\ndev-3\n"));
        QCOMPARE(dwb({u"enroll-batch"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s, file(u"old.key"_s), u"--devices"_s,
                      file(u"devices.txt"_s), u"--out-dir"_s, file(u"old"_s)}),
                 0);
        m_contexts = std::make_unique<ContextStore>();
    }

    void cleanup()
    {
        test::resetPrompts();
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w != m_window.get() && w->isWindow() && w->isVisible())
                w->close();
        m_window.reset();
    }

    void cleanupTestCase()
    {
        if (m_sandbox)
            QCOMPARE(m_sandbox->stop(), 0);
    }

    void removeAnchorAsksTheLedger()
    {
        openOnLab();
        QString button;
        Prompts::confirmHook = [&](const Prompts::Question &q) {
            m_confirmed << q.text;
            button = q.accept;
            return false;
        };
        m_window->action(u"actionCreateTrustAnchor"_s)->trigger();
        auto *w = topLevel<TrustAnchorWizard>(u"trustAnchorWizard"_s);
        QVERIFY(w);
        auto *page = qobject_cast<ApplicationPage *>(w->currentPage());
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->anchorsList()->topLevelItemCount(), 1, kTimeout);
        page->anchorsList()->setCurrentItem(page->anchorsList()->topLevelItem(0));
        QVERIFY(click(page->findChild<QPushButton *>(u"removeAnchorButton"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(m_confirmed.size(), 1, kTimeout);
        const QString asked = m_confirmed.takeFirst();
        QVERIFY2(asked.contains(u"3 device(s) still depend on it"_s) && asked.contains(u"dev-1, dev-2, dev-3"_s),
                 qPrintable(asked));
        QVERIFY2(button.remove(u'&') == u"Remove Anyway"_s, qPrintable(button));
        w->close();
        auto app = await(m_window->registryClient()->getApp(u"lab"_s));
        QVERIFY2(app, test::why(app));
        QCOMPARE(app->trustAnchorPems().size(), 1);
    }

    void rotateFromTheTab()
    {
        openOnLab();
        Prompts::confirmHook = [this](const Prompts::Question &q) {
            m_confirmed << q.text;
            return true;
        };
        DetailsPane *details = m_window->details();
        QTRY_VERIFY_WITH_TIMEOUT(details->securityTree()->topLevelItemCount() == 1, kTimeout);
        details->setCurrentIndex(1);
        QVERIFY(click(details->rotateAnchorButton()));

        auto *w = topLevel<RenewWizard>(u"rotateAnchorWizard"_s);
        QVERIFY(w);
        RotateStartPage *start = w->rotatePage();
        QTRY_VERIFY2_WITH_TIMEOUT(start->dependentsLabel()->text().contains(u"3 device"_s),
                                  qPrintable(start->dependentsLabel()->text() + u" / context "_s
                                             + m_window->registryClient()->settings().contextName),
                                  kTimeout);
        QVERIFY2(start->dependentsLabel()->text().contains(u"dev-1, dev-2, dev-3"_s),
                 qPrintable(start->dependentsLabel()->text()));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled()); // no other anchor yet
        test::saveScreenshot(w, u"rotate-1-start"_s);

        // 1. The new anchor: the trust anchor wizard, every default.
        QVERIFY(click(start->createAnchorButton()));
        auto *anchor = topLevel<TrustAnchorWizard>(u"trustAnchorWizard"_s);
        QVERIFY(anchor);
        for (int i = 0; i < 3; ++i)
            QVERIFY(click(anchor->button(QWizard::NextButton)));
        QVERIFY(click(anchor->button(QWizard::CommitButton)));
        QTRY_COMPARE_WITH_TIMEOUT(anchor->currentId(), int(TrustAnchorWizard::ResultPageId), kTimeout);
        const QString newKey = anchor->job()->result()->keyPath;
        QVERIFY2(newKey.startsWith(workbenchDataPath(u"keys"_s)), qPrintable(newKey));
        QVERIFY(click(anchor->button(QWizard::FinishButton)));
        QTRY_COMPARE_WITH_TIMEOUT(start->anchorTree()->topLevelItemCount(), 2, kTimeout);

        // 2. The renewal of the three under the new anchor.
        QVERIFY(click(w->button(QWizard::NextButton)));
        QCOMPARE(w->currentId(), int(RenewWizard::SetupPageId));
        QCOMPARE(w->setupPage()->caKeyField()->path(), newKey);
        QTRY_VERIFY_WITH_TIMEOUT(w->button(QWizard::NextButton)->isEnabled(), kTimeout);
        QVERIFY(click(w->button(QWizard::NextButton)));
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(RenewWizard::ReviewPageId), kTimeout);
        auto *review = qobject_cast<RenewReviewPage *>(w->currentPage());
        QVERIFY(review);
        QCOMPARE(review->tree()->topLevelItemCount(), 3);
        QVERIFY(w->button(QWizard::CommitButton)->text().remove(u'&').startsWith(u"Renew 3 Device"_s));
        test::saveScreenshot(w, u"rotate-2-review"_s);
        QVERIFY(click(forward(w)));
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(RenewWizard::ResultPageId), kTimeout);

        // 3. The old anchor, now without dependents, removed.
        QVERIFY(click(w->button(QWizard::NextButton)));
        QCOMPARE(w->currentId(), int(RenewWizard::RetirePageId));
        RetireAnchorPage *retire = w->retirePage();
        QVERIFY2(retire->findChild<QLabel *>(u"retireText"_s)->text().contains(u"No device in the ledger depends"_s),
                 qPrintable(retire->findChild<QLabel *>(u"retireText"_s)->text()));
        QVERIFY(click(retire->removeButton()));
        QTRY_VERIFY_WITH_TIMEOUT(retire->removed(), kTimeout);
        QCOMPARE(m_confirmed.size(), 1);
        QVERIFY(!m_confirmed.first().contains(u"still depend"_s));
        test::saveScreenshot(w, u"rotate-3-retired"_s);
        QVERIFY(click(w->button(QWizard::FinishButton)));

        // The server keeps the new anchor only.
        auto app = await(m_window->registryClient()->getApp(u"lab"_s));
        QVERIFY2(app, test::why(app));
        QCOMPARE(app->trustAnchorPems().size(), 1);
        const QString newPem = file(u"new-anchor.pem"_s);
        QVERIFY(test::writeFile(newPem, app->trustAnchorPems().first()));
        QVERIFY(test::opensslFingerprint(newPem) != test::opensslFingerprint(file(u"old.pem"_s)));

        // The ledger: each device's current certificate is the renewal, under
        // the new anchor, for the old key, with the old subject.
        const QList<LedgerRecord> now = current(u"lab"_s);
        QCOMPARE(now.size(), 3);
        for (const LedgerRecord &r : now) {
            QCOMPARE(r.source, u"renew"_s);
            QVERIFY(r.replaces != 0);
            QCOMPARE(r.anchorFingerprint, test::opensslFingerprint(newPem));
            QCOMPARE(r.registration, Registration::Registered);
            const QString cert = certFileOf(r);
            QCOMPARE(r.fingerprint, test::opensslFingerprint(cert));
            QByteArray out;
            QCOMPARE(test::opensslVerifyAll(newPem, {cert}, &out), 1);
            const QString old = file(u"old/"_s + r.device + u".pem"_s);
            QCOMPARE(pubkeyOf(cert), pubkeyOf(old));
            auto a = Certificate::fromPem(test::readFile(cert));
            auto b = Certificate::fromPem(test::readFile(old));
            QVERIFY(a && b);
            QCOMPARE(a->subjectString(), b->subjectString());
        }
    }

    void renewFromTheCertificatesView()
    {
        openOnLab();
        QAction *show = m_window->action(u"actionShowCertificates"_s);
        QVERIFY(show);
        show->trigger();
        CertificatesView *view = m_window->certificatesView();
        QTRY_VERIFY_WITH_TIMEOUT(view->isShowingTable(), kTimeout);
        view->deviceEdit()->setText(u"dev-2"_s);
        view->stateCombo()->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->proxy()->rowCount() >= 1, kTimeout);
        const LedgerRecord before = [&] {
            for (const LedgerRecord &r : current(u"lab"_s))
                if (r.device == u"dev-2"_s)
                    return r;
            return LedgerRecord();
        }();
        QVERIFY(before.id != 0);
        // The row of dev-2's current certificate.
        int row = -1;
        for (int i = 0; i < view->proxy()->rowCount(); ++i)
            if (view->model()->record(view->proxy()->mapToSource(view->proxy()->index(i, 0)).row()).id == before.id)
                row = i;
        QVERIFY(row >= 0);
        QVERIFY(!view->renewButton()->isEnabled());
        view->table()->selectRow(row);
        QVERIFY(click(view->renewButton()));

        auto *w = topLevel<RenewWizard>(u"renewWizard"_s);
        QVERIFY(w);
        // The CA key the anchor wizard left in the default folder is found and checked.
        QTRY_VERIFY_WITH_TIMEOUT(w->button(QWizard::NextButton)->isEnabled(), kTimeout);
        QVERIFY(click(w->setupPage()->newKeyBox()));
        QVERIFY(w->setupPage()->newKeyBox()->isChecked());
        test::saveScreenshot(w, u"renew-1-setup"_s);
        QVERIFY(click(w->button(QWizard::NextButton)));
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(RenewWizard::ReviewPageId), kTimeout);
        QVERIFY(click(forward(w)));
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(RenewWizard::ResultPageId), kTimeout);
        QVERIFY(click(w->button(QWizard::FinishButton)));

        LedgerRecord after;
        for (const LedgerRecord &r : current(u"lab"_s))
            if (r.device == u"dev-2"_s)
                after = r;
        QCOMPARE(after.replaces, before.id);
        const QString cert = certFileOf(after);
        QVERIFY(pubkeyOf(cert) != pubkeyOf(certFileOf(before)));
        QString key;
        for (const QString &f : after.files)
            if (f.endsWith(u".key"_s))
                key = f;
        QVERIFY2(!key.isEmpty(), qPrintable(after.files.join(u", "_s)));
        QCOMPARE(test::fileMode(key), 0600);
        QByteArray keyPub;
        test::openssl({u"pkey"_s, u"-in"_s, key, u"-pubout"_s}, &keyPub);
        QCOMPARE(keyPub, pubkeyOf(cert));
        QByteArray out;
        QCOMPARE(test::opensslVerifyAll(file(u"new-anchor.pem"_s), {cert}, &out), 1);
    }
};

int main(int argc, char **argv)
{
    // A fresh home before anything reads it (as test_first_run).
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u".config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u".local/share"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(u".cache"_s)));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Drogue IoT"_s);
    QCoreApplication::setApplicationName(u"Drogue Workbench"_s);
    dwb::gui::initResources();
    TestRotation t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}
#include "test_rotation.moc"
