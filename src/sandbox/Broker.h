// The sandbox's MQTT broker: Debian's /usr/sbin/mosquitto as a child process
// with the project's auth plugin (src/sandbox/broker-plugin). Writes
// DIR/broker/mosquitto.conf, the token file for the plugin (0600) and the
// c_rehash-style anchors folder DIR/broker/anchors (every valid trust anchor
// of every application, so the TLS layer accepts device certificates of any
// application; the plugin applies the real per-application check). The child
// dies with the sandbox, also on SIGKILL (PR_SET_PDEATHSIG).
#pragma once

#include "core/util/Result.h"

#include <QObject>
#include <QProcess>
#include <QSet>
#include <QString>

#include <memory>

namespace dwb::sandbox {

struct BrokerConfig {
    QString dataDir;            // DIR: registry.json, tls/, broker/
    int mqttPort = 0;           // device listener (mutual TLS)
    int integrationPort = 0;    // integration listener (TLS, user id + token)
    QString user;
    QString token;              // a secret: written to a 0600 file only
    QString serverCert;         // DIR/tls/server.pem
    QString serverKey;          // DIR/tls/server.key
    QString pluginPath;         // empty: findPlugin()
    QString faults;             // the plugin's broker faults (FaultInjector::brokerPluginFaults), empty: none
    QString program = QStringLiteral("/usr/sbin/mosquitto");
};

class Broker : public QObject {
    Q_OBJECT
public:
    explicit Broker(BrokerConfig config, QObject *parent = nullptr);
    ~Broker() override;

    // Writes the configuration, starts mosquitto and waits (up to timeoutMs)
    // until it logs "mosquitto version … running" (both listeners open),
    // without connecting to them.
    Status start(int timeoutMs = 10000);
    // SIGTERM, wait, then kill.
    void stop();
    bool isRunning() const;

    // Adds the valid anchors of DIR/registry.json to DIR/broker/anchors
    // (call when the registry changed). OpenSSL's hash-dir lookup sees new
    // files without a restart, except a second anchor with the subject of
    // one written before: then mosquitto is restarted (same ports).
    Status syncAnchors();

    QString brokerDir() const;
    QString anchorsDir() const;
    QString configFile() const;

    // The plugin next to the program (build/lib, ../lib/drogue-workbench,
    // ../lib/<multiarch>/drogue-workbench as installed) or $DWB_BROKER_PLUGIN;
    // empty if not found.
    static QString findPlugin();

Q_SIGNALS:
    void logLine(const QString &line);
    void finished(int exitCode);

private:
    Status writeConfig();
    void readOutput();
    Status restart();             // stop, start: a fresh TLS store

    BrokerConfig m_config;
    std::unique_ptr<QProcess> m_process;
    QSet<QByteArray> m_written;   // DER of anchors already in anchors/
    QByteArray m_partial;
    bool m_stopping = false;
    bool m_restarting = false;    // stop() within restart(): not "finished"
    bool m_ready = false;         // mosquitto said "running"
    bool m_asRoot = false;        // and that it runs as root
};

} // namespace dwb::sandbox
