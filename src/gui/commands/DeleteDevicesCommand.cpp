#include "gui/commands/DeleteDevicesCommand.h"

#include "core/cloud/RegistryClient.h"
#include "gui/common/Prompts.h"
#include "gui/devices/DeviceTableModel.h"

using namespace Qt::StringLiterals;

namespace dwb::gui {

DeleteDevicesCommand::DeleteDevicesCommand(CommandHost *host, QString app, QStringList devices, QObject *parent)
    : Command(host, parent), m_app(std::move(app)), m_devices(std::move(devices))
{
}

void DeleteDevicesCommand::run()
{
    const QString &app = m_app;
    const QStringList shown = m_devices.mid(0, 12);
    QStringList escaped;
    for (const QString &d : shown)
        escaped << d.toHtmlEscaped();
    QString list = u"<ul><li>"_s + escaped.join(u"</li><li>"_s) + u"</li></ul>"_s;
    if (m_devices.size() > shown.size())
        list += tr("and %n more.", nullptr, int(m_devices.size() - shown.size()));
    const QString text = m_devices.size() == 1
        ? tr("Delete the device “%1” of %2? Its credentials and aliases are lost; this cannot be undone.")
              .arg(m_devices.first().toHtmlEscaped(), app.toHtmlEscaped())
        : tr("Delete these %n devices of %1? Their credentials and aliases are lost; this cannot be undone.",
             nullptr, int(m_devices.size())).arg(app.toHtmlEscaped()) + list;
    if (!Prompts::confirm(host()->dialogParent(), tr("Delete Devices"), text, tr("&Delete")))
        return finish(Error(ErrorCode::Cancelled, tr("No device was deleted.")));
    m_pending = int(m_devices.size());
    const DeviceTableModel *model = host()->deviceModel();
    for (const QString &name : std::as_const(m_devices)) {
        const int row = model->rowOf(name);
        const Device d = row >= 0 ? model->device(row) : Device();
        request(client()->deleteDevice(app, name, d.uid(), d.resourceVersion()), true,
                [this, name](const Status &st) { deleted(name, st); });
    }
}

void DeleteDevicesCommand::deleted(const QString &name, const Status &st)
{
    DeviceTableModel *model = host()->deviceModel();
    if (st) {
        if (model->application() == m_app)
            model->removeDevice(name);
    } else if (st.error().code == ErrorCode::Cancelled) {
        m_stopped = true; // Stop: the row stays; the window said so
    } else {
        m_failures << name + u": "_s + st.error().message;
    }
    if (--m_pending > 0)
        return;
    host()->devicesChanged(m_app);
    if (m_failures.isEmpty() && m_stopped)
        return finish(Error(ErrorCode::Cancelled, tr("Stopped.")));
    if (m_failures.isEmpty()) {
        host()->showMessage(MessageBar::Kind::Success, tr("Deleted."));
        return finish({});
    }
    const QString text = tr("Some devices were not deleted: %1").arg(m_failures.join(u"; "_s));
    host()->showMessage(MessageBar::Kind::Error, text);
    finish(Error(ErrorCode::Refused, text));
}

} // namespace dwb::gui
