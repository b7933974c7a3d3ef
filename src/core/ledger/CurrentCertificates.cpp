#include "core/ledger/CurrentCertificates.h"

#include <QHash>

#include <algorithm>

namespace dwb {

Result<QList<LedgerRecord>> currentDeviceRecords(const Ledger &ledger, const QString &context,
                                                 const QString &application)
{
    LedgerFilter filter;
    filter.application = application;
    filter.kind = LedgerKind::Device;
    filter.currentOnly = true; // no other record replaces it
    auto records = ledger.find(filter);
    if (!records)
        return records.error();
    // The filter's "" context means every context: compare here, exactly.
    QHash<QString, LedgerRecord> newest;
    for (LedgerRecord &r : *records) {
        if (r.context != context || r.application != application || r.device.isEmpty())
            continue;
        auto it = newest.find(r.device);
        if (it == newest.end())
            newest.insert(r.device, std::move(r));
        else if (r.id > it->id) // ids grow: the newest record
            *it = std::move(r);
    }
    QList<LedgerRecord> out = newest.values();
    std::sort(out.begin(), out.end(), [](const LedgerRecord &a, const LedgerRecord &b) { return a.device < b.device; });
    return out;
}

} // namespace dwb
