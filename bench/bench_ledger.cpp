// The ledger's own cost to an offline batch (issue 20): N device records
// (default 10,000) stored as an offline batch stores them: the ledger opened
// as the batch opens it, then the records through LedgerWriter in chunks of
// CHUNK (default: the batch's), packed beforehand as the batch's workers
// pack them. Prints the CPU time of this process
// (user+sys: the writer thread does all the work) and the wall time, per
// record. bench/ledger.sh measures the whole batch with and without the
// ledger; this isolates what the ledger itself costs, so that a change to
// the writer can be compared run against run.
//
// With PREFILL=M, the file first gets M other records (not timed), as a
// lab's ledger has after a while; LEDGER_FILE may then also be a copy of a
// ledger that holds them already (PREFILL=0 and an existing file).
//
// usage: bench_ledger LEDGER_FILE [N] [CHUNK] [PREFILL]
#include "core/crypto/ExtensionText.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sys/resource.h>

using namespace dwb;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// What an offline Ed25519 batch records for device i (made up, same sizes).
LedgerRecord record(int i, const QString &anchor, const QDateTime &now, const QByteArray &salt)
{
    const QByteArray seed = salt + QByteArray::number(i);
    LedgerRecord r;
    r.kind = LedgerKind::Device;
    r.application = QStringLiteral("bench");
    r.device = QStringLiteral("dev-%1").arg(i);
    r.serial = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex().toUpper());
    r.subject = QStringLiteral("CN=dev-%1, O=Drogue IoT, OU=bench").arg(i);
    r.fingerprint = colonHex(QCryptographicHash::hash(seed, QCryptographicHash::Sha256));
    r.keyAlgorithm = QStringLiteral("ed25519");
    r.notBefore = now;
    r.notAfter = now.addDays(365);
    r.anchorFingerprint = anchor;
    r.files = {QStringLiteral("/tmp/bench/dev-%1.pem").arg(i), QStringLiteral("/tmp/bench/dev-%1.key").arg(i)};
    r.recordedAt = now;
    r.osUser = currentOsUser();
    r.source = QStringLiteral("batch");
    r.registration = Registration::Offline;
    return r;
}

// The values that a batch's records share.
LedgerRecord sharedValues()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return record(0, colonHex(QCryptographicHash::hash("anchor", QCryptographicHash::Sha256)), now, {});
}

// The records of devices 1..n, packed as the batch's workers pack them, in
// the batch's chunks (512 devices per barrier); salt makes their
// fingerprints differ from another run's.
QList<QList<PackedLedgerRecord>> batchChunks(int n, const QByteArray &salt)
{
    const LedgerRecord shared = sharedValues();
    QList<QList<PackedLedgerRecord>> chunks;
    for (int i = 1; i <= n; i += 512) {
        QList<PackedLedgerRecord> part;
        for (int j = i; j < i + 512 && j <= n; ++j)
            part << PackedLedgerRecord::pack(record(j, shared.anchorFingerprint, shared.recordedAt, salt));
        chunks << part;
    }
    return chunks;
}

// What the batch does: open (and check) the ledger, then the writer.
Status store(const QString &path, QList<QList<PackedLedgerRecord>> chunks, int chunk, qsizetype *stored)
{
    auto ledger = Ledger::open(path, Ledger::Check::Header);
    if (!ledger)
        return ledger.error();
    auto writer = LedgerWriter::start(path, chunk);
    if (!writer)
        return writer.error();
    (*writer)->setShared(sharedValues());
    for (QList<PackedLedgerRecord> &part : chunks)
        (*writer)->add(std::move(part));
    const Status st = (*writer)->finish();
    *stored = (*writer)->stored();
    return st; // the writer and the ledger close here (the checkpoint included)
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr), out(stdout);
    if (args.size() < 2) {
        err << "usage: bench_ledger LEDGER_FILE [N] [CHUNK] [PREFILL]\n";
        return 2;
    }
    const QString path = args.at(1);
    const int n = args.size() > 2 ? args.at(2).toInt() : 10000;
    const int chunk = args.size() > 3 ? args.at(3).toInt() : 2048; // the batch's kOfflineLedgerChunk
    const int prefill = args.size() > 4 ? args.at(4).toInt() : 0;
    if (prefill > 0 && QFile::exists(path)) {
        err << path << " exists: give a new file to prefill\n";
        return 2;
    }
    qsizetype stored = 0;
    if (prefill > 0) {
        if (const Status st = store(path, batchChunks(prefill, "prefill"), chunk, &stored); !st) {
            err << st.error().toString() << '\n';
            return 1;
        }
    }

    QList<QList<PackedLedgerRecord>> chunks = batchChunks(n, QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    const Status st = store(path, std::move(chunks), chunk, &stored);
    const double seconds = double(wall.nsecsElapsed()) / 1e9, cpu = cpuSeconds() - cpu0;
    if (!st) {
        err << st.error().toString() << '\n';
        return 1;
    }
    out << QStringLiteral("%1 records (chunk %2, after %3): cpu %4 s (%5 us/record), wall %6 s\n")
               .arg(stored)
               .arg(chunk)
               .arg(prefill)
               .arg(cpu, 0, 'f', 3)
               .arg(cpu / double(stored) * 1e6, 0, 'f', 1)
               .arg(seconds, 0, 'f', 3);
    return stored == n ? 0 : 1;
}
