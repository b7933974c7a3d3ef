// Registry ▸ Enable Device / Disable Device for the selected devices.
#pragma once

#include "gui/commands/ModifyDevicesCommand.h"

namespace dwb::gui {

class SetDevicesDisabledCommand : public ModifyDevicesCommand {
    Q_OBJECT
public:
    SetDevicesDisabledCommand(CommandHost *host, QString app, QStringList devices, bool disabled,
                              QObject *parent = nullptr);

private:
    std::optional<RegistryClient::DeviceChange> prepare() override;
    bool m_disabled;
};

} // namespace dwb::gui
