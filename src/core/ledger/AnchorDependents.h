// Which devices still depend on a trust anchor (issue 20, anchor rotation):
// those whose current certificate (CurrentCertificates.h) was issued under
// the anchor and has not expired. Deleting the anchor would lock them out.
// One rule for `dwb trust delete` and the GUI's rotation.
#pragma once
#include "core/ledger/Ledger.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace dwb {

// The dependents of the anchor with this SHA-256 fingerprint ("AB:CD:…",
// compared without regard to case) among the device records of `context`
// and the offline ones ("", issued with --offline under the same anchor),
// sorted by device name. An empty context looks at the offline records only.
Result<QList<LedgerRecord>> anchorDependents(const Ledger &ledger, const QString &context, const QString &application,
                                             const QString &anchorFingerprint,
                                             const QDateTime &now = QDateTime::currentDateTimeUtc());

// The devices for a message: the first `shown` names, then "and N more".
QString describeDependents(const QList<LedgerRecord> &dependents, int shown = 20);

} // namespace dwb
