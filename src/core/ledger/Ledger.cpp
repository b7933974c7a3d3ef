#include "core/ledger/Ledger.h"

#include "core/crypto/ExtensionText.h"
#include "core/ledger/LedgerSchema.h"
#include "core/ledger/LedgerStatement.h"
#include "core/ledger/PackedLedgerRecord.h"
#include "core/util/JsonText.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>
#include <mutex>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::Ledger", text);
}

// SQLite's result codes for a file that is not a sound database.
bool isDamage(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == "11"_L1 /* SQLITE_CORRUPT */ || code == "26"_L1 /* SQLITE_NOTADB */;
}

const QString kColumns = u"kind, context, application, device, serial, subject, fingerprint, key_algorithm,"
                         " not_before, not_after, anchor_fingerprint, files, recorded_at, os_user, source,"
                         " registration, registration_detail, replaces"_s;

// A new certificate: a plain insert, which SQLite runs without a statement
// journal and without the ephemeral table of RETURNING (the batch's rows).
// The same certificate again (a re-run) inserts nothing here, and is then
// stored by kUpsert.
const QString kInsert = u"INSERT INTO certificates (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT (fingerprint) DO NOTHING"_s.arg(kColumns);

// The same certificate again: its files, outcome and links are the newest.
const QString kUpsert =
    u"INSERT INTO certificates (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (fingerprint) DO UPDATE SET context = excluded.context, device = excluded.device,"
    " files = excluded.files, source = excluded.source, registration = excluded.registration,"
    " registration_detail = excluded.registration_detail,"
    " anchor_fingerprint = CASE WHEN excluded.anchor_fingerprint = '' THEN anchor_fingerprint"
    "                           ELSE excluded.anchor_fingerprint END,"
    " replaces = COALESCE(excluded.replaces, replaces)"
    " RETURNING id"_s.arg(kColumns);

// A fingerprint column: its bytes in canonical text, or the text kept.
QString fingerprintText(const QVariant &v)
{
    return v.typeId() == QMetaType::QByteArray ? colonHex(v.toByteArray()) : v.toString();
}

// A fingerprint to compare with such a column.
QVariant fingerprintValue(const QString &text)
{
    const QByteArray bytes = ledgerFingerprintBytes(text);
    return bytes.isNull() ? QVariant(text) : QVariant(bytes);
}

} // namespace

class Ledger::Private {
public:
    // The context that lupdate gives the texts in this class.
    static QString tr(const char *text) { return QCoreApplication::translate("dwb::Ledger::Private", text); }

    explicit Private(QString p) : path(std::move(p))
    {
        static QAtomicInteger<quint64> counter;
        connection = u"dwb-ledger-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    }
    ~Private()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    Error failure(const QString &what, const QSqlError &e) const
    {
        return Error(ErrorCode::Io, what.arg(QDir::toNativeSeparators(path)), e.text());
    }
    Error writeFailure(const QSqlError &e) const
    {
        if (isDamage(e))
            return failure(tr("The ledger %1 is damaged: nothing more could be recorded in it. It is set aside "
                              "the next time it is opened (dwb certs list, or the Certificates view); then run "
                              "again to start a new ledger, or put a backup of the ledger in its place."),
                           e);
        return failure(tr("The ledger %1 cannot be written."), e);
    }

    // Runs one statement; the query is returned for reading.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(db());
        if (!q.prepare(sql))
            return failure(tr("The ledger %1 cannot be read."), q.lastError());
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return failure(tr("The ledger %1 cannot be read."), q.lastError());
        return q;
    }

    // Stores every record of chunks in one transaction (all or none): a
    // plain insert, and the upsert for a certificate recorded before. Ids
    // in order. Packed records take the values they share from shared.
    template <typename Record>
    Result<QList<qint64>> store(const QList<QList<Record>> &chunks, const LedgerRecord *shared)
    {
        qsizetype count = 0;
        for (const QList<Record> &chunk : chunks)
            count += chunk.size();
        QSqlQuery q(db());
        if (!q.exec(u"BEGIN IMMEDIATE"_s))
            return writeFailure(q.lastError());
        QList<qint64> ids;
        ids.reserve(count);
        LedgerStatement insert(connection, kInsert);
        if (shared)
            insert.setShared(*shared);
        std::unique_ptr<LedgerStatement> upsert; // prepared at the first certificate seen before
        QSqlError error;
        auto store = [&](const Record &r) {
            qint64 id = 0;
            if (!insert.run(r, &id)) {
                error = insert.error();
                return false;
            }
            if (id == 0) { // recorded before: the upsert
                if (!upsert) {
                    upsert = std::make_unique<LedgerStatement>(connection, kUpsert);
                    if (shared)
                        upsert->setShared(*shared);
                }
                if (!upsert->run(r, &id) || id == 0) {
                    error = upsert->error();
                    return false;
                }
            }
            ids << id;
            return true;
        };
        bool ok = insert.isValid();
        if (!ok)
            error = insert.error();
        for (qsizetype c = 0; ok && c < chunks.size(); ++c)
            for (qsizetype i = 0; ok && i < chunks[c].size(); ++i)
                ok = store(chunks[c][i]);
        if (!ok) {
            QSqlQuery(db()).exec(u"ROLLBACK"_s);
            return writeFailure(error);
        }
        QSqlQuery commit(db());
        if (!commit.exec(u"COMMIT"_s)) {
            const QSqlError e = commit.lastError();
            QSqlQuery(db()).exec(u"ROLLBACK"_s);
            return writeFailure(e);
        }
        return ids;
    }

    QString path;
    QString connection;
    int version = 0;
};

Ledger::Ledger(std::unique_ptr<Private> p) : d(std::move(p)) {}
Ledger::~Ledger() = default;

QString Ledger::defaultPath()
{
    const QString env = qEnvironmentVariable("DWB_LEDGER");
    if (!env.isEmpty())
        return env;
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::home().filePath(u".local/share"_s);
    return QDir(base).filePath(u"drogue-workbench/ledger.sqlite"_s);
}

int Ledger::latestSchemaVersion()
{
    return ledger_schema::latestVersion();
}

namespace {

// FILE → FILE.damaged-<UTC time>[-N], with its -wal and -shm beside it.
Result<QString> setAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = u"%1.damaged-%2"_s.arg(path, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = u"%1.damaged-%2-%3"_s.arg(path, stamp).arg(n);
    if (!QFile::rename(path, target))
        return Error(ErrorCode::Io, QCoreApplication::translate(
                         "dwb::Ledger", "The ledger %1 is damaged and could not be moved aside; move it away by hand.")
                                        .arg(QDir::toNativeSeparators(path)));
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    return target;
}

} // namespace

Result<std::unique_ptr<Ledger>> Ledger::open(const QString &path, Check check)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return Error(ErrorCode::Io, tr("Qt's SQLite driver is missing: install the package libqt6sql6-sqlite."));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error(ErrorCode::Io, tr("The folder %1 for the ledger cannot be created.")
                                        .arg(QDir::toNativeSeparators(info.absolutePath())));

    static std::once_flag once;
    std::call_once(once, configureSqliteLibrary);
    auto d = std::make_unique<Private>(info.absoluteFilePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, d->connection);
        db.setDatabaseName(d->path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
        if (!db.open())
            return d->failure(tr("The ledger %1 cannot be opened."), db.lastError());
    }

    // Is it a sound database? A file that is not one fails the first read.
    QString damage;
    {
        QSqlQuery q(d->db());
        if (!q.exec(check == Check::Pages ? u"PRAGMA quick_check"_s : u"SELECT 'ok' FROM sqlite_master LIMIT 1"_s)) {
            if (!isDamage(q.lastError()))
                return d->failure(tr("The ledger %1 cannot be read."), q.lastError());
            damage = q.lastError().text();
        } else if (q.next() && q.value(0).toString() != "ok"_L1) {
            damage = q.value(0).toString();
        }
    }
    if (!damage.isEmpty()) {
        d.reset();  // closes the file before it is moved
        const Result<QString> moved = setAside(info.absoluteFilePath());
        if (!moved)
            return Error(moved.error().code, moved.error().message, damage);
        return Error(ErrorCode::Io,
                     tr("The ledger %1 is damaged; it was kept as %2. Nothing was recorded or registered. "
                        "Run again to start a new ledger, or put a backup of the ledger in its place.")
                         .arg(QDir::toNativeSeparators(info.absoluteFilePath()), QDir::toNativeSeparators(*moved)),
                     damage);
    }

    Result<QSqlQuery> v = d->run(u"PRAGMA user_version"_s);
    if (!v)
        return v.error();
    d->version = v->next() ? v->value(0).toInt() : 0;
    v->finish(); // an open statement would keep the journal mode from changing
    if (d->version > latestSchemaVersion())
        return Error(ErrorCode::Io, tr("The ledger %1 was made by a newer Drogue Workbench (schema %2; this one knows %3).")
                                        .arg(QDir::toNativeSeparators(d->path)).arg(d->version).arg(latestSchemaVersion()));

    // A new ledger (issue 20: what it costs a batch):
    // - pages of 16 KiB, not 4: a batch's commit writes a quarter as many
    //   (each a write of its own in the WAL), and inserts split pages less
    //   often. Only before the first table; an existing ledger keeps its size;
    // - no fsync until its schema is made (there were ten, a tenth of a
    //   second on a slow disk): it holds nothing to lose yet. A power cut in
    //   between leaves a damaged empty file, which the next open sets aside.
    if (d->version == 0) {
        QSqlQuery(d->db()).exec(u"PRAGMA page_size = 16384"_s);
        QSqlQuery(d->db()).exec(u"PRAGMA synchronous=OFF"_s);
    }
    // WAL: readers (the window) do not block a batch writing. A read-only
    // file keeps its journal mode; writing it fails later, with the reason.
    QSqlQuery(d->db()).exec(u"PRAGMA journal_mode=WAL"_s);
    // Statement journals (the upsert of a certificate already recorded keeps
    // one per row) in memory, not in temporary files.
    QSqlQuery(d->db()).exec(u"PRAGMA temp_store=MEMORY"_s);

    if (d->version < latestSchemaVersion()) {
        // Foreign keys off while a step rebuilds the table (step 3), checked
        // before the commit instead; the step's SQL functions at hand.
        QSqlQuery q(d->db());
        if (!addLedgerFunctions(d->connection))
            return d->failure(tr("The ledger %1 cannot be opened."), QSqlError(u"dwb_fingerprint"_s));
        if (!q.exec(u"BEGIN IMMEDIATE"_s))
            return d->writeFailure(q.lastError());
        // another process may have migrated it while we waited for the lock
        const int now = q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : d->version;
        for (int step = now + 1; step <= latestSchemaVersion(); ++step) {
            for (const QString &sql : ledger_schema::steps().at(step - 1)) {
                if (!q.exec(sql)) {
                    const QSqlError e = q.lastError();
                    QSqlQuery(d->db()).exec(u"ROLLBACK"_s);
                    return d->writeFailure(e);
                }
            }
        }
        if (!q.exec(u"PRAGMA foreign_key_check"_s) || q.next()) {
            QSqlQuery(d->db()).exec(u"ROLLBACK"_s);
            return d->failure(tr("The ledger %1 cannot be brought to this version's schema."),
                              QSqlError(u"PRAGMA foreign_key_check"_s));
        }
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(latestSchemaVersion())) || !q.exec(u"COMMIT"_s)) {
            const QSqlError e = q.lastError();
            QSqlQuery(d->db()).exec(u"ROLLBACK"_s);
            return d->writeFailure(e);
        }
        d->version = latestSchemaVersion();
        // Step 3 rebuilt the table of a ledger that had one: the old table's
        // pages go back to the file system, else the file stays at its
        // largest with them free. (A new ledger's few empty pages are
        // reused by its first rows.) If another connection is busy with the
        // file, later inserts reuse them instead.
        if (now >= 1 && now < 3)
            QSqlQuery(d->db()).exec(u"VACUUM"_s);
    }
    QSqlQuery(d->db()).exec(u"PRAGMA synchronous=NORMAL"_s);
    QSqlQuery(d->db()).exec(u"PRAGMA foreign_keys=ON"_s);
    return std::unique_ptr<Ledger>(new Ledger(std::move(d)));
}

QString Ledger::path() const
{
    return d->path;
}

int Ledger::schemaVersion() const
{
    return d->version;
}

void Ledger::setPageCacheKiB(int kib)
{
    QSqlQuery(d->db()).exec(u"PRAGMA cache_size = -%1"_s.arg(kib));
}

namespace {

// Qt SQL binds a null QString as NULL: the text columns are NOT NULL, so
// "nothing" is stored as an empty string.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

LedgerRecord readRecord(const QSqlQuery &q)
{
    LedgerRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString() == "anchor"_L1 ? LedgerKind::Anchor : LedgerKind::Device;
    r.context = q.value(2).toString();
    r.application = q.value(3).toString();
    r.device = q.value(4).toString();
    r.serial = q.value(5).toString();
    r.subject = q.value(6).toString();
    r.fingerprint = fingerprintText(q.value(7));
    r.keyAlgorithm = q.value(8).toString();
    r.notBefore = ledgerTime(q.value(9).toLongLong());
    r.notAfter = ledgerTime(q.value(10).toLongLong());
    r.anchorFingerprint = fingerprintText(q.value(11));
    r.files = readJsonStringArray(q.value(12).toString().toUtf8());
    r.recordedAt = ledgerTime(q.value(13).toLongLong());
    r.osUser = q.value(14).toString();
    r.source = q.value(15).toString();
    r.registration = registrationFromName(q.value(16).toString()).value_or(Registration::Pending);
    r.registrationDetail = q.value(17).toString();
    r.replaces = q.value(18).isNull() ? 0 : q.value(18).toLongLong();
    return r;
}

} // namespace

Result<qint64> Ledger::add(const LedgerRecord &record)
{
    Result<QList<qint64>> ids = addAll({record});
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<qint64>> Ledger::addAll(const QList<LedgerRecord> &records)
{
    return d->store(QList<QList<LedgerRecord>>{records}, nullptr);
}

Status Ledger::addPacked(const LedgerRecord &shared, const QList<QList<PackedLedgerRecord>> &chunks)
{
    const Result<QList<qint64>> ids = d->store(chunks, &shared);
    if (!ids)
        return ids.error();
    return {};
}

Status Ledger::setOutcome(qint64 id, Registration registration, const QString &detail)
{
    return setOutcomes({{id, registration, detail}});
}

Status Ledger::setOutcomes(const QList<Outcome> &outcomes)
{
    QSqlQuery q(d->db());
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return d->writeFailure(q.lastError());
    bool ok = q.prepare(u"UPDATE certificates SET registration = ?, registration_detail = ? WHERE id = ?"_s);
    for (int i = 0; ok && i < outcomes.size(); ++i) {
        q.addBindValue(registrationName(outcomes[i].registration));
        q.addBindValue(text(outcomes[i].detail));
        q.addBindValue(outcomes[i].id);
        ok = q.exec();
    }
    QSqlQuery commit(d->db());
    if (!ok || !commit.exec(u"COMMIT"_s)) {
        const QSqlError e = ok ? commit.lastError() : q.lastError();
        QSqlQuery(d->db()).exec(u"ROLLBACK"_s);
        return d->writeFailure(e);
    }
    return {};
}

Result<QList<LedgerRecord>> Ledger::find(const LedgerFilter &f) const
{
    QStringList where;
    QVariantList values;
    auto exact = [&](const char *column, const QString &value) {
        if (!value.isEmpty()) {
            where << u"c.%1 = ?"_s.arg(QLatin1StringView(column));
            values << value;
        }
    };
    exact("application", f.application);
    exact("context", f.context);
    if (!f.anchorFingerprint.isEmpty()) {
        where << u"c.anchor_fingerprint = ?"_s;
        values << fingerprintValue(f.anchorFingerprint);
    }
    if (f.kind) {
        where << u"c.kind = ?"_s;
        values << ledgerKindName(*f.kind);
    }
    if (!f.deviceText.isEmpty()) {
        QString pattern = f.deviceText;
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        where << u"c.device LIKE ? ESCAPE '\\'"_s;
        values << QString(u"%"_s + pattern + u"%"_s);
    }
    const qint64 now = ledgerSeconds(f.now);
    if (f.expiringWithinDays) {
        const qint64 until = now + qint64(*f.expiringWithinDays) * 86400;
        if (f.expiredOnly) {
            where << u"c.not_after <= ?"_s;
            values << until;
        } else {
            where << u"c.not_after > ? AND c.not_after <= ?"_s;
            values << now << until;
        }
    } else if (f.expiredOnly) {
        where << u"c.not_after <= ?"_s;
        values << now;
    }
    if (f.currentOnly)
        where << u"NOT EXISTS (SELECT 1 FROM certificates n WHERE n.replaces = c.id)"_s;

    QString sql = u"SELECT c.id, %1 FROM certificates c"_s.arg(QString(kColumns).replace(u", "_s, u", c."_s).prepend(u"c."_s));
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY c.application, c.kind, c.device, c.not_after, c.id"_s;
    Result<QSqlQuery> q = d->run(sql, values);
    if (!q)
        return q.error();
    QList<LedgerRecord> out;
    while (q->next())
        out << readRecord(*q);
    return out;
}

namespace {
Result<std::optional<LedgerRecord>> firstOf(Result<QList<LedgerRecord>> &&all)
{
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<LedgerRecord>();
    return std::optional<LedgerRecord>(all->first());
}
} // namespace

Result<std::optional<LedgerRecord>> Ledger::byFingerprint(const QString &fingerprint) const
{
    Result<QSqlQuery> q = d->run(u"SELECT id, %1 FROM certificates WHERE fingerprint = ?"_s.arg(kColumns),
                                {fingerprintValue(fingerprint)});
    if (!q)
        return q.error();
    QList<LedgerRecord> out;
    while (q->next())
        out << readRecord(*q);
    return firstOf(std::move(out));
}

Result<std::optional<LedgerRecord>> Ledger::byId(qint64 id) const
{
    Result<QSqlQuery> q = d->run(u"SELECT id, %1 FROM certificates WHERE id = ?"_s.arg(kColumns), {id});
    if (!q)
        return q.error();
    QList<LedgerRecord> out;
    while (q->next())
        out << readRecord(*q);
    return firstOf(std::move(out));
}

} // namespace dwb
