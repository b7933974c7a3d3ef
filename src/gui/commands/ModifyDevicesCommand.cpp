#include "gui/commands/ModifyDevicesCommand.h"

#include "gui/devices/DeviceTableModel.h"

namespace dwb::gui {

ModifyDevicesCommand::ModifyDevicesCommand(CommandHost *host, QString app, QStringList devices, QString failure,
                                           QObject *parent)
    : Command(host, parent), m_app(std::move(app)), m_devices(std::move(devices)), m_failure(std::move(failure))
{
}

const Device *ModifyDevicesCommand::shownDevice() const
{
    const DeviceTableModel *model = host()->deviceModel();
    const int row = m_devices.size() == 1 ? model->rowOf(m_devices.first()) : -1;
    return row >= 0 ? &model->device(row) : nullptr;
}

void ModifyDevicesCommand::run()
{
    const std::optional<RegistryClient::DeviceChange> edit =
        m_app.isEmpty() || m_devices.isEmpty() ? std::nullopt : prepare();
    if (!edit)
        return finish(Error(ErrorCode::Cancelled, tr("Nothing was changed.")));
    m_pending = int(m_devices.size());
    for (const QString &name : std::as_const(m_devices)) {
        request(client()->modifyDevice(m_app, name, *edit), true, [this, name](const Result<Device> &r) {
            if (r) {
                host()->deviceUpdated(*r);
            } else {
                host()->reportError(m_failure.arg(name), r.error());
                if (m_outcome)
                    m_outcome = r.error();
            }
            if (--m_pending == 0)
                finish(m_outcome);
        });
    }
}

} // namespace dwb::gui
