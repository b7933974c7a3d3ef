#include "gui/MainWindow.h"

#include "gui/MainWindowActions.h"
#include "gui/MainWindowDrop.h"
#include "gui/commands/AddAliasCommand.h"
#include "gui/commands/CreateApplicationCommand.h"
#include "gui/commands/CreateDeviceCommand.h"
#include "gui/commands/DeleteApplicationCommand.h"
#include "gui/commands/DeleteDevicesCommand.h"
#include "gui/commands/EditApplicationLabelsCommand.h"
#include "gui/commands/EditDeviceLabelsCommand.h"
#include "gui/commands/RemoveAliasCommand.h"
#include "gui/commands/SetDevicesDisabledCommand.h"
#include "gui/apps/AppListModel.h"
#include "gui/apps/DeviceCounter.h"
#include "gui/certificates/CertificatesView.h"
#include "gui/certificates/ExpiryWarning.h"
#include "gui/common/Async.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBar.h"
#include "gui/connection/ConnectionBar.h"
#include "gui/connection/ConnectionController.h"
#include "gui/commands/RequestTracker.h"
#include "gui/details/DetailsPane.h"
#include "gui/renewal/RenewActions.h"
#include "gui/devices/DeviceColumns.h"
#include "gui/export/ExportFirmwareActions.h"
#include "gui/devices/DeviceFilterProxy.h"
#include "gui/devices/DeviceLoader.h"
#include "gui/devices/DeviceTableModel.h"
#include "gui/inspector/InspectorWidget.h"
#include "gui/start/GetStartedPanel.h"

#include "core/ledger/ExpirySettings.h"

#include "ui_MainWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QSpinBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

QString MainWindow::sandboxContextName()
{
    return tr("Local sandbox");
}

void MainWindow::updateStopAction()
{
    if (auto *stop = findChild<QAction *>(u"actionStop"_s, Qt::FindDirectChildrenOnly))
        stop->setEnabled(registryClient() && m_requests->requests() > 0);
}

MainWindow::MainWindow(ContextStore *contexts, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , ui(new Ui::MainWindow)
    , m_contexts(contexts)
    , m_requests(new RequestTracker(this))
    , m_apps(new AppListModel(this))
    , m_devices(new DeviceTableModel(this))
    , m_proxy(new DeviceFilterProxy(m_devices, this))
    , m_loader(new DeviceLoader(m_devices, m_requests, this))
    , m_counter(new DeviceCounter(m_apps, m_requests, [this] { return m_devices->application(); }, this))
    , m_connectionBar(new ConnectionBar)
    , m_messageBar(new MessageBar)
    , m_details(new DetailsPane)
    , m_inspector(new InspectorWidget)
    , m_inspectorDock(new QDockWidget(tr("Certificate Inspector"), this))
    , m_certificates(new CertificatesView)
    , m_certificatesDock(new QDockWidget(tr("Certificates"), this))
    , m_progress(new QProgressBar)
    , m_statusLabel(new QLabel)
{
    initResources();
    connect(m_requests, &RequestTracker::changed, this, &MainWindow::updateStopAction);
    m_connection = new ConnectionController(m_contexts, secrets, m_connectionBar, m_messageBar, m_requests, this);
    connect(m_connection, &ConnectionController::connecting, this, &MainWindow::resetForConnection);
    connect(m_connection, &ConnectionController::clientChanged, this, &MainWindow::updateActions);
    connect(m_connection, &ConnectionController::connected, this, [this] {
        Q_EMIT connected();
        m_expiryCheckDue = true;
        loadApplications(m_connection->context().defaultApp);
    });
    ui->setupUi(this);
    setWindowIcon(icon(u"logo"_s));
    new MainWindowDrop(this, m_inspector, m_inspectorDock); // files and text go to the inspector

    auto hostIn = [](QWidget *host, QWidget *child) {
        auto *l = new QVBoxLayout(host);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(child);
    };
    hostIn(ui->connectionBarHost, m_connectionBar);
    hostIn(ui->messageBarHost, m_messageBar);
    hostIn(ui->detailsHost, m_details);
    for (QWidget *bar : {ui->connectionBarHost, ui->messageBarHost})
        bar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    ui->centralLayout->setStretch(2, 1);

    ui->appsView->setModel(m_apps);
    ui->appsView->header()->setStretchLastSection(false);
    ui->appsView->header()->setSectionResizeMode(AppListModel::NameColumn, QHeaderView::Stretch);
    ui->appsView->header()->setSectionResizeMode(AppListModel::AnchorsColumn, QHeaderView::ResizeToContents);
    ui->appsView->header()->setSectionResizeMode(AppListModel::DevicesColumn, QHeaderView::ResizeToContents);
    ui->appsView->header()->setSectionResizeMode(AppListModel::ExpiryColumn, QHeaderView::ResizeToContents);
    ui->appsView->setMinimumWidth(260);
    ui->appsView->header()->setAccessibleName(tr("Application columns"));

    m_proxy->setDynamicSortFilter(false); // re-sort on demand; keeps 10k-row batches cheap
    ui->devicesView->setModel(m_proxy);
    setUpDeviceColumns(ui->devicesView);
    ui->devicesView->horizontalHeader()->setAccessibleName(tr("Device columns"));

    ui->mainSplitter->setStretchFactor(0, 0);
    ui->mainSplitter->setStretchFactor(1, 1);
    ui->mainSplitter->setSizes({420, 860});
    ui->rightSplitter->setStretchFactor(0, 3);
    ui->rightSplitter->setStretchFactor(1, 2);
    ui->rightSplitter->setSizes({430, 300});

    m_inspectorDock->setObjectName(u"inspectorDock"_s);
    m_inspectorDock->setWidget(m_inspector);
    m_inspectorDock->setMinimumWidth(420);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    m_inspectorDock->hide();
    m_inspector->setHost(this);
    connect(this, &MainWindow::devicesLoaded, m_inspector, &InspectorWidget::refreshVerdicts);
    connect(m_inspector, &InspectorWidget::contentChanged, this, [this] {
        const bool wasHidden = m_inspectorDock->isHidden();
        m_inspectorDock->show();
        m_inspectorDock->raise();
        if (wasHidden && !m_inspectorDock->isFloating() && m_inspectorDock->width() < width() * 2 / 5)
            resizeDocks({m_inspectorDock}, {std::max(520, width() * 3 / 8)}, Qt::Horizontal);
    });

    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addPermanentWidget(m_statusLabel);
    statusBar()->addPermanentWidget(m_progress);

    installMainWindowActions(this, ui.get());
    setUpCertificates();
    connectDeviceLoader();
    auto *getStarted = new GetStartedPanel(this); // the empty window's first steps
    ui->centralLayout->insertWidget(2, getStarted);
    ui->menuView->addAction(getStarted->toggleAction());

    connect(ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateDeviceCountLabel();
    });
    connect(ui->appsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onAppSelectionChanged);
    connect(ui->devicesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onDeviceSelectionChanged);
    connect(ui->devicesView, &QTableView::doubleClicked, this, [this] { m_details->setCurrentIndex(0); });
    connect(m_connectionBar, &ConnectionBar::contextChosen, this,
            [this](const QString &name) { switchToContext(name); });

    m_connectionBar->setContexts({}, {});
    m_connectionBar->setContexts(m_connection->contextNames(), {});
    restoreSettings();
    updateActions();
    updateDeviceCountLabel();
}

MainWindow::~MainWindow()
{
    m_certificatesDock->disconnect(this); // QWidget's destructor hides it after ours ran
}

QTreeView *MainWindow::appsView() const { return ui->appsView; }
bool MainWindow::isLoadingDevices() const { return m_loader->isLoading(); }
RegistryClient *MainWindow::registryClient() const { return m_connection->client(); }
OidcClient *MainWindow::oidcClient() const { return m_connection->oidcClient(); }
SecretStores *MainWindow::secretStores() const { return m_connection->secretStores(); }
QTableView *MainWindow::devicesView() const { return ui->devicesView; }
QLineEdit *MainWindow::filterEdit() const { return ui->filterEdit; }

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

// ---------------------------------------------------------------- settings

void MainWindow::restoreSettings()
{
    QSettings s(u"Drogue IoT"_s, u"Drogue Workbench"_s); // shared with dwb
    if (!restoreGeometry(s.value(u"window/geometry"_s).toByteArray()))
        resize(1320, 840);
    restoreState(s.value(u"window/state"_s).toByteArray());
    ui->mainSplitter->restoreState(s.value(u"window/mainSplitter"_s).toByteArray());
    ui->rightSplitter->restoreState(s.value(u"window/rightSplitter"_s).toByteArray());
    ui->devicesView->horizontalHeader()->restoreState(s.value(u"window/devicesHeader"_s).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings s(u"Drogue IoT"_s, u"Drogue Workbench"_s); // shared with dwb
    s.setValue(u"window/geometry"_s, saveGeometry());
    s.setValue(u"window/state"_s, saveState());
    s.setValue(u"window/mainSplitter"_s, ui->mainSplitter->saveState());
    s.setValue(u"window/rightSplitter"_s, ui->rightSplitter->saveState());
    s.setValue(u"window/devicesHeader"_s, ui->devicesView->horizontalHeader()->saveState());
    if (!m_connection->context().name.isEmpty())
        m_contexts->setLastContext(m_connection->context().name);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

// ---------------------------------------------------------------- connection

bool MainWindow::openSandbox(const QString &dir)
{
    return m_connection->openSandbox(dir, sandboxContextName());
}

bool MainWindow::switchToContext(const QString &name)
{
    return m_connection->switchToContext(name);
}

void MainWindow::resetForConnection(const Context &context)
{
    m_loader->invalidate();
    m_appsGen.invalidate();
    setWindowTitle(tr("%1 — Drogue Workbench").arg(context.name));
    m_apps->clear();
    m_devices->reset({});
    m_details->clearDetails();
    m_messageBar->hide();
    m_devicesIncomplete = false;
    m_progress->hide();
}

void MainWindow::addConnection() { m_connection->addConnection(); }
void MainWindow::signIn() { m_connection->signIn(); }
void MainWindow::signInAgain() { m_connection->signInAgain(); }
void MainWindow::importDrgConfig() { m_connection->importDrgConfig(); }

// ---------------------------------------------------------------- certificates

void MainWindow::setUpCertificates()
{
    m_certificatesDock->setObjectName(u"certificatesDock"_s);
    m_certificatesDock->setWidget(m_certificates);
    addDockWidget(Qt::BottomDockWidgetArea, m_certificatesDock);
    m_certificatesDock->hide();
    QAction *toggle = m_certificatesDock->toggleViewAction();
    toggle->setObjectName(u"actionShowCertificates"_s);
    toggle->setIcon(icon(u"certificate"_s));
    toggle->setText(tr("&Certificates"));
    toggle->setShortcut(QKeySequence(u"Ctrl+Shift+C"_s));
    toggle->setToolTip(tr("Show or hide the certificates of the ledger and their expiry (Ctrl+Shift+C)"));
    ui->menuView->addAction(toggle);
    connect(m_certificatesDock, &QDockWidget::visibilityChanged, this, &MainWindow::updateActions);
    connect(action(u"actionRefresh"_s), &QAction::triggered, this, [this] {
        if (m_certificatesDock->isVisible())
            m_certificates->refresh();
    });
    connect(m_certificates->warningDaysSpin(), &QSpinBox::valueChanged, m_apps, &AppListModel::setWarningDays);
    connect(m_certificates, &CertificatesView::renewRequested, this,
            [this](const QString &app, const QStringList &devices) { openRenewWizard(this, app, devices); });
    connect(m_details, &DetailsPane::rotateAnchorRequested, this,
            [this](const QString &app, int index) { openRotateAnchorWizard(this, app, index); });
}

void MainWindow::showCertificates(bool expiring)
{
    m_certificatesDock->show();
    m_certificatesDock->raise();
    m_certificates->refresh();
    if (expiring)
        m_certificates->showExpiring();
}

void MainWindow::warnAboutExpiry(const QList<Application> &apps)
{
    const ExpiryReport report = connectionExpiryReport(apps, m_connection->context().ledgerContext(), expiryWarningDays());
    const bool expiring = report.expiringCount() > 0;
    showExpiryWarning(m_messageBar, report, [this, expiring] {
        showCertificates(false);
        if (expiring)
            m_certificates->showExpiring();
        else
            m_certificates->showExpired();
    });
}

// ---------------------------------------------------------------- loading

void MainWindow::refresh()
{
    if (!registryClient())
        return;
    if (!m_connection->connectedOnce()) // connecting failed or was stopped: try again
        return m_connection->retry();
    loadApplications(currentApplicationName());
}

void MainWindow::stopRequests()
{
    if (!registryClient() || m_requests->requests() == 0)
        return;
    const bool connecting = !m_connection->connectedOnce();
    const bool writes = m_requests->writes() > 0;
    m_counter->stop();
    statusBar()->clearMessage();
    if (m_loader->isLoading() && !m_loader->isInserting()) {
        // The device list was still on its way: what the table shows stays.
        m_loader->invalidate();
        m_devicesIncomplete = true;
        m_progress->hide();
    }
    registryClient()->cancelPending(); // everything under way ends now as Cancelled (handled quietly)
    QString text;
    if (connecting) {
        m_connectionBar->setState(ConnectionBar::State::Disconnected);
        text = tr("Connecting to %1 was stopped. Press F5 to try again.")
                   .arg(registryClient()->settings().apiUrl.toDisplayString());
    } else if (writes) {
        text = tr("Stopped. Changes already sent may still be made by the server; press F5 to reload and see "
                  "what it has.");
    } else {
        text = tr("Loading was stopped; what is shown was kept. Press F5 to reload.");
    }
    m_messageBar->showMessage(MessageBar::Kind::Information, text);
    updateDeviceCountLabel();
    updateActions();
}

void MainWindow::loadApplications(const QString &select)
{
    if (!registryClient())
        return;
    const Generation::Ticket ticket = m_appsGen.next();
    statusBar()->showMessage(tr("Loading applications…"));
    onFinished(this, m_requests->track(registryClient()->listApps()), [this, ticket, select](const Result<QList<Application>> &r) {
        if (!ticket.isCurrent())
            return;
        statusBar()->clearMessage();
        if (!r)
            return reportError(tr("Could not load the applications"), r.error());
        const QString previous = select.isEmpty() ? currentApplicationName() : select;
        {
            const QSignalBlocker blocker(ui->appsView->selectionModel());
            m_apps->setApplications(*r);
        }
        Q_EMIT applicationsLoaded(int(r->size()));
        if (std::exchange(m_expiryCheckDue, false))
            warnAboutExpiry(*r);
        int row = m_apps->rowOf(previous);
        if (row < 0 && m_apps->rowCount() > 0)
            row = 0;
        if (row >= 0) {
            const Generation::Ticket devices = m_loader->ticket();
            ui->appsView->setCurrentIndex(m_apps->index(row, 0));
            if (devices.isCurrent()) // the same row stays selected: reload its devices (once)
                onAppSelectionChanged();
        } else {
            m_devices->reset({});
            m_details->clearDetails();
            updateActions();
        }
        m_counter->start(registryClient(), ticket);
    });
}

void MainWindow::loadDevices(const QString &app)
{
    m_devicesIncomplete = false;
    m_loader->load(registryClient(), app);
    updateDeviceCountLabel();
    if (!m_loader->isLoading())
        return;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Loading devices…"));
    m_progress->show();
    updateActions();
}

void MainWindow::connectDeviceLoader()
{
    connect(m_loader, &DeviceLoader::fetching, this, [this](int loaded) {
        m_progress->setFormat(tr("%n device(s) fetched…", nullptr, loaded));
    });
    connect(m_loader, &DeviceLoader::failed, this, [this](const QString &app, const Error &error) {
        m_devicesIncomplete = true;
        m_progress->hide();
        updateDeviceCountLabel();
        updateActions();
        reportError(tr("Could not load the devices of %1").arg(app), error);
    });
    connect(m_loader, &DeviceLoader::inserting, this, [this](int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(0);
        m_progress->setFormat(tr("%v of %m devices"));
    });
    connect(m_loader, &DeviceLoader::inserted, m_progress, &QProgressBar::setValue);
    connect(m_loader, &DeviceLoader::loaded, this, [this](const QString &app, int total) {
        // All rows are in: sort once, show the count.
        m_proxy->sort(ui->devicesView->horizontalHeader()->sortIndicatorSection(),
                      ui->devicesView->horizontalHeader()->sortIndicatorOrder());
        m_progress->hide();
        m_apps->setDeviceCount(app, total);
        updateDeviceCountLabel();
        updateActions();
        const QModelIndex cur = ui->appsView->currentIndex();
        if (cur.isValid() && ui->devicesView->selectionModel()->selectedRows().isEmpty())
            m_details->showApplication(m_apps->application(cur.row()), total);
        Q_EMIT devicesLoaded(app, total);
    });
}

void MainWindow::updateDeviceCountLabel()
{
    const int total = m_devices->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (m_devices->application().isEmpty())
        text = QString();
    else if (shown == total)
        text = tr("%n device(s)", nullptr, total);
    else
        text = tr("%1 of %n device(s)", nullptr, total).arg(shown);
    if (m_devicesIncomplete && !m_devices->application().isEmpty())
        text = total == 0 ? tr("Not loaded: press F5 to reload") : tr("%1 (not reloaded: press F5)").arg(text);
    ui->deviceCountLabel->setText(text);
    ui->devicesTitle->setText(m_devices->application().isEmpty()
                                  ? tr("<b>Devices</b>")
                                  : tr("<b>Devices of %1</b>").arg(m_devices->application().toHtmlEscaped()));
    m_statusLabel->setText(m_apps->rowCount() ? tr("%n application(s)", nullptr, m_apps->rowCount()) : QString());
}

// ---------------------------------------------------------------- selection

QString MainWindow::currentApplicationName() const
{
    const QModelIndex idx = ui->appsView->currentIndex();
    return idx.isValid() ? m_apps->application(idx.row()).name() : QString();
}

bool MainWindow::selectApplication(const QString &name)
{
    const int row = m_apps->rowOf(name);
    if (row < 0)
        return false;
    ui->appsView->setCurrentIndex(m_apps->index(row, 0));
    return true;
}

QStringList MainWindow::selectedDeviceNames() const
{
    QStringList names;
    const QModelIndexList rows = ui->devicesView->selectionModel()->selectedRows();
    for (const QModelIndex &idx : rows)
        names << m_proxy->data(idx, DeviceTableModel::NameRole).toString();
    return names;
}

std::optional<Application> MainWindow::selectedApplication() const
{
    const QModelIndex idx = ui->appsView->currentIndex();
    if (!idx.isValid())
        return std::nullopt;
    return m_apps->application(idx.row());
}

std::optional<QList<Device>> MainWindow::loadedDevices(const QString &app) const
{
    if (m_loader->isLoading() || m_devices->application() != app)
        return std::nullopt;
    return m_devices->devices();
}

void MainWindow::onAppSelectionChanged()
{
    m_deleteTarget = DeleteTarget::Application;
    const QString app = currentApplicationName();
    if (app.isEmpty()) {
        m_details->clearDetails();
        m_devices->reset({});
    } else {
        m_details->showApplication(m_apps->application(ui->appsView->currentIndex().row()),
                                   m_apps->deviceCount(app));
        loadDevices(app);
    }
    m_inspector->refreshVerdicts();
    updateActions();
}

void MainWindow::onDeviceSelectionChanged()
{
    const QStringList names = selectedDeviceNames();
    if (names.isEmpty()) {
        m_deleteTarget = DeleteTarget::Application;
        const QModelIndex cur = ui->appsView->currentIndex();
        if (cur.isValid())
            m_details->showApplication(m_apps->application(cur.row()), m_devices->rowCount());
    } else {
        m_deleteTarget = DeleteTarget::Devices;
        if (names.size() == 1) {
            const int row = m_devices->rowOf(names.first());
            if (row >= 0)
                m_details->showDevice(m_devices->device(row));
        } else {
            m_details->showDevices(int(names.size()));
        }
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const bool online = registryClient() != nullptr;
    updateMainWindowActions(this, online, online && !currentApplicationName().isEmpty(),
                            int(ui->devicesView->selectionModel()->selectedRows().size()));
    updateExportFirmwareAction(this);
    if (m_certificatesDock->isVisible()) // F5 also reads the ledger again, offline too
        action(u"actionRefresh"_s)->setEnabled(true);
    updateStopAction();
}

// ---------------------------------------------------------------- edits

void MainWindow::reportError(const QString &what, const Error &error)
{
    if (error.code == ErrorCode::Cancelled)
        return; // Stop: not an error; stopRequests() has said what happened
    if (error.code == ErrorCode::Timeout && registryClient()) {
        const int ms = registryClient()->settings().timeoutMs;
        const QString seconds = QLocale().toString(ms / 1000.0, 'f', ms % 1000 ? 1 : 0);
        return m_messageBar->showError(tr("%1: the server did not answer within %2 s.").arg(what, seconds));
    }
    m_messageBar->showError(tr("%1: %2").arg(what, error.message));
}

void MainWindow::deviceUpdated(const Device &device)
{
    if (device.application() != m_devices->application() && !device.application().isEmpty())
        return;
    m_devices->updateDevice(device);
    updateDeviceCountLabel();
    const QStringList sel = selectedDeviceNames();
    if (sel.size() == 1 && sel.first() == device.name())
        m_details->showDevice(device);
    m_inspector->refreshVerdicts();
}

void MainWindow::applicationUpdated(const Application &app)
{
    m_apps->updateApplication(app);
    if (currentApplicationName() == app.name())
        m_details->showApplication(app, m_apps->deviceCount(app.name()));
}

void MainWindow::applicationDeleted(const QString &)
{
    if (m_apps->rowCount() > 0) {
        ui->appsView->setCurrentIndex(m_apps->index(0, 0));
    } else {
        m_loader->invalidate();
        m_devices->reset({});
        m_details->clearDetails();
    }
    updateDeviceCountLabel();
    updateActions();
}

void MainWindow::devicesChanged(const QString &app)
{
    if (m_devices->application() == app)
        m_apps->setDeviceCount(app, m_devices->rowCount());
    updateDeviceCountLabel();
}

void MainWindow::newApplication()
{
    if (registryClient())
        launch(new CreateApplicationCommand(this, std::nullopt, this));
}

void MainWindow::createApplication(const QString &name)
{
    if (registryClient())
        launch(new CreateApplicationCommand(this, name, this));
}

void MainWindow::newDevice()
{
    const QString app = currentApplicationName();
    if (registryClient() && !app.isEmpty())
        launch(new CreateDeviceCommand(this, app, this));
}

void MainWindow::deleteSelected()
{
    const QString app = currentApplicationName();
    if (!registryClient() || app.isEmpty())
        return;
    const QStringList devices = selectedDeviceNames();
    if (m_deleteTarget == DeleteTarget::Devices && !devices.isEmpty())
        launch(new DeleteDevicesCommand(this, app, devices, this));
    else
        launch(new DeleteApplicationCommand(this, app, this));
}

void MainWindow::setSelectedDevicesDisabled(bool disabled)
{
    if (registryClient())
        launch(new SetDevicesDisabledCommand(this, currentApplicationName(), selectedDeviceNames(), disabled, this));
}

void MainWindow::addAlias()
{
    const QStringList names = selectedDeviceNames();
    if (registryClient() && names.size() == 1)
        launch(new AddAliasCommand(this, currentApplicationName(), names.first(), this));
}

void MainWindow::removeAlias()
{
    const QStringList names = selectedDeviceNames();
    if (registryClient() && names.size() == 1)
        launch(new RemoveAliasCommand(this, currentApplicationName(), names.first(), this));
}

void MainWindow::editLabels()
{
    const QString app = currentApplicationName();
    if (!registryClient() || app.isEmpty())
        return;
    const QStringList names = selectedDeviceNames();
    if (names.size() == 1 && m_deleteTarget == DeleteTarget::Devices)
        launch(new EditDeviceLabelsCommand(this, app, names.first(), this));
    else
        launch(new EditApplicationLabelsCommand(this, app, this));
}

} // namespace dwb::gui
