// Registry ▸ New Device: asks for the name, creates the device in the
// application and shows its row.
#pragma once

#include "gui/commands/Command.h"

namespace dwb::gui {

class CreateDeviceCommand : public Command {
    Q_OBJECT
public:
    CreateDeviceCommand(CommandHost *host, QString app, QObject *parent = nullptr);

private:
    void run() override;
    QString m_app;
};

} // namespace dwb::gui
