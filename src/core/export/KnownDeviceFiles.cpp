#include "core/export/KnownDeviceFiles.h"

#include "core/ledger/Ledger.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dwb {

std::optional<KnownDeviceFiles> KnownDeviceFiles::among(const QList<LedgerRecord> &records,
                                                        const QString &application, const QString &device)
{
    QList<LedgerRecord> mine;
    for (const LedgerRecord &r : records) {
        if (r.kind == LedgerKind::Device && r.application == application && r.device == device)
            mine << r;
    }
    std::sort(mine.begin(), mine.end(),
              [](const LedgerRecord &a, const LedgerRecord &b) { return a.recordedAt > b.recordedAt; });
    for (const LedgerRecord &r : mine) {
        KnownDeviceFiles f;
        for (const QString &path : r.files) {
            if (path.endsWith(".key"_L1))
                f.keyPath = path;
            else if (path.endsWith(".pem"_L1) && !path.endsWith("-chain.pem"_L1))
                f.certPath = path;
        }
        if (!f.keyPath.isEmpty() && !f.certPath.isEmpty() && QFileInfo::exists(f.keyPath)
            && QFileInfo::exists(f.certPath))
            return f;
    }
    return std::nullopt;
}

Result<std::optional<KnownDeviceFiles>> KnownDeviceFiles::lookUp(const QString &application, const QString &device,
                                                                 const QString &ledgerPath)
{
    const QString path = ledgerPath.isEmpty() ? Ledger::defaultPath() : ledgerPath;
    if (!QFileInfo::exists(path))
        return std::optional<KnownDeviceFiles>(); // no ledger yet: nothing known (and none made by looking)
    auto ledger = Ledger::open(path);
    if (!ledger)
        return ledger.error();
    LedgerFilter filter;
    filter.application = application;
    filter.deviceText = device;
    filter.kind = LedgerKind::Device;
    auto records = (*ledger)->find(filter);
    if (!records)
        return records.error();
    return among(*records, application, device);
}

} // namespace dwb
