#include "gui/commands/RemoveAliasCommand.h"

#include "gui/common/Prompts.h"

namespace dwb::gui {

RemoveAliasCommand::RemoveAliasCommand(CommandHost *host, QString app, QString device, QObject *parent)
    : ModifyDevicesCommand(host, std::move(app), {std::move(device)}, tr("Could not remove an alias of device %1"),
                           parent)
{
}

std::optional<RegistryClient::DeviceChange> RemoveAliasCommand::prepare()
{
    const Device *shown = shownDevice();
    if (!shown)
        return std::nullopt;
    const QStringList aliases = shown->aliases();
    if (aliases.isEmpty()) {
        host()->showMessage(MessageBar::Kind::Information, tr("%1 has no alias.").arg(device()));
        return std::nullopt;
    }
    const std::optional<int> choice = Prompts::choose(host()->dialogParent(), tr("Remove Alias"),
                                                      tr("Alias of %1 to remove:").arg(device()), aliases);
    if (!choice || *choice < 0 || *choice >= aliases.size())
        return std::nullopt;
    return [alias = aliases.at(*choice)](Device &d) {
        d.removeAlias(alias);
        return Status();
    };
}

} // namespace dwb::gui
