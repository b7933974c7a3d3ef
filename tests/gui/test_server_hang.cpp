// The window and the enrollment wizard while the server hangs: the real
// drogue-sandbox with --faults 'route=…;latency=…' (timer-based: the sandbox
// answers late, or not at all when the client has left). The event loop keeps
// running, the filter takes typing, Stop (Esc) ends what hangs at once and
// keeps what is shown, a request timeout names what did not answer, and the
// enrollment wizard can be cancelled while the registration hangs (the key
// stays on disk, 0600, and is named).
#include "GuiTestUtil.h"

#include "core/cloud/RegistryClient.h"
#include "core/config/Context.h"
#include "gui/MainWindow.h"
#include "gui/apps/AppListModel.h"
#include "gui/common/MessageBar.h"
#include "gui/connection/ConnectionBar.h"
#include "gui/devices/DeviceTableModel.h"
#include "gui/wizards/EnrollWizard.h"
#include "support/Sandbox.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 15000;
static constexpr auto kDevices = "/api/registry/v1alpha1/apps/%1/devices";

class TestServerHang : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<test::Sandbox> m_sandbox; // one data folder, restarted with each test's faults
    std::unique_ptr<ContextStore> m_contexts;
    InMemorySecretStore m_secrets;
    std::unique_ptr<MainWindow> m_window;

    static QString route(const QString &methodPath, const QString &rest)
    {
        return u"route="_s + methodPath + u';' + rest;
    }

    bool restartSandbox(const QStringList &rules)
    {
        QStringList args{u"--no-broker"_s};
        for (const QString &r : rules)
            args << u"--faults"_s << r;
        return m_sandbox->start(args);
    }

    // The sandbox context opens on `app`.
    void setDefaultApp(const QString &app)
    {
        Context c = m_contexts->find(MainWindow::sandboxContextName()).value_or(Context{});
        c.name = MainWindow::sandboxContextName();
        c.defaultApp = app;
        m_contexts->upsert(c);
    }

    void openWindow(bool waitConnected = true)
    {
        m_window = std::make_unique<MainWindow>(m_contexts.get(), &m_secrets);
        m_window->resize(1200, 800);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openSandbox(m_sandbox->dataDir()));
        if (!waitConnected)
            return;
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionBar()->state(), ConnectionBar::State::Connected, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->appModel()->rowOf(u"slow"_s) >= 0, kTimeout);
    }

    QProgressBar *progress() const { return m_window->findChild<QProgressBar *>(u"loadProgress"_s); }
    QAction *stopAction() const { return m_window->action(u"actionStop"_s); }

    // Esc as a user types it: to the widget with the keyboard focus.
    void pressKey(Qt::Key key)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, key);
    }

    // The largest gap between the ticks of a 20 ms timer over `ms`.
    static qint64 largestGap(int ms)
    {
        QElapsedTimer clock;
        qint64 last = 0, largest = 0;
        QTimer tick;
        tick.setInterval(20);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            largest = std::max(largest, now - last);
            last = now;
        });
        clock.start();
        tick.start();
        QTest::qWait(ms);
        largest = std::max(largest, clock.elapsed() - last);
        return largest;
    }

    void createDevices(RegistryClient &client, const QString &app, int count)
    {
        for (int i = 0; i < count; ++i) {
            const Status st = await(client.createDevice(Device::create(app, u"%1-%2"_s.arg(app).arg(i, 2, 10, QChar(u'0')))));
            QVERIFY2(st, test::why(st));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!test::openssl().isEmpty(), "openssl command line needed");
        qunsetenv("DWB_TIMEOUT_SECONDS"); // 30 s: nothing here times out unless a test says so
        m_sandbox = std::make_unique<test::Sandbox>(m_tmp.filePath(u"sandbox"_s));
        QVERIFY2(restartSandbox({}), qPrintable(m_sandbox->errorString()));
        RegistryClient client(m_sandbox->connectionSettings());
        for (const QString &app : {u"alpha"_s, u"beta"_s, u"slow"_s, u"enroll"_s}) {
            const Status st = await(client.createApp(Application::create(app)));
            QVERIFY2(st, test::why(st));
        }
        createDevices(client, u"alpha"_s, 1);
        createDevices(client, u"beta"_s, 24);
        createDevices(client, u"slow"_s, 5);
        // "enroll" trusts a CA made with openssl; its key enrolls devices.
        const QString e = test::makeCa(m_tmp.path(), u"enroll-ca"_s, u"enroll"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const QByteArray anchor = test::readAll(m_tmp.filePath(u"enroll-ca.pem"_s));
        const auto modified = await(client.modifyApp(u"enroll"_s, [anchor](Application &a) {
            a.addTrustAnchor(anchor);
            return Status();
        }));
        QVERIFY2(modified, test::why(modified));
        m_contexts = std::make_unique<ContextStore>();
    }

    void cleanup()
    {
        test::resetPrompts();
        m_window.reset();
        QSettings(u"Drogue IoT"_s, u"Drogue Workbench"_s).remove(u"network/timeoutSeconds"_s);
    }

    // The device list hangs (60 s). The window keeps running; Esc stops the
    // load at once, quietly, and keeps the applications, the rows of a
    // reload and the selection; afterwards the client works.
    void stopWhileTheDevicesHang()
    {
        QVERIFY2(restartSandbox({route(u"GET:"_s + QLatin1String(kDevices).arg(u"slow"_s), u"latency=60000"_s),
                                 route(u"GET:"_s + QLatin1String(kDevices).arg(u"beta"_s), u"skip=1;latency=60000"_s),
                                 route(u"PUT:"_s + QLatin1String(kDevices).arg(u"beta"_s) + u"/*"_s, u"latency=60000"_s),
                                 route(u"GET:/api/registry/v1alpha1/apps"_s, u"skip=2;latency=60000"_s)}),
                 qPrintable(m_sandbox->errorString()));
        setDefaultApp(u"beta"_s);
        openWindow();
        QVERIFY(stopAction());
        DeviceTableModel *devices = m_window->deviceModel();
        QTRY_VERIFY2_WITH_TIMEOUT(!m_window->isLoadingDevices() && devices->application() == u"beta"_s
                                      && devices->rowCount() == 24,
                                  qPrintable(u"%1 %2 %3 %4"_s.arg(m_window->isLoadingDevices()).arg(devices->application())
                                                 .arg(devices->rowCount()).arg(m_window->messageBar()->text())),
                                  kTimeout);

        // 1. F5 while beta's devices are shown: the reload hangs, the rows
        //    and the selected device stay; Esc stops it.
        m_window->devicesView()->selectRow(3);
        QCOMPARE(m_window->selectedDeviceNames(), QStringList{u"beta-03"_s});
        m_window->devicesView()->setFocus();
        pressKey(Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLoadingDevices(), kTimeout);
        QTest::qWait(300);
        QVERIFY(m_window->isLoadingDevices());
        QCOMPARE(devices->rowCount(), 24);
        QVERIFY(stopAction()->isEnabled());
        pressKey(Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoadingDevices() && !stopAction()->isEnabled(), 1000);
        QCOMPARE(devices->application(), u"beta"_s);
        QCOMPARE(devices->rowCount(), 24);
        QCOMPARE(m_window->selectedDeviceNames(), QStringList{u"beta-03"_s});
        QVERIFY(progress()->isHidden());
        QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Information);
        QVERIFY2(m_window->messageBar()->text().contains(u"Loading was stopped"_s),
                 qPrintable(m_window->messageBar()->text()));

        // An edit whose PUT hangs: Esc, no error, the row as it was.
        RegistryClient checker(m_sandbox->connectionSettings());
        m_window->action(u"actionDisableDevice"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(stopAction()->isEnabled(), 1000);
        QTest::qWait(300);
        pressKey(Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!stopAction()->isEnabled(), 1000);
        QVERIFY2(m_window->messageBar()->text().contains(u"may still be made by the server"_s),
                 qPrintable(m_window->messageBar()->text()));
        QTest::qWait(300); // the cancelled edit's answer is handled by now
        QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Information);
        QVERIFY(!devices->device(devices->rowOf(u"beta-03"_s)).disabled());
        QVERIFY(!await(checker.getDevice(u"beta"_s, u"beta-03"_s))->disabled()); // the sandbox dropped it
        QCOMPARE(QApplication::activeModalWidget(), nullptr);

        // F5 whose application list hangs: Esc keeps the list and the selection.
        pressKey(Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(stopAction()->isEnabled(), 1000);
        QTest::qWait(300);
        pressKey(Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!stopAction()->isEnabled(), 1000);
        QTest::qWait(300);
        QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Information);
        QCOMPARE(m_window->appModel()->rowCount(), 4);
        QCOMPARE(m_window->currentApplicationName(), u"beta"_s);
        QCOMPARE(m_window->selectedDeviceNames(), QStringList{u"beta-03"_s});
        QCOMPARE(devices->rowCount(), 24);

        // 2. Selecting "slow": its device list hangs.
        QVERIFY(m_window->selectApplication(u"slow"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLoadingDevices() && devices->application() == u"slow"_s, kTimeout);
        QVERIFY(progress()->isVisible());
        QVERIFY(stopAction()->isEnabled());
        const qint64 gap = largestGap(1600);
        qInfo("largest event-loop gap while the device list hangs: %lld ms", gap);
        // Measured 27-37 ms at load 10, 54-95 ms with stress-ng beside it: the
        // bound stays at 250 ms (a blocked loop would wait the 60 s hang).
        QVERIFY2(gap < 250, qPrintable(QString::number(gap)));
        m_window->filterEdit()->setFocus();
        QTest::keyClicks(m_window->filterEdit(), u"slow-0"_s);
        QCOMPARE(m_window->filterEdit()->text(), u"slow-0"_s);
        QVERIFY(m_window->isLoadingDevices()); // still hanging after ~2 s
        QVERIFY(stopAction()->isEnabled());

        QElapsedTimer clock;
        clock.start();
        pressKey(Qt::Key_Escape); // keyboard: the filter has the focus
        QTRY_VERIFY_WITH_TIMEOUT(progress()->isHidden() && !stopAction()->isEnabled()
                                     && m_window->messageBar()->isVisible()
                                     && m_window->messageBar()->text().contains(u"stopped"_s, Qt::CaseInsensitive),
                                 1000);
        const qint64 stoppedMs = clock.elapsed();
        qInfo("from Esc to stopped: %lld ms", stoppedMs);
        // Measured 2-26 ms (2026-12-05, loaded 2-core VM with stress-ng); the bound says "at once".
        QVERIFY2(stoppedMs < 500, qPrintable(QString::number(stoppedMs)));
        QVERIFY2(m_window->messageBar()->text().contains(u"F5"_s), qPrintable(m_window->messageBar()->text()));
        QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Information);
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QCOMPARE(m_window->appModel()->rowCount(), 4);
        QCOMPARE(m_window->currentApplicationName(), u"slow"_s);
        QCOMPARE(m_window->connectionBar()->state(), ConnectionBar::State::Connected);
        QCOMPARE(m_window->filterEdit()->text(), u"slow-0"_s);
        QVERIFY(!m_window->isLoadingDevices());
        // Nothing arrives later (the sandbox dropped the requests), no error.
        QTest::qWait(300);
        QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Information);

        // 3. The client still works.
        m_window->filterEdit()->clear();
        QVERIFY(m_window->selectApplication(u"alpha"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoadingDevices() && devices->application() == u"alpha"_s
                                     && devices->rowCount() == 1, kTimeout);
    }

    // The endpoints document hangs once: Esc leaves "Not connected" (not
    // "Connecting…", not an error); F5 connects.
    void stopWhileConnecting()
    {
        QVERIFY2(restartSandbox({route(u"GET:/.well-known/drogue-endpoints"_s, u"latency=60000;limit=1"_s)}),
                 qPrintable(m_sandbox->errorString()));
        setDefaultApp(u"alpha"_s);
        openWindow(false);
        QCOMPARE(m_window->connectionBar()->state(), ConnectionBar::State::Connecting);
        QTRY_VERIFY_WITH_TIMEOUT(stopAction()->isEnabled(), 1000);
        QTest::qWait(300);
        QCOMPARE(m_window->connectionBar()->state(), ConnectionBar::State::Connecting);
        pressKey(Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionBar()->state() == ConnectionBar::State::Disconnected
                                     && !stopAction()->isEnabled(), 1000);
        QVERIFY2(m_window->messageBar()->text().contains(u"stopped"_s), qPrintable(m_window->messageBar()->text()));
        QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Information);
        QTest::qWait(200);
        QCOMPARE(m_window->connectionBar()->state(), ConnectionBar::State::Disconnected);
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        pressKey(Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionBar()->state(), ConnectionBar::State::Connected, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->appModel()->rowCount(), 4, kTimeout);
    }

    // network/timeoutSeconds = 1.5: the hanging device list ends with a
    // message naming the app and the time; F5 then loads the devices.
    void timeoutNamesWhatDidNotAnswer()
    {
        QVERIFY2(restartSandbox({route(u"GET:"_s + QLatin1String(kDevices).arg(u"slow"_s), u"latency=60000;limit=1"_s)}),
                 qPrintable(m_sandbox->errorString()));
        QSettings(u"Drogue IoT"_s, u"Drogue Workbench"_s).setValue(u"network/timeoutSeconds"_s, 1.5);
        setDefaultApp(u"slow"_s);
        m_window = std::make_unique<MainWindow>(m_contexts.get(), &m_secrets);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QElapsedTimer clock;
        bool started = false;
        connect(m_window.get(), &MainWindow::applicationsLoaded, this, [&] {
            if (!started) {
                started = true; // the device list of "slow" is requested now
                clock.start();
            }
        });
        QVERIFY(m_window->openSandbox(m_sandbox->dataDir()));
        QTRY_VERIFY_WITH_TIMEOUT(started, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLoadingDevices() && m_window->deviceModel()->application() == u"slow"_s,
                                 1000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->isVisible()
                                     && m_window->messageBar()->kind() == MessageBar::Kind::Error, 6000);
        const qint64 ms = clock.elapsed();
        const QString text = m_window->messageBar()->text();
        qInfo("timeout message after %lld ms: %s", ms, qPrintable(text));
        QVERIFY2(ms >= 1200 && ms < 3000, qPrintable(QString::number(ms))); // measured 1.46-1.77 s
        QVERIFY2(text.contains(u"devices of slow"_s) && text.contains(u"did not answer within 1.5 s"_s), qPrintable(text));
        QVERIFY(!m_window->isLoadingDevices());
        QVERIFY(progress()->isHidden());
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QCOMPARE(m_window->connectionBar()->state(), ConnectionBar::State::Connected);
        QTRY_VERIFY_WITH_TIMEOUT(!stopAction()->isEnabled(), kTimeout); // the counts of the other apps done
        pressKey(Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoadingDevices() && m_window->deviceModel()->application() == u"slow"_s
                                     && m_window->deviceModel()->rowCount() == 5, kTimeout);
    }

    // The registration of the enrolled device hangs (4 s): Cancel ends the
    // job at once, names the key (0600 on disk); when the server answers,
    // the device is there whole (with the alias of the certificate written).
    void enrollCancelWhileRegistrationHangs()
    {
        QVERIFY2(restartSandbox({route(u"POST:"_s + QLatin1String(kDevices).arg(u"enroll"_s), u"latency=4000"_s)}),
                 qPrintable(m_sandbox->errorString()));
        RegistryClient client(m_sandbox->connectionSettings());
        RegistryClient checker(m_sandbox->connectionSettings());
        const QString out = m_tmp.filePath(u"out"_s);
        EnrollWizard w(&client, u"enroll"_s);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        w.next();
        QCOMPARE(w.currentId(), int(EnrollWizard::DevicePageId));
        w.findChild<QLineEdit *>(u"deviceName"_s)->setText(u"hang-1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        w.next();
        QCOMPARE(w.currentId(), int(EnrollWizard::CaPageId));
        w.findChild<QLineEdit *>(u"caKeyInput"_s)->setText(m_tmp.filePath(u"enroll-ca.key"_s));
        w.findChild<QPushButton *>(u"checkCaButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), kTimeout);
        w.next();
        QCOMPARE(w.currentId(), int(EnrollWizard::KeyPageId));
        w.next();
        QCOMPARE(w.currentId(), int(EnrollWizard::OutputPageId));
        w.findChild<QLineEdit *>(u"outputDir"_s)->setText(out);
        w.next();
        QCOMPARE(w.currentId(), int(EnrollWizard::SummaryPageId));
        w.next();
        QCOMPARE(w.currentId(), int(EnrollWizard::ProgressPageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.job() && w.job()->isRegistering(), kTimeout);
        QTest::qWait(300);
        QVERIFY(w.job()->isRunning()); // the registration hangs

        const QString key = EnrollJob::keyFileName(out, u"hang-1"_s);
        QElapsedTimer clock;
        clock.start();
        w.button(QWizard::CancelButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.job()->isFinished(), 1000);
        const qint64 cancelMs = clock.elapsed();
        qInfo("enrollment cancelled %lld ms after Cancel", cancelMs);
        QVERIFY2(cancelMs < 500, qPrintable(QString::number(cancelMs))); // measured 1-2 ms
        QCOMPARE(w.job()->result().error().code, ErrorCode::Cancelled);
        auto *error = w.findChild<QLabel *>(u"progressError"_s);
        QVERIFY(error->isVisibleTo(&w));
        QVERIFY2(error->text().contains(QDir::toNativeSeparators(key)) && error->text().contains(u"may still"_s),
                 qPrintable(error->text()));
        QCOMPARE(w.findChild<QLabel *>(u"progressStep"_s)->text(), u"Stopped."_s);
        QVERIFY(w.isVisible()); // the message stays until Cancel again
        QCOMPARE(test::fileMode(key), 0600);
        QCOMPARE(test::fileMode(EnrollJob::certFileName(out, u"hang-1"_s)), 0644);
        w.button(QWizard::CancelButton)->click();
        QVERIFY(!w.isVisible());

        // The server answers the request it had (the client stayed): the
        // device exists once, with the alias of the certificate on disk.
        QTRY_VERIFY_WITH_TIMEOUT(await(checker.getDevice(u"enroll"_s, u"hang-1"_s)).ok(), 8000);
        const auto dev = await(checker.getDevice(u"enroll"_s, u"hang-1"_s));
        QCOMPARE(dev->aliases(), QStringList{u"CN=hang-1, O=Drogue IoT, OU=enroll"_s});
        const auto listed = await(checker.listDevices(u"enroll"_s));
        QVERIFY2(listed, test::why(listed));
        QCOMPARE(listed->size(), 1);
        QVERIFY(test::readAll(EnrollJob::certFileName(out, u"hang-1"_s)).contains("BEGIN CERTIFICATE"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (m_sandbox)
            m_sandbox->stop();
    }
};

int main(int argc, char **argv)
{
    // QSettings of the window and the context store go to a temporary home.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestServerHang test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_server_hang.moc"
