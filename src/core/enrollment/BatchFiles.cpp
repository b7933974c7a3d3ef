#include "core/enrollment/BatchFiles.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dwb {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("BatchFiles", text); }

Error ioError(const QString &path, int err)
{
    return Error(err == EEXIST ? ErrorCode::AlreadyExists : ErrorCode::Io,
                 tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(err))),
                 QStringLiteral("errno %1").arg(err));
}

} // namespace

Status syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return ioError(folder, errno);
    int rc = ::syncfs(fd);
    const int err = errno;
    if (rc == 0)
        rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return Error(ErrorCode::Io, tr("Cannot make the files in %1 durable: %2.")
                                        .arg(QDir::toNativeSeparators(folder), QString::fromLocal8Bit(std::strerror(err))));
    return {};
}

AppendFile::~AppendFile() { close(); }

Status AppendFile::open(const QString &path)
{
    close();
    m_path = path;
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return ioError(path, errno);
    struct stat st {};
    if (::fstat(m_fd, &st) == 0 && st.st_size > 0) {
        char last = '\n';
        if (::pread(m_fd, &last, 1, st.st_size - 1) == 1 && last != '\n') {
            int err = 0;
            if (!writeAll(m_fd, "\n", &err))
                return ioError(path, err);
            m_dirty = true;
        }
    }
    return {};
}

Status AppendFile::append(const QByteArray &line)
{
    QByteArray buf;
    buf.reserve(line.size() + 1);
    buf += line;
    buf += '\n';
    return appendLines(buf);
}

Status AppendFile::appendLines(QByteArrayView lines)
{
    if (m_fd < 0)
        return Error(ErrorCode::Io, tr("The manifest is not open."));
    if (lines.isEmpty())
        return {};
    int err = 0;
    if (!writeAll(m_fd, lines, &err))
        return ioError(m_path, err);
    m_dirty = true;
    return {};
}

Status AppendFile::sync()
{
    if (m_fd < 0 || !m_dirty)
        return {};
    if (::fdatasync(m_fd) != 0)
        return ioError(m_path, errno);
    m_dirty = false;
    return {};
}

void AppendFile::close()
{
    if (m_fd >= 0) {
        (void)sync();
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace dwb
