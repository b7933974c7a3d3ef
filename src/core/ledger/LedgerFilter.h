// Which ledger records to list (Ledger::find): every field is optional.
#pragma once
#include "core/ledger/LedgerRecord.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace dwb {

struct LedgerFilter {
    QString application;                 // exact; "" = all
    QString context;                     // exact; "" = all
    QString deviceText;                  // substring of the device name, case-insensitive
    QString anchorFingerprint;           // exact; "" = all
    std::optional<LedgerKind> kind;
    bool expiredOnly = false;            // notAfter <= now
    std::optional<int> expiringWithinDays; // now < notAfter <= now + N days (with expiredOnly: either)
    bool currentOnly = false;            // leave out records another record renews
    QDateTime now = QDateTime::currentDateTimeUtc();
};

} // namespace dwb
