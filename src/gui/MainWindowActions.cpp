#include "gui/MainWindowActions.h"

#include "gui/MainWindow.h"
#include "gui/common/Icons.h"
#include "gui/connection/ConnectionBar.h"
#include "gui/export/ExportFirmwareActions.h"
#include "gui/inspector/InspectorWidget.h"
#include "gui/renewal/RenewActions.h"
#include "gui/wizards/WizardActions.h"

#include "ui_MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace dwb::gui {

void installMainWindowActions(MainWindow *w, Ui::MainWindow *ui)
{
    auto mk = [w](const QString &name, const QString &iconName, const QString &text,
                     const QString &tip, const QKeySequence &key = {}) {
        auto *a = new QAction(icon(iconName), text, w);
        a->setObjectName(name);
        a->setToolTip(key.isEmpty() ? tip : tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
        a->setStatusTip(tip);
        a->setWhatsThis(tip);
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    QAction *refreshA = mk(u"actionRefresh"_s, u"refresh"_s, MainWindow::tr("&Refresh"),
                           MainWindow::tr("Reload applications and devices from the server"), QKeySequence::Refresh);
    QAction *stopA = mk(u"actionStop"_s, u"stop"_s, MainWindow::tr("&Stop"),
                        MainWindow::tr("Stop loading and the requests under way; what is shown stays"), QKeySequence::Cancel);
    stopA->setEnabled(false);
    QAction *newApp = mk(u"actionNewApplication"_s, u"app-new"_s, MainWindow::tr("New &Application…"),
                         MainWindow::tr("Create an application"), QKeySequence(u"Ctrl+Shift+N"_s));
    QAction *newDev = mk(u"actionNewDevice"_s, u"device-new"_s, MainWindow::tr("Ne&w Device…"),
                         MainWindow::tr("Create a device in the selected application"), QKeySequence::New);
    QAction *del = mk(u"actionDelete"_s, u"delete"_s, MainWindow::tr("&Delete…"),
                      MainWindow::tr("Delete the selected devices, or the selected application"),
                      QKeySequence::Delete);
    QAction *enable = mk(u"actionEnableDevice"_s, u"enable"_s, MainWindow::tr("&Enable Device"),
                         MainWindow::tr("Allow the selected devices to connect"));
    QAction *disable = mk(u"actionDisableDevice"_s, u"disable"_s, MainWindow::tr("D&isable Device"),
                          MainWindow::tr("Refuse connections of the selected devices"));
    QAction *addAliasA = mk(u"actionAddAlias"_s, u"alias-add"_s, MainWindow::tr("Add Alia&s…"),
                            MainWindow::tr("Add an alias to the selected device"));
    QAction *removeAliasA = mk(u"actionRemoveAlias"_s, u"alias-remove"_s, MainWindow::tr("Re&move Alias…"),
                               MainWindow::tr("Remove an alias of the selected device"));
    QAction *labels = mk(u"actionEditLabels"_s, u"labels"_s, MainWindow::tr("Edit &Labels…"),
                         MainWindow::tr("Edit the labels of the selected device or application"),
                         QKeySequence(u"Ctrl+L"_s));
    QAction *addConn = mk(u"actionAddConnection"_s, u"connection"_s, MainWindow::tr("Add &Connection…"),
                          MainWindow::tr("Connect to a Drogue Cloud server with an access token"));
    QAction *signInA = mk(u"actionSignIn"_s, u"connection"_s, MainWindow::tr("&Sign In…"),
                          MainWindow::tr("Add a connection: sign in with the browser or an access token"));
    QAction *importDrgA = mk(u"actionImportDrg"_s, u"connection"_s, MainWindow::tr("&Import drg Configuration…"),
                             MainWindow::tr("Import drg's contexts and move their tokens into the key store"));
    QAction *quit = mk(u"actionQuit"_s, u"close"_s, MainWindow::tr("&Quit"), MainWindow::tr("Quit Drogue Workbench"),
                       QKeySequence::Quit);
    QAction *findA = mk(u"actionFind"_s, u"check"_s, MainWindow::tr("&Filter Devices"),
                        MainWindow::tr("Type to filter the devices"), QKeySequence::Find);
    QAction *about = mk(u"actionAbout"_s, u"logo"_s, MainWindow::tr("&About Drogue Workbench"),
                        MainWindow::tr("Version and licence"));
    QAction *inspectorToggle = w->inspectorDock()->toggleViewAction();
    inspectorToggle->setObjectName(u"actionShowInspector"_s);
    inspectorToggle->setIcon(icon(u"inspector"_s));
    inspectorToggle->setText(MainWindow::tr("Certificate &Inspector"));
    inspectorToggle->setShortcut(QKeySequence(u"Ctrl+I"_s));
    inspectorToggle->setToolTip(MainWindow::tr("Show or hide the certificate inspector (Ctrl+I)"));

    QObject::connect(refreshA, &QAction::triggered, w, &MainWindow::refresh);
    QObject::connect(stopA, &QAction::triggered, w, &MainWindow::stopRequests);
    QObject::connect(newApp, &QAction::triggered, w, &MainWindow::newApplication);
    QObject::connect(newDev, &QAction::triggered, w, &MainWindow::newDevice);
    QObject::connect(del, &QAction::triggered, w, &MainWindow::deleteSelected);
    QObject::connect(enable, &QAction::triggered, w, [w] { w->setSelectedDevicesDisabled(false); });
    QObject::connect(disable, &QAction::triggered, w, [w] { w->setSelectedDevicesDisabled(true); });
    QObject::connect(addAliasA, &QAction::triggered, w, &MainWindow::addAlias);
    QObject::connect(removeAliasA, &QAction::triggered, w, &MainWindow::removeAlias);
    QObject::connect(labels, &QAction::triggered, w, &MainWindow::editLabels);
    QObject::connect(addConn, &QAction::triggered, w, &MainWindow::addConnection);
    QObject::connect(signInA, &QAction::triggered, w, &MainWindow::signIn);
    QObject::connect(importDrgA, &QAction::triggered, w, &MainWindow::importDrgConfig);
    QObject::connect(w->connectionBar(), &ConnectionBar::signInAgainRequested, w, &MainWindow::signInAgain);
    QObject::connect(quit, &QAction::triggered, w, &QWidget::close);
    QObject::connect(findA, &QAction::triggered, w, [ui] {
        ui->filterEdit->setFocus();
        ui->filterEdit->selectAll();
    });
    QObject::connect(about, &QAction::triggered, w, [w] {
        QMessageBox::about(w, MainWindow::tr("About Drogue Workbench"),
                           MainWindow::tr("<h3>Drogue Workbench %1</h3><p>Provision Drogue Cloud devices with "
                              "x.509 certificates.</p>").arg(QStringLiteral(DWB_VERSION)));
    });
    w->connectionBar()->setAddAction(addConn);
    w->connectionBar()->setSignInAction(signInA);

    ui->menuFile->addAction(signInA);
    ui->menuFile->addAction(addConn);
    ui->menuFile->addAction(importDrgA);
    ui->menuFile->addSeparator();
    ui->menuFile->addAction(w->inspector()->openAction());
    ui->menuFile->addSeparator();
    ui->menuFile->addAction(quit);
    ui->menuEdit->addAction(w->inspector()->pasteAction());
    ui->menuEdit->addAction(findA);
    ui->menuEdit->addSeparator();
    ui->menuEdit->addAction(del);
    ui->mainToolBar->toggleViewAction()->setText(MainWindow::tr("Main &Toolbar")); // a keyboard path in View
    ui->menuView->addAction(stopA);
    ui->menuView->addSeparator();
    ui->menuView->addAction(ui->mainToolBar->toggleViewAction());
    ui->menuView->addAction(inspectorToggle);
    ui->menuRegistry->addAction(refreshA);
    ui->menuRegistry->addSeparator();
    ui->menuRegistry->addAction(newApp);
    ui->menuRegistry->addAction(newDev);
    ui->menuRegistry->addSeparator();
    ui->menuRegistry->addAction(enable);
    ui->menuRegistry->addAction(disable);
    ui->menuRegistry->addAction(addAliasA);
    ui->menuRegistry->addAction(removeAliasA);
    ui->menuRegistry->addAction(labels);
    QAction *exportFirmware = newExportFirmwareAction(w);
    ui->menuRegistry->addAction(exportFirmware);
    ui->menuRegistry->addSeparator();
    ui->menuRegistry->addAction(del);
    const QList<QAction *> wizardActions = installWizardActions(w, ui->menuRegistry); // H7: trust anchor / enrollment wizards
    installRotateAction(w, ui->menuRegistry); // issue 20: anchor rotation
    ui->menuInspector->addAction(w->inspector()->openAction());
    ui->menuInspector->addAction(w->inspector()->pasteAction());
    ui->menuInspector->addSeparator();
    ui->menuInspector->addAction(w->inspector()->exportPemAction());
    ui->menuInspector->addAction(w->inspector()->exportDerAction());
    ui->menuInspector->addSeparator();
    ui->menuInspector->addAction(w->inspector()->checkAction());
    ui->menuInspector->addAction(w->inspector()->addAliasAction());
    ui->menuInspector->addSeparator();
    ui->menuInspector->addAction(w->inspector()->clearAction());
    ui->menuHelp->addAction(about);

    QToolBar *tb = ui->mainToolBar;
    tb->setObjectName(u"mainToolBar"_s);
    tb->setIconSize(QSize(20, 20));
    tb->addAction(refreshA);
    tb->addAction(stopA);
    tb->addSeparator();
    tb->addAction(newApp);
    tb->addActions(wizardActions);
    tb->addSeparator();
    tb->addAction(newDev);
    tb->addAction(del);
    tb->addSeparator();
    tb->addAction(enable);
    tb->addAction(disable);
    tb->addAction(addAliasA);
    tb->addAction(labels);
    tb->addSeparator();
    tb->addAction(w->inspector()->openAction());
    tb->addAction(inspectorToggle);
    for (QAction *a : tb->actions())
        if (QWidget *button = tb->widgetForAction(a))
            button->setAccessibleName(a->text().remove(u'&').remove(u'…'));
    // The selected devices' edits as icons (named in tooltips and the context menu): room for the wizards.
    for (QAction *a : {enable, disable, addAliasA, labels})
        if (auto *b = qobject_cast<QToolButton *>(tb->widgetForAction(a)))
            b->setToolButtonStyle(Qt::ToolButtonIconOnly);

    ui->appsView->addActions({refreshA, newApp, labels, del});
    ui->devicesView->addActions({newDev, enable, disable, addAliasA, removeAliasA, labels, exportFirmware, del});
}

void updateMainWindowActions(MainWindow *w, bool online, bool app, int devices)
{
    w->action(u"actionRefresh"_s)->setEnabled(online);
    w->action(u"actionNewApplication"_s)->setEnabled(online);
    w->action(u"actionNewDevice"_s)->setEnabled(app);
    w->action(u"actionDelete"_s)->setEnabled(app);
    w->action(u"actionEnableDevice"_s)->setEnabled(online && devices > 0);
    w->action(u"actionDisableDevice"_s)->setEnabled(online && devices > 0);
    w->action(u"actionAddAlias"_s)->setEnabled(online && devices == 1);
    w->action(u"actionRemoveAlias"_s)->setEnabled(online && devices == 1);
    w->action(u"actionEditLabels"_s)->setEnabled(app && devices <= 1);
    w->action(u"actionRotateTrustAnchor"_s)->setEnabled(app);
}

} // namespace dwb::gui
