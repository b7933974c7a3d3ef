// The Trust anchors tab's "Back Up…" and "Restore…" against a real
// drogue-sandbox: the questions (CA key, output file, passphrase twice) are
// answered through the Prompts hooks, the backup opens with `openssl pkcs12`
// (OpenSSL 3 defaults) and its key is the anchor's; a restore with a wrong
// passphrase says so and writes nothing; a right one writes the anchor's key.
#include "GuiTestUtil.h"

#include "core/cloud/RegistryClient.h"
#include "core/config/Context.h"
#include "gui/MainWindow.h"
#include "gui/apps/AppListModel.h"
#include "gui/common/Prompts.h"
#include "gui/connection/ConnectionBar.h"
#include "gui/details/DetailsPane.h"
#include "support/Dwb.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <sys/stat.h>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 20000;

class TestAnchorBackup : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QTemporaryDir m_home;
    std::unique_ptr<test::Sandbox> m_sandbox;
    std::unique_ptr<ContextStore> m_contexts;
    InMemorySecretStore m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_messages; // "error: …" / "information: …"
    QStringList m_asked;    // the passphrase questions

    QString file(const QString &name) const { return m_tmp.filePath(name); }

    QByteArray openssl(const QStringList &args, int *rc = nullptr)
    {
        QByteArray out, err;
        const int code = test::run(u"openssl"_s, args, &out, &err);
        if (rc)
            *rc = code;
        return out;
    }

    void answer(const QString &open, const QString &save, const QString &passphrase)
    {
        Prompts::openFilesHook = [open](const Prompts::Question &) { return QStringList{open}; };
        Prompts::saveFileHook = [save](const Prompts::Question &) { return QStringList{save}; };
        Prompts::textHook = [this, passphrase](const Prompts::Question &q) -> std::optional<QString> {
            if (!q.secret)
                return std::nullopt;
            m_asked << q.text;
            return passphrase;
        };
        Prompts::messageHook = [this](const Prompts::Question &q) { m_messages << q.items.value(0) + u": "_s + q.text; };
        m_messages.clear();
        m_asked.clear();
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
        DetailsPane *details = m_window->details();
        QTRY_VERIFY_WITH_TIMEOUT(!details->backupAnchorButton()->isHidden(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(details->securityTree()->topLevelItemCount() == 1, kTimeout);
        details->setCurrentIndex(1);
        QCOMPARE(details->tabText(1), u"Trust anchors"_s);
        QTRY_VERIFY_WITH_TIMEOUT(details->backupAnchorButton()->isVisible(), kTimeout);
        QVERIFY(details->backupAnchorButton()->isEnabled());
        details->securityTree()->setCurrentItem(details->securityTree()->topLevelItem(0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid() && m_home.isValid());
        m_sandbox = std::make_unique<test::Sandbox>();
        QVERIFY2(m_sandbox->start({u"--no-broker"_s}), qPrintable(m_sandbox->errorString()));
        const auto env = test::isolatedDwbEnvironment(m_home.path());
        QCOMPARE(test::runDwb(m_sandbox->dwbArgs() + QStringList{u"create"_s, u"app"_s, u"lab"_s}, env).code, 0);
        const auto r = test::runDwb(m_sandbox->dwbArgs()
                                        + QStringList{u"trust"_s, u"create"_s, u"lab"_s, u"--key-output"_s,
                                                      file(u"ca.key"_s), u"--cert-output"_s, file(u"ca.pem"_s)},
                                    env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_contexts = std::make_unique<ContextStore>();
    }

    void cleanup()
    {
        test::resetPrompts();
        m_window.reset();
    }

    void backUpFromTheTab()
    {
        openOnLab();
        const QString p12 = file(u"lab-anchor.p12"_s);
        answer(file(u"ca.key"_s), p12, u"gui passphrase"_s);
        if (!qEnvironmentVariableIsEmpty("DWB_SCREENSHOT_DIR")) {
            // For the docs: the tab with its buttons, and the passphrase
            // question as the real dialog shows it (bullets).
            test::saveScreenshot(m_window.get(), u"anchor-backup-tab"_s);
            Prompts::textHook = [this](const Prompts::Question &q) -> std::optional<QString> {
                m_asked << q.text;
                if (m_asked.size() == 1) {
                    QInputDialog d(m_window.get());
                    d.setWindowTitle(q.title);
                    d.setLabelText(q.text);
                    d.setTextEchoMode(QLineEdit::Password);
                    d.setTextValue(u"gui passphrase"_s);
                    d.show();
                    if (QTest::qWaitForWindowExposed(&d))
                        test::saveScreenshot(&d, u"anchor-backup-passphrase"_s);
                }
                return u"gui passphrase"_s;
            };
        }
        QTest::mouseClick(m_window->details()->backupAnchorButton(), Qt::LeftButton);
        QVERIFY2(QFileInfo::exists(p12), qPrintable(m_messages.join(u'\n')));
        QCOMPARE(m_asked.size(), 2); // asked twice
        QVERIFY2(m_messages.size() == 1 && m_messages.at(0).startsWith(u"information: "_s),
                 qPrintable(m_messages.join(u'\n')));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(p12).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QFile pass(file(u"pass"_s));
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("gui passphrase\n");
        pass.close();
        int rc = -1;
        const QByteArray pem =
            openssl({u"pkcs12"_s, u"-in"_s, p12, u"-nodes"_s, u"-passin"_s, u"file:"_s + file(u"pass"_s)}, &rc);
        QCOMPARE(rc, 0);
        QFile inside(file(u"inside.pem"_s));
        QVERIFY(inside.open(QIODevice::WriteOnly));
        inside.write(pem);
        inside.close();
        const QByteArray keyPub = openssl({u"pkey"_s, u"-in"_s, file(u"inside.pem"_s), u"-pubout"_s});
        QVERIFY(!keyPub.isEmpty());
        QCOMPARE(keyPub, openssl({u"x509"_s, u"-in"_s, file(u"ca.pem"_s), u"-noout"_s, u"-pubkey"_s}));

        // Again onto the same file: refused, the file is kept.
        const QByteArray before = [&] {
            QFile f(p12);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        answer(file(u"ca.key"_s), p12, u"other"_s);
        QTest::mouseClick(m_window->details()->backupAnchorButton(), Qt::LeftButton);
        QVERIFY2(m_messages.size() == 1 && m_messages.at(0).startsWith(u"error: "_s)
                     && m_messages.at(0).contains(u"exists already"_s),
                 qPrintable(m_messages.join(u'\n')));
        QFile again(p12);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), before);
    }

    void restoreFromTheTab()
    {
        openOnLab();
        answer(file(u"lab-anchor.p12"_s), file(u"wrong.key"_s), u"not it"_s);
        QTest::mouseClick(m_window->details()->restoreAnchorButton(), Qt::LeftButton);
        QVERIFY2(m_messages.size() == 1 && m_messages.at(0).contains(u"The passphrase does not open lab-anchor.p12."_s),
                 qPrintable(m_messages.join(u'\n')));
        QVERIFY(!QFileInfo::exists(file(u"wrong.key"_s)));

        answer(file(u"lab-anchor.p12"_s), file(u"restored.key"_s), u"gui passphrase"_s);
        QTest::mouseClick(m_window->details()->restoreAnchorButton(), Qt::LeftButton);
        QVERIFY2(m_messages.size() == 1 && m_messages.at(0).startsWith(u"information: "_s)
                     && m_messages.at(0).contains(u"It is a trust anchor of lab."_s),
                 qPrintable(m_messages.join(u'\n')));
        QCOMPARE(openssl({u"pkey"_s, u"-in"_s, file(u"restored.key"_s), u"-pubout"_s}),
                 openssl({u"x509"_s, u"-in"_s, file(u"ca.pem"_s), u"-noout"_s, u"-pubkey"_s}));
    }
};

QTEST_MAIN(TestAnchorBackup)
#include "test_anchor_backup.moc"
