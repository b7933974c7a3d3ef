// Expiry at a glance (issue 20): what expires within the warning window and
// what has expired, from ledger records and from the trust anchors read from
// the server, as data and as one sentence. Shared by the window (message
// bar, Certificates view, application list) and `dwb certs list`.
#pragma once
#include "core/ledger/LedgerRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace dwb {

// Where a certificate stands against the warning window: expired when
// notAfter <= now, expiring when now < notAfter <= now + days (as LedgerFilter).
enum class ExpiryState { Valid, Expiring, Expired };

ExpiryState expiryState(const QDateTime &notAfter, int warningDays,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
// "valid", "expiring", "expired" (for JSON and CSV; not translated)
QString expiryStateName(ExpiryState state);
// "expires in 12 days", "expires today", "expired today", "expired 3 days ago" (translated)
QString expiryText(const QDateTime &notAfter, const QDateTime &now = QDateTime::currentDateTimeUtc());

// A trust anchor as the server reported it (the caller converts from
// core/cloud's Application, which the ledger does not know).
struct AnchorExpiry {
    QString application;
    QString subject;
    QString fingerprint;   // SHA-256, "AB:CD:…"; "" when unknown
    QDateTime notAfter;    // UTC
};

class ExpiryReport {
public:
    // Device records of the ledger and anchors (the server's, plus anchor
    // records of the ledger that the server did not report: an anchor is
    // counted once, by fingerprint), against a window of warningDays.
    static ExpiryReport make(const QList<LedgerRecord> &records, const QList<AnchorExpiry> &anchors,
                             int warningDays, const QDateTime &now = QDateTime::currentDateTimeUtc());

    int warningDays() const { return m_days; }
    const QList<LedgerRecord> &expiringDevices() const { return m_expiringDevices; }
    const QList<LedgerRecord> &expiredDevices() const { return m_expiredDevices; }
    const QList<AnchorExpiry> &expiringAnchors() const { return m_expiringAnchors; }
    const QList<AnchorExpiry> &expiredAnchors() const { return m_expiredAnchors; }
    int expiringCount() const { return int(m_expiringDevices.size() + m_expiringAnchors.size()); }
    int expiredCount() const { return int(m_expiredDevices.size() + m_expiredAnchors.size()); }
    bool isEmpty() const { return expiringCount() == 0 && expiredCount() == 0; }

    // "2 device certificates and the trust anchor of lab expire within 30
    // days; 1 has expired." — "Nothing expires within 30 days." when empty.
    QString sentence() const;

private:
    int m_days = 30;
    QList<LedgerRecord> m_expiringDevices, m_expiredDevices;
    QList<AnchorExpiry> m_expiringAnchors, m_expiredAnchors;
};

} // namespace dwb
