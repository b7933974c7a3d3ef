// Batch enrollment benchmark against a real drogue-sandbox (started here on
// free ports, --no-broker).
//
//   bench_batch_online COUNT [ALGO] [--requests N] [--sandbox-base DIR] [--out-base DIR]
//
// Prints the whole run (keys, certificates, registration with alias) and,
// to show where the time goes, the same number of devices registered with
// no key work at all (modifyDevice only, N in flight), and one device at a
// time (the latency of one create-with-alias: GET 404, POST, GET).
#include "core/cloud/RegistryClient.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/BatchEnrollJob.h"
#include "core/util/SafeFile.h"
#include "support/Sandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Registers names[0..n) with their subject alias, `parallel` at once.
double registerOnly(dwb::RegistryClient &client, const QString &app, const QStringList &names, int parallel)
{
    QElapsedTimer t;
    t.start();
    int next = 0, inFlight = 0, done = 0, failed = 0;
    QEventLoop loop;
    std::function<void()> pump = [&] {
        while (inFlight < parallel && next < names.size()) {
            const QString name = names.at(next++);
            ++inFlight;
            const QString subject = dwb::deviceSubjectString(name, app);
            client
                .modifyDevice(app, name, [subject](dwb::Device &d) {
                    d.addAlias(subject);
                    return dwb::Status();
                }, true)
                .then(&client, [&](dwb::Result<dwb::Device> r) {
                    --inFlight;
                    ++done;
                    if (!r)
                        ++failed;
                    if (done == names.size())
                        loop.quit();
                    else
                        pump();
                });
        }
    };
    pump();
    if (done < names.size())
        loop.exec();
    if (failed)
        std::fprintf(stderr, "%d registrations failed\n", failed);
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

// CPU seconds (user + system) of a process, from /proc/PID/stat.
double cpuOf(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

double selfCpu()
{
    rusage ru{};
    ::getrusage(RUSAGE_SELF, &ru);
    return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
           + static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// The drogue-sandbox process serving dataDir.
qint64 sandboxPid(const QString &dataDir)
{
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &p : pids) {
        QFile f(u"/proc/"_s + p + u"/cmdline"_s);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray cmd = f.readAll();
        if (cmd.contains("drogue-sandbox") && cmd.contains(QFile::encodeName(dataDir)))
            return p.toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication qapp(argc, argv);
    const QStringList args = qapp.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_batch_online COUNT [ALGO] [--requests N] [--sandbox-base DIR] [--out-base DIR]\n");
        return 2;
    }
    const int count = args.at(0).toInt();
    auto alg = dwb::parseAlgorithm(args.value(1, u"ed25519"_s));
    int requests = 12;
    QString sandboxBase = QDir::tempPath(), outBase = QDir::tempPath();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == "--requests"_L1)
            requests = args.value(++i).toInt();
        else if (args.at(i) == "--sandbox-base"_L1)
            sandboxBase = args.value(++i);
        else if (args.at(i) == "--out-base"_L1)
            outBase = args.value(++i);
    }
    if (count <= 0 || !alg)
        return 2;
    QTextStream out(stdout);

    QTemporaryDir sandboxDir(sandboxBase + u"/bench-sandbox-XXXXXX"_s);
    QTemporaryDir work(outBase + u"/bench-online-XXXXXX"_s);
    // DWB_BENCH_KEEP=1: files stay for bench/batch.sh to remove at its end (see bench_batch.cpp).
    sandboxDir.setAutoRemove(!qEnvironmentVariableIsSet("DWB_BENCH_KEEP"));
    work.setAutoRemove(!qEnvironmentVariableIsSet("DWB_BENCH_KEEP"));
    dwb::test::Sandbox sb(sandboxDir.path());
    if (!sb.start({u"--no-broker"_s})) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sb.errorString()));
        return 1;
    }
    dwb::RegistryClient client(sb.connectionSettings(60000));
    const QString app = u"bench-app"_s;
    auto caKey = dwb::PrivateKey::generate(dwb::KeyAlgorithm::Ed25519);
    auto anchor = dwb::createTrustAnchor(app, *caKey);
    dwb::Application a = dwb::Application::create(app);
    a.addTrustAnchor(anchor->toPem());
    if (!dwb::await(client.createApp(a))) {
        std::fprintf(stderr, "cannot create the app\n");
        return 1;
    }
    const QString caKeyFile = work.filePath(u"ca.key"_s), listFile = work.filePath(u"devices.txt"_s);
    (void)dwb::writeFileAtomically(caKeyFile, caKey->toPkcs8Pem()->bytes(), dwb::FileMode::Secret);
    QByteArray list;
    for (int i = 1; i <= count; ++i)
        list += "dev-" + QByteArray::number(i) + '\n';
    (void)dwb::writeFileAtomically(listFile, list);

    dwb::BatchOptions o;
    o.app = app;
    o.caKeyFile = caKeyFile;
    o.deviceListFile = listFile;
    o.outDir = work.filePath(u"out"_s);
    o.algorithm = *alg;
    o.concurrentRequests = requests;
    dwb::BatchEnrollJob job(std::move(o), &client);
    QEventLoop loop;
    QObject::connect(&job, &dwb::BatchEnrollJob::finished, &loop, &QEventLoop::quit);
    const qint64 pid = sandboxPid(sandboxDir.path());
    double sbCpu = cpuOf(pid), ownCpu = selfCpu();
    auto cpuLine = [&](double wall) {
        const double sbUsed = cpuOf(pid) - sbCpu, own = selfCpu() - ownCpu;
        sbCpu += sbUsed;
        ownCpu += own;
        return u" cpu: sandbox %1 s, this process %2 s, wall %3 s"_s.arg(sbUsed, 0, 'f', 2).arg(own, 0, 'f', 2).arg(wall, 0, 'f', 2);
    };
    QElapsedTimer t;
    t.start();
    job.start();
    loop.exec();
    const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
    const auto &r = job.result();
    if (!r.ok()) {
        std::fprintf(stderr, "batch failed: %s, %d failures: %s\n",
                     qPrintable(r.status.ok() ? QString() : r.status.error().toString()),
                     static_cast<int>(r.failures.size()),
                     qPrintable(r.failures.isEmpty() ? QString() : r.failures.first().reason));
        return 1;
    }
    out << "online " << dwb::algorithmName(*alg) << ' ' << count << " seconds " << QString::number(s, 'f', 3)
        << " rate " << QString::number(r.enrolled / s, 'f', 1) << "/s requests-in-flight " << requests
        << " sandbox-data " << sandboxBase << '\n' << cpuLine(s) << '\n';

    // Where the time goes: registration alone (new names), then one at a time.
    QStringList more;
    for (int i = 1; i <= count; ++i)
        more.append(u"reg-%1"_s.arg(i));
    const double reg = registerOnly(client, app, more, requests);
    out << "register-only " << count << " seconds " << QString::number(reg, 'f', 3) << " rate "
        << QString::number(count / reg, 'f', 1) << "/s (modifyDevice: GET 404 + POST + GET, no keys or files)\n"
        << cpuLine(reg) << '\n';
    QStringList serial;
    for (int i = 1; i <= 50; ++i)
        serial.append(u"one-%1"_s.arg(i));
    const double one = registerOnly(client, app, serial, 1);
    out << "register-one-at-a-time 50 mean_ms " << QString::number(one * 1000 / 50, 'f', 2)
        << " (GET 404 + POST + GET per device)\n" << cpuLine(one) << '\n';
    QFileInfo registryFile(sandboxDir.filePath(u"registry.json"_s));
    out << "registry.json size at the end: " << registryFile.size() << " bytes (written before each answer; changes in flight together are written once)\n";
    out.flush();
    sb.stop();
    return 0;
}
