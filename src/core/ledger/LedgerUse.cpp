#include "core/ledger/LedgerUse.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::Ledger", text);
}
} // namespace

Result<std::unique_ptr<Ledger>> openLedgerFor(const LedgerUse &use, Ledger::Check check)
{
    if (!use.enabled)
        return std::unique_ptr<Ledger>();
    return Ledger::open(use.effectivePath(), check); // its message names the file and the reason
}

Error ledgerStopped(const Error &e, const QString &filesWritten)
{
    const QString what = filesWritten.isEmpty()
                             ? tr("%1 Nothing was registered.").arg(e.message)
                             : tr("%1 Nothing was registered; the files written stay: %2.").arg(e.message, filesWritten);
    return Error(e.code, what, e.detail);
}

Result<qint64> recordBeforeRegistration(Ledger &ledger, LedgerRecord r, const QStringList &files, bool offline)
{
    QStringList shown;
    for (const QString &f : files) {
        if (!f.isEmpty()) {
            r.files << QFileInfo(f).absoluteFilePath();
            shown << QDir::toNativeSeparators(r.files.last());
        }
    }
    r.registration = offline ? Registration::Offline : Registration::Pending;
    Result<qint64> id = ledger.add(r);
    if (!id)
        return ledgerStopped(id.error(), shown.join(QStringLiteral(", ")));
    return id;
}

Status recordRegistration(Ledger *ledger, qint64 id, bool registered, const QString &detail)
{
    if (!ledger || id == 0)
        return {};
    return ledger->setOutcome(id, registered ? Registration::Registered : Registration::Failed, detail);
}

} // namespace dwb
