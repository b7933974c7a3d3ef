// The edits of selected devices (enable, disable, aliases, labels): each
// subclass asks what it needs in prepare() and gives the change; one request
// per device, each row updated as its answer comes, each failure reported
// in the subclass's own sentence ("Could not disable device %1") with the
// server's reason.
#pragma once

#include "core/cloud/RegistryClient.h"
#include "gui/commands/Command.h"

#include <QStringList>

#include <optional>

namespace dwb::gui {

class ModifyDevicesCommand : public Command {
    Q_OBJECT
protected:
    // failure: a whole sentence, %1 the device ("Could not disable device %1").
    ModifyDevicesCommand(CommandHost *host, QString app, QStringList devices, QString failure,
                         QObject *parent = nullptr);

    QString application() const { return m_app; }
    QString device() const { return m_devices.value(0); }
    // The one device as the table shows it (nullptr: no longer there).
    const Device *shownDevice() const;
    // Asks the user what to change; nullopt: nothing to do (finishes as Cancelled).
    virtual std::optional<RegistryClient::DeviceChange> prepare() = 0;

private:
    void run() override;
    QString m_app;
    QStringList m_devices;
    QString m_failure;
    int m_pending = 0;
    Status m_outcome;
};

} // namespace dwb::gui
