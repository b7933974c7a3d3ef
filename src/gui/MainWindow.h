// The workbench window: connection bar, applications (left), the selected
// application's devices (right, filter-as-you-type), details, and the
// certificate inspector dock. Every server call is asynchronous; errors go
// to the message bar with the server's message.
#pragma once

#include "core/cloud/OidcClient.h"
#include "core/cloud/RegistryClient.h"
#include "core/config/Context.h"
#include "gui/commands/Command.h"
#include "gui/commands/CommandHost.h"
#include "gui/commands/Generation.h"
#include "gui/common/MessageBar.h"
#include "gui/inspector/InspectorHost.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QTreeView;

namespace Ui { class MainWindow; }

namespace dwb::gui {

class AppListModel;
class CertificatesView;
class ConnectionBar;
class ConnectionController;
class DeviceCounter;
class DetailsPane;
class DeviceFilterProxy;
class DeviceLoader;
class DeviceTableModel;
class InspectorWidget;
class MessageBar;
class RequestTracker;
class SecretStores;

class MainWindow : public QMainWindow, public InspectorHost, public CommandHost {
    Q_OBJECT
public:
    // The stores must outlive the window.
    MainWindow(ContextStore *contexts, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // --sandbox DIR: the context "Local sandbox" (saved; its token is re-read
    // from DIR/sandbox.json on every connect, never saved).
    bool openSandbox(const QString &dir);
    bool switchToContext(const QString &name);
    static QString sandboxContextName();

    // For tests and the benchmark.
    AppListModel *appModel() const override { return m_apps; }
    DeviceTableModel *deviceModel() const override { return m_devices; }
    DeviceFilterProxy *deviceProxy() const { return m_proxy; }
    QTreeView *appsView() const;
    QTableView *devicesView() const;
    QLineEdit *filterEdit() const;
    MessageBar *messageBar() const { return m_messageBar; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    DetailsPane *details() const { return m_details; }
    InspectorWidget *inspector() const { return m_inspector; }
    QDockWidget *inspectorDock() const { return m_inspectorDock; }
    CertificatesView *certificatesView() const { return m_certificates; }
    QDockWidget *certificatesDock() const { return m_certificatesDock; }
    QAction *action(const QString &objectName) const;
    bool isLoadingDevices() const override;
    // The OIDC session of the current connection (nullptr for token contexts).
    OidcClient *oidcClient() const;
    SecretStores *secretStores() const;
    bool selectApplication(const QString &name);
    QString currentApplicationName() const;
    QStringList selectedDeviceNames() const;

    // InspectorHost
    std::optional<Application> selectedApplication() const override;
    std::optional<QList<Device>> loadedDevices(const QString &app) const override;
    RegistryClient *registryClient() const override;
    void deviceUpdated(const Device &device) override;
    void showMessage(MessageBar::Kind kind, const QString &text) override { m_messageBar->showMessage(kind, text); }

    // CommandHost (the rest is above)
    QWidget *dialogParent() override { return this; }
    RequestTracker *requestTracker() const override { return m_requests; }
    void reportError(const QString &failure, const Error &error) override;
    void applicationCreated(const QString &name) override { loadApplications(name); }
    void applicationUpdated(const Application &app) override;
    void applicationDeleted(const QString &name) override;
    void devicesChanged(const QString &app) override;

public Q_SLOTS:
    void refresh();
    // Stop (Esc): cancels the window's requests under way; what is shown stays.
    void stopRequests();
    void newApplication();
    void createApplication(const QString &name); // newApplication() without asking
    void newDevice();
    void deleteSelected();
    void setSelectedDevicesDisabled(bool disabled);
    void addAlias();
    void removeAlias();
    void editLabels();
    void addConnection();
    void signIn();          // a new context through the SignInDialog
    void signInAgain();     // the current context, keeping the window's state
    void importDrgConfig(); // drg_config.yaml: contexts, tokens into the key store
    // The Certificates view (the ledger), raised; expiring: filtered to what expires soon.
    void showCertificates(bool expiring = false);

Q_SIGNALS:
    void connected();
    void applicationsLoaded(int count);
    void devicesLoaded(const QString &app, int count);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class DeleteTarget { Application, Devices };
    void restoreSettings();
    void saveSettings();
    void resetForConnection(const Context &context);
    void loadApplications(const QString &select = {});
    void loadDevices(const QString &app);
    void connectDeviceLoader();
    void onAppSelectionChanged();
    void onDeviceSelectionChanged();
    void updateActions();
    void updateDeviceCountLabel();
    // Starts a command of the window; it deletes itself when finished.
    void launch(Command *command) { command->start(); }
    void updateStopAction();
    void setUpCertificates();
    void warnAboutExpiry(const QList<Application> &apps);

    std::unique_ptr<Ui::MainWindow> ui;
    ContextStore *m_contexts;
    Generation m_appsGen;         // answers of an earlier application load are dropped
    RequestTracker *m_requests;   // requests of the window under way (for Stop)
    ConnectionController *m_connection = nullptr;
    bool m_devicesIncomplete = false; // the last device load failed or was stopped
    bool m_expiryCheckDue = false;    // connected: the first application list is checked for expiry
    DeleteTarget m_deleteTarget = DeleteTarget::Application;

    AppListModel *m_apps;
    DeviceTableModel *m_devices;
    DeviceFilterProxy *m_proxy;
    DeviceLoader *m_loader;
    DeviceCounter *m_counter;
    ConnectionBar *m_connectionBar;
    MessageBar *m_messageBar;
    DetailsPane *m_details;
    InspectorWidget *m_inspector;
    QDockWidget *m_inspectorDock;
    CertificatesView *m_certificates;
    QDockWidget *m_certificatesDock;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
};

} // namespace dwb::gui
