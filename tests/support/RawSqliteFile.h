// A ledger file opened by hand, as an earlier version or the sqlite3 shell
// would: to make an old schema, bump its version, or read what Ledger does
// not show (column types, indexes, pages). The connection is closed and
// removed when this goes; queries from query() must go first.
#pragma once
#include <QSqlQuery>
#include <QString>

namespace dwb::test {

class RawSqliteFile {
public:
    explicit RawSqliteFile(const QString &file);
    ~RawSqliteFile();
    RawSqliteFile(const RawSqliteFile &) = delete;
    RawSqliteFile &operator=(const RawSqliteFile &) = delete;

    bool isOpen() const { return m_open; }
    QSqlQuery query() const;

private:
    QString m_connection;
    bool m_open = false;
};

} // namespace dwb::test
