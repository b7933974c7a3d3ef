// Registry ▸ Add Alias… for the selected device: asks for the alias (a
// certificate subject lets the device log in with that certificate).
#pragma once

#include "gui/commands/ModifyDevicesCommand.h"

namespace dwb::gui {

class AddAliasCommand : public ModifyDevicesCommand {
    Q_OBJECT
public:
    AddAliasCommand(CommandHost *host, QString app, QString device, QObject *parent = nullptr);

private:
    std::optional<RegistryClient::DeviceChange> prepare() override;
};

} // namespace dwb::gui
