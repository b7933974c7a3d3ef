// File helpers of the batch enrollment.
//
// The batch job writes its files with a dwb::FolderWriter without sync
// (SafeFile.h: complete or absent, created with its final mode, but without
// the two fsync calls per file) and establishes their durability for many
// files at once with syncFolder() (one syncfs). At 10,000 devices the
// per-file fsyncs would dominate everything else (about 4-8 ms each on the
// CI disk, ~20,000 of them). syncFolder() runs before the job records files
// in its manifest or registers a device: nothing is registered whose key is
// not on disk.
#pragma once

#include "core/util/Result.h"
#include "core/util/SafeFile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwb {

// Makes everything written to the file system of `folder` durable (syncfs).
Status syncFolder(const QString &folder);

// An append-only file of lines, fsync'ed on demand (the batch manifest).
class AppendFile {
public:
    AppendFile() = default;
    ~AppendFile();
    AppendFile(const AppendFile &) = delete;
    AppendFile &operator=(const AppendFile &) = delete;

    // Opens (creates, 0600) for appending; when the file does not end with a
    // line break (a line cut short by a crash), one is added first.
    Status open(const QString &path);
    bool isOpen() const { return m_fd >= 0; }
    Status append(const QByteArray &line);   // adds '\n'
    Status appendLines(QByteArrayView lines); // complete lines, each ending with '\n'; one write
    Status sync();                           // fdatasync when something was appended
    void close();

private:
    QString m_path;
    int m_fd = -1;
    bool m_dirty = false;
};

} // namespace dwb
