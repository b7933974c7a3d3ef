#include "core/ledger/LedgerCsv.h"

#include "core/ledger/ExpiryReport.h"

using namespace Qt::StringLiterals;

namespace dwb {

QStringList ledgerCsvColumns()
{
    return {u"id"_s,          u"kind"_s,          u"context"_s,     u"application"_s,        u"device"_s,
            u"serial"_s,      u"subject"_s,       u"fingerprint"_s, u"key_algorithm"_s,      u"not_before"_s,
            u"not_after"_s,   u"days_left"_s,     u"state"_s,       u"anchor_fingerprint"_s, u"registration"_s,
            u"registration_detail"_s, u"source"_s, u"recorded_at"_s, u"os_user"_s,           u"files"_s,
            u"replaces"_s};
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QByteArray ledgerCsv(const QList<LedgerRecord> &records, int warningDays, const QDateTime &now)
{
    QString out = ledgerCsvColumns().join(u',') + u"\r\n"_s;
    for (const LedgerRecord &r : records) {
        const QStringList fields = {
            QString::number(r.id), ledgerKindName(r.kind), r.context, r.application, r.device, r.serial,
            r.subject, r.fingerprint, r.keyAlgorithm, isoUtc(r.notBefore), isoUtc(r.notAfter),
            QString::number(r.daysLeft(now)), expiryStateName(expiryState(r.notAfter, warningDays, now)),
            r.anchorFingerprint, registrationName(r.registration), r.registrationDetail, r.source,
            isoUtc(r.recordedAt), r.osUser, r.files.join(u';'), r.replaces ? QString::number(r.replaces) : QString()};
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

} // namespace dwb
