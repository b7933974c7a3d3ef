// The ledger's schema (core/ledger/LedgerSchema): a ledger made by an
// earlier workbench is brought to the latest schema when opened, its records
// kept (schema 1: the renewal index made partial; schema 2: the table
// rebuilt with fingerprints as bytes, ids and links kept); a new ledger gets
// 16 KiB pages; a ledger from a newer schema is refused and left as it is.
#include "core/crypto/ExtensionText.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerSchema.h"
#include "support/LedgerFixture.h"
#include "support/RawSqliteFile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dwb;
using namespace dwb::test;
using namespace Qt::StringLiterals;

class TestLedgerSchema : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A new ledger's pages are 16 KiB (a batch's commits write fewer).
    void newLedgerHasLargePages()
    {
        const QString file = path(u"fresh.sqlite"_s);
        QVERIFY(openLedgerOrWarn(file));
        RawSqliteFile raw(file);
        QVERIFY(raw.isOpen());
        QSqlQuery q = raw.query();
        QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 16384);
    }

    // A ledger of schema 1 (made by an earlier workbench, with a renewal in
    // it) is brought to the latest schema when opened: its records kept, the
    // renewal index partial (only rows that renew another), and the query
    // for current certificates still served by that index.
    void schemaOneIsMigrated()
    {
        const QString file = path(u"schema-1.sqlite"_s);
        {
            RawSqliteFile raw(file);
            QVERIFY(raw.isOpen());
            {
                QSqlQuery q = raw.query();
                for (const QString &sql : ledger_schema::steps().at(0))
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
                const QString insert = u"INSERT INTO certificates (kind, application, device, serial, subject, fingerprint,"
                                       " key_algorithm, not_before, not_after, recorded_at, registration, replaces)"
                                       " VALUES ('device', 'lab', 'dev-1', '01', 'CN=dev-1', '%1', 'ed25519', 0, %2, 0,"
                                       " 'offline', %3)"_s;
                QVERIFY(q.exec(insert.arg(u"FP:old"_s).arg(4102444800).arg(u"NULL"_s)));
                QVERIFY(q.exec(insert.arg(u"FP:new"_s).arg(4102444800).arg(1)));
                QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
            }
        }

        QVERIFY(Ledger::latestSchemaVersion() >= 2);
        auto ledger = openLedgerOrWarn(file);
        QVERIFY(ledger);
        QCOMPARE(ledger->schemaVersion(), Ledger::latestSchemaVersion());
        auto all = ledger->find();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        LedgerFilter current;
        current.currentOnly = true;
        auto cur = ledger->find(current);
        QVERIFY(cur.ok());
        QCOMPARE(cur->size(), 1);
        QCOMPARE(cur->first().fingerprint, u"FP:new"_s);
        QCOMPARE(cur->first().replaces, all->first().id);
        ledger.reset();

        RawSqliteFile raw(file);
        QVERIFY(raw.isOpen());
        {
            QSqlQuery q = raw.query();
            QVERIFY(q.exec(u"SELECT sql FROM sqlite_master WHERE name = 'certificates_by_replaced'"_s) && q.next());
            QVERIFY2(q.value(0).toString().endsWith(u"WHERE replaces IS NOT NULL"_s), qPrintable(q.value(0).toString()));
            QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT c.id FROM certificates c WHERE NOT EXISTS"
                           " (SELECT 1 FROM certificates n WHERE n.replaces = c.id)"_s));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + u'\n';
            QVERIFY2(plan.contains(u"certificates_by_replaced"_s), qPrintable(plan));
        }
    }

    // A ledger of schema 2 is rebuilt into schema 3 when opened: the same
    // ids, links and values; fingerprints in canonical form stored as their
    // 32 bytes (a BLOB), any other text kept as text; the indexes on device,
    // expiry and anchor gone; lookups by fingerprint and by anchor still served;
    // the old table's pages given back to the file system.
    void schemaTwoIsRebuiltWithFingerprintBytes()
    {
        const QString file = path(u"schema-2.sqlite"_s);
        const QString anchorFp = colonHex(QCryptographicHash::hash("anchor", QCryptographicHash::Sha256));
        const QString oldFp = colonHex(QCryptographicHash::hash("old", QCryptographicHash::Sha256));
        const QString newFp = colonHex(QCryptographicHash::hash("new", QCryptographicHash::Sha256));
        {
            RawSqliteFile raw(file);
            QVERIFY(raw.isOpen());
            {
                QSqlQuery q = raw.query();
                for (int step = 0; step < 2; ++step)
                    for (const QString &sql : ledger_schema::steps().at(step))
                        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
                const QString insert = u"INSERT INTO certificates (id, kind, application, device, serial, subject,"
                                       " fingerprint, key_algorithm, not_before, not_after, anchor_fingerprint,"
                                       " recorded_at, registration, replaces) VALUES (%1, 'device', 'lab', '%2', '01',"
                                       " 'CN=%2', '%3', 'ed25519', 0, 4102444800, '%4', 0, 'offline', %5)"_s;
                QVERIFY(q.exec(insert.arg(7).arg(u"dev-1"_s, oldFp, anchorFp, u"NULL"_s)));
                QVERIFY(q.exec(insert.arg(9).arg(u"dev-1"_s, newFp, anchorFp, u"7"_s)));
                // not canonical (lower case): kept as text, read back as written
                QVERIFY(q.exec(insert.arg(12).arg(u"dev-2"_s, u"ab:cd"_s, QString(), u"NULL"_s)));
                QVERIFY(q.exec(u"PRAGMA user_version = 2"_s));
            }
        }

        QCOMPARE(Ledger::latestSchemaVersion(), 3);
        {
            auto ledger = openLedgerOrWarn(file);
            QVERIFY(ledger);
            QCOMPARE(ledger->schemaVersion(), 3);
            auto all = ledger->find();
            QVERIFY(all.ok());
            QCOMPARE(all->size(), 3);
            QHash<qint64, LedgerRecord> byId;
            for (const LedgerRecord &r : *all)
                byId.insert(r.id, r);
            QCOMPARE(byId.value(7).fingerprint, oldFp);
            QCOMPARE(byId.value(9).fingerprint, newFp);
            QCOMPARE(byId.value(9).anchorFingerprint, anchorFp);
            QCOMPARE(byId.value(9).replaces, qint64(7));
            QCOMPARE(byId.value(12).fingerprint, u"ab:cd"_s);
            QCOMPARE(byId.value(12).anchorFingerprint, QString());
            auto found = ledger->byFingerprint(newFp);
            QVERIFY(found.ok() && found->has_value());
            QCOMPARE((*found)->id, qint64(9));
            LedgerFilter underAnchor;
            underAnchor.anchorFingerprint = anchorFp;
            auto dependents = ledger->find(underAnchor);
            QVERIFY(dependents.ok());
            QCOMPARE(dependents->size(), 2);
            // a new record after the migration: an id above the kept ones
            LedgerRecord third = syntheticLedgerRecord(u"lab"_s, u"dev-3"_s, QDateTime::currentDateTimeUtc().addDays(9));
            third.fingerprint = colonHex(QCryptographicHash::hash("third", QCryptographicHash::Sha256));
            auto id = ledger->add(third);
            QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().toString()));
            QCOMPARE(*id, qint64(13));
        }

        RawSqliteFile raw(file);
        QVERIFY(raw.isOpen());
        {
            QSqlQuery q = raw.query();
            QVERIFY(q.exec(u"SELECT typeof(fingerprint), length(fingerprint), typeof(anchor_fingerprint)"
                           " FROM certificates WHERE id = 9"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"blob"_s);
            QCOMPARE(q.value(1).toInt(), 32);
            QCOMPARE(q.value(2).toString(), u"blob"_s);
            QVERIFY(q.exec(u"SELECT typeof(fingerprint) FROM certificates WHERE id = 13"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"blob"_s);
            QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"_s));
            QStringList indexes;
            while (q.next())
                indexes << q.value(0).toString();
            QCOMPARE(indexes, QStringList({u"certificates_by_replaced"_s}));
            // the old table's pages given back (VACUUM), not left free in the file
            QVERIFY(q.exec(u"PRAGMA freelist_count"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            // ids without AUTOINCREMENT (no sqlite_sequence row per insert)
            QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE sql LIKE '%AUTOINCREMENT%'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
    }

    void newerSchemaIsRefused()
    {
        const QString file = path(u"newer.sqlite"_s);
        QVERIFY(openLedgerOrWarn(file));
        {
            RawSqliteFile raw(file);
            QVERIFY(raw.isOpen());
            QVERIFY(raw.query().exec(u"PRAGMA user_version = %1"_s.arg(Ledger::latestSchemaVersion() + 1)));
        }
        Result<std::unique_ptr<Ledger>> l = Ledger::open(file);
        QVERIFY(!l.ok());
        QVERIFY2(l.error().message.contains(u"newer"_s), qPrintable(l.error().message));
        QVERIFY(QFileInfo::exists(file));  // left as it is
    }
};

QTEST_GUILESS_MAIN(TestLedgerSchema)
#include "test_ledger_schema.moc"
