// Registry ▸ Remove Alias… for the selected device: asks which of its
// aliases to remove (says so when it has none).
#pragma once

#include "gui/commands/ModifyDevicesCommand.h"

namespace dwb::gui {

class RemoveAliasCommand : public ModifyDevicesCommand {
    Q_OBJECT
public:
    RemoveAliasCommand(CommandHost *host, QString app, QString device, QObject *parent = nullptr);

protected:
    std::optional<RegistryClient::DeviceChange> prepare() override;
};

} // namespace dwb::gui
