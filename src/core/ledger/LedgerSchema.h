// The ledger's schema, as numbered migrations: version N is reached by
// running step N on a database at version N-1 (PRAGMA user_version holds the
// number). A new version appends a step; a step is never changed once
// released, since ledgers made by it exist.
#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace dwb::ledger_schema {

// Step N (1-based) is steps()[N - 1]: the SQL statements, run in order.
const QList<QStringList> &steps();
inline int latestVersion() { return int(steps().size()); }

} // namespace dwb::ledger_schema
