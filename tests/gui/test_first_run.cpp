// The first run, as a new user meets it: a fresh home (HOME and XDG_*
// folders that do not exist yet), the real drogue-sandbox with its broker,
// the window connected to it as `./run` does (--sandbox DIR). From the empty
// window to the MQTT panel's three green ticks the test only clicks visible,
// enabled buttons (QTest::mouseClick) and types the application and device
// names (QTest::keyClicks), leaving every default as it is; wizards and
// dialogs are found among the top-level widgets. It counts the clicks,
// prints "first run: N clicks" and fails above 12.
//
// The ledger at its default place (DWB_LEDGER is unset: the folder does
// not exist yet) holds the anchor and the device, registered, with the
// fingerprints `openssl x509 -fingerprint -sha256` prints for their files.
//
// Also: the default key folder is made (0700) on the fresh home; a key
// folder that cannot be made is named in the anchor wizard, Back leads to
// another choice, and a good folder then works.
//
// With DWB_SCREENSHOT_DIR and an X display (docs/screenshots/take-wizards.sh
// runs it under Xvfb), key steps are saved with `import -window root`.
#include "GuiTestUtil.h"

#include "core/config/Context.h"
#include "core/config/SecretStore.h"
#include "core/ledger/Ledger.h"
#include "gui/MainWindow.h"
#include "gui/common/Icons.h"
#include "gui/connection/ConnectionBar.h"
#include "gui/mqtt/MqttPanel.h"
#include "gui/start/GetStartedPanel.h"
#include "gui/wizards/TrustAnchorWizard.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QWizard>

#include <cstdio>
#include <memory>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 30000;
static constexpr int kClickBudget = 12;

namespace {

// The fresh home: made before QApplication (QStandardPaths reads it once).
QTemporaryDir *g_home = nullptr;

QString homePath(const QString &sub = {})
{
    return sub.isEmpty() ? g_home->path() : g_home->filePath(sub);
}

// The visible top-level widget of that class and object name (wizards and
// dialogs are separate windows).
template <typename T>
T *topLevel(const QString &objectName)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible() && t->objectName() == objectName)
            return t;
    return nullptr;
}

template <typename T>
T *waitForTopLevel(const QString &objectName)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] { return (found = topLevel<T>(objectName)) != nullptr; }, kTimeout);
    return found;
}

// The three steps of the MQTT panel, as shown: a green tick and a time each.
bool panelVerified(QWidget *panel)
{
    for (int i = 0; i < 3; ++i) {
        auto *mark = panel->findChild<QLabel *>(u"step%1"_s.arg(i));
        auto *time = panel->findChild<QLabel *>(u"stepTime%1"_s.arg(i));
        if (!mark || !time || !mark->isVisible() || !mark->text().contains(u"✔"_s)
            || !mark->text().contains(u"#1b5e20"_s) || mark->accessibleName() != u"done"_s
            || !time->text().endsWith(u" ms"_s))
            return false;
    }
    return true;
}

} // namespace

class TestFirstRun : public QObject {
    Q_OBJECT
    std::unique_ptr<test::Sandbox> m_sandbox;
    std::unique_ptr<ContextStore> m_contexts;
    InMemorySecretStore m_secrets;
    std::unique_ptr<MainWindow> m_window;
    int m_clicks = 0;
    int m_shots = 0;

    // One click of the user: the button must be visible and (within the
    // timeout) enabled. Typing is not counted.
    bool click(QAbstractButton *button, const char *what)
    {
        if (!button) {
            qWarning("no button: %s", what);
            return false;
        }
        (void)QTest::qWaitFor([button] { return button->isVisible() && button->isEnabled(); }, kTimeout);
        if (!button->isVisible() || !button->isEnabled()) {
            qWarning("%s: the button '%s' is %s", what, qPrintable(button->text()),
                     button->isVisible() ? "disabled" : "hidden");
            return false;
        }
        const QString text = button->text().remove(u'&');
        QTest::mouseClick(button, Qt::LeftButton);
        ++m_clicks;
        std::printf("  click %d: %s (%s)\n", m_clicks, what, qPrintable(text));
        std::fflush(stdout);
        return true;
    }

    // Select all, then type (an empty text deletes).
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
    }

    bool clickWizard(QWizard *wizard, QWizard::WizardButton which, const char *what)
    {
        return wizard && click(wizard->button(which), what);
    }

    // The whole screen, as a user sees it (Xvfb), for the docs.
    void shootScreen(const QString &name)
    {
        const QString dir = qEnvironmentVariable("DWB_SCREENSHOT_DIR");
        if (dir.isEmpty() || qEnvironmentVariableIsEmpty("DISPLAY") || QGuiApplication::platformName() != u"xcb"_s)
            return;
        QApplication::processEvents();
        QTest::qWait(400);
        QApplication::processEvents();
        const int rc = QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, u"-depth"_s, u"8"_s,
                                                      QDir(dir).filePath(name + u".png"_s)});
        if (rc != 0)
            qWarning("import -window root failed (%d) for %s", rc, qPrintable(name));
        ++m_shots;
    }

    QString defaultKeyFolder() const
    {
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"keys"_s);
    }

    // The anchor and the device of the first run, in the ledger the fresh
    // home got at its default place.
    void checkLedgerAtDefaultPlace()
    {
        const QString path = homePath(u".local/share/drogue-workbench/ledger.sqlite"_s);
        QCOMPARE(Ledger::defaultPath(), path);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        auto ledger = Ledger::open(path);
        QVERIFY2(ledger.ok(), qPrintable(ledger ? QString() : ledger.error().toString()));
        auto rows = (*ledger)->find({});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        const LedgerRecord *anchor = nullptr, *device = nullptr;
        for (const LedgerRecord &r : *rows)
            (r.kind == LedgerKind::Anchor ? anchor : device) = &r;
        QVERIFY(anchor && device);
        QCOMPARE(anchor->application, u"demo-app"_s);
        QCOMPARE(device->application, u"demo-app"_s);
        QCOMPARE(device->device, u"sensor-1"_s);
        QCOMPARE(anchor->registration, Registration::Registered);
        QCOMPARE(device->registration, Registration::Registered);
        QCOMPARE(anchor->source, u"gui"_s);
        QCOMPARE(device->source, u"gui"_s);
        QCOMPARE(device->anchorFingerprint, anchor->fingerprint);
        // The device's certificate file, as the record lists it, judged by openssl.
        QString deviceCert;
        for (const QString &f : device->files)
            if (f.endsWith(u".pem"_s) || f.endsWith(u".crt"_s))
                deviceCert = f;
        QVERIFY2(!deviceCert.isEmpty(), qPrintable(device->files.join(u", "_s)));
        QVERIFY2(deviceCert.startsWith(homePath()), qPrintable(deviceCert));
        QCOMPARE(device->fingerprint, test::opensslFingerprint(deviceCert));
        // The anchor's certificate is on the server: the app's first anchor.
        const auto app = m_window->selectedApplication();
        QVERIFY(app && !app->trustAnchorPems().isEmpty());
        const QString anchorPem = homePath(u"anchor-from-server.pem"_s);
        QVERIFY(test::writeFile(anchorPem, app->trustAnchorPems().first()));
        QCOMPARE(anchor->fingerprint, test::opensslFingerprint(anchorPem));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Nothing of the workbench exists in the fresh home.
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY2(data.startsWith(homePath()), qPrintable(data));
        QVERIFY(!QFileInfo::exists(homePath(u".local"_s)));
        QVERIFY(!QFileInfo::exists(homePath(u".config"_s)));

        m_sandbox = std::make_unique<test::Sandbox>(); // with its broker, on free ports
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_contexts = std::make_unique<ContextStore>();

        // As ./run: drogue-workbench --sandbox DIR (main.cpp: show, then open the sandbox).
        m_window = std::make_unique<MainWindow>(m_contexts.get(), &m_secrets);
        m_window->resize(1400, 900);
        m_window->move(0, 0);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openSandbox(m_sandbox->dataDir()));
    }

    void cleanupTestCase()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w != m_window.get() && w->isVisible() && w->isWindow())
                w->close();
        m_window.reset();
        if (m_sandbox)
            QCOMPARE(m_sandbox->stop(), 0);
    }

    void emptyWindowToThreeGreenTicks()
    {
        auto *panel = m_window->findChild<GetStartedPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), kTimeout);
        QCOMPARE(m_window->connectionBar()->state(), ConnectionBar::State::Connected);
        // The empty window: only the first step can be taken; the toolbar has the others.
        QVERIFY(panel->applicationNameEdit()->isVisible());
        for (auto step : {GetStartedPanel::CreateTrustAnchor, GetStartedPanel::EnrollDevice,
                          GetStartedPanel::TestConnection}) {
            QVERIFY(panel->button(step)->isVisible());
            QVERIFY(!panel->button(step)->isEnabled());
            QCOMPARE(panel->mark(step)->accessibleName(), u"to do"_s);
        }
        auto *toolbar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolbar);
        for (const QString &name : {u"actionCreateTrustAnchor"_s, u"actionEnrollDevice"_s, u"actionTestConnection"_s}) {
            QWidget *b = toolbar->widgetForAction(m_window->action(name));
            QVERIFY2(b && b->isVisible(), qPrintable(name));
        }
        shootScreen(u"first-run-1-get-started"_s);

        std::printf("first run, from the empty window:\n");
        // 1. The application: its name typed in the panel.
        QTest::keyClicks(panel->applicationNameEdit(), u"demo-app"_s);
        QVERIFY(click(panel->button(GetStartedPanel::CreateApplication), "Get started: create the application"));
        QTRY_COMPARE_WITH_TIMEOUT(panel->mark(GetStartedPanel::CreateApplication)->accessibleName(), u"done"_s,
                                  kTimeout);

        // 2. Its trust anchor, every default kept.
        QVERIFY(click(panel->button(GetStartedPanel::CreateTrustAnchor), "Get started: create the trust anchor"));
        auto *anchor = waitForTopLevel<QWizard>(u"trustAnchorWizard"_s);
        QVERIFY(anchor);
        QVERIFY(clickWizard(anchor, QWizard::NextButton, "anchor wizard: application"));
        QVERIFY(clickWizard(anchor, QWizard::NextButton, "anchor wizard: key"));
        QVERIFY(clickWizard(anchor, QWizard::NextButton, "anchor wizard: where to keep the key"));
        QVERIFY(clickWizard(anchor, QWizard::CommitButton, "anchor wizard: summary, Create"));
        auto *enrollButton = anchor->findChild<QPushButton *>(u"enrollDeviceButton"_s);
        QVERIFY(enrollButton);
        QTRY_VERIFY_WITH_TIMEOUT(enrollButton->isVisible() && enrollButton->isEnabled(), kTimeout);
        // The default key folder was made on the fresh home: 0700, the key 0600.
        const QString keyFile = QDir(defaultKeyFolder()).filePath(u"demo-app-ca.key"_s);
        QVERIFY2(QFileInfo::exists(keyFile), qPrintable(keyFile));
        QCOMPARE(test::fileMode(defaultKeyFolder()), 0700);
        QCOMPARE(test::fileMode(keyFile), 0600);
        shootScreen(u"first-run-2-anchor-created"_s);
        QVERIFY(click(enrollButton, "anchor wizard: Enroll a Device"));

        // 3. A device: its name typed; the CA key comes from the anchor wizard.
        auto *enroll = waitForTopLevel<QWizard>(u"enrollWizard"_s);
        QVERIFY(enroll);
        QTRY_VERIFY_WITH_TIMEOUT(!anchor || !anchor->isVisible(), kTimeout);
        auto *deviceName = enroll->findChild<QLineEdit *>(u"deviceName"_s);
        QVERIFY(deviceName);
        QTRY_VERIFY_WITH_TIMEOUT(deviceName->isVisible() && deviceName->isEnabled(), kTimeout);
        QTest::keyClicks(deviceName, u"sensor-1"_s);
        shootScreen(u"first-run-3-enroll-device"_s);
        QVERIFY(clickWizard(enroll, QWizard::NextButton, "enrollment wizard: device"));
        QVERIFY(clickWizard(enroll, QWizard::NextButton, "enrollment wizard: device key"));
        QVERIFY(clickWizard(enroll, QWizard::NextButton, "enrollment wizard: files"));
        QVERIFY(clickWizard(enroll, QWizard::CommitButton, "enrollment wizard: summary, Enroll"));
        auto *testButton = enroll->findChild<QPushButton *>(u"testConnectionButton"_s);
        QVERIFY(testButton);
        QVERIFY(click(testButton, "enrollment wizard: Test Connection"));

        // 4. The MQTT panel publishes as the device and sees the event arrive.
        auto *mqtt = waitForTopLevel<QDialog>(u"mqttPanel"_s);
        QVERIFY(mqtt);
        QTRY_VERIFY_WITH_TIMEOUT(panelVerified(mqtt), kTimeout);
        std::printf("first run: %d clicks\n", m_clicks);
        std::fflush(stdout);
        QVERIFY2(m_clicks <= kClickBudget, qPrintable(u"%1 clicks, more than %2"_s.arg(m_clicks).arg(kClickBudget)));
        shootScreen(u"first-run-4-verified"_s);

        // The panel's four ticks.
        for (int s = 0; s < GetStartedPanel::StepCount; ++s)
            QTRY_COMPARE_WITH_TIMEOUT(panel->mark(GetStartedPanel::Step(s))->accessibleName(), u"done"_s, kTimeout);
        mqtt->close();
        enroll->close();
        QTRY_VERIFY_WITH_TIMEOUT(!topLevel<QDialog>(u"mqttPanel"_s), kTimeout);
        shootScreen(u"first-run-5-done"_s);
        checkLedgerAtDefaultPlace();
    }

    // A key folder that cannot be made (a file is in the way): the progress
    // page names it, Back leads to the storage page, another folder works.
    void impossibleKeyFolderThenBack()
    {
        m_clicks = 0; // not part of the first run
        const QString blocker = homePath(u"not-a-folder"_s);
        QVERIFY(test::writeFile(blocker, "a file, not a folder\n"));
        const QString badKey = blocker + u"/keys/demo-app-ca.key"_s;
        const QString goodFolder = homePath(u"lab-keys/demo-app"_s);
        QVERIFY(!QFileInfo::exists(homePath(u"lab-keys"_s)));

        auto *toolbar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolbar);
        QVERIFY(click(qobject_cast<QAbstractButton *>(
                          toolbar->widgetForAction(m_window->action(u"actionCreateTrustAnchor"_s))),
                      "toolbar: Create Trust Anchor"));
        auto *w = waitForTopLevel<TrustAnchorWizard>(u"trustAnchorWizard"_s);
        QVERIFY(w);
        QVERIFY(clickWizard(w, QWizard::NextButton, "application"));
        QVERIFY(clickWizard(w, QWizard::NextButton, "key"));
        QCOMPARE(w->currentId(), int(TrustAnchorWizard::StoragePageId));
        auto *keyOutput = w->findChild<QLineEdit *>(u"keyOutput"_s);
        auto *certOutput = w->findChild<QLineEdit *>(u"certOutput"_s);
        QVERIFY(keyOutput && certOutput);
        retype(keyOutput, badKey);
        retype(certOutput, {}); // no copy of the anchor certificate
        QVERIFY(clickWizard(w, QWizard::NextButton, "storage"));
        QVERIFY(clickWizard(w, QWizard::CommitButton, "summary, Create"));
        auto *error = w->findChild<QLabel *>(u"progressError"_s);
        QVERIFY(error);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), kTimeout);
        QVERIFY2(error->text().contains(QDir::toNativeSeparators(blocker)), qPrintable(error->text()));
        QVERIFY2(error->text().contains(u"Cannot create the folder"_s), qPrintable(error->text()));
        QVERIFY(!QFileInfo::exists(badKey));
        const int anchorsBefore = [&] {
            const auto app = m_window->selectedApplication();
            return app ? int(app->trustAnchorPems().size()) : -1;
        }();

        // Back (not only Cancel): the summary, then the storage page.
        QVERIFY(clickWizard(w, QWizard::BackButton, "progress: Back"));
        QCOMPARE(w->currentId(), int(TrustAnchorWizard::SummaryPageId));
        QVERIFY(clickWizard(w, QWizard::BackButton, "summary: Back"));
        QCOMPARE(w->currentId(), int(TrustAnchorWizard::StoragePageId));
        const QString goodKey = QDir(goodFolder).filePath(u"demo-app-ca.key"_s);
        retype(keyOutput, goodKey);
        QVERIFY(clickWizard(w, QWizard::NextButton, "storage"));
        QVERIFY(w->button(QWizard::CommitButton)->isVisible()); // "Create" again
        QVERIFY(clickWizard(w, QWizard::CommitButton, "summary, Create"));
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(TrustAnchorWizard::ResultPageId), kTimeout);
        QVERIFY(QFileInfo::exists(goodKey));
        QCOMPARE(test::fileMode(goodFolder), 0700);
        QCOMPARE(test::fileMode(homePath(u"lab-keys"_s)), 0700);
        QCOMPARE(test::fileMode(goodKey), 0600);
        QVERIFY(w->job() && w->job()->result().ok());
        QCOMPARE(w->job()->result()->keyPath, goodKey);
        // The server has the second anchor (the failed attempt sent nothing).
        QTRY_VERIFY_WITH_TIMEOUT(m_window->selectedApplication()
                                     && int(m_window->selectedApplication()->trustAnchorPems().size())
                                            == anchorsBefore + 1,
                                 kTimeout);
        QCOMPARE(anchorsBefore, 1);
        QVERIFY(clickWizard(w, QWizard::FinishButton, "finish"));
    }
};

int main(int argc, char **argv)
{
    // A fresh home before anything reads it: HOME exists (as a new user's
    // does), nothing inside, the XDG folders point into it and do not exist.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    g_home = &home;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u".config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u".local/share"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(u".cache"_s)));
    qputenv("XDG_STATE_HOME", QFile::encodeName(home.filePath(u".local/state"_s)));
    // The ledger at its default place in that home, as a user has it (ctest
    // gives each test its own DWB_LEDGER).
    qunsetenv("DWB_LEDGER");
    QApplication app(argc, argv);
    // As drogue-workbench names itself (main.cpp): the default folders follow.
    QCoreApplication::setOrganizationName(u"Drogue IoT"_s);
    QCoreApplication::setApplicationName(u"Drogue Workbench"_s);
    dwb::gui::initResources();
    TestFirstRun t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "test_first_run.moc"
