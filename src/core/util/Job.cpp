#include "core/util/Job.h"

#include <QEventLoop>
#include <QTimer>

namespace dwb {

Job::Job(QObject *parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_ticks(std::make_shared<std::atomic_int>(0))
{
}

Job::~Job()
{
    m_cancel->store(true);
}

void Job::start()
{
    if (m_running || isFinished())
        return;
    m_running = true;
    doStart();
}

void Job::cancel()
{
    m_cancel->store(true);
}

const Status &Job::status() const
{
    static const Status notFinished;
    return m_status ? *m_status : notFinished;
}

Status Job::exec()
{
    if (!isFinished()) {
        QEventLoop loop;
        connect(this, &Job::finished, &loop, &QEventLoop::quit);
        start();
        if (!isFinished())
            loop.exec();
    }
    return status();
}

void Job::finish(const Status &status)
{
    if (isFinished())
        return;
    stopTicking();
    m_running = false;
    m_status.emplace(status);
    Q_EMIT finished(*m_status);
}

void Job::startTicking(std::function<QString(int)> step)
{
    m_tickStep = std::move(step);
    if (!m_tickTimer) {
        m_tickTimer = new QTimer(this);
        m_tickTimer->setInterval(100);
        connect(m_tickTimer, &QTimer::timeout, this, [this] {
            if (m_tickStep)
                Q_EMIT progress(m_tickStep(m_ticks->load()), 0, 0);
        });
    }
    m_tickTimer->start();
}

void Job::stopTicking()
{
    if (m_tickTimer)
        m_tickTimer->stop();
}

} // namespace dwb
