// Delete… with an application selected: asks for confirmation (naming how
// many devices go with it), deletes it, and the window selects another.
#pragma once

#include "gui/commands/Command.h"

namespace dwb::gui {

class DeleteApplicationCommand : public Command {
    Q_OBJECT
public:
    DeleteApplicationCommand(CommandHost *host, QString app, QObject *parent = nullptr);

private:
    void run() override;
    QString m_app;
};

} // namespace dwb::gui
