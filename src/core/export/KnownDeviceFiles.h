// The files the workbench wrote for a device, as the ledger recorded them
// (core/ledger: a record's files, issue 20): the newest record of the
// application's device whose certificate (.pem) and key (.key) are still on
// disk. The window's "Export for Firmware…" on a device uses it; a device
// whose key the workbench never held (a board's request, a registered
// certificate) has none.
#pragma once

#include "core/ledger/LedgerRecord.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace dwb {

struct KnownDeviceFiles {
    QString certPath;
    QString keyPath;

    // From records (any order); nullopt when none fits.
    static std::optional<KnownDeviceFiles> among(const QList<LedgerRecord> &records, const QString &application,
                                                 const QString &device);
    // From the ledger at path (Ledger::defaultPath() when empty).
    static Result<std::optional<KnownDeviceFiles>> lookUp(const QString &application, const QString &device,
                                                          const QString &ledgerPath = {});
};

} // namespace dwb
