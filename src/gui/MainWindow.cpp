#include "gui/MainWindow.h"

#include "gui/apps/AppListModel.h"
#include "gui/common/Async.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBar.h"
#include "gui/common/Prompts.h"
#include "gui/wizards/WizardActions.h"
#include "gui/connection/AddConnectionDialog.h"
#include "gui/connection/ConnectionBar.h"
#include "gui/login/SecretStores.h"
#include "gui/login/SignInDialog.h"
#include "core/cloud/OidcClient.h"
#include "core/config/DrgConfig.h"
#include "gui/details/DetailsPane.h"
#include "gui/devices/DeviceFilterProxy.h"
#include "gui/devices/DeviceTableModel.h"
#include "gui/devices/LabelsDialog.h"
#include "gui/inspector/InspectorWidget.h"
#include "gui/start/GetStartedPanel.h"

#include "ui_MainWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {
constexpr int kBatchRows = 2500; // rows inserted per event-loop turn

QSettings windowSettings()
{
    return QSettings(u"Drogue IoT"_s, u"Drogue Workbench"_s);
}
} // namespace

QString MainWindow::sandboxContextName()
{
    return tr("Local sandbox");
}

template <typename T>
QFuture<T> MainWindow::tracked(QFuture<T> future, bool write)
{
    ++m_requests;
    if (write)
        ++m_writes;
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, write] {
        watcher->deleteLater();
        --m_requests;
        if (write)
            --m_writes;
        updateStopAction();
    });
    watcher->setFuture(future);
    updateStopAction();
    return future;
}

void MainWindow::updateStopAction()
{
    if (auto *stop = findChild<QAction *>(u"actionStop"_s, Qt::FindDirectChildrenOnly))
        stop->setEnabled(m_client && m_requests > 0);
}

MainWindow::MainWindow(ContextStore *contexts, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , ui(new Ui::MainWindow)
    , m_contexts(contexts)
    , m_secrets(secrets)
    , m_stores(std::make_unique<SecretStores>(secrets))
    , m_apps(new AppListModel(this))
    , m_devices(new DeviceTableModel(this))
    , m_proxy(new DeviceFilterProxy(m_devices, this))
    , m_connectionBar(new ConnectionBar)
    , m_messageBar(new MessageBar)
    , m_details(new DetailsPane)
    , m_inspector(new InspectorWidget)
    , m_inspectorDock(new QDockWidget(tr("Certificate Inspector"), this))
    , m_progress(new QProgressBar)
    , m_statusLabel(new QLabel)
{
    initResources();
    ui->setupUi(this);
    setWindowIcon(icon(u"logo"_s));
    setAcceptDrops(true);

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
    ui->appsView->setMinimumWidth(260);
    ui->appsView->header()->setAccessibleName(tr("Application columns"));

    m_proxy->setDynamicSortFilter(false); // re-sort on demand; keeps 10k-row batches cheap
    ui->devicesView->setModel(m_proxy);
    ui->devicesView->verticalHeader()->hide();
    ui->devicesView->verticalHeader()->setDefaultSectionSize(ui->devicesView->fontMetrics().height() + 8);
    ui->devicesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *hh = ui->devicesView->horizontalHeader();
    hh->setSectionResizeMode(QHeaderView::Interactive);
    hh->setStretchLastSection(false);
    hh->setHighlightSections(false);
    hh->setAccessibleName(tr("Device columns"));
    const int em = ui->devicesView->fontMetrics().horizontalAdvance(u'M');
    hh->resizeSection(DeviceTableModel::NameColumn, 12 * em);
    hh->resizeSection(DeviceTableModel::AliasesColumn, 24 * em);
    hh->resizeSection(DeviceTableModel::CertAliasColumn,
                      std::max(10 * em, hh->fontMetrics().horizontalAdvance(
                                            m_devices->headerData(DeviceTableModel::CertAliasColumn,
                                                                  Qt::Horizontal, Qt::DisplayRole).toString()) + 3 * em));
    hh->resizeSection(DeviceTableModel::DisabledColumn, 9 * em);
    hh->resizeSection(DeviceTableModel::LabelsColumn, 18 * em);
    const QString sampleDate = QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59)),
                                                  QLocale::ShortFormat);
    hh->resizeSection(DeviceTableModel::CreatedColumn,
                      ui->devicesView->fontMetrics().horizontalAdvance(sampleDate) + 2 * em);
    hh->setSectionResizeMode(DeviceTableModel::AliasesColumn, QHeaderView::Stretch);
    hh->setMinimumSectionSize(4 * em);
    ui->devicesView->sortByColumn(DeviceTableModel::NameColumn, Qt::AscendingOrder);
    ui->devicesView->setTextElideMode(Qt::ElideRight);

    ui->mainSplitter->setStretchFactor(0, 0);
    ui->mainSplitter->setStretchFactor(1, 1);
    ui->mainSplitter->setSizes({330, 950});
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

    createActions();
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
    QStringList names;
    for (const Context &c : m_contexts->contexts())
        names << c.name;
    m_connectionBar->setContexts(names, {});
    restoreSettings();
    updateActions();
    updateDeviceCountLabel();
}

MainWindow::~MainWindow() = default;

QTreeView *MainWindow::appsView() const { return ui->appsView; }
QTableView *MainWindow::devicesView() const { return ui->devicesView; }
QLineEdit *MainWindow::filterEdit() const { return ui->filterEdit; }

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    auto mk = [this](const QString &name, const QString &iconName, const QString &text,
                     const QString &tip, const QKeySequence &key = {}) {
        auto *a = new QAction(icon(iconName), text, this);
        a->setObjectName(name);
        a->setToolTip(key.isEmpty() ? tip : tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
        a->setStatusTip(tip);
        a->setWhatsThis(tip);
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    QAction *refreshA = mk(u"actionRefresh"_s, u"refresh"_s, tr("&Refresh"),
                           tr("Reload applications and devices from the server"), QKeySequence::Refresh);
    QAction *stopA = mk(u"actionStop"_s, u"stop"_s, tr("&Stop"),
                        tr("Stop loading and the requests under way; what is shown stays"), QKeySequence::Cancel);
    stopA->setEnabled(false);
    QAction *newApp = mk(u"actionNewApplication"_s, u"app-new"_s, tr("New &Application…"),
                         tr("Create an application"), QKeySequence(u"Ctrl+Shift+N"_s));
    QAction *newDev = mk(u"actionNewDevice"_s, u"device-new"_s, tr("Ne&w Device…"),
                         tr("Create a device in the selected application"), QKeySequence::New);
    QAction *del = mk(u"actionDelete"_s, u"delete"_s, tr("&Delete…"),
                      tr("Delete the selected devices, or the selected application"),
                      QKeySequence::Delete);
    QAction *enable = mk(u"actionEnableDevice"_s, u"enable"_s, tr("&Enable Device"),
                         tr("Allow the selected devices to connect"));
    QAction *disable = mk(u"actionDisableDevice"_s, u"disable"_s, tr("D&isable Device"),
                          tr("Refuse connections of the selected devices"));
    QAction *addAliasA = mk(u"actionAddAlias"_s, u"alias-add"_s, tr("Add Alia&s…"),
                            tr("Add an alias to the selected device"));
    QAction *removeAliasA = mk(u"actionRemoveAlias"_s, u"alias-remove"_s, tr("Re&move Alias…"),
                               tr("Remove an alias of the selected device"));
    QAction *labels = mk(u"actionEditLabels"_s, u"labels"_s, tr("Edit &Labels…"),
                         tr("Edit the labels of the selected device or application"),
                         QKeySequence(u"Ctrl+L"_s));
    QAction *addConn = mk(u"actionAddConnection"_s, u"connection"_s, tr("Add &Connection…"),
                          tr("Connect to a Drogue Cloud server with an access token"));
    QAction *signInA = mk(u"actionSignIn"_s, u"connection"_s, tr("&Sign In…"),
                          tr("Add a connection: sign in with the browser or an access token"));
    QAction *importDrgA = mk(u"actionImportDrg"_s, u"connection"_s, tr("&Import drg Configuration…"),
                             tr("Import drg's contexts and move their tokens into the key store"));
    QAction *quit = mk(u"actionQuit"_s, u"close"_s, tr("&Quit"), tr("Quit Drogue Workbench"),
                       QKeySequence::Quit);
    QAction *findA = mk(u"actionFind"_s, u"check"_s, tr("&Filter Devices"),
                        tr("Type to filter the devices"), QKeySequence::Find);
    QAction *about = mk(u"actionAbout"_s, u"logo"_s, tr("&About Drogue Workbench"),
                        tr("Version and licence"));
    QAction *inspectorToggle = m_inspectorDock->toggleViewAction();
    inspectorToggle->setObjectName(u"actionShowInspector"_s);
    inspectorToggle->setIcon(icon(u"inspector"_s));
    inspectorToggle->setText(tr("Certificate &Inspector"));
    inspectorToggle->setShortcut(QKeySequence(u"Ctrl+I"_s));
    inspectorToggle->setToolTip(tr("Show or hide the certificate inspector (Ctrl+I)"));

    connect(refreshA, &QAction::triggered, this, &MainWindow::refresh);
    connect(stopA, &QAction::triggered, this, &MainWindow::stopRequests);
    connect(newApp, &QAction::triggered, this, &MainWindow::newApplication);
    connect(newDev, &QAction::triggered, this, &MainWindow::newDevice);
    connect(del, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(enable, &QAction::triggered, this, [this] { setSelectedDevicesDisabled(false); });
    connect(disable, &QAction::triggered, this, [this] { setSelectedDevicesDisabled(true); });
    connect(addAliasA, &QAction::triggered, this, &MainWindow::addAlias);
    connect(removeAliasA, &QAction::triggered, this, &MainWindow::removeAlias);
    connect(labels, &QAction::triggered, this, &MainWindow::editLabels);
    connect(addConn, &QAction::triggered, this, &MainWindow::addConnection);
    connect(signInA, &QAction::triggered, this, &MainWindow::signIn);
    connect(importDrgA, &QAction::triggered, this, &MainWindow::importDrgConfig);
    connect(m_connectionBar, &ConnectionBar::signInAgainRequested, this, &MainWindow::signInAgain);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(findA, &QAction::triggered, this, [this] {
        ui->filterEdit->setFocus();
        ui->filterEdit->selectAll();
    });
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Drogue Workbench"),
                           tr("<h3>Drogue Workbench %1</h3><p>Provision Drogue Cloud devices with "
                              "x.509 certificates.</p>").arg(QStringLiteral(DWB_VERSION)));
    });
    m_connectionBar->setAddAction(addConn);
    m_connectionBar->setSignInAction(signInA);

    ui->menuFile->addAction(signInA);
    ui->menuFile->addAction(addConn);
    ui->menuFile->addAction(importDrgA);
    ui->menuFile->addSeparator();
    ui->menuFile->addAction(m_inspector->openAction());
    ui->menuFile->addSeparator();
    ui->menuFile->addAction(quit);
    ui->menuEdit->addAction(m_inspector->pasteAction());
    ui->menuEdit->addAction(findA);
    ui->menuEdit->addSeparator();
    ui->menuEdit->addAction(del);
    ui->mainToolBar->toggleViewAction()->setText(tr("Main &Toolbar")); // a keyboard path in View
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
    ui->menuRegistry->addSeparator();
    ui->menuRegistry->addAction(del);
    const QList<QAction *> wizardActions = installWizardActions(this, ui->menuRegistry); // H7: trust anchor / enrollment wizards
    ui->menuInspector->addAction(m_inspector->openAction());
    ui->menuInspector->addAction(m_inspector->pasteAction());
    ui->menuInspector->addSeparator();
    ui->menuInspector->addAction(m_inspector->exportPemAction());
    ui->menuInspector->addAction(m_inspector->exportDerAction());
    ui->menuInspector->addSeparator();
    ui->menuInspector->addAction(m_inspector->checkAction());
    ui->menuInspector->addAction(m_inspector->addAliasAction());
    ui->menuInspector->addSeparator();
    ui->menuInspector->addAction(m_inspector->clearAction());
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
    tb->addAction(m_inspector->openAction());
    tb->addAction(inspectorToggle);
    for (QAction *a : tb->actions())
        if (QWidget *w = tb->widgetForAction(a))
            w->setAccessibleName(a->text().remove(u'&').remove(u'…'));
    // The selected devices' edits as icons (named in tooltips and the context menu): room for the wizards.
    for (QAction *a : {enable, disable, addAliasA, labels})
        if (auto *b = qobject_cast<QToolButton *>(tb->widgetForAction(a)))
            b->setToolButtonStyle(Qt::ToolButtonIconOnly);

    ui->appsView->addActions({refreshA, newApp, labels, del});
    ui->devicesView->addActions({newDev, enable, disable, addAliasA, removeAliasA, labels, del});
}

// ---------------------------------------------------------------- settings

void MainWindow::restoreSettings()
{
    QSettings s = windowSettings();
    if (!restoreGeometry(s.value(u"window/geometry"_s).toByteArray()))
        resize(1320, 840);
    restoreState(s.value(u"window/state"_s).toByteArray());
    ui->mainSplitter->restoreState(s.value(u"window/mainSplitter"_s).toByteArray());
    ui->rightSplitter->restoreState(s.value(u"window/rightSplitter"_s).toByteArray());
    ui->devicesView->horizontalHeader()->restoreState(s.value(u"window/devicesHeader"_s).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings s = windowSettings();
    s.setValue(u"window/geometry"_s, saveGeometry());
    s.setValue(u"window/state"_s, saveState());
    s.setValue(u"window/mainSplitter"_s, ui->mainSplitter->saveState());
    s.setValue(u"window/rightSplitter"_s, ui->rightSplitter->saveState());
    s.setValue(u"window/devicesHeader"_s, ui->devicesView->horizontalHeader()->saveState());
    if (!m_context.name.isEmpty())
        m_contexts->setLastContext(m_context.name);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

// ---------------------------------------------------------------- drag & drop

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *m = event->mimeData();
    if (m->hasUrls() || m->hasText())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *m = event->mimeData();
    QStringList files;
    for (const QUrl &url : m->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (!files.isEmpty()) {
        m_inspector->addFiles(files);
        event->acceptProposedAction();
    } else if (m->hasText() && !m->text().trimmed().isEmpty()) {
        m_inspector->addText(m->text());
        event->acceptProposedAction();
    } else {
        return;
    }
    m_inspectorDock->show();
    m_inspectorDock->raise();
}

// ---------------------------------------------------------------- connection

bool MainWindow::openSandbox(const QString &dir)
{
    auto info = readSandboxInfo(dir);
    if (!info) {
        setConnectionError(info.error().message);
        return false;
    }
    Context c = m_contexts->find(sandboxContextName()).value_or(Context{});
    c.name = sandboxContextName();
    c.apiUrl = info->api;
    c.userId = info->user;
    c.serverCaFile = info->caFile;
    c.credentialsRef = u"sandbox:"_s + QDir(dir).absolutePath();
    m_contexts->upsert(c);
    return switchToContext(c.name);
}

bool MainWindow::switchToContext(const QString &name)
{
    const std::optional<Context> c = m_contexts->find(name);
    if (!c) {
        setConnectionError(tr("There is no connection named “%1”.").arg(name));
        return false;
    }
    QStringList names;
    for (const Context &ctx : m_contexts->contexts())
        names << ctx.name;
    m_connectionBar->setContexts(names, name);
    m_contexts->setLastContext(name);
    connectTo(*c);
    return true;
}

void MainWindow::setConnectionError(const QString &message)
{
    m_connectionBar->setState(ConnectionBar::State::Error, message);
    m_messageBar->showError(message);
}

void MainWindow::connectTo(const Context &context)
{
    ++m_connectionGen;
    ++m_deviceGen;
    ++m_appsGen;
    m_context = context;
    setWindowTitle(tr("%1 — Drogue Workbench").arg(context.name));
    m_apps->clear();
    m_devices->reset({});
    m_details->clearDetails();
    m_messageBar->hide();
    m_loadingDevices = false;
    m_devicesIncomplete = false;
    m_progress->hide();
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    if (m_oidc) {
        m_oidc->deleteLater();
        m_oidc = nullptr;
    }
    m_connectedOnce = false;
    bool refreshFirst = false;

    ConnectionSettings settings;
    settings.apiUrl = context.apiUrl;
    bool timeoutSet = false; // else defaultTimeoutMs(): DWB_TIMEOUT_SECONDS or 30 s
    const double timeoutSeconds = windowSettings().value(u"network/timeoutSeconds"_s).toDouble(&timeoutSet);
    if (timeoutSet && timeoutSeconds > 0)
        settings.timeoutMs = int(timeoutSeconds * 1000);
    settings.serverCaFile = context.serverCaFile;
    QString user = context.userId;
    if (context.isSandbox()) {
        auto info = readSandboxInfo(context.sandboxDir());
        if (!info) {
            m_connectionBar->setServer(context.apiUrl.toDisplayString(), user);
            setConnectionError(tr("The sandbox is not running: %1").arg(info.error().message));
            return;
        }
        settings.apiUrl = info->api;
        settings.serverCaFile = info->caFile;
        user = info->user;
        settings.credentials = Credentials::accessToken(info->user, info->token);
    } else if (context.credentialsRef.startsWith("memory:"_L1) || context.credentialsRef.isEmpty()) {
        SecretStore *session = m_stores->forContext(context);
        std::optional<QString> token = session->read(context.credentialsRef);
        if (!token) {
            token = Prompts::passphrase(
                this, tr("Access Token"),
                tr("Access token of %1 for %2.\nThe token is kept for this session only; use "
                   "File ▸ Sign In… to keep it in the system key store.")
                    .arg(user, context.apiUrl.toDisplayString()));
            if (!token || token->isEmpty()) {
                m_connectionBar->setServer(context.apiUrl.toDisplayString(), user);
                setConnectionError(tr("No access token for this session."));
                return;
            }
            session->write(context.credentialsRef, *token);
        }
        settings.credentials = Credentials::accessToken(user, *token);
    } else {
        // "token:" / "oidc:" contexts: the secret from the store the context names.
        SecretStore *store = m_stores->forContext(context);
        const std::optional<QString> secret = store->read(context.credentialsRef);
        const auto pair = secret ? parseAccessTokenSecret(*secret) : std::nullopt;
        const auto tokens = secret ? parseOidcTokensSecret(*secret) : std::nullopt;
        const bool oidc = context.credentialsRef.startsWith("oidc:"_L1);
        if (!secret || (oidc ? !tokens : !pair)) {
            m_connectionBar->setServer(context.apiUrl.toDisplayString(), user);
            const Status avail = store->availability();
            const QString why = !avail ? avail.error().message
                                : secret ? tr("The saved sign-in of %1 is damaged.").arg(context.name)
                                         : tr("There is no saved sign-in for %1 in the %2.")
                                               .arg(context.name, store->kindName());
            m_connectionBar->showSignInAgain(tr("Not signed in"));
            m_messageBar->showMessage(MessageBar::Kind::Warning,
                                      why + u' ' + tr("Use “Sign In Again” in the connection bar."));
            return;
        }
        if (oidc) {
            m_oidc = new OidcClient(QUrl(), context.serverCaFile, this);
            m_oidc->setApiUrl(context.apiUrl);
            m_oidc->setTokens({tokens->accessToken, tokens->refreshToken, tokens->expiresAt}, tokens->tokenUrl);
            settings.credentials = Credentials::bearer(tokens->accessToken);
            refreshFirst = tokens->expiresAt.isValid()
                           && QDateTime::currentDateTimeUtc().secsTo(tokens->expiresAt) < 30;
            const QString ref = context.credentialsRef;
            OidcClient *client = m_oidc;
            // New tokens go back to the store; a refused renewal asks to sign in again.
            connect(client, &OidcClient::tokensChanged, this, [this, client, store, ref] {
                const OidcTokens t = client->tokens();
                (void)store->store(ref, oidcTokensSecret({t.accessToken, t.refreshToken, t.expiresAt,
                                                          client->tokenEndpoint()}));
            });
            connect(client, &OidcClient::reauthenticationRequired, this, [this, client](const QString &message) {
                if (client == m_oidc)
                    sessionLost(message);
            });
        } else {
            user = pair->first;
            settings.credentials = Credentials::accessToken(pair->first, pair->second);
        }
    }
    m_connectionBar->setServer(settings.apiUrl.toDisplayString(), user);
    m_connectionBar->setState(ConnectionBar::State::Connecting);
    m_client = new RegistryClient(settings, this);
    updateActions();
    const quint64 gen = m_connectionGen;
    if (m_oidc) {
        m_oidc->attach(m_client);
        if (refreshFirst) {
            // An expired or nearly expired session: renew it before the first call.
            connect(m_oidc, &OidcClient::tokensChanged, this, [this, gen] { startProbe(gen); },
                    Qt::SingleShotConnection);
            m_oidc->refreshNow();
            return;
        }
    }
    startProbe(gen);
}

void MainWindow::startProbe(quint64 gen)
{
    if (gen != m_connectionGen || !m_client)
        return;
    RegistryClient *client = m_client;
    // Stopped (Esc): stopRequests() has said so and left "Not connected"; F5 tries again.
    onFinished(this, tracked(client->discover()), [this, gen, client](const Result<Endpoints> &ep) {
        if (gen != m_connectionGen || (!ep && ep.error().code == ErrorCode::Cancelled))
            return;
        if (!ep)
            return setConnectionError(tr("Cannot reach the server: %1").arg(ep.error().message));
        onFinished(this, tracked(client->whoami()), [this, gen](const Result<QString> &who) {
            if (gen != m_connectionGen || (!who && who.error().code == ErrorCode::Cancelled))
                return;
            if (!who)
                return setConnectionError(tr("The server refused the credentials: %1").arg(who.error().message));
            m_connectionBar->setServer(m_client->settings().apiUrl.toDisplayString(), *who);
            m_connectionBar->setState(ConnectionBar::State::Connected);
            m_connectedOnce = true;
            Q_EMIT connected();
            loadApplications(m_context.defaultApp);
        });
    });
}

void MainWindow::sessionLost(const QString &message)
{
    // Non-modal: the applications, devices and selection stay as they are.
    m_connectionBar->showSignInAgain(tr("Session expired"));
    m_messageBar->showMessage(MessageBar::Kind::Warning,
                              message + u' ' + tr("Use “Sign In Again” in the connection bar; the window keeps what it shows."));
}

void MainWindow::signIn()
{
    SignInDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Context c = dialog.context();
    if (const auto old = m_contexts->find(c.name)) { // signing in anew keeps the defaults
        c.defaultApp = old->defaultApp;
        c.defaultAlgorithm = old->defaultAlgorithm;
    }
    if (Status st = m_stores->save(this, c, dialog.secret()); !st) {
        m_messageBar->showError(tr("The sign-in was not saved: %1").arg(st.error().message));
        return;
    }
    m_contexts->upsert(c);
    switchToContext(c.name);
}

void MainWindow::signInAgain()
{
    if (m_context.name.isEmpty() || m_context.isSandbox())
        return;
    SignInDialog dialog(this);
    dialog.setContext(m_context);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Context c = dialog.context();
    SecretStore *store = m_stores->forContext(m_context);
    Status st = store->availability() ? store->store(c.credentialsRef, dialog.secret())
                                      : m_stores->save(this, c, dialog.secret());
    if (!st) {
        m_messageBar->showError(tr("The sign-in was not saved: %1").arg(st.error().message));
        return;
    }
    if (c.credentialsRef != m_context.credentialsRef)
        (void)store->remove(m_context.credentialsRef);
    m_contexts->upsert(c);
    const bool sameKind = c.credentialsRef == m_context.credentialsRef;
    m_context = c;
    if (!m_connectedOnce || !m_client || !sameKind) {
        connectTo(c);
        return;
    }
    // The same connection with new credentials: nothing reloads.
    if (m_oidc && dialog.mode() == SignInDialog::Mode::Browser) {
        m_oidc->setTokens(dialog.tokens(), dialog.tokenEndpoint());
    } else if (const auto pair = parseAccessTokenSecret(dialog.secret())) {
        m_client->setCredentials(Credentials::accessToken(pair->first, pair->second));
    }
    m_connectionBar->setState(ConnectionBar::State::Connected);
    m_messageBar->showMessage(MessageBar::Kind::Success, tr("Signed in again as %1.").arg(c.userId));
}

void MainWindow::importDrgConfig()
{
    const QString title = tr("Import drg Configuration");
    QString file;
    const QString def = defaultDrgConfigPath();
    if (QFileInfo::exists(def)) {
        const auto choice = Prompts::choose(this, title, tr("Import which drg configuration?"),
                                            {QDir::toNativeSeparators(def), tr("Another file…")}, 0);
        if (!choice)
            return;
        if (*choice == 0)
            file = def;
    }
    if (file.isEmpty()) {
        const QStringList files =
            Prompts::openFiles(this, title, tr("drg configuration (*.yaml *.yml);;All files (*)"));
        if (files.isEmpty())
            return;
        file = files.first();
    }
    auto cfg = readDrgConfig(file);
    if (!cfg) {
        m_messageBar->showError(tr("Cannot import %1: %2").arg(QDir::toNativeSeparators(file), cfg.error().message));
        return;
    }
    QString notice;
    SecretStore *store = m_stores->chooseForNewSecret(this, &notice);
    TestSecretStore none; // declined: the contexts come in, their secrets do not
    none.setAvailable(false);
    auto report = dwb::importDrgConfig(*cfg, *m_contexts, store ? *store : static_cast<SecretStore &>(none));
    if (!report) {
        m_messageBar->showError(report.error().message);
        return;
    }
    QString text = report->summary(file);
    if (!notice.isEmpty() && !report->secretsStored.isEmpty())
        text += u'\n' + notice;
    if (!report->secretsNotStored.isEmpty())
        text += u'\n' + tr("In the workbench: choose the connection, then “Sign In Again”.");
    m_messageBar->showMessage(report->secretsNotStored.isEmpty() ? MessageBar::Kind::Information
                                                                 : MessageBar::Kind::Warning,
                              text);
    QStringList names;
    for (const Context &ctx : m_contexts->contexts())
        names << ctx.name;
    m_connectionBar->setContexts(names, m_context.name);
}

void MainWindow::addConnection()
{
    AddConnectionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Context c = dialog.context();
    m_stores->forContext(c)->write(c.credentialsRef, dialog.token()); // "memory:": this session only
    m_contexts->upsert(c);
    switchToContext(c.name);
}

// ---------------------------------------------------------------- loading

void MainWindow::refresh()
{
    if (!m_client)
        return;
    if (!m_connectedOnce) { // connecting failed or was stopped: try again
        m_messageBar->hide();
        m_connectionBar->setState(ConnectionBar::State::Connecting);
        startProbe(m_connectionGen);
        return;
    }
    loadApplications(currentApplicationName());
}

void MainWindow::stopRequests()
{
    if (!m_client || m_requests == 0)
        return;
    const bool connecting = !m_connectedOnce;
    const bool writes = m_writes > 0;
    m_countQueue.clear();
    statusBar()->clearMessage();
    if (m_loadingDevices && m_pendingDevices.isEmpty()) {
        // The device list was still on its way: what the table shows stays.
        ++m_deviceGen;
        m_loadingDevices = false;
        m_devicesIncomplete = true;
        m_progress->hide();
    }
    m_client->cancelPending(); // everything under way ends now as Cancelled (handled quietly)
    QString text;
    if (connecting) {
        m_connectionBar->setState(ConnectionBar::State::Disconnected);
        text = tr("Connecting to %1 was stopped. Press F5 to try again.")
                   .arg(m_client->settings().apiUrl.toDisplayString());
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
    if (!m_client)
        return;
    const quint64 gen = ++m_appsGen;
    statusBar()->showMessage(tr("Loading applications…"));
    onFinished(this, tracked(m_client->listApps()), [this, gen, select](const Result<QList<Application>> &r) {
        if (gen != m_appsGen)
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
        int row = m_apps->rowOf(previous);
        if (row < 0 && m_apps->rowCount() > 0)
            row = 0;
        if (row >= 0) {
            const quint64 deviceGen = m_deviceGen;
            ui->appsView->setCurrentIndex(m_apps->index(row, 0));
            if (deviceGen == m_deviceGen) // the same row stays selected: reload its devices (once)
                onAppSelectionChanged();
        } else {
            m_devices->reset({});
            m_details->clearDetails();
            updateActions();
        }
        m_countQueue.clear();
        for (int i = 0; i < m_apps->rowCount(); ++i)
            m_countQueue << m_apps->application(i).name();
        countDevicesOfOtherApps();
    });
}

void MainWindow::countDevicesOfOtherApps()
{
    // One at a time, in the background, skipping the app whose devices the
    // table loads anyway.
    while (!m_countQueue.isEmpty() && m_countQueue.first() == m_devices->application())
        m_countQueue.removeFirst();
    if (m_countQueue.isEmpty() || !m_client)
        return;
    const QString app = m_countQueue.takeFirst();
    const quint64 gen = m_appsGen;
    onFinished(this, tracked(m_client->listDevices(app)), [this, gen, app](const Result<QList<Device>> &r) {
        if (gen != m_appsGen)
            return;
        if (!r && r.error().code == ErrorCode::Cancelled)
            return m_countQueue.clear(); // Stop: no more counting
        if (r)
            m_apps->setDeviceCount(app, int(r->size()));
        countDevicesOfOtherApps();
    });
}

void MainWindow::loadDevices(const QString &app)
{
    const quint64 gen = ++m_deviceGen;
    if (m_devices->application() != app)
        m_devices->reset(app); // a reload keeps the rows until the new ones arrive
    m_devicesIncomplete = false;
    m_pendingDevices.clear();
    m_pendingPos = 0;
    updateDeviceCountLabel();
    if (!m_client || app.isEmpty())
        return;
    m_loadingDevices = true;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Loading devices…"));
    m_progress->show();
    updateActions();
    QPointer<MainWindow> self(this);
    auto progress = [self, gen](int loaded) {
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, gen, loaded] {
            if (!self || gen != self->m_deviceGen || !self->m_loadingDevices || !self->m_pendingDevices.isEmpty())
                return;
            self->m_progress->setFormat(tr("%n device(s) fetched…", nullptr, loaded));
        });
    };
    onFinished(this, tracked(m_client->listDevices(app, {}, progress)),
               [this, gen, app](const Result<QList<Device>> &r) {
                   if (gen != m_deviceGen)
                       return;
                   if (!r) {
                       m_loadingDevices = false;
                       m_devicesIncomplete = true;
                       m_progress->hide();
                       updateDeviceCountLabel();
                       updateActions();
                       return reportError(tr("Could not load the devices of %1").arg(app), r.error());
                   }
                   m_devices->reset(app);
                   m_pendingDevices = *r;
                   m_pendingPos = 0;
                   m_progress->setRange(0, int(m_pendingDevices.size()));
                   m_progress->setValue(0);
                   m_progress->setFormat(tr("%v of %m devices"));
                   insertDeviceBatch(gen);
               });
}

void MainWindow::insertDeviceBatch(quint64 gen)
{
    if (gen != m_deviceGen)
        return;
    const qsizetype n = std::min<qsizetype>(kBatchRows, m_pendingDevices.size() - m_pendingPos);
    if (n > 0) {
        m_devices->appendDevices(m_pendingDevices.mid(m_pendingPos, n));
        m_pendingPos += n;
        m_progress->setValue(int(m_pendingPos));
    }
    if (m_pendingPos < m_pendingDevices.size()) {
        QTimer::singleShot(0, this, [this, gen] { insertDeviceBatch(gen); });
        return;
    }
    // All rows are in: sort once, show the count.
    const int total = int(m_pendingDevices.size());
    m_pendingDevices.clear();
    m_pendingPos = 0;
    m_proxy->sort(ui->devicesView->horizontalHeader()->sortIndicatorSection(),
                  ui->devicesView->horizontalHeader()->sortIndicatorOrder());
    m_loadingDevices = false;
    m_progress->hide();
    m_apps->setDeviceCount(m_devices->application(), total);
    updateDeviceCountLabel();
    updateActions();
    const QModelIndex cur = ui->appsView->currentIndex();
    if (cur.isValid() && m_devices->rowCount() >= 0 && ui->devicesView->selectionModel()->selectedRows().isEmpty())
        m_details->showApplication(m_apps->application(cur.row()), total);
    Q_EMIT devicesLoaded(m_devices->application(), total);
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
    if (m_loadingDevices || m_devices->application() != app)
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
    const bool online = m_client != nullptr;
    const bool app = online && !currentApplicationName().isEmpty();
    const int devices = int(ui->devicesView->selectionModel()->selectedRows().size());
    action(u"actionRefresh"_s)->setEnabled(online);
    action(u"actionNewApplication"_s)->setEnabled(online);
    action(u"actionNewDevice"_s)->setEnabled(app);
    action(u"actionDelete"_s)->setEnabled(app);
    action(u"actionEnableDevice"_s)->setEnabled(online && devices > 0);
    action(u"actionDisableDevice"_s)->setEnabled(online && devices > 0);
    action(u"actionAddAlias"_s)->setEnabled(online && devices == 1);
    action(u"actionRemoveAlias"_s)->setEnabled(online && devices == 1);
    action(u"actionEditLabels"_s)->setEnabled(app && devices <= 1);
    updateStopAction();
}

// ---------------------------------------------------------------- edits

void MainWindow::reportError(const QString &what, const Error &error)
{
    if (error.code == ErrorCode::Cancelled)
        return; // Stop: not an error; stopRequests() has said what happened
    if (error.code == ErrorCode::Timeout && m_client) {
        const int ms = m_client->settings().timeoutMs;
        const QString seconds = QLocale().toString(ms / 1000.0, 'f', ms % 1000 ? 1 : 0);
        return m_messageBar->showError(tr("%1: the server did not answer within %2 s.").arg(what, seconds));
    }
    m_messageBar->showError(tr("%1: %2").arg(what, error.message));
}

void MainWindow::showMessage(MessageBar::Kind kind, const QString &text)
{
    m_messageBar->showMessage(kind, text);
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

void MainWindow::reloadApplication(const QString &name)
{
    if (!m_client)
        return;
    onFinished(this, tracked(m_client->getApp(name)), [this, name](const Result<Application> &r) {
        if (!r)
            return reportError(tr("Could not reload application %1").arg(name), r.error());
        m_apps->updateApplication(*r);
        m_inspector->refreshVerdicts();
        if (currentApplicationName() == name && selectedDeviceNames().isEmpty())
            m_details->showApplication(*r, m_apps->deviceCount(name));
    });
}

void MainWindow::newApplication()
{
    if (!m_client)
        return;
    std::optional<QString> name = Prompts::text(this, tr("New Application"),
                                                tr("Name of the application (lowercase letters, "
                                                   "digits and '-'):"));
    if (name)
        createApplication(*name);
}

void MainWindow::createApplication(const QString &name)
{
    if (!m_client)
        return;
    const QString n = name.trimmed();
    const QString problem = validateApplicationName(n);
    if (!problem.isEmpty())
        return m_messageBar->showError(problem);
    onFinished(this, tracked(m_client->createApp(Application::create(n)), true), [this, n](const Status &st) {
        if (!st)
            return reportError(tr("Could not create application %1").arg(n), st.error());
        m_messageBar->showMessage(MessageBar::Kind::Success, tr("Application %1 created.").arg(n));
        loadApplications(n);
    });
}

void MainWindow::newDevice()
{
    const QString app = currentApplicationName();
    if (!m_client || app.isEmpty())
        return;
    std::optional<QString> name = Prompts::text(this, tr("New Device"),
                                                tr("Name of the new device in %1:").arg(app));
    if (!name)
        return;
    const QString n = name->trimmed();
    const QString problem = validateDeviceName(n);
    if (!problem.isEmpty())
        return m_messageBar->showError(problem);
    RegistryClient *client = m_client;
    onFinished(this, tracked(client->createDevice(Device::create(app, n)), true), [this, app, n](const Status &st) {
        if (!st)
            return reportError(tr("Could not create device %1").arg(n), st.error());
        m_messageBar->showMessage(MessageBar::Kind::Success, tr("Device %1 created in %2.").arg(n, app));
        if (!m_client)
            return;
        onFinished(this, tracked(m_client->getDevice(app, n)), [this, app](const Result<Device> &d) {
            if (d && m_devices->application() == app) {
                m_devices->updateDevice(*d);
                m_apps->setDeviceCount(app, m_devices->rowCount());
                updateDeviceCountLabel();
            }
        });
    });
}

void MainWindow::deleteSelected()
{
    const QString app = currentApplicationName();
    if (!m_client || app.isEmpty())
        return;
    const QStringList devices = selectedDeviceNames();
    if (m_deleteTarget == DeleteTarget::Devices && !devices.isEmpty()) {
        QStringList shown = devices.mid(0, 12);
        QString list = u"<ul><li>"_s;
        QStringList escaped;
        for (const QString &d : shown)
            escaped << d.toHtmlEscaped();
        list += escaped.join(u"</li><li>"_s) + u"</li></ul>"_s;
        if (devices.size() > shown.size())
            list += tr("and %n more.", nullptr, int(devices.size() - shown.size()));
        const QString text = devices.size() == 1
            ? tr("Delete the device “%1” of %2? Its credentials and aliases are lost; this cannot be undone.")
                  .arg(devices.first().toHtmlEscaped(), app.toHtmlEscaped())
            : tr("Delete these %n devices of %1? Their credentials and aliases are lost; this cannot be undone.",
                 nullptr, int(devices.size())).arg(app.toHtmlEscaped()) + list;
        if (!Prompts::confirm(this, tr("Delete Devices"), text, tr("&Delete")))
            return;
        auto pending = std::make_shared<int>(int(devices.size()));
        auto failures = std::make_shared<QStringList>();
        auto stopped = std::make_shared<bool>(false);
        for (const QString &name : devices) {
            const int row = m_devices->rowOf(name);
            const Device d = row >= 0 ? m_devices->device(row) : Device();
            onFinished(this, tracked(m_client->deleteDevice(app, name, d.uid(), d.resourceVersion()), true),
                       [this, app, name, pending, failures, stopped](const Status &st) {
                           if (st) {
                               if (m_devices->application() == app)
                                   m_devices->removeDevice(name);
                           } else if (st.error().code == ErrorCode::Cancelled) {
                               *stopped = true; // Stop: the row stays; stopRequests() said so
                           } else {
                               *failures << name + u": "_s + st.error().message;
                           }
                           if (--*pending > 0)
                               return;
                           if (m_devices->application() == app)
                               m_apps->setDeviceCount(app, m_devices->rowCount());
                           updateDeviceCountLabel();
                           if (failures->isEmpty() && *stopped)
                               return;
                           if (failures->isEmpty())
                               m_messageBar->showMessage(MessageBar::Kind::Success, tr("Deleted."));
                           else
                               m_messageBar->showError(tr("Some devices were not deleted: %1")
                                                           .arg(failures->join(u"; "_s)));
                       });
        }
        return;
    }
    const int row = m_apps->rowOf(app);
    const Application a = m_apps->application(row);
    int count = m_devices->application() == app && !m_loadingDevices ? m_devices->rowCount()
                                                                     : m_apps->deviceCount(app);
    const QString text = count < 0
        ? tr("Delete the application “%1” and all its devices? This cannot be undone.").arg(app)
        : tr("Delete the application “%1” and its %n device(s)? This cannot be undone.", nullptr, count)
              .arg(app);
    if (!Prompts::confirm(this, tr("Delete Application"), text, tr("&Delete")))
        return;
    onFinished(this, tracked(m_client->deleteApp(app, a.uid(), a.resourceVersion()), true), [this, app](const Status &st) {
        if (!st)
            return reportError(tr("Could not delete application %1").arg(app), st.error());
        m_apps->removeApplication(app);
        m_messageBar->showMessage(MessageBar::Kind::Success, tr("Application %1 deleted.").arg(app));
        if (m_apps->rowCount() > 0) {
            ui->appsView->setCurrentIndex(m_apps->index(0, 0));
        } else {
            ++m_deviceGen;
            m_devices->reset({});
            m_details->clearDetails();
        }
        updateDeviceCountLabel();
        updateActions();
    });
}

void MainWindow::modifyDevices(const QStringList &names, const RegistryClient::DeviceChange &change,
                               const QString &what)
{
    const QString app = currentApplicationName();
    if (!m_client || app.isEmpty())
        return;
    for (const QString &name : names) {
        onFinished(this, tracked(m_client->modifyDevice(app, name, change), true),
                   [this, name, what](const Result<Device> &r) {
                       if (!r)
                           return reportError(tr("Could not %1 %2").arg(what, name), r.error());
                       deviceUpdated(*r);
                   });
    }
}

void MainWindow::setSelectedDevicesDisabled(bool disabled)
{
    modifyDevices(selectedDeviceNames(), [disabled](Device &d) {
        d.setDisabled(disabled);
        return Status();
    }, disabled ? tr("disable") : tr("enable"));
}

void MainWindow::addAlias()
{
    const QStringList names = selectedDeviceNames();
    if (names.size() != 1)
        return;
    std::optional<QString> alias = Prompts::text(
        this, tr("Add Alias"),
        tr("New alias of %1 (a certificate subject such as CN=%1, O=Drogue IoT, OU=%2 lets it log "
           "in with that certificate):").arg(names.first(), currentApplicationName()));
    if (!alias || alias->trimmed().isEmpty())
        return;
    const QString a = alias->trimmed();
    modifyDevices(names, [a](Device &d) {
        d.addAlias(a);
        return Status();
    }, tr("add an alias to"));
}

void MainWindow::removeAlias()
{
    const QStringList names = selectedDeviceNames();
    if (names.size() != 1)
        return;
    const int row = m_devices->rowOf(names.first());
    if (row < 0)
        return;
    const QStringList aliases = m_devices->device(row).aliases();
    if (aliases.isEmpty())
        return m_messageBar->showMessage(MessageBar::Kind::Information,
                                         tr("%1 has no alias.").arg(names.first()));
    std::optional<int> choice = Prompts::choose(this, tr("Remove Alias"),
                                                tr("Alias of %1 to remove:").arg(names.first()), aliases);
    if (!choice || *choice < 0 || *choice >= aliases.size())
        return;
    const QString a = aliases.at(*choice);
    modifyDevices(names, [a](Device &d) {
        d.removeAlias(a);
        return Status();
    }, tr("remove an alias of"));
}

void MainWindow::editLabels()
{
    const QString app = currentApplicationName();
    if (!m_client || app.isEmpty())
        return;
    const QStringList names = selectedDeviceNames();
    if (names.size() == 1 && m_deleteTarget == DeleteTarget::Devices) {
        const int row = m_devices->rowOf(names.first());
        if (row < 0)
            return;
        const auto edited = LabelsDialog::edit(this, tr("device %1").arg(names.first()),
                                               m_devices->device(row).labels());
        if (!edited)
            return;
        const QMap<QString, QString> labels = *edited;
        modifyDevices(names, [labels](Device &d) {
            d.setLabels(labels);
            return Status();
        }, tr("change the labels of"));
        return;
    }
    const auto edited = LabelsDialog::edit(this, tr("application %1").arg(app),
                                           m_apps->application(m_apps->rowOf(app)).labels());
    if (!edited)
        return;
    const QMap<QString, QString> labels = *edited;
    onFinished(this, tracked(m_client->modifyApp(app, [labels](Application &a) {
                   a.setLabels(labels);
                   return Status();
               }), true),
               [this, app](const Result<Application> &r) {
                   if (!r)
                       return reportError(tr("Could not change the labels of %1").arg(app), r.error());
                   m_apps->updateApplication(*r);
                   if (currentApplicationName() == app)
                       m_details->showApplication(*r, m_apps->deviceCount(app));
               });
}

} // namespace dwb::gui
