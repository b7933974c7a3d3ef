#include "gui/commands/EditDeviceLabelsCommand.h"

#include "gui/devices/LabelsDialog.h"

namespace dwb::gui {

EditDeviceLabelsCommand::EditDeviceLabelsCommand(CommandHost *host, QString app, QString device, QObject *parent)
    : ModifyDevicesCommand(host, std::move(app), {std::move(device)},
                           tr("Could not change the labels of device %1"), parent)
{
}

std::optional<RegistryClient::DeviceChange> EditDeviceLabelsCommand::prepare()
{
    const Device *shown = shownDevice();
    const auto edited = shown ? LabelsDialog::edit(host()->dialogParent(), tr("device %1").arg(device()),
                                                   shown->labels())
                              : std::nullopt;
    if (!edited)
        return std::nullopt;
    return [labels = *edited](Device &d) {
        d.setLabels(labels);
        return Status();
    };
}

} // namespace dwb::gui
