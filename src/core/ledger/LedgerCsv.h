// Ledger records as CSV (RFC 4180: a header row, fields with a comma, a
// double quote or a line break in double quotes, quotes doubled, CRLF line
// ends; dates ISO 8601 in UTC, "2027-01-31T12:00:00Z"). One writer for the
// window's "Export CSV…" and `dwb certs list -o csv`.
#pragma once
#include "core/ledger/LedgerRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dwb {

// The column names of the header row, in order.
QStringList ledgerCsvColumns();
// One field, quoted when it must be.
QString csvField(const QString &value);
// The header and one row per record (UTF-8). days_left and state are
// computed at `now` against warningDays.
QByteArray ledgerCsv(const QList<LedgerRecord> &records, int warningDays,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
// UTC, seconds, "Z"; "" for an invalid time.
QString isoUtc(const QDateTime &t);

} // namespace dwb
