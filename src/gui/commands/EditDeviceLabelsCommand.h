// Registry ▸ Edit Labels… with one device selected: the labels dialog
// filled with the device's labels.
#pragma once

#include "gui/commands/ModifyDevicesCommand.h"

namespace dwb::gui {

class EditDeviceLabelsCommand final : public ModifyDevicesCommand {
    Q_OBJECT
public:
    EditDeviceLabelsCommand(CommandHost *host, QString app, QString device, QObject *parent = nullptr);

private:
    std::optional<RegistryClient::DeviceChange> prepare() override;
};

} // namespace dwb::gui
