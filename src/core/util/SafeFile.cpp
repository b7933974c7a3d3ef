#include "core/util/SafeFile.h"

#include <algorithm>

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

// Gives a new file its mode (chmod only when the umask, if known, removed
// bits of it: umaskBits < 0 = unknown) and its content. 0 or an errno.
int fillNewFile(int fd, mode_t perms, int umaskBits, QByteArrayView data)
{
    if ((umaskBits < 0 || (perms & static_cast<mode_t>(umaskBits)) != 0) && ::fchmod(fd, perms) != 0)
        return errno;
    int err = 0;
    return writeAll(fd, data, &err) ? 0 : err;
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

// A complete file could not be given its name (rename or link): errno e.
Error namingError(const QString &absolute, int e)
{
    if (e == EISDIR)
        return Error(ErrorCode::Io, tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(absolute)));
    if (e == EEXIST)
        return alreadyExists(absolute);
    return ioError(tr("Cannot write %1: %2."), absolute, e);
}

mode_t permissionsOf(FileMode mode) { return mode == FileMode::Secret ? 0600 : 0644; }

// Moves temp to target without replacing an existing target: renameat2
// RENAME_NOREPLACE, or link + unlink where the file system lacks it.
int renameNoReplace(int dirfd, const char *temp, const char *target)
{
    if (::renameat2(dirfd, temp, dirfd, target, RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
    if (::linkat(dirfd, temp, dirfd, target, 0) != 0)
        return errno;
    ::unlinkat(dirfd, temp, 0);
    return 0;
}

// The target's folder: a descriptor that names are resolved against
// (AT_FDCWD with absolute names), and its path for messages and fsync.
struct Folder {
    int fd = AT_FDCWD;
    QString path;
};

// Four system calls per file (open, write, close, rename; fchmod only when
// the umask may have removed bits: umask < 0 = unknown) and two fsyncs when
// sync: the existence of the target is not checked first, the final rename
// refuses to replace it (batch enrollment writes thousands).
Status writeAt(const Folder &folder, const QByteArray &name, const QString &absolute, QByteArrayView data,
               FileMode mode, Overwrite overwrite, bool sync, int umaskBits)
{
    const mode_t perms = permissionsOf(mode);
    QByteArray temp;
    int fd = -1;
    const int slash = name.lastIndexOf('/');
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temp = name.left(slash + 1) + '.' + name.mid(slash + 1) + ".tmp-"
               + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
        fd = ::openat(folder.fd, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, perms);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        return ioError(tr("Cannot write %1: %2."), absolute, errno);

    auto fail = [&](int err) -> Status {
        ::close(fd);
        ::unlinkat(folder.fd, temp.constData(), 0);
        return ioError(tr("Cannot write %1: %2."), absolute, err);
    };
    // The umask may have removed bits of a public file; secrets stay 0600.
    if (const int err = fillNewFile(fd, perms, umaskBits, data); err != 0)
        return fail(err);
    if (sync && ::fsync(fd) != 0)
        return fail(errno);
    if (::close(fd) != 0) {
        const int e = errno;
        ::unlinkat(folder.fd, temp.constData(), 0);
        return ioError(tr("Cannot write %1: %2."), absolute, e);
    }

    const int e = overwrite == Overwrite::Refuse ? renameNoReplace(folder.fd, temp.constData(), name.constData())
                  : ::renameat(folder.fd, temp.constData(), folder.fd, name.constData()) == 0 ? 0
                                                                                               : errno;
    if (e != 0) {
        ::unlinkat(folder.fd, temp.constData(), 0);
        return namingError(absolute, e);
    }
    if (sync) {
        if (folder.fd != AT_FDCWD)
            ::fsync(folder.fd);
        else
            syncDirectory(folder.path);
    }
    return {};
}

Status writeAtomically(const QString &path, QByteArrayView data, FileMode mode, Overwrite overwrite,
                      bool sync)
{
    if (path.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("No file name was given."));
    const QFileInfo info(path);   // names only: QFileInfo does not stat until asked
    const QString absolute = info.absoluteFilePath();
    if (path.endsWith(u'/'))
        return Error(ErrorCode::Io, tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(absolute)));
    return writeAt(Folder{AT_FDCWD, info.absolutePath()}, QFile::encodeName(absolute), absolute, data, mode,
                   overwrite, sync, -1);
}

// The process umask without changing it (Linux 4.7+); -1 when unknown.
int currentUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Umask:")) {
            bool ok = false;
            const int mask = line.mid(6).trimmed().toInt(&ok, 8);
            return ok ? mask : -1;
        }
    }
    return -1;
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

FolderWriter::~FolderWriter()
{
    if (m_dirfd >= 0)
        ::close(m_dirfd);
}

Status FolderWriter::open(const QString &folder)
{
    if (m_dirfd >= 0)
        ::close(m_dirfd);
    m_folder = QFileInfo(folder).absoluteFilePath();
    m_dirfd = ::open(QFile::encodeName(m_folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_dirfd < 0)
        return ioError(tr("Cannot write into %1: %2."), m_folder, errno);
    m_umask = currentUmask();
    return {};
}

Status FolderWriter::write(const QString &name, QByteArrayView data, FileMode mode, Overwrite overwrite,
                           bool sync) const
{
    const QString absolute = m_folder + u'/' + name;
    if (m_dirfd < 0)
        return Error(ErrorCode::Io, tr("Cannot write %1: the folder is not open.").arg(QDir::toNativeSeparators(absolute)));
    if (name.isEmpty() || name.contains(u'/'))
        return Error(ErrorCode::InvalidArgument, tr("%1 is not a file name.").arg(name));
    const QByteArray encoded = QFile::encodeName(name);
    if (overwrite == Overwrite::Refuse && !sync && m_method.load() != Method::TemporaryName) {
        bool fallBack = false;
        Status st = writeUnnamed(encoded, absolute, data, mode, &fallBack);
        if (!fallBack)
            return st;
    }
    return writeAt(Folder{m_dirfd, m_folder}, encoded, absolute, data, mode, overwrite, sync, m_umask);
}

// O_TMPFILE + linkat. *fallBack: this way is not available here (the method
// has been lowered); nothing was written, use the temporary name.
Status FolderWriter::writeUnnamed(const QByteArray &name, const QString &absolute, QByteArrayView data,
                                  FileMode mode, bool *fallBack) const
{
    const mode_t perms = permissionsOf(mode);
    const int fd = ::openat(m_dirfd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, perms);
    if (fd < 0) {
        const int err = errno;
        if (err == EOPNOTSUPP || err == EISDIR || err == EINVAL || err == ENOENT) {
            m_method = Method::TemporaryName;
            *fallBack = true;
            return {};
        }
        return ioError(tr("Cannot write %1: %2."), absolute, err);
    }
    auto fail = [&](int err) -> Status {
        ::close(fd);
        return ioError(tr("Cannot write %1: %2."), absolute, err);
    };
    if (const int err = fillNewFile(fd, perms, m_umask, data); err != 0)
        return fail(err);
    // AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH; without it the kernel says
    // ENOENT, and the file is linked through its /proc/self/fd name.
    int rc = -1;
    if (m_method.load() == Method::Unnamed) {
        rc = ::linkat(fd, "", m_dirfd, name.constData(), AT_EMPTY_PATH);
        if (rc != 0 && errno == ENOENT)
            m_method = Method::UnnamedViaProc;
    }
    if (rc != 0 && m_method.load() == Method::UnnamedViaProc) {
        const QByteArray proc = "/proc/self/fd/" + QByteArray::number(fd);
        rc = ::linkat(AT_FDCWD, proc.constData(), m_dirfd, name.constData(), AT_SYMLINK_FOLLOW);
        if (rc != 0 && (errno == ENOENT || errno == EPERM || errno == EXDEV)) {
            m_method = Method::TemporaryName;
            ::close(fd);
            *fallBack = true;
            return {};
        }
    }
    if (rc != 0) {
        const int e = errno;
        ::close(fd);
        return namingError(absolute, e);
    }
    if (::close(fd) != 0)
        return ioError(tr("Cannot write %1: %2."), absolute, errno);
    return {};
}

bool writeAll(int fd, QByteArrayView data, int *err)
{
    const char *p = data.data();
    qsizetype size = data.size();
    while (size > 0) {
        const ssize_t n = ::write(fd, p, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *err = errno;
            return false;
        }
        p += n;
        size -= n;
    }
    return true;
}

Status makeFolder(const QString &folder, FolderMode mode)
{
    if (folder.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("No folder was given."));
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QString shown = QDir::toNativeSeparators(absolute);
    auto cannot = [&](const QString &part, const QString &why, int err) {
        const QString text = part == absolute
            ? tr("Cannot create the folder %1: %2.").arg(shown, why)
            : tr("Cannot create the folder %1: %2 (%3).").arg(shown, why, QDir::toNativeSeparators(part));
        return Error(ErrorCode::Io, text + u' ' + tr("Choose another folder."),
                     err ? QStringLiteral("errno %1").arg(err) : QString());
    };
    const mode_t perms = mode == FolderMode::Private ? 0700 : 0777;
    // Each prefix in turn: "/a", "/a/b", …, the folder itself.
    qsizetype from = 1;
    while (true) {
        const qsizetype slash = absolute.indexOf(u'/', from);
        const QString part = slash < 0 ? absolute : absolute.left(slash);
        const QByteArray encoded = QFile::encodeName(part);
        struct stat st {};
        if (::stat(encoded.constData(), &st) == 0) {
            if (!S_ISDIR(st.st_mode))
                return cannot(part, tr("a file is in the way"), ENOTDIR);
        } else if (errno != ENOENT) {
            const int e = errno;
            return cannot(part, errnoText(e), e);
        } else if (::mkdir(encoded.constData(), perms) != 0) {
            const int e = errno;
            if (e != EEXIST || ::stat(encoded.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
                return cannot(part, errnoText(e), e);
        } else if (mode == FolderMode::Private && ::chmod(encoded.constData(), 0700) != 0) {
            const int e = errno; // the umask cannot widen 0700; this only fails oddly
            return cannot(part, errnoText(e), e);
        }
        if (slash < 0)
            return {};
        from = slash + 1;
    }
}

Status makeFolderFor(const QString &file, FolderMode mode)
{
    if (file.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("No file name was given."));
    return makeFolder(QFileInfo(file).absolutePath(), mode);
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
    // In pieces of at most 1 MiB: QIODevice::read(n) allocates n bytes first,
    // so one read of maxBytes + 1 took 64 MiB for every small key file and
    // 1 GiB for the sandbox's registry (found by fuzz_sandbox_request).
    QByteArray data;
    if (!file.isSequential())
        data.reserve(qsizetype(std::min(file.size(), maxBytes) + 1));
    while (data.size() <= maxBytes) {
        const QByteArray piece = file.read(std::min<qint64>(maxBytes + 1 - data.size(), qint64(1) << 20));
        if (piece.isEmpty())
            break;
        data += piece;
    }
    if (data.size() > maxBytes)
        return Error(ErrorCode::Io, tr("%1 is too large (at most %2 bytes are read).")
                                        .arg(shown).arg(maxBytes));
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io, tr("Cannot read %1: %2.").arg(shown, file.errorString()));
    return data;
}

} // namespace dwb
