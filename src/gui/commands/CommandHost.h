// What a registry command needs from the window that launches it: the
// client, the models it updates, where dialogs and messages go, and the
// window's follow-up after an edit (selection, details, counts).
#pragma once

#include "core/cloud/Resources.h"
#include "core/util/Result.h"
#include "gui/common/MessageBar.h"

class QWidget;

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

class AppListModel;
class DeviceTableModel;
class RequestTracker;

class CommandHost {
public:
    virtual ~CommandHost() = default;

    virtual QWidget *dialogParent() = 0;
    virtual RegistryClient *registryClient() const = 0;
    virtual RequestTracker *requestTracker() const = 0;
    virtual AppListModel *appModel() const = 0;
    virtual DeviceTableModel *deviceModel() const = 0;
    virtual bool isLoadingDevices() const = 0;

    virtual void showMessage(MessageBar::Kind kind, const QString &text) = 0;
    // `failure` is a whole sentence without its end ("Could not delete
    // application app1"); the window adds the server's reason. Cancelled
    // (Stop) is not shown.
    virtual void reportError(const QString &failure, const Error &error) = 0;

    virtual void applicationCreated(const QString &name) = 0;   // reload, select it
    virtual void applicationUpdated(const Application &app) = 0;
    virtual void applicationDeleted(const QString &name) = 0;
    virtual void deviceUpdated(const Device &device) = 0;
    virtual void devicesChanged(const QString &app) = 0;        // rows added or removed
};

} // namespace dwb::gui
