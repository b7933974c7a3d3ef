// Registry ▸ Edit Labels… with the application selected (no device).
#pragma once

#include "gui/commands/Command.h"

namespace dwb::gui {

class EditApplicationLabelsCommand : public Command {
    Q_OBJECT
public:
    EditApplicationLabelsCommand(CommandHost *host, QString app, QObject *parent = nullptr);

private:
    void run() override;
    QString m_app;
};

} // namespace dwb::gui
