#include "core/ledger/LedgerStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <array>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

// The files column: a JSON array of strings (Ledger reads it back with
// QJsonDocument). Written by hand: a QJsonDocument per row is a batch's cost.
QString jsonArray(const QStringList &items)
{
    QString out;
    out.reserve(2 + items.size() * 64);
    out += u'[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += u',';
        out += u'"';
        for (const QChar c : items[i]) {
            if (c == u'"' || c == u'\\')
                out += u'\\';
            if (c.unicode() < 0x20)
                out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
            else
                out += c;
        }
        out += u'"';
    }
    out += u']';
    return out;
}

} // namespace

LedgerStatement::LedgerStatement(const QString &connection, const QString &sql)
{
    const QVariant handle = QSqlDatabase::database(connection, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QSqlError(u"Not an SQLite connection"_s, QString(), QSqlError::ConnectionError);
        return;
    }
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
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
    // Texts are bound without a copy: they stay here until the step is done.
    // A null QString binds as "": the text columns are NOT NULL.
    std::array<QByteArray, 14> texts;
    size_t slot = 0;
    int column = 0, rc = SQLITE_OK;
    auto text = [&](const QString &value) {
        if (rc != SQLITE_OK)
            return;
        QByteArray &utf8 = texts.at(slot++);
        utf8 = value.toUtf8();
        rc = sqlite3_bind_text(m_stmt, ++column, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    };
    auto integer = [&](qint64 value) {
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_int64(m_stmt, ++column, value);
    };
    // kColumns' order.
    text(ledgerKindName(r.kind));
    text(r.context);
    text(r.application);
    text(r.device);
    text(r.serial);
    text(r.subject);
    text(r.fingerprint);
    text(r.keyAlgorithm);
    integer(ledgerSeconds(r.notBefore));
    integer(ledgerSeconds(r.notAfter));
    text(r.anchorFingerprint);
    text(jsonArray(r.files));
    integer(ledgerSeconds(r.recordedAt.isValid() ? r.recordedAt : QDateTime::currentDateTimeUtc()));
    text(r.osUser.isEmpty() ? currentOsUser() : r.osUser);
    text(r.source);
    text(registrationName(r.registration));
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
