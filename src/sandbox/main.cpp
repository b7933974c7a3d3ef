// drogue-sandbox: a local Drogue-Cloud-compatible server. See SandboxServer.
#include "sandbox/Broker.h"
#include "sandbox/Faults.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SignalWatcher.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace {

// Exit status of a start on a data folder that another sandbox holds
// (./run then uses that sandbox).
constexpr int kFolderInUse = 3;

// stdout and stderr (and the broker's lines) into FILE from now on, truncated.
bool redirectOutput(const QString &file)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        std::fprintf(stderr, "drogue-sandbox: %s (%s)\n",
                     qPrintable(QCoreApplication::translate("SandboxServer", "Cannot write the log file %1.").arg(file)),
                     std::strerror(errno));
        return false;
    }
    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(fd, STDOUT_FILENO);
    ::dup2(fd, STDERR_FILENO);
    ::close(fd);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    return true;
}

} // namespace

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
    // First the folder's lock: a second sandbox stops here, before it touches
    // anything of the first one's (files, log).
    if (const dwb::Status st = server.lockDataDir(); !st) {
        std::fprintf(stderr, "drogue-sandbox: %s\n", qPrintable(st.error().message));
        return st.error().code == dwb::ErrorCode::AlreadyExists ? kFolderInUse : 1;
    }
    if (!options->logFile.isEmpty() && !redirectOutput(options->logFile))
        return 1;
    // sandbox.json says "ready": with a broker, once it accepts connections.
    server.setPublishOnStart(!options->broker);
    if (const dwb::Status st = server.start(); !st) {
        std::fprintf(stderr, "drogue-sandbox: %s\n", qPrintable(st.error().toString()));
        return 1;
    }
    // The MQTT broker (issue 5): mosquitto with the project's auth plugin.
    std::unique_ptr<dwb::sandbox::Broker> broker;
    if (options->broker) {
        dwb::sandbox::BrokerConfig bc;
        bc.dataDir = server.options().dataDir;
        bc.mqttPort = server.brokerMqttPort();
        bc.integrationPort = server.brokerIntegrationPort();
        if (server.faults())
            bc.faults = server.faults()->brokerPluginFaults();
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
        if (const dwb::Status st = server.startBrokerLink(); !st) {
            std::fprintf(stderr, "drogue-sandbox: %s\n", qPrintable(st.error().toString()));
            broker->stop();
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
        if (const dwb::Status st = server.publish(); !st) {
            std::fprintf(stderr, "drogue-sandbox: %s\n", qPrintable(st.error().toString()));
            broker->stop();
            server.stop();
            return 1;
        }
    }

    std::printf("%s\n", qPrintable(server.apiUrl().toString()));
    std::fflush(stdout);
    const int rc = QCoreApplication::exec();
    if (broker)
        broker->stop();
    server.stop();
    return rc;
}
