#include "sandbox/DataDirLock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace dwb::sandbox {

namespace {
// The message of a second sandbox on a folder (SandboxServer's, since 0.1).
QString inUse(const QString &pid, const QString &dir)
{
    return QCoreApplication::translate("SandboxServer",
                                       "Another drogue-sandbox (process %1) already runs with the data folder %2.")
        .arg(pid, dir);
}

QString cannotLock(const QString &dir)
{
    return QCoreApplication::translate("SandboxServer", "Cannot lock the data folder %1.").arg(dir);
}
} // namespace

DataDirLock::DataDirLock(QString dataDir) : m_dir(std::move(dataDir)) {}

DataDirLock::~DataDirLock()
{
    release();
}

QString DataDirLock::path() const
{
    return QDir(m_dir).absoluteFilePath(u"sandbox.lock"_s);
}

qint64 DataDirLock::holderPid(const QString &dataDir)
{
    QFile f(QDir(dataDir).absoluteFilePath(u"sandbox.lock"_s));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.read(32).trimmed().toLongLong();
}

Status DataDirLock::acquire()
{
    if (isHeld())
        return {};
    const QByteArray file = QFile::encodeName(path());
    // O_CLOEXEC: the broker (a child process) must not inherit the lock and
    // keep it after the sandbox died.
    const int fd = ::open(file.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return Error(ErrorCode::Io, cannotLock(m_dir),
                     path() + u": "_s + QString::fromLocal8Bit(std::strerror(errno)));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd);
        if (err != EWOULDBLOCK)
            return Error(ErrorCode::Io, cannotLock(m_dir),
                         path() + u": flock: "_s + QString::fromLocal8Bit(std::strerror(err)));
        // The holder writes its pid right after taking the lock: give it a moment.
        qint64 pid = holderPid(m_dir);
        for (QDeadlineTimer wait(2000); pid <= 0 && !wait.hasExpired(); pid = holderPid(m_dir))
            QThread::msleep(20);
        return Error(ErrorCode::AlreadyExists, inUse(pid > 0 ? QString::number(pid) : u"?"_s, m_dir),
                     u"lock held on "_s + path());
    }
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid()) + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.constData(), size_t(pid.size()), 0) != pid.size()) {
        const int err = errno;
        ::close(fd);
        return Error(ErrorCode::Io, cannotLock(m_dir),
                     path() + u": "_s + QString::fromLocal8Bit(std::strerror(err)));
    }
    m_fd = fd;
    return {};
}

void DataDirLock::release()
{
    if (m_fd < 0)
        return;
    // Empty the pid first: a reader never sees a pid that no longer holds it.
    [[maybe_unused]] const int rc = ::ftruncate(m_fd, 0);
    ::close(m_fd); // drops the flock
    m_fd = -1;
}

} // namespace dwb::sandbox
