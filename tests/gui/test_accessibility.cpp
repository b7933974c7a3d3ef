// Keyboard and screen-reader access: every action of the main window has a
// keyboard path (a shortcut, or a mnemonic in a menu whose title has one,
// without two entries of a menu sharing a letter), the main widgets and
// toolbar buttons have accessible names, and three dialogs are walked with
// the keyboard only (Tab / typing / mnemonics / Space / Enter, no mouse, no
// setters): Add Connection against the sandbox, the trust anchor wizard from
// the first page to the anchor registered on the sandbox, and the enrollment
// wizard from the first page to the device enrolled with that anchor.
#include "GuiTestUtil.h"
#include "core/cloud/Await.h"
#include "core/cloud/RegistryClient.h"
#include "core/config/Context.h"
#include "gui/MainWindow.h"
#include "gui/common/Icons.h"
#include "gui/common/Translations.h"
#include "gui/connection/AddConnectionDialog.h"
#include "gui/wizards/common/ApplicationPage.h"
#include "gui/wizards/EnrollWizard.h"
#include "gui/wizards/TrustAnchorWizard.h"
#include "support/Sandbox.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QScopeGuard>

#include <memory>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeout = 30000;

// The mnemonic letter of a text ("Add &Connection…" -> 'c'), or 0.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString describe(const QWidget *w)
{
    if (!w)
        return u"(none)"_s;
    QString d = QString::fromLatin1(w->metaObject()->className()) + u" "_s + w->objectName();
    if (w->objectName().isEmpty() && w->parentWidget()) // say whose part it is (a view's header)
        d += u" in "_s + QString::fromLatin1(w->parentWidget()->metaObject()->className()) + u" "_s
            + w->parentWidget()->objectName();
    return d;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<test::Sandbox> m_sandbox;
    std::unique_ptr<RegistryClient> m_client;
    std::unique_ptr<ContextStore> m_contexts;
    InMemorySecretStore m_secrets;

    // Presses Tab (at most 40 times) until `target` has the focus: it is
    // reachable in the dialog's tab chain.
    static bool tabTo(QWidget *window, QWidget *target)
    {
        for (int i = 0; i < 40; ++i) {
            if (QApplication::focusWidget() == target)
                return true;
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
        }
        return QApplication::focusWidget() == target;
    }

    static void typeInto(QWidget *w, const QString &text)
    {
        QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier); // replace what is there
        QTest::keyClick(w, Qt::Key_Delete);
        QTest::keyClicks(w, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        initResources();
        QVERIFY(m_tmp.isValid());
        m_contexts = std::make_unique<ContextStore>();
        m_sandbox = std::make_unique<test::Sandbox>();
        QVERIFY2(m_sandbox->start({u"--no-broker"_s}), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<RegistryClient>(m_sandbox->connectionSettings());
        const Status st = await(m_client->createApp(Application::create(u"kbd"_s)));
        QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
    }

    // In English, German and French: the translations must keep the
    // mnemonics of a menu distinct too.
    void everyActionHasAKeyboardPath_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

    void everyActionHasAKeyboardPath()
    {
        QFETCH(QString, language);
        const QStringList loaded = installTranslations(QLocale(language));
        QVERIFY(language == u"en"_s || !loaded.filter(u"drogue-workbench"_s).isEmpty());
        const auto cleanup = qScopeGuard([] {
            for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        });
        MainWindow w(m_contexts.get(), &m_secrets);
        QStringList problems;
        QSet<QChar> titleLetters;
        for (QAction *menuAction : w.menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            const QChar t = mnemonic(menuAction->text());
            if (t.isNull())
                problems << u"menu '%1' has no mnemonic"_s.arg(menuAction->text());
            else if (titleLetters.contains(t))
                problems << u"menu '%1' shares its mnemonic '%2'"_s.arg(menuAction->text(), QString(t));
            titleLetters.insert(t);
            QHash<QChar, QString> letters;
            int entries = 0;
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || !a->isVisible())
                    continue;
                ++entries;
                if (a->text().trimmed().isEmpty())
                    problems << u"an action in '%1' has no text"_s.arg(menuAction->text());
                const QChar m = mnemonic(a->text());
                if (m.isNull() && a->shortcut().isEmpty())
                    problems << u"'%1' in '%2': no mnemonic, no shortcut"_s.arg(a->text(), menuAction->text());
                if (!m.isNull()) {
                    if (letters.contains(m))
                        problems << u"'%1' and '%2' in '%3' share the mnemonic '%4'"_s.arg(
                            letters.value(m), a->text(), menuAction->text(), QString(m));
                    letters.insert(m, a->text());
                }
            }
            if (entries == 0)
                problems << u"menu '%1' is empty"_s.arg(menuAction->text());
        }
        QVERIFY(titleLetters.size() >= 6);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    void mainWidgetsHaveAccessibleNames()
    {
        MainWindow w(m_contexts.get(), &m_secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList problems;
        for (auto *tb : w.findChildren<QToolBar *>())
            for (QAction *a : tb->actions())
                if (QWidget *b = tb->widgetForAction(a); b && !a->isSeparator() && b->accessibleName().isEmpty())
                    problems << u"toolbar button '%1'"_s.arg(a->text());
        for (auto *v : w.findChildren<QAbstractItemView *>())
            if (v->isVisibleTo(&w) && v->accessibleName().isEmpty())
                problems << describe(v);
        for (auto *e : w.findChildren<QLineEdit *>())
            if (e->isVisibleTo(&w) && e->accessibleName().isEmpty() && e->placeholderText().isEmpty())
                problems << describe(e);
        QVERIFY2(problems.isEmpty(), qPrintable(u"without accessible name: "_s + problems.join(u", "_s)));
    }

    void addConnectionWithTheKeyboardOnly()
    {
        AddConnectionDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.activateWindow();
        QTRY_VERIFY(QApplication::focusWidget());
        auto *name = d.findChild<QLineEdit *>(u"nameEdit"_s);
        auto *url = d.findChild<QLineEdit *>(u"urlEdit"_s);
        auto *user = d.findChild<QLineEdit *>(u"userEdit"_s);
        auto *token = d.findChild<QLineEdit *>(u"tokenEdit"_s);
        QVERIFY(name && url && user && token);
        QVERIFY2(tabTo(&d, name), qPrintable(describe(QApplication::focusWidget())));
        QTest::keyClicks(name, u"keyboard"_s);
        // The tab order follows the form, top to bottom.
        QTest::keyClick(name, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), url);
        QTest::keyClicks(url, m_sandbox->api().toString());
        QTest::keyClick(url, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), user);
        QTest::keyClicks(user, m_sandbox->user());
        QTest::keyClick(user, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), token);
        QTest::keyClicks(token, m_sandbox->token());
        // A mnemonic jumps back to a field (Alt+N: "&Name:").
        QTest::keyClick(&d, Qt::Key_N, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), name);
        QTest::keyClick(name, Qt::Key_Return); // the default button: OK
        QTRY_COMPARE_WITH_TIMEOUT(d.result(), int(QDialog::Accepted), kTimeout);
        QCOMPARE(d.context().name, u"keyboard"_s);
        QCOMPARE(d.token(), m_sandbox->token());
    }

    // The trust anchor wizard from the first page to the result, by keyboard:
    // Tab reaches every field typed in and the wizard's buttons (pressed with
    // Space), Enter in a field moves on.
    void trustAnchorWizardWithTheKeyboardOnly()
    {
        const QString keyPath = m_tmp.filePath(u"kbd-ca.key"_s);
        const QString certPath = m_tmp.filePath(u"kbd-ca.pem"_s);
        TrustAnchorWizard w(m_client.get(), u"kbd"_s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QTRY_VERIFY_WITH_TIMEOUT(w.applicationPage()->isComplete(), kTimeout);
        // A wizard button reached with Tab and pressed with Space.
        auto press = [&](QWizard::WizardButton which) {
            QAbstractButton *button = w.button(which);
            QVERIFY2(tabTo(&w, button), qPrintable(describe(QApplication::focusWidget())));
            QTest::keyClick(button, Qt::Key_Space);
        };

        press(QWizard::NextButton);
        QTRY_COMPARE(w.currentId(), int(TrustAnchorWizard::KeyPageId));
        press(QWizard::NextButton); // defaults: a new ECDSA P-256 key
        QTRY_COMPARE(w.currentId(), int(TrustAnchorWizard::StoragePageId));

        auto *keyOutput = w.findChild<QLineEdit *>(u"keyOutput"_s);
        auto *certOutput = w.findChild<QLineEdit *>(u"certOutput"_s);
        QVERIFY(keyOutput && certOutput);
        QVERIFY2(tabTo(&w, keyOutput), qPrintable(describe(QApplication::focusWidget())));
        typeInto(keyOutput, keyPath);
        QVERIFY2(tabTo(&w, certOutput), qPrintable(describe(QApplication::focusWidget())));
        typeInto(certOutput, certPath);
        QTRY_VERIFY(w.currentPage()->isComplete());
        // Enter in a field is the default button: Next.
        QTest::keyClick(certOutput, Qt::Key_Return);
        QTRY_COMPARE(w.currentId(), int(TrustAnchorWizard::SummaryPageId));
        press(QWizard::CommitButton); // "Create"
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(TrustAnchorWizard::ResultPageId), kTimeout);
        QVERIFY(QFileInfo::exists(keyPath));
        QCOMPARE(test::fileMode(keyPath), 0600);

        const Result<Application> app = await(m_client->getApp(u"kbd"_s));
        QVERIFY(app);
        QCOMPARE(app->trustAnchorPems().size(), 1);

        press(QWizard::FinishButton);
        QTRY_COMPARE(w.result(), int(QDialog::Accepted));
    }

    // The enrollment wizard, by keyboard, with the anchor and CA key of the
    // test above (Qt Test runs the functions in this order): typing, Tab,
    // mnemonics (Alt+A to the name, Alt+H for Check), Space and Enter.
    void enrollWizardWithTheKeyboardOnly()
    {
        const QString caKey = m_tmp.filePath(u"kbd-ca.key"_s);
        QVERIFY2(QFileInfo::exists(caKey), "needs the CA key of trustAnchorWizardWithTheKeyboardOnly");
        const QString outDir = m_tmp.filePath(u"kbd-out"_s);
        EnrollWizard w(m_client.get(), u"kbd"_s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QTRY_VERIFY_WITH_TIMEOUT(w.applicationPage()->isComplete(), kTimeout);
        auto press = [&](QWizard::WizardButton which) {
            QAbstractButton *button = w.button(which);
            QVERIFY2(tabTo(&w, button), qPrintable(describe(QApplication::focusWidget())));
            QTest::keyClick(button, Qt::Key_Space);
        };

        press(QWizard::NextButton);
        QTRY_COMPARE(w.currentId(), int(EnrollWizard::DevicePageId));
        auto *name = w.findChild<QLineEdit *>(u"deviceName"_s);
        QVERIFY(name);
        QVERIFY(name->isEnabled());
        QTest::keyClick(&w, Qt::Key_A, Qt::AltModifier); // "N&ame:" (a new device is the default)
        QCOMPARE(QApplication::focusWidget(), name);
        QTest::keyClicks(name, u"kbd-sensor"_s);
        QTRY_VERIFY(w.currentPage()->isComplete());
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE(w.currentId(), int(EnrollWizard::CaPageId));

        auto *caInput = w.findChild<QLineEdit *>(u"caKeyInput"_s);
        QVERIFY(caInput);
        QVERIFY2(tabTo(&w, caInput), qPrintable(describe(QApplication::focusWidget())));
        typeInto(caInput, caKey);
        QTest::keyClick(&w, Qt::Key_H, Qt::AltModifier); // "C&heck": finds the anchor of the key
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        press(QWizard::NextButton);
        QTRY_COMPARE(w.currentId(), int(EnrollWizard::KeyPageId));
        press(QWizard::NextButton); // defaults: a new key of the application's algorithm
        QTRY_COMPARE(w.currentId(), int(EnrollWizard::OutputPageId));

        auto *folder = w.findChild<QLineEdit *>(u"outputDir"_s);
        QVERIFY(folder);
        QVERIFY2(tabTo(&w, folder), qPrintable(describe(QApplication::focusWidget())));
        typeInto(folder, outDir);
        QTRY_VERIFY(w.currentPage()->isComplete());
        QTest::keyClick(folder, Qt::Key_Return);
        QTRY_COMPARE(w.currentId(), int(EnrollWizard::SummaryPageId));
        press(QWizard::CommitButton); // "Enroll"
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(EnrollWizard::ResultPageId), kTimeout);

        const QString certPath = QDir(outDir).filePath(u"kbd-sensor.pem"_s);
        const QString keyPath = QDir(outDir).filePath(u"kbd-sensor.key"_s);
        QVERIFY(QFileInfo::exists(certPath));
        QCOMPARE(test::fileMode(keyPath), 0600);
        const Result<Device> dev = await(m_client->getDevice(u"kbd"_s, u"kbd-sensor"_s));
        QVERIFY2(dev, qPrintable(dev ? QString() : dev.error().toString()));
        QCOMPARE(dev->aliases().size(), 1);
        QVERIFY2(dev->aliases().constFirst().startsWith(u"CN=kbd-sensor"_s), qPrintable(dev->aliases().join(u", "_s)));

        press(QWizard::FinishButton);
        QTRY_COMPARE(w.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
