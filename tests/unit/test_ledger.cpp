// The ledger (core/ledger): a fresh file in a folder that does not exist yet
// gets the latest schema in WAL mode; a record made from a real certificate
// carries the fingerprint `openssl x509 -fingerprint -sha256` prints, its
// serial, subject, key and dates; the same certificate twice is one record;
// a chunk is all or nothing, and a re-run inside one updates; the filters
// (application, device text, expired, expiring within N days, anchor,
// current only) pick exactly the records they name; file names with JSON's special characters come back as they
// were; a damaged file is moved aside byte for byte and reported (a damaged
// page met while writing after a header-only check is told as damage), and
// a ledger that cannot be written says so. The schema's migrations:
// test_ledger_schema.
#include "core/crypto/ExtensionText.h"
#include "core/crypto/Profiles.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerWriter.h"
#include "core/util/JsonText.h"
#include "support/LedgerFixture.h"
#include "support/TestEnv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dwb;
using namespace dwb::test;
using namespace Qt::StringLiterals;

namespace {
// Records packed as a batch's workers hand them to the writer.
QList<PackedLedgerRecord> packed(const QList<LedgerRecord> &records)
{
    QList<PackedLedgerRecord> out;
    for (const LedgerRecord &r : records)
        out << PackedLedgerRecord::pack(r);
    return out;
}
} // namespace

class TestLedger : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    PrivateKey m_caKey;
    Certificate m_ca;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QStringList devices(const Result<QList<LedgerRecord>> &records)
    {
        QStringList out;
        if (records)
            for (const LedgerRecord &r : *records)
                out << r.device;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto key = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
        QVERIFY(key.ok());
        m_caKey = *key;
        auto ca = createTrustAnchor(u"lab"_s, m_caKey);
        QVERIFY(ca.ok());
        m_ca = *ca;
    }

    void freshFileInMissingFolder()
    {
        const QString file = path(u"not/yet/here/ledger.sqlite"_s);
        auto ledger = openLedgerOrWarn(file);
        QVERIFY(ledger);
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(ledger->schemaVersion(), Ledger::latestSchemaVersion());
        QVERIFY(Ledger::latestSchemaVersion() >= 1);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), Ledger::latestSchemaVersion());
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"peek"_s);
    }

    // The batch's packed record, read from the DER, equals the one from the
    // parsed certificate (keys of every kind, serials with a high bit set),
    // with the shared values its batch gives it.
    void packedRecordFromDerMatchesCertificate()
    {
        LedgerRecord shared;
        shared.context = u"sandbox"_s;
        shared.application = u"lab"_s;
        shared.anchorFingerprint = LedgerRecord::fromCertificate(m_ca).fingerprint;
        shared.source = u"batch"_s;
        shared.registration = Registration::Offline;
        const QStringList files{u"/out/dev \"wired\".pem"_s, u"/out/dev-é.key"_s};
        for (KeyAlgorithm alg : {KeyAlgorithm::Ed25519, KeyAlgorithm::EcdsaP256, KeyAlgorithm::Rsa2048}) {
            for (int i = 0; i < 8; ++i) {
                auto key = PrivateKey::generate(alg);
                QVERIFY(key.ok());
                auto cert = issueDeviceCertificate(u"dev-%1"_s.arg(i), u"lab"_s, *key, m_caKey, m_ca, 30 + i);
                QVERIFY(cert.ok());
                const LedgerRecord a = LedgerRecord::fromCertificate(*cert, m_ca);
                auto packed = PackedLedgerRecord::fromDeviceCertificateDer(cert->toDer(), u"dev-%1"_s.arg(i),
                                                                           a.keyAlgorithm, files, 7);
                QVERIFY2(packed.ok(), qPrintable(packed.ok() ? QString() : packed.error().toString()));
                const LedgerRecord b = packed->unpack(shared);
                QCOMPARE(b.serial, a.serial);
                QCOMPARE(b.subject, a.subject);
                QCOMPARE(b.fingerprint, a.fingerprint);
                QCOMPARE(b.keyAlgorithm, a.keyAlgorithm);
                QCOMPARE(b.notBefore, a.notBefore);
                QCOMPARE(b.notAfter, a.notAfter);
                QCOMPARE(b.anchorFingerprint, a.anchorFingerprint);
                QCOMPARE(b.kind, LedgerKind::Device);
                QCOMPARE(b.device, u"dev-%1"_s.arg(i));
                QCOMPARE(b.files, files);
                QCOMPARE(b.replaces, 7);
                QCOMPARE(b.context, u"sandbox"_s);
                QCOMPARE(b.registration, Registration::Offline);
                QVERIFY(qAbs(b.recordedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
                QCOMPARE(packed->fingerprint().size(), 32);
                QVERIFY(!packed->fingerprintIsText());
            }
        }
        QVERIFY(!PackedLedgerRecord::fromDeviceCertificateDer("not DER", u"d"_s, u"ed25519"_s, {}).ok());
        QVERIFY(!PackedLedgerRecord::fromDeviceCertificateDer(m_ca.toDer().left(60), u"d"_s, u"ed25519"_s, {}).ok());
    }

    // The one JSON string writer (the files column, the batch manifest):
    // what it writes reads back with QJsonDocument as it was, within its
    // bound, for quotes, backslashes, control characters, non-ASCII and
    // characters outside the BMP.
    void jsonStringsReadBackAsWritten()
    {
        const QStringList items{u""_s, u"plain"_s, u"quote \" and \\ back"_s, u"tab\tnl\ncr\r\u0001\u001f"_s,
                                u"é ü 日本"_s, u"\U0001F600 emoji"_s, u"/out/dev-1.pem"_s};
        for (const QString &item : items) {
            QByteArray out;
            appendJsonString(out, item);
            QVERIFY(out.size() <= jsonStringBound(item));
            const QJsonDocument doc = QJsonDocument::fromJson("[" + out + "]");
            QVERIFY2(doc.isArray(), out.constData());
            QCOMPARE(doc.array().at(0).toString(), item);
        }
        QByteArray array(jsonStringArrayBound(items), '\0');
        array.truncate(writeJsonStringArray(array.data(), items) - array.constData());
        QCOMPARE(readJsonStringArray(array), items);
        QCOMPARE(readJsonStringArray("[]"), QStringList());
        QCOMPARE(readJsonStringArray("not json"), QStringList());
    }

    // pack() keeps a record's own values as they are, a fingerprint that is
    // not in canonical form as its text, and unpack() gives them back.
    void packKeepsARecordsOwnValues()
    {
        LedgerRecord r = syntheticLedgerRecord(u"lab"_s, u"capteur-é"_s, QDateTime::currentDateTimeUtc().addDays(3));
        r.files = {u"/a/\u0001ctl.pem"_s, u"/b/quote\".key"_s};
        r.fingerprint = colonHex(QCryptographicHash::hash("capteur", QCryptographicHash::Sha256));
        r.replaces = 42;
        r.recordedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        LedgerRecord shared;
        shared.application = u"lab"_s;
        shared.source = u"renew"_s;
        const LedgerRecord back = PackedLedgerRecord::pack(r).unpack(shared);
        QCOMPARE(back.device, r.device);
        QCOMPARE(back.serial, r.serial);
        QCOMPARE(back.subject, r.subject);
        QCOMPARE(back.fingerprint, r.fingerprint);
        QCOMPARE(back.files, r.files);
        QCOMPARE(back.replaces, 42);
        QCOMPARE(back.recordedAt.toSecsSinceEpoch(), r.recordedAt.toSecsSinceEpoch());
        QCOMPARE(back.source, u"renew"_s);
        QVERIFY(!PackedLedgerRecord::pack(r).fingerprintIsText());
        QCOMPARE(PackedLedgerRecord::pack(r).fingerprint().size(), 32);
        r.fingerprint = u"not:a:fingerprint"_s;
        const PackedLedgerRecord text = PackedLedgerRecord::pack(r);
        QVERIFY(text.fingerprintIsText());
        QCOMPARE(text.unpack(shared).fingerprint, r.fingerprint);
    }

    void recordOfARealCertificate()
    {
        auto deviceKey = PrivateKey::generate(KeyAlgorithm::Ed25519);
        QVERIFY(deviceKey.ok());
        auto cert = issueDeviceCertificate(u"sensor-1"_s, u"lab"_s, *deviceKey, m_caKey, m_ca, 90);
        QVERIFY(cert.ok());
        QVERIFY(writeFile(path(u"sensor-1.pem"_s), cert->toPem()));

        LedgerRecord r = LedgerRecord::fromCertificate(*cert, m_ca);
        r.application = u"lab"_s;
        r.device = u"sensor-1"_s;
        r.files = {path(u"sensor-1.pem"_s)};
        r.source = u"test"_s;
        r.registration = Registration::Offline;

        QByteArray out;
        QCOMPARE(openssl({u"x509"_s, u"-in"_s, path(u"sensor-1.pem"_s), u"-noout"_s, u"-fingerprint"_s,
                          u"-sha256"_s, u"-serial"_s}, &out), 0);
        QVERIFY2(out.contains(QByteArray(QByteArray("Fingerprint=") + r.fingerprint.toLatin1())), out.constData());
        QVERIFY2(out.contains(QByteArray(QByteArray("serial=") + r.serial.toLatin1())), out.constData());
        QCOMPARE(r.keyAlgorithm, u"ed25519"_s);
        QCOMPARE(r.kind, LedgerKind::Device);
        QCOMPARE(r.subject, u"CN=sensor-1, O=Drogue IoT, OU=lab"_s);
        QCOMPARE(r.notAfter, cert->notAfter());
        QCOMPARE(r.daysLeft(), qint64(89)); // 90 days from now, less the seconds since issuing

        QByteArray anchorPem = m_ca.toPem();
        QVERIFY(writeFile(path(u"anchor.pem"_s), anchorPem));
        QCOMPARE(openssl({u"x509"_s, u"-in"_s, path(u"anchor.pem"_s), u"-noout"_s, u"-fingerprint"_s,
                          u"-sha256"_s}, &out), 0);
        QVERIFY2(out.contains(QByteArray(QByteArray("Fingerprint=") + r.anchorFingerprint.toLatin1())), out.constData());
        QCOMPARE(LedgerRecord::fromCertificate(m_ca).kind, LedgerKind::Anchor);

        auto ledger = openLedgerOrWarn(path(u"real.sqlite"_s));
        QVERIFY(ledger);
        auto id = ledger->add(r);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        auto back = ledger->byFingerprint(r.fingerprint);
        QVERIFY(back.ok() && back->has_value());
        const LedgerRecord &b = **back;
        QCOMPARE(b.id, *id);
        QCOMPARE(b.serial, r.serial);
        QCOMPARE(b.subject, r.subject);
        QCOMPARE(b.notBefore, r.notBefore);
        QCOMPARE(b.notAfter, r.notAfter);
        QCOMPARE(b.files, r.files);
        QCOMPARE(b.registration, Registration::Offline);
        QCOMPARE(b.osUser, currentOsUser());
        QVERIFY(!b.osUser.isEmpty());

        // the same certificate again (a re-run): one record, the newest outcome
        r.registration = Registration::Registered;
        auto again = ledger->add(r);
        QVERIFY(again.ok());
        QCOMPARE(*again, *id);
        auto all = ledger->find();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().registration, Registration::Registered);

        QVERIFY(ledger->setOutcome(*id, Registration::Failed, u"409 from the server"_s).ok());
        auto failed = ledger->byId(*id);
        QVERIFY(failed.ok() && failed->has_value());
        QCOMPARE((*failed)->registration, Registration::Failed);
        QCOMPARE((*failed)->registrationDetail, u"409 from the server"_s);
    }

    void chunkIsAllOrNothing()
    {
        auto ledger = openLedgerOrWarn(path(u"chunk.sqlite"_s));
        QVERIFY(ledger);
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(100);
        QList<LedgerRecord> chunk;
        for (int i = 0; i < 1000; ++i)
            chunk << syntheticLedgerRecord(u"lab"_s, u"dev-%1"_s.arg(i), later);
        auto ids = ledger->addAll(chunk);
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), 1000);
        // a chunk with a bad record (it renews a record that does not exist) stores nothing
        QList<LedgerRecord> bad{syntheticLedgerRecord(u"lab"_s, u"fine"_s, later), syntheticLedgerRecord(u"lab"_s, u"broken"_s, later)};
        bad[1].replaces = 999999;
        auto refused = ledger->addAll(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"cannot be written"_s), qPrintable(refused.error().message));
        auto fine = ledger->byFingerprint(bad[0].fingerprint);
        QVERIFY(fine.ok());
        QVERIFY(!fine->has_value());
        QCOMPARE(ledger->find()->size(), 1000);
    }

    // New certificates take the plain insert; one already there (a re-run),
    // or twice in the same chunk, is updated instead: one record each, its
    // id kept, the newest outcome and files, and the chunk's other rows
    // stored around it.
    void knownCertificateInAChunkIsUpdated()
    {
        auto ledger = openLedgerOrWarn(path(u"rerun.sqlite"_s));
        QVERIFY(ledger);
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(100);
        auto first = ledger->addAll({syntheticLedgerRecord(u"lab"_s, u"a"_s, later), syntheticLedgerRecord(u"lab"_s, u"b"_s, later)});
        QVERIFY(first.ok());
        QCOMPARE(first->size(), 2);
        QVERIFY(first->at(0) != first->at(1));

        LedgerRecord b2 = syntheticLedgerRecord(u"lab"_s, u"b"_s, later);
        b2.registration = Registration::Registered;
        b2.files = {u"/again/b.pem"_s};
        LedgerRecord c2 = syntheticLedgerRecord(u"lab"_s, u"c"_s, later);
        c2.registration = Registration::Failed;
        auto second = ledger->addAll({syntheticLedgerRecord(u"lab"_s, u"c"_s, later), b2, syntheticLedgerRecord(u"lab"_s, u"d"_s, later), c2});
        QVERIFY2(second.ok(), qPrintable(second ? QString() : second.error().toString()));
        QCOMPARE(second->size(), 4);
        QCOMPARE(second->at(1), first->at(1));  // b: the record it had
        QCOMPARE(second->at(3), second->at(0)); // c twice in the chunk: one record
        auto all = ledger->find();
        QVERIFY(all.ok());
        QCOMPARE(devices(all), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        QCOMPARE(all->at(1).registration, Registration::Registered);
        QCOMPARE(all->at(1).files, QStringList{u"/again/b.pem"_s});
        QCOMPARE(all->at(2).registration, Registration::Failed);
        QCOMPARE(all->at(2).id, second->at(0));
        QCOMPARE(all->at(3).id, second->at(2));
    }

    // An offline batch's writer: chunks stored on its own thread and
    // connection, all there once finish() returns.
    void writerStoresEveryChunk()
    {
        const QString file = path(u"writer.sqlite"_s);
        auto writer = LedgerWriter::start(file);
        QVERIFY2(writer.ok(), qPrintable(writer ? QString() : writer.error().toString()));
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(100);
        LedgerRecord shared;
        shared.context = u"sandbox"_s;
        shared.application = u"lab"_s;
        shared.source = u"batch"_s;
        shared.registration = Registration::Offline;
        (*writer)->setShared(shared);
        for (int c = 0; c < 5; ++c) {
            QList<LedgerRecord> chunk;
            for (int i = 0; i < 300; ++i)
                chunk << syntheticLedgerRecord(u"lab"_s, u"dev-%1-%2"_s.arg(c).arg(i), later);
            (*writer)->add(packed(chunk));
        }
        QVERIFY((*writer)->finish().ok());
        QCOMPARE((*writer)->stored(), 1500);
        auto ledger = openLedgerOrWarn(file);
        QVERIFY(ledger);
        auto all = ledger->find();
        QCOMPARE(all->size(), 1500);
        // each row: its own values, and the shared ones
        auto found = ledger->byFingerprint(u"FP:lab:dev-4-299"_s);
        QVERIFY(found.ok() && found->has_value());
        const LedgerRecord &last = **found;
        QCOMPARE(last.device, u"dev-4-299"_s);
        QCOMPARE(last.subject, u"CN=dev-4-299, O=Drogue IoT, OU=lab"_s);
        QCOMPARE(last.context, u"sandbox"_s);
        QCOMPARE(last.source, u"batch"_s);
        QCOMPARE(last.registration, Registration::Offline);
        QCOMPARE(last.osUser, currentOsUser());
        QVERIFY((*writer)->finish().ok()); // again: the same answer
    }

    // Below its chunk the writer waits; once the chunk is lowered (the
    // batch's last devices), what has queued up is stored without finish().
    void writerWritesOnceTheChunkIsLowered()
    {
        const QString file = path(u"writer-lowered.sqlite"_s);
        auto writer = LedgerWriter::start(file, 1000);
        QVERIFY(writer.ok());
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(100);
        QList<LedgerRecord> chunk;
        for (int i = 0; i < 300; ++i)
            chunk << syntheticLedgerRecord(u"lab"_s, u"low-%1"_s.arg(i), later);
        (*writer)->setShared(chunk.first());
        (*writer)->add(packed(chunk));
        QTest::qWait(300);
        QCOMPARE((*writer)->stored(), 0); // 300 < 1000: still waiting
        (*writer)->setMinChunk(1);
        QTRY_COMPARE_WITH_TIMEOUT((*writer)->stored(), 300, 10000);
        QVERIFY((*writer)->finish().ok());
        QCOMPARE(openLedgerOrWarn(file)->find()->size(), 300);
    }

    void writerReportsTheFirstError()
    {
        const QString file = path(u"writer-error.sqlite"_s);
        auto writer = LedgerWriter::start(file);
        QVERIFY(writer.ok());
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(100);
        QList<LedgerRecord> bad{syntheticLedgerRecord(u"lab"_s, u"fine"_s, later), syntheticLedgerRecord(u"lab"_s, u"broken"_s, later)};
        bad[1].replaces = 999999; // renews a record that does not exist: the transaction fails
        (*writer)->setShared(bad.first());
        (*writer)->add(packed(bad));
        const Status st = (*writer)->finish();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(u"cannot be written"_s), qPrintable(st.error().message));
        QVERIFY((*writer)->error().has_value());
        (*writer)->add(packed({syntheticLedgerRecord(u"lab"_s, u"after"_s, later)})); // nothing is queued after an error
        QCOMPARE((*writer)->stored(), 0);
        auto ledger = openLedgerOrWarn(file);
        QVERIFY(ledger);
        QCOMPARE(ledger->find()->size(), 0);

        QVERIFY(writeFile(path(u"plain-file-2"_s), "x"));
        auto refused = LedgerWriter::start(path(u"plain-file-2/ledger.sqlite"_s));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"cannot be created"_s), qPrintable(refused.error().message));
    }

    void filters()
    {
        auto ledger = openLedgerOrWarn(path(u"filters.sqlite"_s));
        QVERIFY(ledger);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(ledger->addAll({
            syntheticLedgerRecord(u"lab"_s, u"expired-long-ago"_s, now.addDays(-400)),
            syntheticLedgerRecord(u"lab"_s, u"expired-yesterday"_s, now.addDays(-1)),
            syntheticLedgerRecord(u"lab"_s, u"expires-in-5"_s, now.addDays(5)),
            syntheticLedgerRecord(u"lab"_s, u"expires-in-29"_s, now.addDays(29)),
            syntheticLedgerRecord(u"lab"_s, u"expires-in-31"_s, now.addDays(31)),
            syntheticLedgerRecord(u"field"_s, u"Expires-In-10"_s, now.addDays(10), u"CC:DD"_s),
        }).ok());

        LedgerFilter f;
        f.now = now;
        f.application = u"lab"_s;
        QCOMPARE(devices(ledger->find(f)).size(), 5);

        f.expiredOnly = true;
        QCOMPARE(devices(ledger->find(f)), (QStringList{u"expired-long-ago"_s, u"expired-yesterday"_s}));

        f.expiredOnly = false;
        f.expiringWithinDays = 30;
        QCOMPARE(devices(ledger->find(f)), (QStringList{u"expires-in-29"_s, u"expires-in-5"_s}));

        f.expiredOnly = true; // expired or expiring within 30 days
        QCOMPARE(devices(ledger->find(f)).size(), 4);

        LedgerFilter text;
        text.now = now;
        text.deviceText = u"in-1"_s; // case-insensitive substring
        QCOMPARE(devices(ledger->find(text)), (QStringList{u"Expires-In-10"_s}));
        text.deviceText = u"_%"_s;   // wildcards are plain text
        QCOMPARE(devices(ledger->find(text)), QStringList());

        LedgerFilter anchor;
        anchor.anchorFingerprint = u"CC:DD"_s;
        QCOMPARE(devices(ledger->find(anchor)), (QStringList{u"Expires-In-10"_s}));

        // a renewal: the old record is no longer current
        auto old = ledger->byFingerprint(u"FP:lab:expires-in-5"_s);
        QVERIFY(old.ok() && old->has_value());
        LedgerRecord renewed = syntheticLedgerRecord(u"lab"_s, u"expires-in-5"_s, now.addDays(365));
        renewed.fingerprint = u"FP:renewed"_s;
        renewed.replaces = (*old)->id;
        QVERIFY(ledger->add(renewed).ok());
        LedgerFilter current;
        current.application = u"lab"_s;
        current.deviceText = u"expires-in-5"_s;
        current.currentOnly = true;
        auto cur = ledger->find(current);
        QVERIFY(cur.ok());
        QCOMPARE(cur->size(), 1);
        QCOMPARE(cur->first().fingerprint, u"FP:renewed"_s);
        QCOMPARE(cur->first().replaces, (*old)->id);
    }

    // Both checks (every page, or the header and schema only) find a file
    // that is no database.
    void damagedFileIsSetAside_data()
    {
        QTest::addColumn<Ledger::Check>("check");
        QTest::newRow("pages") << Ledger::Check::Pages;
        QTest::newRow("header") << Ledger::Check::Header;
    }

    void damagedFileIsSetAside()
    {
        QFETCH(Ledger::Check, check);
        const QString name = check == Ledger::Check::Pages ? u"damaged"_s : u"damaged-header"_s;
        const QString file = path(name + u".sqlite"_s);
        QByteArray garbage(8192, 'x');
        garbage.prepend("this is no database, but the lab's only copy\n");
        QVERIFY(writeFile(file, garbage));
        Result<std::unique_ptr<Ledger>> l = Ledger::open(file, check);
        QVERIFY(!l.ok());
        QVERIFY2(l.error().message.contains(u"damaged"_s), qPrintable(l.error().message));
        const QStringList aside = QDir(m_dir.path()).entryList({name + u".sqlite.damaged-*"_s});
        QCOMPARE(aside.size(), 1);
        QVERIFY2(l.error().message.contains(aside.first()), qPrintable(l.error().message));
        QCOMPARE(readFile(path(aside.first())), garbage);  // kept byte for byte
        QVERIFY(!QFileInfo::exists(file));
        // the next open starts a new ledger
        auto fresh = openLedgerOrWarn(file);
        QVERIFY(fresh);
        QCOMPARE(fresh->find()->size(), 0);
    }

    // The files column is written by hand as JSON: names with quotes,
    // backslashes, control characters and non-ASCII letters come back as
    // they went in, through the writer as through add().
    void filesWithSpecialCharactersComeBack()
    {
        const QString file = path(u"files.sqlite"_s);
        const QStringList files = {u"/lab/\"quoted\" dir/dev.pem"_s, u"C:\\lab\\dev.key"_s,
                                   u"/lab/tab\there/new\nline/\u0001.pem"_s, u"/lab/Ger\u00e4te/\u8bbe\u5907.pem"_s,
                                   u""_s};
        LedgerRecord a = syntheticLedgerRecord(u"app"_s, u"a"_s, QDateTime::currentDateTimeUtc().addDays(30));
        a.files = files;
        LedgerRecord b = syntheticLedgerRecord(u"app"_s, u"b"_s, QDateTime::currentDateTimeUtc().addDays(30));
        b.files = files.mid(1, 2);
        qint64 idA = 0;
        {
            auto l = openLedgerOrWarn(file);
            QVERIFY(l);
            auto id = l->add(a);
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
            idA = *id;
        }
        {
            auto w = LedgerWriter::start(file);
            QVERIFY(w.ok());
            (*w)->setShared(b);
            (*w)->add(packed({b}));
            QVERIFY((*w)->finish().ok());
        }
        auto l = openLedgerOrWarn(file);
        QVERIFY(l);
        auto back = l->byId(idA);
        QVERIFY(back.ok() && back->has_value());
        QCOMPARE((*back)->files, files);
        auto backB = l->byFingerprint(b.fingerprint);
        QVERIFY(backB.ok() && backB->has_value());
        QCOMPARE((*backB)->files, b.files);
    }

    // An offline batch checks the header only: a damaged page that a write
    // meets is then told as damage (not as a file that cannot be written),
    // and the next open that checks every page sets the file aside.
    void damageMetWhileWritingIsTold()
    {
        const QString file = path(u"damaged-page.sqlite"_s);
        {
            auto l = openLedgerOrWarn(file);
            QVERIFY(l);
            QList<LedgerRecord> many;
            for (int i = 0; i < 2000; ++i)
                many << syntheticLedgerRecord(u"app"_s, u"dev-%1"_s.arg(i), QDateTime::currentDateTimeUtc().addDays(30));
            QVERIFY(l->addAll(many).ok());
        }
        // The page at the root of the fingerprint index, overwritten.
        qint64 root = 0, pageSize = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"root"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode=DELETE"_s)); // everything in the main file
            QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_certificates_1'"_s)
                    && q.next());
            root = q.value(0).toLongLong();
            QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
            pageSize = q.value(0).toLongLong();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"root"_s);
        QVERIFY(root > 1);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek((root - 1) * pageSize));
            QCOMPARE(f.write(QByteArray(int(pageSize), '\x5a')), pageSize);
        }
        {
            auto l = Ledger::open(file, Ledger::Check::Header);
            QVERIFY2(l.ok(), qPrintable(l.ok() ? QString() : l.error().toString()));
            auto id = (*l)->add(syntheticLedgerRecord(u"app"_s, u"new"_s, QDateTime::currentDateTimeUtc().addDays(30)));
            QVERIFY(!id.ok());
            QVERIFY2(id.error().message.contains(u"is damaged"_s), qPrintable(id.error().toString()));
            QVERIFY2(id.error().message.contains(QDir::toNativeSeparators(file)), qPrintable(id.error().message));
        }
        auto pages = Ledger::open(file);
        QVERIFY(!pages.ok());
        QVERIFY2(pages.error().message.contains(u"damaged"_s), qPrintable(pages.error().message));
        QCOMPARE(QDir(m_dir.path()).entryList({u"damaged-page.sqlite.damaged-*"_s}).size(), 1);
    }

    void unwritableFolderIsReported()
    {
        // a path below a regular file: no folder can be made there (also as root)
        QVERIFY(writeFile(path(u"plain-file"_s), "x"));
        Result<std::unique_ptr<Ledger>> l = Ledger::open(path(u"plain-file/ledger.sqlite"_s));
        QVERIFY(!l.ok());
        QVERIFY2(l.error().message.contains(u"cannot be created"_s), qPrintable(l.error().message));
    }

    void defaultPathIsSharedAndOverridable()
    {
        qunsetenv("DWB_LEDGER");
        QVERIFY(Ledger::defaultPath().endsWith(u"/drogue-workbench/ledger.sqlite"_s));
        qputenv("DWB_LEDGER", path(u"elsewhere.sqlite"_s).toUtf8());
        QCOMPARE(Ledger::defaultPath(), path(u"elsewhere.sqlite"_s));
        qunsetenv("DWB_LEDGER");
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "test_ledger.moc"
