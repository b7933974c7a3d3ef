// The workbench window against a real drogue-sandbox: applications load,
// selecting one lists its devices, the filter narrows them, delete asks
// (and really deletes, checked with a second client), server errors reach
// the message bar, drops reach the inspector, a certificate is checked
// against an application and added as a device alias.
#include "GuiTestUtil.h"

#include "core/cloud/RegistryClient.h"
#include "core/config/Context.h"
#include "gui/MainWindow.h"
#include "gui/apps/AppListModel.h"
#include "gui/common/MessageBar.h"
#include "gui/connection/AddConnectionDialog.h"
#include "gui/connection/ConnectionBar.h"
#include "gui/details/DetailsPane.h"
#include "gui/devices/DeviceFilterProxy.h"
#include "gui/devices/DeviceTableModel.h"
#include "gui/devices/LabelsDialog.h"
#include "gui/inspector/InspectorWidget.h"
#include "support/Sandbox.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDropEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTreeWidget>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 20000;

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_certs;
    std::unique_ptr<test::Sandbox> m_sandbox;
    std::unique_ptr<RegistryClient> m_client;
    std::unique_ptr<ContextStore> m_contexts;
    InMemorySecretStore m_secrets;
    std::unique_ptr<MainWindow> m_window;

    void createDevice(const QString &app, const QString &name, const QMap<QString, QString> &labels,
                      const QStringList &aliases)
    {
        Device d = Device::create(app, name);
        d.setLabels(labels);
        d.setAliases(aliases);
        const Status st = await(m_client->createDevice(d));
        QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
    }

    // Opens a fresh window on the sandbox and waits for "beta" to be listed.
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_contexts.get(), &m_secrets);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(m_window->openSandbox(m_sandbox->dataDir()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionBar()->state(), ConnectionBar::State::Connected, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->appModel()->rowOf(u"beta"_s) >= 0, kTimeout);
    }

    void selectBeta()
    {
        QVERIFY(m_window->selectApplication(u"beta"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoadingDevices()
                                     && m_window->deviceModel()->application() == u"beta"_s
                                     && m_window->deviceModel()->rowCount() > 0,
                                 kTimeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_certs.isValid());
        m_sandbox = std::make_unique<test::Sandbox>();
        QVERIFY2(m_sandbox->start({u"--no-broker"_s}), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<RegistryClient>(m_sandbox->connectionSettings());
        for (const QString &app : {u"alpha"_s, u"beta"_s, u"gamma"_s}) {
            const Status st = await(m_client->createApp(Application::create(app)));
            QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        }
        createDevice(u"alpha"_s, u"a-1"_s, {}, {});
        for (int i = 0; i < 24; ++i) {
            const QString name = u"dev-%1"_s.arg(i, 2, 10, QChar(u'0'));
            createDevice(u"beta"_s, name, {{u"site"_s, i % 2 ? u"lab-2"_s : u"lab-1"_s}},
                         i % 3 == 0 ? QStringList{u"CN=%1, O=Drogue IoT, OU=beta"_s.arg(name)}
                                    : QStringList{u"serial-%1"_s.arg(1000 + i)});
            if (QTest::currentTestFailed())
                return;
        }
        createDevice(u"gamma"_s, u"g-1"_s, {}, {});
        createDevice(u"gamma"_s, u"g-2"_s, {}, {});
        m_contexts = std::make_unique<ContextStore>();
    }

    void cleanup()
    {
        test::resetPrompts();
        LabelsDialog::hook = {};
        m_window.reset();
    }

    void connectsAndListsApplications()
    {
        openWindow();
        QVERIFY(m_window->appModel()->rowCount() >= 3);
        QCOMPARE(m_window->appModel()->application(0).name(), u"alpha"_s);
        QCOMPARE(m_window->appModel()->data(m_window->appModel()->index(0, AppListModel::AnchorsColumn)).toString(),
                 u"none"_s);
        // Device counts arrive in the background.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->appModel()->deviceCount(u"gamma"_s), 2, kTimeout);
        QVERIFY(m_window->connectionBar()->stateText().contains(u"Connected"_s));
    }

    void sandboxTokenIsNeverSaved()
    {
        openWindow();
        QSettings settings(u"Drogue IoT"_s, u"Drogue Workbench"_s);
        settings.sync();
        const QByteArray file = test::readAll(settings.fileName());
        QVERIFY2(file.contains("Local sandbox"), settings.fileName().toLocal8Bit().constData());
        QVERIFY(!m_sandbox->token().isEmpty());
        QVERIFY(!file.contains(m_sandbox->token().toUtf8()));
    }

    void selectingAnApplicationListsItsDevices()
    {
        openWindow();
        selectBeta();
        QCOMPARE(m_window->deviceModel()->rowCount(), 24);
        QCOMPARE(m_window->devicesView()->model()->rowCount(), 24);
        // dev-00 has a certificate alias, dev-01 has not.
        DeviceTableModel *m = m_window->deviceModel();
        const int r0 = m->rowOf(u"dev-00"_s), r1 = m->rowOf(u"dev-01"_s);
        QVERIFY(r0 >= 0 && r1 >= 0);
        QCOMPARE(m->data(m->index(r0, DeviceTableModel::CertAliasColumn)).toString(), u"yes"_s);
        QCOMPARE(m->data(m->index(r1, DeviceTableModel::CertAliasColumn)).toString(), u"no"_s);
        QCOMPARE(m->data(m->index(r1, DeviceTableModel::LabelsColumn)).toString(), u"site=lab-2"_s);
        QCOMPARE(m_window->appModel()->deviceCount(u"beta"_s), 24);
    }

    void filterNarrowsTheDevices()
    {
        openWindow();
        selectBeta();
        QAbstractItemModel *view = m_window->devicesView()->model();
        QTest::keyClicks(m_window->filterEdit(), u"lab-2"_s);
        QCOMPARE(view->rowCount(), 12);
        m_window->filterEdit()->clear();
        QTest::keyClicks(m_window->filterEdit(), u"SERIAL-1004"_s); // alias, case-insensitive
        QCOMPARE(view->rowCount(), 1);
        QCOMPARE(view->data(view->index(0, DeviceTableModel::NameColumn)).toString(), u"dev-04"_s);
        m_window->filterEdit()->clear();
        QTest::keyClicks(m_window->filterEdit(), u"dev-1"_s);
        QCOMPARE(view->rowCount(), 10);
        m_window->filterEdit()->clear();
        QCOMPARE(view->rowCount(), 24);
    }

    void deleteDevicesAsksFirst()
    {
        openWindow();
        selectBeta();
        QTableView *view = m_window->devicesView();
        // Select dev-22 and dev-23 (sorted by name: the last two rows).
        view->selectRow(22);
        view->selectionModel()->select(view->model()->index(23, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_window->selectedDeviceNames().size(), 2);

        QStringList asked;
        Prompts::confirmHook = [&](const Prompts::Question &q) {
            asked << q.text;
            return false;
        };
        m_window->action(u"actionDelete"_s)->trigger();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(u"dev-22"_s) && asked.first().contains(u"dev-23"_s),
                 qPrintable(asked.first()));
        QTest::qWait(300);
        QVERIFY(await(m_client->getDevice(u"beta"_s, u"dev-22"_s)).ok());

        Prompts::confirmHook = [&](const Prompts::Question &q) {
            asked << q.text;
            return true;
        };
        m_window->action(u"actionDelete"_s)->trigger();
        QCOMPARE(asked.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->deviceModel()->rowCount(), 22, kTimeout);
        const auto gone = await(m_client->getDevice(u"beta"_s, u"dev-23"_s));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        QVERIFY(await(m_client->getDevice(u"beta"_s, u"dev-21"_s)).ok());
    }

    void deleteApplicationNamesItsDevices()
    {
        openWindow();
        QVERIFY(m_window->selectApplication(u"gamma"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoadingDevices()
                                     && m_window->deviceModel()->application() == u"gamma"_s, kTimeout);
        QString asked;
        Prompts::confirmHook = [&](const Prompts::Question &q) {
            asked = q.text;
            return false;
        };
        m_window->deleteSelected();
        QVERIFY2(asked.contains(u"gamma"_s) && asked.contains(u"2 device"_s), qPrintable(asked));
        QTest::qWait(200);
        QVERIFY(await(m_client->getApp(u"gamma"_s)).ok());
        Prompts::confirmHook = [](const Prompts::Question &) { return true; };
        m_window->deleteSelected();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->appModel()->rowOf(u"gamma"_s), -1, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!await(m_client->getApp(u"gamma"_s)).ok(), kTimeout);
    }

    void serverErrorsReachTheMessageBar()
    {
        openWindow();
        Prompts::textHook = [](const Prompts::Question &) -> std::optional<QString> { return u"alpha"_s; };
        m_window->action(u"actionNewApplication"_s)->trigger();
        // The sandbox answers 409 Conflict with its own message.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->isVisible()
                                     && m_window->messageBar()->kind() == MessageBar::Kind::Error,
                                 kTimeout);
        QVERIFY2(m_window->messageBar()->text().contains(u"alpha"_s), qPrintable(m_window->messageBar()->text()));
    }

    void editsGoThroughTheServer()
    {
        openWindow();
        selectBeta();
        const int row = m_window->deviceModel()->rowOf(u"dev-05"_s);
        QVERIFY(row >= 0);
        m_window->devicesView()->selectRow(row); // sorted by name: row == proxy row
        QCOMPARE(m_window->selectedDeviceNames(), QStringList{u"dev-05"_s});
        m_window->action(u"actionDisableDevice"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(await(m_client->getDevice(u"beta"_s, u"dev-05"_s))->disabled(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->deviceModel()->device(m_window->deviceModel()->rowOf(u"dev-05"_s)).disabled(),
                                 kTimeout);
        Prompts::textHook = [](const Prompts::Question &) -> std::optional<QString> { return u"extra-alias"_s; };
        m_window->action(u"actionAddAlias"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(await(m_client->getDevice(u"beta"_s, u"dev-05"_s))->aliases().contains(u"extra-alias"_s),
                                 kTimeout);
        // The labels written earlier survive the read-modify-write.
        QCOMPARE(await(m_client->getDevice(u"beta"_s, u"dev-05"_s))->labels().value(u"site"_s), u"lab-2"_s);

        // Edit labels: the dialog (answered by its hook) sees the current ones.
        QMap<QString, QString> seen;
        LabelsDialog::hook = [&](const QString &, const QMap<QString, QString> &current) {
            seen = current;
            QMap<QString, QString> next = current;
            next.insert(u"owner"_s, u"team-7"_s);
            return std::optional<QMap<QString, QString>>(next);
        };
        m_window->action(u"actionEditLabels"_s)->trigger();
        QCOMPARE(seen.value(u"site"_s), u"lab-2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(await(m_client->getDevice(u"beta"_s, u"dev-05"_s))->labels().value(u"owner"_s),
                                  u"team-7"_s, kTimeout);
        const auto stored = await(m_client->getDevice(u"beta"_s, u"dev-05"_s));
        QVERIFY(stored->disabled());
        QVERIFY(stored->aliases().contains(u"extra-alias"_s));
        QCOMPARE(stored->labels().value(u"site"_s), u"lab-2"_s);
    }

    void credentialsShowUserNamesNeverPasswords()
    {
        Device d = Device::create(u"alpha"_s, u"with-password"_s);
        d.setSpecSection(u"authentication"_s,
                         QJsonObject{{u"credentials"_s,
                                      QJsonArray{QJsonObject{{u"user"_s, QJsonObject{{u"username"_s, u"operator-7"_s},
                                                                                    {u"password"_s, u"hunter2-secret"_s}}}},
                                                 QJsonObject{{u"pass"_s, u"plain-secret"_s}}}}});
        QVERIFY(await(m_client->createDevice(d)).ok());
        openWindow();
        QVERIFY(m_window->selectApplication(u"alpha"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoadingDevices() && m_window->deviceModel()->application() == u"alpha"_s
                                     && m_window->deviceModel()->rowOf(u"with-password"_s) >= 0,
                                 kTimeout);
        m_window->devicesView()->selectRow(
            m_window->deviceProxy()->mapFromSource(m_window->deviceModel()->index(
                m_window->deviceModel()->rowOf(u"with-password"_s), 0)).row());
        QCOMPARE(m_window->selectedDeviceNames(), QStringList{u"with-password"_s});
        QTreeWidget *creds = m_window->details()->securityTree();
        QCOMPARE(creds->topLevelItemCount(), 2);
        QCOMPARE(creds->topLevelItem(0)->text(1), u"operator-7"_s);
        const QString json = m_window->details()->jsonText();
        QVERIFY(json.contains(u"operator-7"_s));
        QVERIFY(!json.contains(u"hunter2-secret"_s));
        QVERIFY(!json.contains(u"plain-secret"_s));
    }

    void addConnectionValidatesWithTheServer()
    {
        AddConnectionDialog dialog;
        auto *status = dialog.findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(status);
        dialog.setValues(u"Second"_s, m_sandbox->api().toString(), m_sandbox->user(), u"drg_wrong"_s,
                         m_sandbox->caFile());
        dialog.show();
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"refused"_s), kTimeout);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.setValues(u"Second"_s, m_sandbox->api().toString(), m_sandbox->user(), m_sandbox->token(),
                         m_sandbox->caFile());
        dialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kTimeout);
        QCOMPARE(dialog.context().userId, m_sandbox->user());
        QCOMPARE(dialog.context().credentialsRef, u"memory:Second"_s);
    }

    void userContextKeepsItsTokenForTheSessionOnly()
    {
        Context manual;
        manual.name = u"Manual"_s;
        manual.apiUrl = m_sandbox->api();
        manual.userId = m_sandbox->user();
        manual.serverCaFile = m_sandbox->caFile();
        manual.credentialsRef = u"memory:Manual"_s;
        m_contexts->upsert(manual);
        QStringList asked;
        Prompts::textHook = [&](const Prompts::Question &q) -> std::optional<QString> {
            asked << q.text;
            return q.secret ? std::optional<QString>(m_sandbox->token()) : std::nullopt;
        };
        m_window = std::make_unique<MainWindow>(m_contexts.get(), &m_secrets);
        m_window->show();
        QVERIFY(m_window->switchToContext(u"Manual"_s));
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(u"session only"_s), qPrintable(asked.first()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionBar()->state(), ConnectionBar::State::Connected, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->appModel()->rowOf(u"beta"_s) >= 0, kTimeout);
        // Asked once per session: switching back and forth does not ask again.
        QVERIFY(m_window->openSandbox(m_sandbox->dataDir()));
        QVERIFY(m_window->switchToContext(u"Manual"_s));
        QCOMPARE(asked.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionBar()->state(), ConnectionBar::State::Connected, kTimeout);
        m_window->close(); // saves the window state and the last context
        QSettings settings(u"Drogue IoT"_s, u"Drogue Workbench"_s);
        QVERIFY(!settings.value(u"window/geometry"_s).toByteArray().isEmpty());
        QVERIFY(!settings.value(u"window/mainSplitter"_s).toByteArray().isEmpty());
        QCOMPARE(settings.value(u"lastContext"_s).toString(), u"Manual"_s);
        settings.sync();
        QVERIFY(!test::readAll(settings.fileName()).contains(m_sandbox->token().toUtf8()));
    }

    void droppedFilesAreInspected()
    {
        QString e = test::makeCa(m_certs.path(), u"root"_s, u"drop-root"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::makeLeaf(m_certs.path(), u"drop-leaf"_s, u"drop-device"_s, u"drop-root"_s, u"root"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const QString bundle = m_certs.filePath(u"bundle.pem"_s);
        QVERIFY(test::writeAll(bundle, test::readAll(m_certs.filePath(u"drop-leaf.pem"_s))
                                           + test::readAll(m_certs.filePath(u"root.pem"_s))
                                           + test::readAll(m_certs.filePath(u"drop-leaf.key"_s))));
        m_window = std::make_unique<MainWindow>(m_contexts.get(), &m_secrets);
        m_window->show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(bundle)});
        const QPoint at(m_window->width() / 2, m_window->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
        InspectorWidget *in = m_window->inspector();
        QCOMPARE(in->sourceCount(), 1);
        QCOMPARE(in->certificateCount(), 2);
        QVERIFY(test::fieldValues(in->tree(), u"subject"_s).contains(u"CN=drop-device, O=Drogue IoT, OU=drop-root"_s));
        QVERIFY(test::fieldValues(in->tree(), u"matches"_s).join(u' ').contains(u"CN=drop-device"_s));
        QVERIFY(m_window->inspectorDock()->isVisible());
    }

    void droppedTextIsInspected()
    {
        QString e = test::makeCa(m_certs.path(), u"text-root"_s, u"text-root"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        m_window = std::make_unique<MainWindow>(m_contexts.get(), &m_secrets);
        m_window->show();
        QMimeData mime;
        mime.setText(u"Here is the CA:\n"_s + QString::fromLatin1(test::readAll(m_certs.filePath(u"text-root.pem"_s))));
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        InspectorWidget *in = m_window->inspector();
        QCOMPARE(in->sourceCount(), 1);
        QCOMPARE(in->tree()->topLevelItem(0)->text(0), u"Pasted text"_s);
        QCOMPARE(in->certificateCount(), 1);
        QVERIFY(test::fieldValues(in->tree(), u"subject"_s).contains(u"CN=text-root, O=Drogue IoT, OU=Cloud"_s));
    }

    void certificateCheckedAgainstApplicationAndAddedAsAlias()
    {
        // "beta" gets the anchor; the leaf is issued by it for device dev-07.
        QString e = test::makeCa(m_certs.path(), u"beta-ca"_s, u"beta"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::makeLeaf(m_certs.path(), u"dev07"_s, u"dev-07"_s, u"beta"_s, u"beta-ca"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const QByteArray anchor = test::readAll(m_certs.filePath(u"beta-ca.pem"_s));
        const auto modified = await(m_client->modifyApp(u"beta"_s, [anchor](Application &a) {
            a.addTrustAnchor(anchor);
            return Status();
        }));
        QVERIFY2(modified.ok(), qPrintable(modified.ok() ? QString() : modified.error().toString()));

        openWindow();
        const int betaRow = m_window->appModel()->rowOf(u"beta"_s);
        QCOMPARE(m_window->appModel()->data(m_window->appModel()->index(betaRow, AppListModel::AnchorsColumn)).toString(),
                 u"1 valid"_s);
        selectBeta();
        InspectorWidget *in = m_window->inspector();
        in->addFiles({m_certs.filePath(u"dev07.pem"_s)});
        in->selectObject(0);
        in->checkAction()->trigger();
        QVERIFY2(in->checkResultText().contains(u"Chains to trust anchor #1"_s), qPrintable(in->checkResultText()));
        QVERIFY2(in->checkResultText().contains(u"No device of beta has"_s), qPrintable(in->checkResultText()));

        // A certificate from another CA does not chain to beta's anchor.
        e = test::makeCa(m_certs.path(), u"other-ca"_s, u"beta"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::makeLeaf(m_certs.path(), u"stranger"_s, u"dev-07"_s, u"beta"_s, u"other-ca"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        in->addFiles({m_certs.filePath(u"stranger.pem"_s)});
        in->selectObject(1);
        in->checkAction()->trigger();
        QVERIFY2(in->checkResultText().contains(u"Does not chain"_s), qPrintable(in->checkResultText()));
        in->selectObject(0);

        QStringList offered;
        Prompts::choiceHook = [&](const Prompts::Question &q) -> std::optional<int> {
            offered = q.items;
            return int(q.items.indexOf(u"dev-07"_s));
        };
        in->addAliasAction()->trigger();
        QVERIFY(offered.contains(u"dev-07"_s));
        const QString subject = u"CN=dev-07, O=Drogue IoT, OU=beta"_s;
        QTRY_VERIFY_WITH_TIMEOUT(await(m_client->getDevice(u"beta"_s, u"dev-07"_s))->aliases().contains(subject),
                                 kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->deviceModel()
                                     ->device(m_window->deviceModel()->rowOf(u"dev-07"_s))
                                     .aliases()
                                     .contains(subject),
                                 kTimeout);
        in->checkAction()->trigger();
        QVERIFY2(in->checkResultText().contains(u"The subject is an alias of device “dev-07”"_s),
                 qPrintable(in->checkResultText()));
        // The tree's verdicts follow the window: dev-07 now logs in, the stranger does not.
        QTRY_COMPARE_WITH_TIMEOUT(test::fieldValues(in->tree(), u"verdict"_s),
                                  (QStringList{u"would log in (application beta)"_s,
                                               u"would be refused (application beta)"_s}),
                                  kTimeout);
    }
};

int main(int argc, char **argv)
{
    // QSettings of the window and the context store go to a temporary home.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_mainwindow.moc"
