#include "gui/commands/AddAliasCommand.h"

#include "gui/common/Prompts.h"

namespace dwb::gui {

AddAliasCommand::AddAliasCommand(CommandHost *host, QString app, QString device, QObject *parent)
    : ModifyDevicesCommand(host, std::move(app), {std::move(device)}, tr("Could not add an alias to device %1"),
                           parent)
{
}

std::optional<RegistryClient::DeviceChange> AddAliasCommand::prepare()
{
    const std::optional<QString> answer = Prompts::text(
        host()->dialogParent(), tr("Add Alias"),
        tr("New alias of %1 (a certificate subject such as CN=%1, O=Drogue IoT, OU=%2 lets it log "
           "in with that certificate):").arg(device(), application()));
    if (!answer || answer->trimmed().isEmpty())
        return std::nullopt;
    return [alias = answer->trimmed()](Device &d) {
        d.addAlias(alias);
        return Status();
    };
}

} // namespace dwb::gui
