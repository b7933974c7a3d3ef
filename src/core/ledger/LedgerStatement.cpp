#include "core/ledger/LedgerStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <algorithm>
#include <cstdio>
#include <initializer_list>
#include <utility>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

// The files column: a JSON array of strings (Ledger reads it back with
// QJsonDocument). Written by hand, as UTF-8 into out (room for
// jsonArrayUnits(items) UTF-16 units, 3 bytes each): a QJsonDocument or a
// QString per row is a batch's cost (issue 20). Returns the end.
qsizetype jsonArrayUnits(const QStringList &items)
{
    qsizetype units = 2;
    for (const QString &item : items)
        units += 3 + 6 * item.size(); // quotes and comma; at most \u00XX per unit
    return units;
}

char *jsonArray(const QStringList &items, char *out, QStringEncoder &utf8)
{
    *out++ = '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            *out++ = ',';
        *out++ = '"';
        const QStringView item = items[i];
        qsizetype plain = 0; // the units before the next one to escape, as they are
        for (qsizetype k = 0; k < item.size(); ++k) {
            const char16_t c = item[k].unicode();
            if (c != u'"' && c != u'\\' && c >= 0x20)
                continue;
            out = utf8.appendToBuffer(out, item.sliced(plain, k - plain));
            plain = k + 1;
            if (c >= 0x20) {
                *out++ = '\\';
                *out++ = char(c);
            } else {
                out += std::snprintf(out, 7, "\\u%04x", unsigned(c));
            }
        }
        out = utf8.appendToBuffer(out, item.sliced(plain));
        *out++ = '"';
    }
    *out++ = ']';
    return out;
}

// The SQLite connection under a QSQLITE connection; null if it is none.
sqlite3 *sqliteHandle(const QString &connection)
{
    const QVariant handle = QSqlDatabase::database(connection, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// dwb_fingerprint(x): x's bytes when x is a fingerprint's canonical text,
// else x itself (ledgerFingerprintBytes).
void fingerprintFunction(sqlite3_context *context, int, sqlite3_value **args)
{
    if (sqlite3_value_type(args[0]) == SQLITE_TEXT) {
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_value_text(args[0]));
        const QByteArray bytes = ledgerFingerprintBytes(QString::fromUtf8(utf8, sqlite3_value_bytes(args[0])));
        if (!bytes.isNull()) {
            sqlite3_result_blob(context, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
            return;
        }
    }
    sqlite3_result_value(context, args[0]);
}

} // namespace

void configureSqliteLibrary()
{
    // SQLITE_MISUSE once SQLite is initialised: then it stays as it is.
    (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

bool addLedgerFunctions(const QString &connection)
{
    sqlite3 *db = sqliteHandle(connection);
    return db
        && sqlite3_create_function_v2(db, "dwb_fingerprint", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                      fingerprintFunction, nullptr, nullptr, nullptr)
               == SQLITE_OK;
}

LedgerStatement::LedgerStatement(const QString &connection, const QString &sql)
{
    m_db = sqliteHandle(connection);
    if (!m_db) {
        m_error = QSqlError(u"Not an SQLite connection"_s, QString(), QSqlError::ConnectionError);
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        fail(sqlite3_errcode(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

LedgerStatement::~LedgerStatement()
{
    sqlite3_finalize(m_stmt);
}

void LedgerStatement::fail(int code)
{
    m_error = QSqlError(u"Unable to store the record"_s, QString::fromUtf8(sqlite3_errmsg(m_db)),
                        QSqlError::StatementError, QString::number(code & 0xff));
}

bool LedgerStatement::run(const LedgerRecord &r, qint64 *id)
{
    *id = 0;
    if (!m_stmt)
        return false;
    // Every text's UTF-8 in one buffer, kept from row to row: no allocation
    // per value. Bound without a copy (they stay there until the step is
    // done), so the buffer is sized for the whole row first: at most 3
    // bytes per UTF-16 unit. A null QString binds as "": the text columns
    // are NOT NULL.
    const QString kind = ledgerKindName(r.kind), osUser = r.osUser.isEmpty() ? currentOsUser() : r.osUser,
                  registration = registrationName(r.registration);
    qsizetype units = jsonArrayUnits(r.files);
    for (const QString *v : {&kind, &r.context, &r.application, &r.device, &r.serial, &r.subject, &r.fingerprint,
                             &r.keyAlgorithm, &r.anchorFingerprint, &osUser, &r.source, &registration,
                             &r.registrationDetail})
        units += v->size();
    if (m_buffer.size() < 3 * units)
        m_buffer.resize(3 * units);
    char *out = m_buffer.data();
    int column = 0, rc = SQLITE_OK;
    auto text = [&](QStringView value) {
        if (rc != SQLITE_OK)
            return;
        char *const start = std::exchange(out, m_utf8.appendToBuffer(out, value));
        rc = sqlite3_bind_text(m_stmt, ++column, start, int(out - start), SQLITE_STATIC);
    };
    // A fingerprint: its 32 bytes, or (not in canonical form) the text as written.
    auto fingerprint = [&](const QString &value) {
        if (rc != SQLITE_OK)
            return;
        const qsizetype size = ledgerFingerprintBytes(value, out); // fewer bytes than the text's UTF-8
        if (size < 0)
            return text(value);
        rc = sqlite3_bind_blob(m_stmt, ++column, std::exchange(out, out + size), int(size), SQLITE_STATIC);
    };
    auto integer = [&](qint64 value) {
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_int64(m_stmt, ++column, value);
    };
    // kColumns' order.
    text(kind);
    text(r.context);
    text(r.application);
    text(r.device);
    text(r.serial);
    text(r.subject);
    fingerprint(r.fingerprint);
    text(r.keyAlgorithm);
    integer(ledgerSeconds(r.notBefore));
    integer(ledgerSeconds(r.notAfter));
    // The issuing anchor's: the same in all of a batch's rows, converted once.
    if (r.anchorFingerprint != m_anchorText) {
        m_anchorText = r.anchorFingerprint;
        m_anchorBytes = ledgerFingerprintBytes(m_anchorText);
    }
    if (m_anchorBytes.isNull())
        text(r.anchorFingerprint);
    else if (rc == SQLITE_OK)
        rc = sqlite3_bind_blob(m_stmt, ++column, m_anchorBytes.constData(), int(m_anchorBytes.size()), SQLITE_STATIC);
    if (rc == SQLITE_OK) {
        char *const start = std::exchange(out, jsonArray(r.files, out, m_utf8));
        rc = sqlite3_bind_text(m_stmt, ++column, start, int(out - start), SQLITE_STATIC);
    }
    integer(ledgerSeconds(r.recordedAt.isValid() ? r.recordedAt : QDateTime::currentDateTimeUtc()));
    text(osUser);
    text(r.source);
    text(registration);
    text(r.registrationDetail);
    if (rc == SQLITE_OK)
        rc = r.replaces > 0 ? sqlite3_bind_int64(m_stmt, ++column, r.replaces) : sqlite3_bind_null(m_stmt, ++column);

    if (rc == SQLITE_OK) {
        rc = sqlite3_step(m_stmt);
        const bool returning = sqlite3_column_count(m_stmt) > 0; // RETURNING id
        if (rc == SQLITE_ROW && returning) {
            *id = sqlite3_column_int64(m_stmt, 0);
            rc = sqlite3_step(m_stmt); // the row is written when the statement is done
        } else if (rc == SQLITE_DONE && !returning && sqlite3_changes(m_db) == 1) {
            *id = sqlite3_last_insert_rowid(m_db);
        }
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok) {
        fail(rc);
        *id = 0;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt); // nothing points at this call's texts afterwards
    return ok;
}

} // namespace dwb
