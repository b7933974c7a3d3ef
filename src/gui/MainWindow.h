// The workbench window: connection bar, applications (left), the selected
// application's devices (right, filter-as-you-type), details, and the
// certificate inspector dock. Every server call is asynchronous; errors go
// to the message bar with the server's message.
#pragma once

#include "core/cloud/OidcClient.h"
#include "core/cloud/RegistryClient.h"
#include "core/config/Context.h"
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
class ConnectionBar;
class DetailsPane;
class DeviceFilterProxy;
class DeviceTableModel;
class InspectorWidget;
class MessageBar;
class SecretStores;

class MainWindow : public QMainWindow, public InspectorHost {
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
    AppListModel *appModel() const { return m_apps; }
    DeviceTableModel *deviceModel() const { return m_devices; }
    DeviceFilterProxy *deviceProxy() const { return m_proxy; }
    QTreeView *appsView() const;
    QTableView *devicesView() const;
    QLineEdit *filterEdit() const;
    MessageBar *messageBar() const { return m_messageBar; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    DetailsPane *details() const { return m_details; }
    InspectorWidget *inspector() const { return m_inspector; }
    QDockWidget *inspectorDock() const { return m_inspectorDock; }
    QAction *action(const QString &objectName) const;
    bool isLoadingDevices() const { return m_loadingDevices; }
    // The OIDC session of the current connection (nullptr for token contexts).
    OidcClient *oidcClient() const { return m_oidc; }
    SecretStores *secretStores() const { return m_stores.get(); }
    bool selectApplication(const QString &name);
    QString currentApplicationName() const;
    QStringList selectedDeviceNames() const;

    // InspectorHost
    std::optional<Application> selectedApplication() const override;
    std::optional<QList<Device>> loadedDevices(const QString &app) const override;
    RegistryClient *registryClient() const override { return m_client; }
    void deviceUpdated(const Device &device) override;
    void showMessage(MessageBar::Kind kind, const QString &text) override;

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

Q_SIGNALS:
    void connected();
    void applicationsLoaded(int count);
    void devicesLoaded(const QString &app, int count);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class DeleteTarget { Application, Devices };
    void createActions();
    void restoreSettings();
    void saveSettings();
    void connectTo(const Context &context);
    void startProbe(quint64 gen);
    void sessionLost(const QString &message);
    void setConnectionError(const QString &message);
    void loadApplications(const QString &select = {});
    void loadDevices(const QString &app);
    void insertDeviceBatch(quint64 generation);
    void countDevicesOfOtherApps();
    void onAppSelectionChanged();
    void onDeviceSelectionChanged();
    void updateActions();
    void updateDeviceCountLabel();
    void reloadApplication(const QString &name);
    void modifyDevices(const QStringList &names, const RegistryClient::DeviceChange &change,
                       const QString &what);
    void reportError(const QString &what, const Error &error);
    // Counts a request of the window while it is under way (for Stop).
    template <typename T>
    QFuture<T> tracked(QFuture<T> future, bool write = false);
    void updateStopAction();

    std::unique_ptr<Ui::MainWindow> ui;
    ContextStore *m_contexts;
    SecretStore *m_secrets;
    std::unique_ptr<SecretStores> m_stores;
    QPointer<OidcClient> m_oidc;
    bool m_connectedOnce = false;
    QPointer<RegistryClient> m_client;
    Context m_context;
    quint64 m_connectionGen = 0;
    quint64 m_deviceGen = 0;
    quint64 m_appsGen = 0;
    bool m_loadingDevices = false;
    QList<Device> m_pendingDevices;
    qsizetype m_pendingPos = 0;
    QStringList m_countQueue;
    int m_requests = 0;           // requests of the window under way
    int m_writes = 0;             // of those, changes sent to the server
    bool m_devicesIncomplete = false; // the last device load failed or was stopped
    DeleteTarget m_deleteTarget = DeleteTarget::Application;

    AppListModel *m_apps;
    DeviceTableModel *m_devices;
    DeviceFilterProxy *m_proxy;
    ConnectionBar *m_connectionBar;
    MessageBar *m_messageBar;
    DetailsPane *m_details;
    InspectorWidget *m_inspector;
    QDockWidget *m_inspectorDock;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
};

} // namespace dwb::gui
