// The registry commands (src/gui/commands) against the real drogue-sandbox,
// with a recording CommandHost instead of the window: each command asks
// through Prompts (answered by hooks), sends its requests, updates the
// models, reports in whole sentences of its own and finishes once; the
// server is the judge of what was changed. Also Generation and
// RequestTracker, the window's request bookkeeping.
#include "core/cloud/RegistryClient.h"
#include "gui/apps/AppListModel.h"
#include "gui/commands/AddAliasCommand.h"
#include "gui/commands/CommandHost.h"
#include "gui/commands/CreateApplicationCommand.h"
#include "gui/commands/CreateDeviceCommand.h"
#include "gui/commands/DeleteApplicationCommand.h"
#include "gui/commands/DeleteDevicesCommand.h"
#include "gui/commands/Generation.h"
#include "gui/commands/RequestTracker.h"
#include "gui/commands/SetDevicesDisabledCommand.h"
#include "gui/common/Prompts.h"
#include "gui/devices/DeviceTableModel.h"
#include "support/Sandbox.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace dwb;
using namespace dwb::gui;

namespace {

class RecordingHost : public CommandHost {
public:
    explicit RecordingHost(RegistryClient *client) : m_client(client) {}
    QWidget *dialogParent() override { return &widget; }
    RegistryClient *registryClient() const override { return m_client; }
    RequestTracker *requestTracker() const override { return const_cast<RequestTracker *>(&tracker); }
    AppListModel *appModel() const override { return const_cast<AppListModel *>(&apps); }
    DeviceTableModel *deviceModel() const override { return const_cast<DeviceTableModel *>(&devices); }
    bool isLoadingDevices() const override { return false; }
    void showMessage(MessageBar::Kind kind, const QString &text) override { messages << qMakePair(kind, text); }
    void reportError(const QString &failure, const Error &error) override
    {
        if (error.code != ErrorCode::Cancelled)
            errors << failure + u": "_s + error.message;
    }
    void applicationCreated(const QString &name) override { created << name; }
    void applicationUpdated(const Application &app) override { apps.updateApplication(app); }
    void applicationDeleted(const QString &name) override { deleted << name; }
    void deviceUpdated(const Device &device) override { devices.updateDevice(device); updated << device.name(); }
    void devicesChanged(const QString &app) override { changed << app; }

    QWidget widget;
    RequestTracker tracker;
    AppListModel apps;
    DeviceTableModel devices;
    QList<QPair<MessageBar::Kind, QString>> messages;
    QStringList errors, created, deleted, updated, changed;

private:
    RegistryClient *m_client;
};

// Starts the command and waits for its one finished(); the status.
Status run(Command *command)
{
    QSignalSpy finished(command, &Command::finished);
    QPointer<Command> alive(command);
    command->start();
    if (!QTest::qWaitFor([&] { return finished.size() > 0; }, 20000))
        return Error(ErrorCode::Timeout, u"the command did not finish"_s);
    const Status st = finished.at(0).at(0).value<Status>();
    (void)QTest::qWaitFor([&] { return alive.isNull(); }, 5000); // deletes itself
    if (alive)
        return Error(ErrorCode::Unknown, u"the command was not deleted"_s);
    return st;
}

} // namespace

class TestCommands : public QObject {
    Q_OBJECT
private:
    test::Sandbox m_sb;
    std::unique_ptr<RegistryClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<dwb::Status>("dwb::Status");
        QVERIFY2(m_sb.start({u"--no-broker"_s}), qPrintable(m_sb.errorString()));
        m_client = std::make_unique<RegistryClient>(m_sb.connectionSettings());
    }
    void cleanup()
    {
        Prompts::confirmHook = {};
        Prompts::textHook = {};
    }

    void generationTickets()
    {
        Generation::Ticket orphan;
        QVERIFY(!orphan.isCurrent());
        Generation::Ticket kept;
        {
            Generation g;
            const Generation::Ticket a = g.next();
            QVERIFY(a.isCurrent());
            QVERIFY(g.current().isCurrent());
            const Generation::Ticket b = g.next();
            QVERIFY(!a.isCurrent());
            QVERIFY(b.isCurrent());
            g.invalidate();
            QVERIFY(!b.isCurrent());
            kept = g.current();
            QVERIFY(kept.isCurrent());
        }
        QVERIFY(!kept.isCurrent()); // the Generation is gone
    }

    void trackerCountsRequestsAndWrites()
    {
        RequestTracker tracker;
        QSignalSpy changed(&tracker, &RequestTracker::changed);
        auto read = tracker.track(m_client->listApps());
        auto write = tracker.track(m_client->createApp(Application::create(u"tracked-app"_s)), true);
        QCOMPARE(tracker.requests(), 2);
        QCOMPARE(tracker.writes(), 1);
        QTRY_COMPARE(tracker.requests(), 0);
        QCOMPARE(tracker.writes(), 0);
        QCOMPARE(changed.size(), 4);
        QVERIFY(write.result().ok());
    }

    void createApplicationAsksValidatesAndCreates()
    {
        RecordingHost host(m_client.get());
        QString asked;
        Prompts::textHook = [&](const Prompts::Question &q) -> std::optional<QString> {
            asked = q.title;
            return u" cmd-app "_s;
        };
        QVERIFY2(run(new CreateApplicationCommand(&host)).ok(), qPrintable(host.errors.join(u'\n')));
        QCOMPARE(asked, u"New Application"_s);
        QCOMPARE(host.created, QStringList{u"cmd-app"_s});
        QCOMPARE(host.messages.last().second, u"Application cmd-app created."_s);
        QVERIFY(await(m_client->getApp(u"cmd-app"_s)).ok());

        // Given a name: no question; a bad name is refused before any request.
        Prompts::textHook = [](const Prompts::Question &) -> std::optional<QString> { return std::nullopt; };
        const Status bad = run(new CreateApplicationCommand(&host, u"Not Valid"_s));
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(host.messages.last().first, MessageBar::Kind::Error);
        QCOMPARE(host.tracker.writes(), 0);
        // Asked and cancelled.
        QCOMPARE(run(new CreateApplicationCommand(&host)).error().code, ErrorCode::Cancelled);
        // The server refuses a second one: a whole sentence with its reason.
        const Status twice = run(new CreateApplicationCommand(&host, u"cmd-app"_s));
        QVERIFY(!twice.ok());
        QCOMPARE(host.errors.size(), 1);
        QVERIFY2(host.errors.first().startsWith(u"Could not create application cmd-app: "_s), qPrintable(host.errors.first()));
    }

    void deviceEditsReachTheServer()
    {
        RecordingHost host(m_client.get());
        QVERIFY(await(m_client->createApp(Application::create(u"edit-app"_s))).ok());
        host.devices.reset(u"edit-app"_s);
        Prompts::textHook = [](const Prompts::Question &) -> std::optional<QString> { return u"dev1"_s; };
        QVERIFY2(run(new CreateDeviceCommand(&host, u"edit-app"_s)).ok(), qPrintable(host.errors.join(u'\n')));
        QCOMPARE(host.devices.rowOf(u"dev1"_s), 0);
        QCOMPARE(host.changed, QStringList{u"edit-app"_s});

        QVERIFY(run(new SetDevicesDisabledCommand(&host, u"edit-app"_s, {u"dev1"_s}, true)).ok());
        QVERIFY(await(m_client->getDevice(u"edit-app"_s, u"dev1"_s))->disabled());
        QVERIFY(host.devices.device(0).disabled());

        Prompts::textHook = [](const Prompts::Question &) -> std::optional<QString> {
            return u"CN=dev1, O=Drogue IoT, OU=edit-app"_s;
        };
        QVERIFY(run(new AddAliasCommand(&host, u"edit-app"_s, u"dev1"_s)).ok());
        QVERIFY(await(m_client->getDevice(u"edit-app"_s, u"dev1"_s))->aliases().contains(u"CN=dev1, O=Drogue IoT, OU=edit-app"_s));

        // A device the server does not have: each failure in a sentence naming the action.
        const Status ghost = run(new SetDevicesDisabledCommand(&host, u"edit-app"_s, {u"ghost"_s}, false));
        QVERIFY(!ghost.ok());
        QCOMPARE(host.errors.size(), 1);
        QVERIFY2(host.errors.first().startsWith(u"Could not enable device ghost: "_s), qPrintable(host.errors.first()));
    }

    void deletesAreConfirmedFirst()
    {
        RecordingHost host(m_client.get());
        QVERIFY(await(m_client->createApp(Application::create(u"del-app"_s))).ok());
        QVERIFY(await(m_client->createDevice(Device::create(u"del-app"_s, u"d1"_s))).ok());
        QVERIFY(await(m_client->createDevice(Device::create(u"del-app"_s, u"d2"_s))).ok());
        host.apps.setApplications({*await(m_client->getApp(u"del-app"_s))});
        host.devices.reset(u"del-app"_s);
        host.devices.appendDevices(*await(m_client->listDevices(u"del-app"_s)));

        QString question;
        Prompts::confirmHook = [&](const Prompts::Question &q) {
            question = q.text;
            return false;
        };
        QCOMPARE(run(new DeleteDevicesCommand(&host, u"del-app"_s, {u"d1"_s, u"d2"_s})).error().code,
                 ErrorCode::Cancelled);
        QVERIFY2(question.startsWith(u"Delete these 2 devices of del-app?"_s), qPrintable(question));
        QCOMPARE(await(m_client->listDevices(u"del-app"_s))->size(), 2);

        Prompts::confirmHook = [](const Prompts::Question &) { return true; };
        QVERIFY(run(new DeleteDevicesCommand(&host, u"del-app"_s, {u"d1"_s})).ok());
        QCOMPARE(host.devices.rowCount(), 1);
        QCOMPARE(host.messages.last().second, u"Deleted."_s);
        QCOMPARE(await(m_client->listDevices(u"del-app"_s))->size(), 1);

        Prompts::confirmHook = [&](const Prompts::Question &q) {
            question = q.text;
            return true;
        };
        QVERIFY(run(new DeleteApplicationCommand(&host, u"del-app"_s)).ok());
        QVERIFY2(question.contains(u"its 1 device"_s), qPrintable(question));
        QCOMPARE(host.deleted, QStringList{u"del-app"_s});
        QCOMPARE(host.apps.rowOf(u"del-app"_s), -1);
        QCOMPARE(host.messages.last().second, u"Application del-app deleted."_s);
        QCOMPARE(await(m_client->getApp(u"del-app"_s)).error().code, ErrorCode::NotFound);
    }
};

QTEST_MAIN(TestCommands)
#include "test_commands.moc"
