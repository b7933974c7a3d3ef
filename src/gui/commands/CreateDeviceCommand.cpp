#include "gui/commands/CreateDeviceCommand.h"

#include "core/cloud/RegistryClient.h"
#include "gui/common/Prompts.h"
#include "gui/devices/DeviceTableModel.h"

namespace dwb::gui {

CreateDeviceCommand::CreateDeviceCommand(CommandHost *host, QString app, QObject *parent)
    : Command(host, parent), m_app(std::move(app))
{
}

void CreateDeviceCommand::run()
{
    const QString app = m_app;
    const std::optional<QString> name = Prompts::text(host()->dialogParent(), tr("New Device"),
                                                      tr("Name of the new device in %1:").arg(app));
    if (!name)
        return finish(Error(ErrorCode::Cancelled, tr("No device was created.")));
    const QString n = name->trimmed();
    const QString problem = validateDeviceName(n);
    if (!problem.isEmpty()) {
        host()->showMessage(MessageBar::Kind::Error, problem);
        return finish(Error(ErrorCode::InvalidArgument, problem));
    }
    request(client()->createDevice(Device::create(app, n)), true, [this, app, n](const Status &st) {
        if (!st)
            return fail(tr("Could not create device %1").arg(n), st.error());
        host()->showMessage(MessageBar::Kind::Success, tr("Device %1 created in %2.").arg(n, app));
        if (!client())
            return finish({});
        // The server fills in what the table shows (creation time…).
        request(client()->getDevice(app, n), false, [this, app](const Result<Device> &d) {
            if (d && host()->deviceModel()->application() == app) {
                host()->deviceModel()->updateDevice(*d);
                host()->devicesChanged(app);
            }
            finish({});
        });
    });
}

} // namespace dwb::gui
