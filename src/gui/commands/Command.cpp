#include "gui/commands/Command.h"

namespace dwb::gui {

Command::Command(CommandHost *host, QObject *parent) : Job(parent), m_host(host)
{
    connect(this, &Job::finished, this, &QObject::deleteLater);
}

Command::~Command() = default;

void Command::doStart()
{
    if (!client())
        return finish(Error(ErrorCode::InvalidArgument, tr("Connect to a server first.")));
    run();
}

void Command::cancel()
{
    Job::cancel();
    if (isRunning())
        finish(Error(ErrorCode::Cancelled, tr("Stopped.")));
}

void Command::fail(const QString &failure, const Error &error)
{
    m_host->reportError(failure, error);
    finish(error);
}

} // namespace dwb::gui
