// A ledger written on its own thread (issue 20: the ledger adds < 10 % to
// an offline batch). An offline batch registers nothing, so its records need
// not be in the ledger before it goes on: the job hands each synced chunk to
// the writer and goes on generating, and the writer stores what has queued
// up in one transaction (all or none) on its own connection to the file.
// The records come packed (PackedLedgerRecord: one buffer each), with the
// values they all share given once (setShared).
// finish() waits until everything handed over is stored, or the first error.
//
// Not for records that must be stored before a registration: those are
// written with Ledger::addAll on the caller's thread, which waits for it.
#pragma once
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/PackedLedgerRecord.h"
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
    // Starts the thread, which opens the ledger at path (Ledger::open with
    // check) and returns at once: the caller goes on with its own setup
    // while the thread opens the file (and makes its schema when it is
    // new), and asks opened() before it writes anything (issue 20: the
    // batch's start). The thread writes once minChunk records have queued
    // up (fewer, larger transactions: each one rewrites the index pages it
    // touches), and what is left at finish().
    static std::unique_ptr<LedgerWriter> launch(const QString &path, Ledger::Check check, qsizetype minChunk = 1);
    // launch() with Ledger::Check::Header, then opened(): its error when the
    // ledger cannot be opened.
    static Result<std::unique_ptr<LedgerWriter>> start(const QString &path, qsizetype minChunk = 1);
    // Waits until the thread has opened the ledger; its error when it could
    // not (then nothing is written, and later calls return the same).
    Status opened();
    ~LedgerWriter(); // finish()
    LedgerWriter(const LedgerWriter &) = delete;
    LedgerWriter &operator=(const LedgerWriter &) = delete;

    // The values that the records share (Ledger::addPacked: kind, context,
    // application, anchor, user, source, registration), before the first
    // add(): the batch knows its anchor only after the writer is launched.
    void setShared(const LedgerRecord &shared);
    // Queues records (returns at once); nothing is queued after an error.
    void add(QList<PackedLedgerRecord> records);
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
    void run(const QString &path, Ledger::Check check);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;    // work queued, or stopping
    std::condition_variable m_opened;  // the thread opened the ledger (or failed)
    LedgerRecord m_shared; // setShared
    QList<QList<PackedLedgerRecord>> m_queue; // the chunks as handed over (never copied into one list)
    qsizetype m_queued = 0;              // records in m_queue
    qsizetype m_minChunk = 1;
    bool m_stopping = false;
    bool m_openDone = false;
    std::optional<Error> m_error;
    std::optional<Error> m_openError; // the open's (also in m_error)
    qsizetype m_stored = 0;
    std::thread m_thread;
};

} // namespace dwb
