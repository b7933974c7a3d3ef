// The ledger: every certificate the workbench issued or registered, in a
// local SQLite database (Qt SQL, QSQLITE, WAL) shared by the window and dwb
// (issue 20). Records are written before anything is sent to a server, as
// Pending, and updated with the outcome; a ledger that cannot be written
// stops the enrollment there.
//
// One Ledger object is used from the thread that opened it (a Qt SQL
// connection belongs to one thread). Several processes may use the same file:
// SQLite locks it, and each write waits up to busyTimeoutMs for the others.
#pragma once
#include "core/ledger/LedgerFilter.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/PackedLedgerRecord.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <memory>

namespace dwb {

class Ledger {
public:
    ~Ledger();
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    // $DWB_LEDGER when set, else <XDG data home>/drogue-workbench/ledger.sqlite
    // (the same file for the window and dwb).
    static QString defaultPath();

    // Opens (creating the folder and the file when absent) and brings the
    // schema up to date. A file that is not a sound SQLite database is moved
    // aside (FILE.damaged-YYYYMMDD-HHMMSS, with its -wal and -shm) and the
    // error says so: nothing is replaced silently, and a second open starts
    // a new ledger. A file from a newer workbench (higher schema) is refused.
    // How sound: Pages runs SQLite's quick_check over every page (its time
    // grows with the ledger: 0.1-0.2 s for 100,000 records, measured once);
    // Header reads the file's header and schema only, which finds a file
    // that is no database. Header is for the offline batch, whose time the
    // check would add to (issue 20): damage in a page that its writes touch
    // is then found by SQLite as it writes, and told as damage (see
    // add/addAll), and the next open with Pages sets the file aside.
    enum class Check { Pages, Header };
    static Result<std::unique_ptr<Ledger>> open(const QString &path = defaultPath(), Check check = Check::Pages);

    QString path() const;
    int schemaVersion() const;
    // This connection's page cache: at most kib KiB (SQLite's default is
    // 2,000). The offline writer asks for less (issue 20): its inserts
    // append to the table and touch the fingerprint index, so a smaller
    // cache costs it no reads, and every page the cache grows by is memory
    // the process has not used yet (a page fault, then zeroed).
    void setPageCacheKiB(int kib);
    static int latestSchemaVersion();

    // Stores one record; a record with the same fingerprint (the same
    // certificate) is updated instead, so a re-run leaves one record per
    // certificate. Returns its id. A write that finds a damaged page fails
    // with a message that says so (the file is set aside at its next open).
    Result<qint64> add(const LedgerRecord &record);
    // All in one transaction (a batch chunk): all or none. Ids in order.
    Result<QList<qint64>> addAll(const QList<LedgerRecord> &records);
    // A batch's packed records, with the values they share (kind, context,
    // application, anchor, user, source, registration: the rest of shared
    // is not read), in one transaction: the offline writer's queue, kept as
    // the chunks it was handed. Stored as add() stores each.
    Status addPacked(const LedgerRecord &shared, const QList<QList<PackedLedgerRecord>> &chunks);

    // The server's answer for stored records, in one transaction.
    struct Outcome {
        qint64 id = 0;
        Registration registration = Registration::Pending;
        QString detail;
    };
    Status setOutcome(qint64 id, Registration registration, const QString &detail = {});
    Status setOutcomes(const QList<Outcome> &outcomes);

    Result<QList<LedgerRecord>> find(const LedgerFilter &filter = {}) const;
    Result<std::optional<LedgerRecord>> byFingerprint(const QString &fingerprint) const;
    Result<std::optional<LedgerRecord>> byId(qint64 id) const;

    static constexpr int busyTimeoutMs = 10000;

private:
    class Private;
    explicit Ledger(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace dwb
