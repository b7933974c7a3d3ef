#include "gui/commands/CreateApplicationCommand.h"

#include "core/cloud/RegistryClient.h"
#include "gui/common/Prompts.h"

namespace dwb::gui {

CreateApplicationCommand::CreateApplicationCommand(CommandHost *host, std::optional<QString> name, QObject *parent)
    : Command(host, parent), m_name(std::move(name))
{
}

void CreateApplicationCommand::run()
{
    if (!m_name) {
        m_name = Prompts::text(host()->dialogParent(), tr("New Application"),
                               tr("Name of the application (lowercase letters, digits and '-'):"));
        if (!m_name)
            return finish(Error(ErrorCode::Cancelled, tr("No application was created.")));
    }
    const QString n = m_name->trimmed();
    const QString problem = validateApplicationName(n);
    if (!problem.isEmpty()) {
        host()->showMessage(MessageBar::Kind::Error, problem);
        return finish(Error(ErrorCode::InvalidArgument, problem));
    }
    request(client()->createApp(Application::create(n)), true, [this, n](const Status &st) {
        if (!st)
            return fail(tr("Could not create application %1").arg(n), st.error());
        host()->showMessage(MessageBar::Kind::Success, tr("Application %1 created.").arg(n));
        host()->applicationCreated(n);
        finish({});
    });
}

} // namespace dwb::gui
