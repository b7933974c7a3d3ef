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
        // 3: what a batch's row costs to store (issue 20), in a new table:
        // - the fingerprints as their 32 bytes (a BLOB), not 95 characters:
        //   the unique index is a third as large. A value not in canonical
        //   form stays text (dwb_fingerprint, ledgerFingerprintBytes);
        // - ids without AUTOINCREMENT, which wrote sqlite_sequence at every
        //   insert: nothing is deleted from the ledger, so an id is still
        //   never reused;
        // - no index on device, expiry or anchor: each cost every row a
        //   batch stores, and no query needs one. A list is read whole or
        //   per application, and sorted anyway: on a ledger of 100,000
        //   records, `dwb certs list --app A --expiring 1` took 0.12 s
        //   without them and 0.13 s with them (measured once, most of it the
        //   check at open).
        // Run with foreign keys off (Ledger::open), as SQLite's procedure for
        // a table's rebuild asks; ids, and so the links, are kept.
        {
            u"CREATE TABLE certificates_3 ("
            " id INTEGER PRIMARY KEY,"
            " kind TEXT NOT NULL CHECK (kind IN ('device', 'anchor')),"
            " context TEXT NOT NULL DEFAULT '',"
            " application TEXT NOT NULL,"
            " device TEXT NOT NULL DEFAULT '',"
            " serial TEXT NOT NULL,"
            " subject TEXT NOT NULL,"
            " fingerprint BLOB NOT NULL UNIQUE,"
            " key_algorithm TEXT NOT NULL,"
            " not_before INTEGER NOT NULL,"
            " not_after INTEGER NOT NULL,"
            " anchor_fingerprint BLOB NOT NULL DEFAULT '',"
            " files TEXT NOT NULL DEFAULT '[]',"
            " recorded_at INTEGER NOT NULL,"
            " os_user TEXT NOT NULL DEFAULT '',"
            " source TEXT NOT NULL DEFAULT '',"
            " registration TEXT NOT NULL,"
            " registration_detail TEXT NOT NULL DEFAULT '',"
            " replaces INTEGER REFERENCES certificates(id))"_s,
            u"INSERT INTO certificates_3 SELECT id, kind, context, application, device, serial, subject,"
            " dwb_fingerprint(fingerprint), key_algorithm, not_before, not_after, dwb_fingerprint(anchor_fingerprint),"
            " files, recorded_at, os_user, source, registration, registration_detail, replaces"
            " FROM certificates ORDER BY id"_s,
            u"DROP TABLE certificates"_s,
            u"ALTER TABLE certificates_3 RENAME TO certificates"_s,
            u"CREATE INDEX certificates_by_replaced ON certificates (replaces) WHERE replaces IS NOT NULL"_s,
        },
    };
    return all;
}

} // namespace dwb::ledger_schema
