// drogue-sandbox: a local Drogue-Cloud-compatible server. See SandboxServer.
#include "sandbox/SandboxServer.h"
#include "sandbox/SignalWatcher.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("drogue-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DWB_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::fputs(qPrintable(dwb::sandbox::SandboxOptions::usage()), stdout);
        return 0;
    }
    auto options = dwb::sandbox::SandboxOptions::parse(args);
    if (!options) {
        std::fprintf(stderr, "drogue-sandbox: %s\n%s", qPrintable(options.error().message),
                     qPrintable(dwb::sandbox::SandboxOptions::usage()));
        return 2;
    }

    dwb::sandbox::SignalWatcher signals;
    QObject::connect(&signals, &dwb::sandbox::SignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);

    dwb::sandbox::SandboxServer server(*options);
    if (const dwb::Status st = server.start(); !st) {
        std::fprintf(stderr, "drogue-sandbox: %s\n", qPrintable(st.error().toString()));
        return 1;
    }
    // The MQTT broker (issue 5) starts here when options->broker is set.

    std::printf("%s\n", qPrintable(server.apiUrl().toString()));
    std::fflush(stdout);
    const int rc = QCoreApplication::exec();
    server.stop();
    return rc;
}
