#include "support/RawSqliteFile.h"

#include <QAtomicInteger>
#include <QSqlDatabase>

namespace dwb::test {

RawSqliteFile::RawSqliteFile(const QString &file)
{
    static QAtomicInteger<int> counter;
    m_connection = QStringLiteral("raw-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(file);
    m_open = db.open();
}

RawSqliteFile::~RawSqliteFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlQuery RawSqliteFile::query() const
{
    return QSqlQuery(QSqlDatabase::database(m_connection, false));
}

} // namespace dwb::test
