// Registry ▸ New Application: asks for the name (unless given), creates the
// application and selects it.
#pragma once

#include "gui/commands/Command.h"

#include <optional>

namespace dwb::gui {

class CreateApplicationCommand : public Command {
    Q_OBJECT
public:
    // No name: asked for.
    explicit CreateApplicationCommand(CommandHost *host, std::optional<QString> name = std::nullopt,
                                      QObject *parent = nullptr);

private:
    void run() override;
    std::optional<QString> m_name;
};

} // namespace dwb::gui
