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
#include "core/enrollment/BatchEnrollment.h"
#include "core/util/SafeFile.h"
#include "support/Sandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

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
    dwb::BatchEnrollment job(std::move(o), &client);
    QEventLoop loop;
    QObject::connect(&job, &dwb::BatchEnrollment::finished, &loop, &QEventLoop::quit);
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
        << " sandbox-data " << sandboxBase << '\n';

    // Where the time goes: registration alone (new names), then one at a time.
    QStringList more;
    for (int i = 1; i <= count; ++i)
        more.append(u"reg-%1"_s.arg(i));
    const double reg = registerOnly(client, app, more, requests);
    out << "register-only " << count << " seconds " << QString::number(reg, 'f', 3) << " rate "
        << QString::number(count / reg, 'f', 1) << "/s (no keys or files)\n";
    QStringList serial;
    for (int i = 1; i <= 50; ++i)
        serial.append(u"one-%1"_s.arg(i));
    const double one = registerOnly(client, app, serial, 1);
    out << "register-one-at-a-time 50 mean_ms " << QString::number(one * 1000 / 50, 'f', 2)
        << " (GET 404 + POST + GET per device)\n";
    out.flush();
    sb.stop();
    return 0;
}
