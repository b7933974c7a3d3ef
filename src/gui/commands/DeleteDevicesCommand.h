// Delete… with devices selected: asks for confirmation (listing up to 12
// of them), deletes each and removes its row; one message at the end.
#pragma once

#include "gui/commands/Command.h"

#include <QStringList>

namespace dwb::gui {

class DeleteDevicesCommand : public Command {
    Q_OBJECT
public:
    DeleteDevicesCommand(CommandHost *host, QString app, QStringList devices, QObject *parent = nullptr);

private:
    void run() override;
    void deleted(const QString &name, const Status &status);
    QString m_app;
    QStringList m_devices;
    int m_pending = 0;
    QStringList m_failures;
    bool m_stopped = false;
};

} // namespace dwb::gui
