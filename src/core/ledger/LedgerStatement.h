// One prepared statement that stores a ledger record, run through SQLite's
// C API on the connection that Qt SQL opened (issue 20: the ledger's cost
// to a batch). Qt SQL binds each value through a QVariant and a UTF-16
// string; here a record's 18 values are bound as UTF-8 (from one buffer),
// integers and fingerprint bytes, straight from the record. A batch's
// packed records are bound as they are, with the values they share
// converted once (setShared). The same connection, transaction and file as
// the Ledger around it; SQLite's library is the one Qt's driver loads.
#pragma once
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/PackedLedgerRecord.h"

#include <QSqlError>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace dwb {

class LedgerStatement {
public:
    // connection: the name of an open QSQLITE connection; sql: an INSERT
    // into certificates with kColumns' 18 placeholders, in that order
    // (Ledger.cpp), and RETURNING id or none. To be destroyed (the
    // statement finalized) before the connection closes.
    LedgerStatement(const QString &connection, const QString &sql);
    ~LedgerStatement();
    LedgerStatement(const LedgerStatement &) = delete;
    LedgerStatement &operator=(const LedgerStatement &) = delete;

    // Prepared? Else error() says why.
    bool isValid() const { return m_stmt != nullptr; }
    // Runs the statement for r; false on failure (error() says why). *id:
    // the row written, the new row's (a plain insert) or RETURNING's; 0 when
    // nothing was written (ON CONFLICT DO NOTHING).
    bool run(const LedgerRecord &r, qint64 *id);
    // The values that the packed records given to run() share: kind,
    // context, application, anchor, user (empty: currentOsUser()), source,
    // registration and its detail; the rest of shared is not read.
    void setShared(const LedgerRecord &shared);
    // run() for a packed record, with the values set by setShared.
    bool run(const PackedLedgerRecord &r, qint64 *id);
    // The last failure, as Qt SQL reports one (its native code SQLite's
    // primary result code).
    QSqlError error() const { return m_error; }

private:
    // A row's 18 values as they are bound, in kColumns' order: texts as
    // UTF-8, a fingerprint as its bytes (or, when not canonical, its text).
    struct Row {
        QByteArrayView kind, context, application, device, serial, subject, fingerprint, keyAlgorithm;
        bool fingerprintIsText = false;
        qint64 notBefore = 0, notAfter = 0;
        QByteArrayView anchor;
        bool anchorIsText = false;
        QByteArrayView files;
        qint64 recordedAt = 0;
        QByteArrayView osUser, source, registration, detail;
        qint64 replaces = 0; // 0: NULL
    };
    bool step(const Row &row, qint64 *id);
    void fail(int code);

    QByteArray m_buffer;  // a row's texts, as UTF-8 (run)
    QByteArray m_sharedTexts; // setShared's values, as UTF-8 (m_shared's texts point into it)
    Row m_shared;
    QString m_anchorText; // the last row's anchor fingerprint, and its bytes
    QByteArray m_anchorBytes;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlError m_error;
};

// Before the process's first SQLite connection (Ledger::open, once):
// SQLite's memory statistics off. They took a global mutex at every
// allocation, in every thread, and nothing here reads them (issue 20).
// Later, when SQLite is already in use, it changes nothing.
void configureSqliteLibrary();

// Adds the ledger's SQL functions to a QSQLITE connection (the schema's
// migrations use them): dwb_fingerprint(x), a fingerprint's text to its
// bytes (ledgerFingerprintBytes; any other value unchanged). False if the
// connection is no SQLite one or SQLite refused.
bool addLedgerFunctions(const QString &connection);

} // namespace dwb
