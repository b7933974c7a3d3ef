// A ledger written on its own thread (issue 20: the ledger adds < 10 % to
// an offline batch). An offline batch registers nothing, so its records need
// not be in the ledger before it goes on: the job hands each synced chunk to
// the writer and goes on generating, and the writer stores what has queued
// up in one transaction (all or none) on its own connection to the file.
// finish() waits until everything handed over is stored, or the first error.
//
// Not for records that must be stored before a registration: those are
// written with Ledger::addAll on the caller's thread, which waits for it.
#pragma once
#include "core/ledger/LedgerRecord.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace dwb {

class LedgerWriter {
public:
    // Starts the thread, which opens the ledger at path (as Ledger::open,
    // with Ledger::Check::Header: the caller has opened it already);
    // its error when the ledger cannot be opened. The thread writes once
    // minChunk records have queued up (fewer, larger transactions: each one
    // rewrites the index pages it touches), and what is left at finish().
    static Result<std::unique_ptr<LedgerWriter>> start(const QString &path, qsizetype minChunk = 1);
    ~LedgerWriter(); // finish()
    LedgerWriter(const LedgerWriter &) = delete;
    LedgerWriter &operator=(const LedgerWriter &) = delete;

    // Queues records (returns at once); nothing is queued after an error.
    void add(QList<LedgerRecord> records);
    // Writes from now on once n records have queued up. The batch lowers
    // it near its end, so that what is stored after its last device (on
    // the batch's own time) is one barrier's records, not up to a chunk.
    void setMinChunk(qsizetype n);
    // The first write error so far, if any (without waiting).
    std::optional<Error> error() const;
    // Waits until everything queued is stored and ends the thread; the
    // first error, if any. Later calls return the same.
    Status finish();
    // Records stored so far.
    qsizetype stored() const;

private:
    LedgerWriter() = default;
    void run(const QString &path);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;    // work queued, or stopping
    std::condition_variable m_opened;  // the thread opened the ledger (or failed)
    QList<QList<LedgerRecord>> m_queue; // the chunks as handed over (never copied into one list)
    qsizetype m_queued = 0;              // records in m_queue
    qsizetype m_minChunk = 1;
    bool m_stopping = false;
    bool m_openDone = false;
    std::optional<Error> m_error;
    qsizetype m_stored = 0;
    std::thread m_thread;
};

} // namespace dwb
