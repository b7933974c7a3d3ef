// Batch enrollment benchmark, offline (no server).
//
//   bench_batch enroll ALGO COUNT [--jobs N] [--fsync-each]
//       runs the BatchEnrollJob job into a fresh temporary folder and prints
//       "enroll ALGO COUNT seconds S rate R/s peak_rss_mib M"
//   bench_batch raw ALGO COUNT
//       the in-process ceiling: key generation + device certificate on all
//       cores, nothing written: "raw ALGO COUNT seconds S rate R/s"
//   bench_batch keygen ALGO COUNT
//       key generation only, on all cores: "keygen ALGO COUNT seconds S rate R/s"
//   bench_batch files ALGO COUNT [--dir DIR]
//       the file system's part alone: per device the batch's two files (a
//       key and a certificate of this algorithm, the same bytes for all),
//       written the way the batch writes them (FolderWriter: temporary file +
//       rename, 0600 key) into a new folder, on all cores, then one syncfs:
//       "files ALGO COUNT seconds S rate R/s cpu_us_per_item C"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/BatchCrypto.h"
#include "core/enrollment/BatchEnrollJob.h"
#include "core/enrollment/BatchFiles.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <cstdio>
#include <numeric>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

double peakRssMiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// CPU seconds (user + system, all threads) of this process so far.
double cpuSeconds()
{
    rusage ru{};
    ::getrusage(RUSAGE_SELF, &ru);
    return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
           + static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

int usage()
{
    std::fprintf(stderr, "usage: bench_batch enroll|raw|keygen|files ALGO COUNT [--jobs N] [--fsync-each] [--dir DIR]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 3)
        return usage();
    const QString mode = args.at(0);
    const auto alg = dwb::parseAlgorithm(args.at(1));
    const int count = args.at(2).toInt();
    if (!alg || count <= 0)
        return usage();
    int jobs = 0;
    bool fsyncEach = false;
    QString dirArg;
    for (int i = 3; i < args.size(); ++i) {
        if (args.at(i) == "--jobs"_L1 && i + 1 < args.size())
            jobs = args.at(++i).toInt();
        else if (args.at(i) == "--fsync-each"_L1)
            fsyncEach = true;
        else if (args.at(i) == "--dir"_L1 && i + 1 < args.size())
            dirArg = args.at(++i);
        else
            return usage();
    }
    QTextStream out(stdout);
    const QString algName = dwb::algorithmName(*alg);

    if (mode == "keygen"_L1 || mode == "raw"_L1) {
        const bool sign = mode == "raw"_L1;
        auto caKey = dwb::PrivateKey::generate(dwb::KeyAlgorithm::EcdsaP256);
        auto anchor = dwb::createTrustAnchor(u"bench-app"_s, *caKey);
        if (*alg == dwb::KeyAlgorithm::Ed25519) {
            caKey = dwb::PrivateKey::generate(dwb::KeyAlgorithm::Ed25519);
            anchor = dwb::createTrustAnchor(u"bench-app"_s, *caKey);
        }
        const dwb::BatchIssuer issuer(u"bench-app"_s, *caKey, *anchor, 365);
        QList<int> items(count);
        std::iota(items.begin(), items.end(), 0);
        std::atomic_int failures{0};
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        QtConcurrent::blockingMap(items, [&](int i) {
            auto key = issuer.generateKey(*alg, nullptr);
            if (!key) {
                ++failures;
                return;
            }
            if (sign) {
                auto pem = issuer.keyPem(*key);
                auto cert = issuer.issuePem(u"dev-%1"_s.arg(i), *key);
                if (!cert || !pem)
                    ++failures;
            }
        });
        const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
        out << mode << ' ' << algName << ' ' << count << " seconds " << QString::number(s, 'f', 3) << " rate "
            << QString::number(count / s, 'f', 1) << "/s cpu_us_per_item "
            << QString::number((cpuSeconds() - cpu0) * 1e6 / count, 'f', 1) << " threads " << QThread::idealThreadCount()
            << " failures " << failures.load() << '\n';
        return failures ? 1 : 0;
    }
    if (mode == "files"_L1) {
        QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + u"/bench-files-XXXXXX"_s
                                           : dirArg + u"/bench-files-XXXXXX"_s);
        tmp.setAutoRemove(!qEnvironmentVariableIsSet("DWB_BENCH_KEEP"));
        auto caKey = dwb::PrivateKey::generate(dwb::KeyAlgorithm::Ed25519);
        auto anchor = dwb::createTrustAnchor(u"bench-app"_s, *caKey);
        const dwb::BatchIssuer issuer(u"bench-app"_s, *caKey, *anchor, 365);
        auto key = issuer.generateKey(*alg, nullptr);
        auto keyPem = key ? issuer.keyPem(*key) : dwb::Result<dwb::SecretBytes>(key.error());
        auto certPem = key ? issuer.issuePem(u"dev-1000"_s, *key) : dwb::Result<QByteArray>(key.error());
        dwb::FolderWriter folder;
        if (!keyPem || !certPem || !folder.open(tmp.path()))
            return 1;
        QList<int> items(count);
        std::iota(items.begin(), items.end(), 0);
        std::atomic_int failures{0};
        QThreadPool pool;
        if (jobs > 0)
            pool.setMaxThreadCount(jobs);
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        QtConcurrent::blockingMap(&pool, items, [&](int i) {
            const QString stem = u"dev-%1"_s.arg(i);
            if (!folder.write(stem + u".key"_s, keyPem->bytes(), dwb::FileMode::Secret, dwb::Overwrite::Refuse, false)
                || !folder.write(stem + u".pem"_s, *certPem, dwb::FileMode::Public, dwb::Overwrite::Refuse, false))
                ++failures;
        });
        if (!dwb::syncFolder(tmp.path()))
            ++failures;
        const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
        out << "files " << algName << ' ' << count << " seconds " << QString::number(s, 'f', 3) << " rate "
            << QString::number(count / s, 'f', 1) << "/s cpu_us_per_item "
            << QString::number((cpuSeconds() - cpu0) * 1e6 / count, 'f', 1) << " failures " << failures.load() << '\n';
        return failures ? 1 : 0;
    }
    if (mode != "enroll"_L1)
        return usage();

    QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + u"/bench-batch-XXXXXX"_s
                                       : dirArg + u"/bench-batch-XXXXXX"_s);
    // DWB_BENCH_KEEP=1: the files stay (bench/batch.sh removes them all at
    // its end): deleting thousands of files slows the next creations on ext4,
    // which skips recently freed inodes for a while, i.e. the next step.
    tmp.setAutoRemove(!qEnvironmentVariableIsSet("DWB_BENCH_KEEP"));
    auto caKey = dwb::PrivateKey::generate(dwb::KeyAlgorithm::Ed25519);
    auto anchor = dwb::createTrustAnchor(u"bench-app"_s, *caKey);
    if (!caKey || !anchor)
        return 1;
    const QString caKeyFile = tmp.filePath(u"ca.key"_s), caCertFile = tmp.filePath(u"ca.pem"_s);
    (void)dwb::writeFileAtomically(caKeyFile, caKey->toPkcs8Pem()->bytes(), dwb::FileMode::Secret);
    (void)dwb::writeFileAtomically(caCertFile, anchor->toPem());
    QByteArray list;
    for (int i = 1; i <= count; ++i)
        list += "dev-" + QByteArray::number(i) + '\n';
    const QString listFile = tmp.filePath(u"devices.txt"_s);
    (void)dwb::writeFileAtomically(listFile, list);

    dwb::BatchOptions o;
    o.app = u"bench-app"_s;
    o.caKeyFile = caKeyFile;
    o.caCertFile = caCertFile;
    o.offline = true;
    o.deviceListFile = listFile;
    o.outDir = tmp.filePath(u"out"_s);
    o.algorithm = *alg;
    o.jobs = jobs;
    o.syncEachFile = fsyncEach;
    const double rssBefore = peakRssMiB();
    dwb::BatchEnrollJob job(std::move(o), nullptr);
    QEventLoop loop;
    QObject::connect(&job, &dwb::BatchEnrollJob::finished, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    job.start();
    loop.exec();
    const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
    const auto &r = job.result();
    if (!r.ok()) {
        std::fprintf(stderr, "failed: %s (%d failures)\n", qPrintable(r.status.ok() ? QString() : r.status.error().toString()),
                     static_cast<int>(r.failures.size()));
        return 1;
    }
    out << "enroll " << algName << ' ' << count << " seconds " << QString::number(s, 'f', 3) << " rate "
        << QString::number(r.enrolled / s, 'f', 1) << "/s cpu_us_per_device "
        << QString::number((cpuSeconds() - cpu0) * 1e6 / count, 'f', 1) << " peak_rss_mib " << QString::number(peakRssMiB(), 'f', 1)
        << " (before the job " << QString::number(rssBefore, 'f', 1) << ")"
        << (fsyncEach ? " fsync-each" : " batched-sync") << '\n';
    return 0;
}
