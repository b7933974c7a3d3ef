// The one way the project writes files: atomically (temporary file in the
// same directory, fsync, rename), with mode 0600 for secrets, refusing to
// overwrite unless asked. Every I/O error is returned, never just logged.
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <atomic>

namespace dwb {

enum class FileMode { Public, Secret };   // 0644 / 0600
enum class Overwrite { Refuse, Allow };
enum class FolderMode { Public, Private }; // new folders: 0755 (less the umask) / 0700

// Makes the folder and the missing folders above it (those it makes get the
// mode; folders that exist are left as they are). The workbench proposes
// folders that may not exist yet on a fresh home (keys/, devices/<app>/):
// whoever writes there makes them first. The error names the folder asked
// for and, when it is another one, the folder that could not be made (a
// file in the way, a read-only parent…).
Status makeFolder(const QString &folder, FolderMode mode = FolderMode::Public);
// makeFolder() of the folder that holds `file`.
Status makeFolderFor(const QString &file, FolderMode mode = FolderMode::Public);

Status writeFileAtomically(const QString &path, QByteArrayView data,
                           FileMode mode = FileMode::Public,
                           Overwrite overwrite = Overwrite::Refuse);

// The same without the fsync of the file and its folder: readers still see
// the old or the new file, never a mix, but a crash of the machine may lose
// the last writes. Only for a file rewritten after every change whose last
// writes may be lost (drogue-sandbox's registry.json: two fsyncs per change
// made 1,200 device creations take 15 s instead of 2 s).
Status writeFileAtomicallyNoSync(const QString &path, QByteArrayView data,
                                 FileMode mode = FileMode::Public,
                                 Overwrite overwrite = Overwrite::Refuse);

// Many files written into one folder (batch enrollment: two per device).
// The same guarantees as writeFileAtomically(NoSync), cheaper per file: the
// folder is opened once and names are resolved relative to it, and the
// process umask is read once at open() (/proc/self/status), so a file gets
// its mode at creation and is chmod'ed only when that umask would remove
// bits of it. Do not change the umask while a writer is open. Thread-safe.
//
// A new file without sync (Overwrite::Refuse) is written as an unnamed file
// (O_TMPFILE) and then given its name with linkat(), which refuses an
// existing name: one change of the folder instead of two (create + rename),
// and nothing is left behind by a crash. Where the file system or the
// process cannot do that (no O_TMPFILE; no /proc/self/fd for an unprivileged
// linkat), the writer falls back to a temporary name + rename for good.
class FolderWriter {
public:
    enum class Method { Unnamed, UnnamedViaProc, TemporaryName };

    FolderWriter() = default;
    ~FolderWriter();
    FolderWriter(const FolderWriter &) = delete;
    FolderWriter &operator=(const FolderWriter &) = delete;

    Status open(const QString &folder);
    bool isOpen() const { return m_dirfd >= 0; }
    // name: a plain file name inside the folder (no '/').
    Status write(const QString &name, QByteArrayView data, FileMode mode, Overwrite overwrite, bool sync) const;

    // How new files are written now (it can only move down the list).
    Method method() const { return m_method.load(); }
    void setMethodForTest(Method method) { m_method = method; }

private:
    Status writeUnnamed(const QByteArray &name, const QString &absolute, QByteArrayView data, FileMode mode,
                        bool *fallBack) const;

    QString m_folder;
    int m_dirfd = -1;
    int m_umask = -1;   // -1: unknown, always chmod
    mutable std::atomic<Method> m_method{Method::Unnamed};
};

// Writes all of data to fd, retrying short writes and EINTR. On failure
// returns false with the errno in *err.
bool writeAll(int fd, QByteArrayView data, int *err);

// Reads a whole file (limit: maxBytes) with a clear error if it is missing,
// unreadable or too large.
Result<QByteArray> readWholeFile(const QString &path, qint64 maxBytes = 64 * 1024 * 1024);

} // namespace dwb
