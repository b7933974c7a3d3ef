#include "core/ledger/AnchorDependents.h"

#include "core/ledger/CurrentCertificates.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace dwb {

Result<QList<LedgerRecord>> anchorDependents(const Ledger &ledger, const QString &context, const QString &application,
                                             const QString &anchorFingerprint, const QDateTime &now)
{
    QList<LedgerRecord> out;
    QSet<QString> seen; // a device in both contexts: once (the context's record first)
    QStringList contexts{context};
    if (!context.isEmpty())
        contexts << QString();
    for (const QString &c : contexts) {
        auto current = currentDeviceRecords(ledger, c, application);
        if (!current)
            return current.error();
        for (LedgerRecord &r : *current) {
            if (seen.contains(r.device))
                continue;
            seen.insert(r.device);
            if (r.isExpired(now) || r.anchorFingerprint.compare(anchorFingerprint, Qt::CaseInsensitive) != 0
)
                continue;
            out << std::move(r);
        }
    }
    std::sort(out.begin(), out.end(), [](const LedgerRecord &a, const LedgerRecord &b) { return a.device < b.device; });
    return out;
}

QString describeDependents(const QList<LedgerRecord> &dependents, int shown)
{
    QStringList names;
    for (qsizetype i = 0; i < dependents.size() && i < shown; ++i)
        names << dependents.at(i).device;
    QString text = names.join(QStringLiteral(", "));
    if (dependents.size() > shown)
        text = QCoreApplication::translate("dwb::AnchorDependents", "%1 and %n more", nullptr,
                                           static_cast<int>(dependents.size() - shown))
                   .arg(text);
    return text;
}

} // namespace dwb
