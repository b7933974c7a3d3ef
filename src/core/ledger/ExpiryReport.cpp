#include "core/ledger/ExpiryReport.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::ExpiryReport", text);
}

// "a", "a and b", "a, b and c"
QString listOf(QStringList items)
{
    if (items.size() <= 1)
        return items.value(0);
    const QString last = items.takeLast();
    return tr("%1 and %2").arg(items.join(u", "_s), last);
}

// "2 device certificates", "the trust anchor of lab", … (and whether the phrase is plural)
QString phrase(int devices, const QList<AnchorExpiry> &anchors, bool *plural)
{
    QStringList parts;
    if (devices == 1)
        parts << tr("1 device certificate");
    else if (devices > 1)
        parts << tr("%1 device certificates").arg(devices);
    if (!anchors.isEmpty()) {
        QStringList apps;
        for (const AnchorExpiry &a : anchors)
            if (!apps.contains(a.application))
                apps << a.application;
        std::sort(apps.begin(), apps.end());
        const int n = int(anchors.size());
        if (n == 1)
            parts << tr("the trust anchor of %1").arg(apps.value(0));
        else if (n == apps.size())
            parts << tr("the trust anchors of %1").arg(listOf(apps));
        else
            parts << tr("%1 trust anchors of %2").arg(n).arg(listOf(apps));
    }
    *plural = devices + anchors.size() > 1;
    return listOf(parts);
}

} // namespace

ExpiryState expiryState(const QDateTime &notAfter, int warningDays, const QDateTime &now)
{
    if (notAfter <= now)
        return ExpiryState::Expired;
    if (notAfter <= now.addSecs(qint64(warningDays) * 86400))
        return ExpiryState::Expiring;
    return ExpiryState::Valid;
}

QString expiryStateName(ExpiryState state)
{
    switch (state) {
    case ExpiryState::Expired: return u"expired"_s;
    case ExpiryState::Expiring: return u"expiring"_s;
    case ExpiryState::Valid: break;
    }
    return u"valid"_s;
}

QString expiryText(const QDateTime &notAfter, const QDateTime &now)
{
    const qint64 secs = now.secsTo(notAfter);
    if (secs > 0) {
        const qint64 days = secs / 86400;
        if (days == 0)
            return tr("expires today");
        return days == 1 ? tr("expires in 1 day") : tr("expires in %1 days").arg(days);
    }
    const qint64 ago = -secs / 86400;
    if (ago == 0)
        return tr("expired today");
    return ago == 1 ? tr("expired 1 day ago") : tr("expired %1 days ago").arg(ago);
}

ExpiryReport ExpiryReport::make(const QList<LedgerRecord> &records, const QList<AnchorExpiry> &anchors,
                                int warningDays, const QDateTime &now)
{
    ExpiryReport r;
    r.m_days = warningDays;
    QList<AnchorExpiry> allAnchors = anchors;
    QSet<QString> seen;
    for (const AnchorExpiry &a : anchors)
        if (!a.fingerprint.isEmpty())
            seen.insert(a.fingerprint);
    for (const LedgerRecord &rec : records) {
        if (rec.kind == LedgerKind::Anchor) {
            if (!rec.fingerprint.isEmpty() && seen.contains(rec.fingerprint))
                continue;
            seen.insert(rec.fingerprint);
            allAnchors << AnchorExpiry{rec.application, rec.subject, rec.fingerprint, rec.notAfter};
            continue;
        }
        switch (expiryState(rec.notAfter, warningDays, now)) {
        case ExpiryState::Expired: r.m_expiredDevices << rec; break;
        case ExpiryState::Expiring: r.m_expiringDevices << rec; break;
        case ExpiryState::Valid: break;
        }
    }
    for (const AnchorExpiry &a : std::as_const(allAnchors)) {
        switch (expiryState(a.notAfter, warningDays, now)) {
        case ExpiryState::Expired: r.m_expiredAnchors << a; break;
        case ExpiryState::Expiring: r.m_expiringAnchors << a; break;
        case ExpiryState::Valid: break;
        }
    }
    return r;
}

QString ExpiryReport::sentence() const
{
    const QString within = m_days == 1 ? tr("within 1 day") : tr("within %1 days").arg(m_days);
    if (isEmpty())
        return tr("Nothing expires %1.").arg(within);
    bool plural = false;
    if (expiringCount() == 0) {
        const QString what = phrase(int(m_expiredDevices.size()), m_expiredAnchors, &plural);
        QString text = (plural ? tr("%1 have expired.") : tr("%1 has expired.")).arg(what);
        text[0] = text[0].toUpper();
        return text;
    }
    const QString what = phrase(int(m_expiringDevices.size()), m_expiringAnchors, &plural);
    QString text = (plural ? tr("%1 expire %2") : tr("%1 expires %2")).arg(what, within);
    if (expiredCount() == 1)
        text += tr("; 1 has expired");
    else if (expiredCount() > 1)
        text += tr("; %1 have expired").arg(expiredCount());
    text[0] = text[0].toUpper();
    return text + u'.';
}

} // namespace dwb
