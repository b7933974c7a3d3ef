// drogue-sandbox: a local Drogue-Cloud-compatible server. See SandboxServer.
#include "sandbox/Broker.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SignalWatcher.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

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
    if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
        std::puts("drogue-sandbox " DWB_VERSION);
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
    // The MQTT broker (issue 5): mosquitto with the project's auth plugin.
    std::unique_ptr<dwb::sandbox::Broker> broker;
    if (options->broker) {
        dwb::sandbox::BrokerConfig bc;
        bc.dataDir = server.options().dataDir;
        bc.mqttPort = server.mqttPort();
        bc.integrationPort = server.integrationPort();
        bc.user = server.user();
        bc.token = server.token();
        bc.serverCert = server.tlsFiles().serverCert;
        bc.serverKey = server.tlsFiles().serverKey;
        broker = std::make_unique<dwb::sandbox::Broker>(bc);
        if (const dwb::Status st = broker->start(); !st) {
            std::fprintf(stderr, "drogue-sandbox: %s\n", qPrintable(st.error().toString()));
            server.stop();
            return 1;
        }
        QObject::connect(&server, &dwb::sandbox::SandboxServer::registryChanged, broker.get(), [&broker] {
            if (const dwb::Status st = broker->syncAnchors(); !st)
                std::fprintf(stderr, "drogue-sandbox: broker anchors: %s\n", qPrintable(st.error().toString()));
        });
        QObject::connect(broker.get(), &dwb::sandbox::Broker::finished, &app, [](int) {
            std::fprintf(stderr, "drogue-sandbox: the MQTT broker stopped\n");
        });
    }

    std::printf("%s\n", qPrintable(server.apiUrl().toString()));
    std::fflush(stdout);
    const int rc = QCoreApplication::exec();
    if (broker)
        broker->stop();
    server.stop();
    return rc;
}
