#include "gui/commands/Command.h"

#include <QCoreApplication>

namespace dwb::gui {

Command::Command(CommandHost *host, QObject *parent) : QObject(parent), m_host(host) {}

Command::~Command() = default;

void Command::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!client())
        return finish(Error(ErrorCode::InvalidArgument,
                            tr("Connect to a server first.")));
    doStart();
}

void Command::cancel()
{
    if (m_started && !m_finished)
        finish(Error(ErrorCode::Cancelled, tr("Stopped.")));
}

void Command::finish(const Status &status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = status;
    Q_EMIT finished(m_status);
    deleteLater();
}

void Command::fail(const QString &failure, const Error &error)
{
    m_host->reportError(failure, error);
    finish(error);
}

} // namespace dwb::gui
