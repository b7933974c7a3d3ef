// One drogue-sandbox per data folder: an exclusive flock(2) on DIR/sandbox.lock
// for as long as the sandbox runs, independent of sandbox.json. The kernel
// drops the lock when the holder exits in any way (also SIGKILL), so a lock
// is never stale. The file holds the holder's process id (for the message a
// second sandbox gives); it is never removed (removing a flock file would let
// two processes lock two different files of the same name).
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace dwb::sandbox {

class DataDirLock {
public:
    explicit DataDirLock(QString dataDir);
    ~DataDirLock();
    DataDirLock(const DataDirLock &) = delete;
    DataDirLock &operator=(const DataDirLock &) = delete;

    // Takes the lock without waiting. Another holder: ErrorCode::AlreadyExists
    // naming its process id; an unusable file: ErrorCode::Io.
    Status acquire();
    void release();
    bool isHeld() const { return m_fd >= 0; }

    QString path() const;
    // The process id written in DIR/sandbox.lock, 0 when there is none.
    static qint64 holderPid(const QString &dataDir);

private:
    QString m_dir;
    int m_fd = -1;
};

} // namespace dwb::sandbox
