#include "core/ledger/LedgerUse.h"

#include <QCoreApplication>

namespace dwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::Ledger", text);
}
} // namespace

Result<std::unique_ptr<Ledger>> openLedgerFor(const LedgerUse &use)
{
    if (!use.enabled)
        return std::unique_ptr<Ledger>();
    return Ledger::open(use.effectivePath()); // its message names the file and the reason
}

Error ledgerStopped(const Error &e, const QString &filesWritten)
{
    const QString what = filesWritten.isEmpty()
                             ? tr("%1 Nothing was registered.").arg(e.message)
                             : tr("%1 Nothing was registered; the files written stay: %2.").arg(e.message, filesWritten);
    return Error(e.code, what, e.detail);
}

} // namespace dwb
