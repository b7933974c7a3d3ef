// For the ledger's unit tests: a ledger opened, or why not in the test's
// log; a record with no certificate behind it.
#pragma once
#include "core/ledger/Ledger.h"

#include <QDateTime>
#include <QString>
#include <memory>

namespace dwb::test {

// Ledger::open(file), or null with the error logged.
std::unique_ptr<Ledger> openLedgerOrWarn(const QString &file);

// A device record with the given dates: fingerprint "FP:APP:DEVICE" (not a
// real one), issued by `anchor`, source "test".
LedgerRecord syntheticLedgerRecord(const QString &app, const QString &device, const QDateTime &notAfter,
                                   const QString &anchor = QStringLiteral("AA:BB"));

} // namespace dwb::test
