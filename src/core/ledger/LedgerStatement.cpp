#include "core/ledger/LedgerStatement.h"

#include "core/util/JsonText.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <algorithm>
#include <initializer_list>
#include <utility>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

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
    // Every text's UTF-8 in one buffer, kept from row to row: no allocation
    // per value. Bound without a copy (they stay there until the step is
    // done), so the buffer is sized for the whole row first: at most 3
    // bytes per UTF-16 unit. A null QString binds as "": the text columns
    // are NOT NULL.
    const QString kind = ledgerKindName(r.kind), osUser = r.osUser.isEmpty() ? currentOsUser() : r.osUser,
                  registration = registrationName(r.registration);
    qsizetype bound = jsonStringArrayBound(r.files);
    for (const QString *v : {&kind, &r.context, &r.application, &r.device, &r.serial, &r.subject, &r.fingerprint,
                             &r.keyAlgorithm, &r.anchorFingerprint, &osUser, &r.source, &registration,
                             &r.registrationDetail})
        bound += 3 * v->size();
    if (m_buffer.size() < bound)
        m_buffer.resize(bound);
    char *out = m_buffer.data();
    auto text = [&](QStringView value) {
        char *const start = std::exchange(out, writeUtf8(out, value));
        return QByteArrayView(start, out - start);
    };
    Row row;
    row.kind = text(kind);
    row.context = text(r.context);
    row.application = text(r.application);
    row.device = text(r.device);
    row.serial = text(r.serial);
    row.subject = text(r.subject);
    // A fingerprint: its 32 bytes, or (not in canonical form) the text as written.
    if (const qsizetype size = ledgerFingerprintBytes(r.fingerprint, out); size >= 0) {
        row.fingerprint = QByteArrayView(std::exchange(out, out + size), size); // fewer bytes than the text's UTF-8
    } else {
        row.fingerprint = text(r.fingerprint);
        row.fingerprintIsText = true;
    }
    row.keyAlgorithm = text(r.keyAlgorithm);
    row.notBefore = ledgerSeconds(r.notBefore);
    row.notAfter = ledgerSeconds(r.notAfter);
    // The issuing anchor's: the same in all of a batch's rows, converted once.
    if (r.anchorFingerprint != m_anchorText) {
        m_anchorText = r.anchorFingerprint;
        m_anchorBytes = ledgerFingerprintBytes(m_anchorText);
    }
    if (m_anchorBytes.isNull()) {
        row.anchor = text(r.anchorFingerprint);
        row.anchorIsText = true;
    } else {
        row.anchor = m_anchorBytes;
    }
    {
        char *const start = std::exchange(out, writeJsonStringArray(out, r.files));
        row.files = QByteArrayView(start, out - start);
    }
    row.recordedAt = ledgerSeconds(r.recordedAt.isValid() ? r.recordedAt : QDateTime::currentDateTimeUtc());
    row.osUser = text(osUser);
    row.source = text(r.source);
    row.registration = text(registration);
    row.detail = text(r.registrationDetail);
    row.replaces = r.replaces;
    return step(row, id);
}

void LedgerStatement::setShared(const LedgerRecord &shared)
{
    const QString kind = ledgerKindName(shared.kind),
                  osUser = shared.osUser.isEmpty() ? currentOsUser() : shared.osUser,
                  registration = registrationName(shared.registration);
    const QByteArray anchor = ledgerFingerprintBytes(shared.anchorFingerprint);
    // One buffer, then the views into it: it is not resized after.
    m_sharedTexts.clear();
    QList<qsizetype> ends;
    for (const QString *v : {&kind, &shared.context, &shared.application, &osUser, &shared.source, &registration,
                             &shared.registrationDetail, &shared.anchorFingerprint}) {
        m_sharedTexts += v->toUtf8();
        ends << m_sharedTexts.size();
    }
    m_sharedTexts += anchor;
    ends << m_sharedTexts.size();
    qsizetype i = 0;
    auto next = [&] {
        const qsizetype begin = i ? ends[i - 1] : 0;
        return QByteArrayView(m_sharedTexts.constData() + begin, ends[i++] - begin);
    };
    m_shared = Row();
    m_shared.kind = next();
    m_shared.context = next();
    m_shared.application = next();
    m_shared.osUser = next();
    m_shared.source = next();
    m_shared.registration = next();
    m_shared.detail = next();
    const QByteArrayView anchorText = next(), anchorBytes = next();
    m_shared.anchorIsText = anchor.isNull();
    m_shared.anchor = m_shared.anchorIsText ? anchorText : anchorBytes;
}

bool LedgerStatement::run(const PackedLedgerRecord &r, qint64 *id)
{
    Row row = m_shared;
    row.device = r.device();
    row.serial = r.serial();
    row.subject = r.subject();
    row.fingerprint = r.fingerprint();
    row.fingerprintIsText = r.fingerprintIsText();
    row.keyAlgorithm = r.keyAlgorithm();
    row.notBefore = r.notBefore();
    row.notAfter = r.notAfter();
    row.files = r.filesJson();
    row.recordedAt = r.recordedAt();
    row.replaces = r.replaces();
    return step(row, id);
}

bool LedgerStatement::step(const Row &row, qint64 *id)
{
    *id = 0;
    if (!m_stmt)
        return false;
    // Bound without a copy: the values stay where they are until the step
    // is done.
    int column = 0, rc = SQLITE_OK;
    auto text = [&](QByteArrayView value) { // never NULL: the text columns are NOT NULL
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_text(m_stmt, ++column, value.data() ? value.data() : "", int(value.size()), SQLITE_STATIC);
    };
    auto blob = [&](QByteArrayView value, bool isText) {
        if (isText)
            return text(value);
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_blob(m_stmt, ++column, value.data(), int(value.size()), SQLITE_STATIC);
    };
    auto integer = [&](qint64 value) {
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_int64(m_stmt, ++column, value);
    };
    // kColumns' order.
    text(row.kind);
    text(row.context);
    text(row.application);
    text(row.device);
    text(row.serial);
    text(row.subject);
    blob(row.fingerprint, row.fingerprintIsText);
    text(row.keyAlgorithm);
    integer(row.notBefore);
    integer(row.notAfter);
    blob(row.anchor, row.anchorIsText);
    text(row.files);
    integer(row.recordedAt);
    text(row.osUser);
    text(row.source);
    text(row.registration);
    text(row.detail);
    if (rc == SQLITE_OK)
        rc = row.replaces > 0 ? sqlite3_bind_int64(m_stmt, ++column, row.replaces) : sqlite3_bind_null(m_stmt, ++column);

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
