#include "core/ledger/LedgerSchema.h"

using namespace Qt::StringLiterals;

namespace dwb::ledger_schema {

const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 1: the certificates. Times are seconds since 1970 (UTC); files a
        // JSON array of paths; replaces the id of the record renewed.
        {
            u"CREATE TABLE certificates ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " kind TEXT NOT NULL CHECK (kind IN ('device', 'anchor')),"
            " context TEXT NOT NULL DEFAULT '',"
            " application TEXT NOT NULL,"
            " device TEXT NOT NULL DEFAULT '',"
            " serial TEXT NOT NULL,"
            " subject TEXT NOT NULL,"
            " fingerprint TEXT NOT NULL UNIQUE,"
            " key_algorithm TEXT NOT NULL,"
            " not_before INTEGER NOT NULL,"
            " not_after INTEGER NOT NULL,"
            " anchor_fingerprint TEXT NOT NULL DEFAULT '',"
            " files TEXT NOT NULL DEFAULT '[]',"
            " recorded_at INTEGER NOT NULL,"
            " os_user TEXT NOT NULL DEFAULT '',"
            " source TEXT NOT NULL DEFAULT '',"
            " registration TEXT NOT NULL,"
            " registration_detail TEXT NOT NULL DEFAULT '',"
            " replaces INTEGER REFERENCES certificates(id))"_s,
            u"CREATE INDEX certificates_by_device ON certificates (application, device)"_s,
            u"CREATE INDEX certificates_by_expiry ON certificates (not_after)"_s,
            u"CREATE INDEX certificates_by_anchor ON certificates (anchor_fingerprint)"_s,
            u"CREATE INDEX certificates_by_replaced ON certificates (replaces)"_s,
        },
        // 2: only renewals have replaces: the index holds those rows alone,
        // so that a batch's new rows touch one B-tree fewer. It still serves
        // "n.replaces = c.id" (an equality implies IS NOT NULL) and the
        // foreign key's look-up of a record's renewals.
        {
            u"DROP INDEX certificates_by_replaced"_s,
            u"CREATE INDEX certificates_by_replaced ON certificates (replaces) WHERE replaces IS NOT NULL"_s,
        },
    };
    return all;
}

} // namespace dwb::ledger_schema
