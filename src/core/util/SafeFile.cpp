#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SafeFile", text);
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

Error ioError(const QString &message, const QString &path, int err)
{
    return Error(err == EEXIST ? ErrorCode::AlreadyExists : ErrorCode::Io,
                 message.arg(QDir::toNativeSeparators(path), errnoText(err)),
                 QStringLiteral("errno %1").arg(err));
}

bool writeAll(int fd, const char *data, qsizetype size, int *err)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *err = errno;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Error alreadyExists(const QString &absolute)
{
    return Error(ErrorCode::AlreadyExists,
                 tr("%1 already exists; it was left as it is.").arg(QDir::toNativeSeparators(absolute)));
}

// Moves temp to target without replacing an existing target: renameat2
// RENAME_NOREPLACE, or link + unlink where the file system lacks it.
int renameNoReplace(const char *temp, const char *target)
{
    if (::renameat2(AT_FDCWD, temp, AT_FDCWD, target, RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
    if (::link(temp, target) != 0)
        return errno;
    ::unlink(temp);
    return 0;
}

// Five system calls per file (open, fchmod, write, close, rename) and two
// fsyncs when sync: the existence of the target is not checked first, the
// final rename refuses to replace it (batch enrollment writes thousands).
Status writeAtomically(const QString &path, QByteArrayView data, FileMode mode, Overwrite overwrite,
                      bool sync)
{
    if (path.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("No file name was given."));
    const QFileInfo info(path);   // names only: QFileInfo does not stat until asked
    const QString absolute = info.absoluteFilePath();
    const QString dir = info.absolutePath();
    const QByteArray target = QFile::encodeName(absolute);
    if (path.endsWith(u'/'))
        return Error(ErrorCode::Io, tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(absolute)));

    const mode_t perms = mode == FileMode::Secret ? 0600 : 0644;
    QByteArray temp;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temp = QFile::encodeName(dir) + "/." + QFile::encodeName(info.fileName()) + ".tmp-"
               + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
        fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, perms);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        return ioError(tr("Cannot write %1: %2."), absolute, errno);

    auto fail = [&](int err) -> Status {
        ::close(fd);
        ::unlink(temp.constData());
        return ioError(tr("Cannot write %1: %2."), absolute, err);
    };
    // The umask may have removed bits of a public file; secrets stay 0600.
    if (::fchmod(fd, perms) != 0)
        return fail(errno);
    int err = 0;
    if (!writeAll(fd, data.data(), data.size(), &err))
        return fail(err);
    if (sync && ::fsync(fd) != 0)
        return fail(errno);
    if (::close(fd) != 0) {
        const int e = errno;
        ::unlink(temp.constData());
        return ioError(tr("Cannot write %1: %2."), absolute, e);
    }

    const int e = overwrite == Overwrite::Refuse ? renameNoReplace(temp.constData(), target.constData())
                  : ::rename(temp.constData(), target.constData()) == 0 ? 0
                                                                          : errno;
    if (e != 0) {
        ::unlink(temp.constData());
        if (e == EISDIR)
            return Error(ErrorCode::Io, tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(absolute)));
        if (e == EEXIST)
            return alreadyExists(absolute);
        return ioError(tr("Cannot write %1: %2."), absolute, e);
    }
    if (sync)
        syncDirectory(dir);
    return {};
}

} // namespace

Status writeFileAtomically(const QString &path, QByteArrayView data, FileMode mode,
                           Overwrite overwrite)
{
    return writeAtomically(path, data, mode, overwrite, true);
}

Status writeFileAtomicallyNoSync(const QString &path, QByteArrayView data, FileMode mode,
                                 Overwrite overwrite)
{
    return writeAtomically(path, data, mode, overwrite, false);
}

Result<QByteArray> readWholeFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.exists())
        return Error(ErrorCode::Io, tr("%1 does not exist.").arg(shown));
    if (QFileInfo(path).isDir())
        return Error(ErrorCode::Io, tr("%1 is a folder, not a file.").arg(shown));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read %1: %2.").arg(shown, file.errorString()));
    if (file.size() > maxBytes)
        return Error(ErrorCode::Io, tr("%1 is too large (%2 bytes; at most %3 are read).")
                                        .arg(shown).arg(file.size()).arg(maxBytes));
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return Error(ErrorCode::Io, tr("%1 is too large (at most %2 bytes are read).")
                                        .arg(shown).arg(maxBytes));
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io, tr("Cannot read %1: %2.").arg(shown, file.errorString()));
    return data;
}

} // namespace dwb
