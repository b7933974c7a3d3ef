// A device's *current* certificate in the ledger (issue 20, renewal and
// anchor rotation): among the device records of (context, application,
// device), the newest one that no other record replaces (LedgerRecord::
// replaces). One rule for `dwb renew`, the anchor dependents and the GUI.
#pragma once
#include "core/ledger/Ledger.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace dwb {

// The current record of every device of `application` recorded in exactly
// `context` ("" = offline records), sorted by device name.
Result<QList<LedgerRecord>> currentDeviceRecords(const Ledger &ledger, const QString &context,
                                                 const QString &application);

} // namespace dwb
