// How an enrollment job uses the certificate ledger (issue 20): the jobs
// (AnchorJob, EnrollJob, BatchEnrollJob) carry one in their request, open
// the ledger on their own thread when they start, record each certificate
// after its files are on disk and before anything is sent to the server
// (Pending, or Offline), and set the server's answer afterwards. A ledger
// that cannot be opened or written fails the job there: nothing is
// registered.
#pragma once
#include "core/ledger/Ledger.h"
#include "core/util/Result.h"

#include <QString>
#include <memory>

namespace dwb {

struct LedgerUse {
    bool enabled = true;   // false: dwb --no-ledger (not recommended: nothing is recorded)
    QString path;          // "" = Ledger::defaultPath() ($DWB_LEDGER or the data folder)
    QString context;       // "" = the client's ConnectionSettings::contextName ("" offline)
    QString source;        // who asked: "gui", "dwb", "batch"

    QString effectivePath() const { return path.isEmpty() ? Ledger::defaultPath() : path; }
    // The records' context: the one asked for, else the connection's ("" offline).
    QString contextFor(bool offline, const QString &connectionContext) const
    {
        return !context.isEmpty() ? context : offline ? QString() : connectionContext;
    }
};

// The job's ledger: nullptr when use.enabled is false; else Ledger::open's
// answer (its error names the file and why), with check as Ledger::open's.
Result<std::unique_ptr<Ledger>> openLedgerFor(const LedgerUse &use, Ledger::Check check = Ledger::Check::Pages);

// A write that failed, for a job's message: the ledger's reason, then that
// nothing was registered and which files stay ("" = none written).
Error ledgerStopped(const Error &ledgerError, const QString &filesWritten);

// A single certificate's record before registration (AnchorJob, EnrollJob):
// the files (empty entries skipped) listed absolute, Offline or Pending. On
// error, ledgerStopped's message naming those files.
Result<qint64> recordBeforeRegistration(Ledger &ledger, LedgerRecord record, const QStringList &files, bool offline);

// The server's answer for that record; nothing when there is no ledger or record.
Status recordRegistration(Ledger *ledger, qint64 id, bool registered, const QString &detail);

} // namespace dwb
