// Verify-device round trip against the real sandbox broker: integration
// subscribe + device connect + publish + event delivered, with our client
// (VerifyDeviceJob) and with mosquitto_sub -C 1 + mosquitto_pub doing the
// same, in one run. Prints the medians (ms).
//   bench_mqtt [--iterations N]
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include "core/enrollment/EnrollSupport.h"
#include "core/mqtt/VerifyDevice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int iterations = 20;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(u"--iterations"_s); i >= 0 && i + 1 < args.size())
        iterations = std::max(1, args[i + 1].toInt());

    dwb::test::Sandbox sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    QTemporaryDir tmp;
    const QString ca = tmp.filePath(u"ca.pem"_s), caKey = tmp.filePath(u"ca.key"_s);
    const QString devCert = tmp.filePath(u"dev.pem"_s), devKey = tmp.filePath(u"dev.key"_s);
    const QString dwbExe = dwb::test::program(u"dwb"_s);
    for (const QStringList &a : {QStringList{u"create"_s, u"app"_s, u"bench"_s},
                                 QStringList{u"trust"_s, u"create"_s, u"bench"_s, u"--key-output"_s, caKey,
                                             u"--cert-output"_s, ca},
                                 QStringList{u"trust"_s, u"enroll"_s, u"dev"_s, u"--app"_s, u"bench"_s,
                                             u"--ca-key"_s, caKey, u"--out"_s, devCert, u"--key-output"_s,
                                             devKey}}) {
        QByteArray out, err;
        if (dwb::test::run(dwbExe, sandbox.dwbArgs() + a, &out, &err) != 0) {
            std::fprintf(stderr, "setup failed: %s\n", err.constData());
            return 1;
        }
    }

    dwb::VerifyDeviceOptions o;
    o.app = u"bench"_s;
    o.device = u"dev"_s;
    o.qos = 1;
    o.deviceConnection.host = u"localhost"_s;
    o.deviceConnection.port = sandbox.mqttPort();
    o.deviceConnection.caFile = sandbox.caFile();
    o.deviceConnection.clientCertificate = *dwb::loadCertificateFile(devCert);
    o.deviceConnection.clientKey = *dwb::loadPrivateKeyFile(devKey);
    o.integrationConnection.host = u"localhost"_s;
    o.integrationConnection.port = sandbox.integrationPort();
    o.integrationConnection.caFile = sandbox.caFile();
    o.integrationConnection.username = sandbox.user();
    o.integrationConnection.password = sandbox.token().toUtf8();

    const QStringList subArgs{u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(sandbox.integrationPort()),
                              u"--cafile"_s, sandbox.caFile(), u"-u"_s, sandbox.user(), u"-P"_s, sandbox.token(),
                              u"-t"_s, u"app/bench"_s, u"-q"_s, u"1"_s, u"-C"_s, u"1"_s, u"-d"_s, u"-W"_s, u"5"_s};
    const QStringList pubArgs{u"-h"_s, u"localhost"_s, u"-p"_s, QString::number(sandbox.mqttPort()),
                              u"--cafile"_s, sandbox.caFile(), u"--cert"_s, devCert, u"--key"_s, devKey,
                              u"-t"_s, u"temp"_s, u"-q"_s, u"1"_s, u"-m"_s, u"{\"temp\":1}"_s};

    QList<double> oursTotal, oursDevice, oursConnect, cliTotal, cliDevice;
    int failures = 0;
    for (int i = 0; i < iterations; ++i) {
        // Ours.
        const dwb::VerifyDeviceResult r = dwb::VerifyDeviceJob::run(o);
        if (!r.ok()) {
            ++failures;
            std::fprintf(stderr, "ours failed: %s\n", r.error ? qPrintable(r.error->toString()) : "?");
        } else {
            oursTotal << double(r.totalMs);
            oursDevice << double(r.totalMs - r.integrationMs);
            oursConnect << double(r.connectMs);
        }
        // mosquitto_sub -C 1 + mosquitto_pub.
        QElapsedTimer t;
        t.start();
        QProcess sub;
        sub.setProcessChannelMode(QProcess::MergedChannels);
        // Line-buffered: its SUBACK line must reach us before it exits.
        sub.start(u"stdbuf"_s, QStringList{u"-oL"_s, u"mosquitto_sub"_s} + subArgs);
        QByteArray subOut;
        while (!subOut.contains("SUBACK") && sub.state() != QProcess::NotRunning && t.elapsed() < 10000) {
            sub.waitForReadyRead(20);
            subOut += sub.readAll();
        }
        const qint64 subscribed = t.elapsed();
        QByteArray pubOut, pubErr;
        const int pubRc = dwb::test::run(u"mosquitto_pub"_s, pubArgs, &pubOut, &pubErr, 10000);
        const bool ok = sub.waitForFinished(10000) && sub.exitCode() == 0 && pubRc == 0;
        subOut += sub.readAll();
        if (!ok || !subOut.contains("io.drogue.event.v1")) {
            ++failures;
            std::fprintf(stderr, "mosquitto clients failed (pub %d): %s\n%s\n", pubRc, subOut.constData(),
                         pubErr.constData());
            std::fprintf(stderr, "sandbox log: %s\n", sandbox.stdErr().right(2000).constData());
        } else {
            cliTotal << double(t.elapsed());
            cliDevice << double(t.elapsed() - subscribed);
        }
    }
    std::printf("iterations: %d (failures: %d)\n", iterations, failures);
    std::printf("%-44s %10s %14s\n", "", "total ms", "device part ms");
    std::printf("%-44s %10.1f %14.1f   (device connect %.1f ms)\n",
                "ours (VerifyDeviceJob, 2 connections)", median(oursTotal), median(oursDevice),
                median(oursConnect));
    std::printf("%-44s %10.1f %14.1f\n", "mosquitto_sub -C 1 + mosquitto_pub", median(cliTotal),
                median(cliDevice));
    sandbox.stop();
    return failures == 0 ? 0 : 1;
}
