#include "gui/commands/SetDevicesDisabledCommand.h"

namespace dwb::gui {

SetDevicesDisabledCommand::SetDevicesDisabledCommand(CommandHost *host, QString app, QStringList devices,
                                                     bool disabled, QObject *parent)
    : ModifyDevicesCommand(host, std::move(app), std::move(devices),
                           disabled ? tr("Could not disable device %1") : tr("Could not enable device %1"), parent)
    , m_disabled(disabled)
{
}

std::optional<RegistryClient::DeviceChange> SetDevicesDisabledCommand::prepare()
{
    return [disabled = m_disabled](Device &d) {
        d.setDisabled(disabled);
        return Status();
    };
}

} // namespace dwb::gui
