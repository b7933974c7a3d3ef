// drogue-sandbox's server: the registry (Registry) and discovery/auth routes
// (contract sections 1-3) behind QHttpServer, the local CA, the access
// token and DIR/sandbox.json. Embeddable in-process (tests, benchmarks);
// the broker (started by main) reacts to registryChanged().
#pragma once

#include "core/util/Result.h"
#include "sandbox/LocalCa.h"
#include "sandbox/Registry.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <vector>

class QHttpServerResponder;

class QHttpServer;
class QHttpServerRequest;

namespace dwb::sandbox {

class OidcIssuer;
class FaultInjector;
class DataDirLock;
class ListenerProxy;
class DeviceEndpoint;
class BrokerLink;

struct SandboxOptions {
    QString dataDir;
    int httpPort = 0;          // 0 = a free port
    int mqttPort = 0;          // 0 = a free port (picked now, used by the broker)
    int integrationPort = 0;   // 0 = a free port
    int deviceHttpPort = 0;    // the HTTP endpoint for devices (with the broker), 0 = a free port
    QHostAddress bind = QHostAddress::LocalHost;
    bool tls = false;          // HTTPS for the API, with the local CA's server certificate
    bool broker = true;        // the broker will run (local_certs: true)
    int tokenLifetime = 300;   // OIDC access token lifetime, seconds (--token-lifetime)
    QStringList faults;        // --faults SPEC (see Faults.h), each value may hold several rules
    quint64 faultsSeed = 1;    // --faults-seed N
    QString logFile;           // --log-file FILE: stdout and stderr go there once the folder is locked

    // Parses the command line arguments (without argv[0]).
    static Result<SandboxOptions> parse(const QStringList &args);
    static QString usage();
};

class SandboxServer : public QObject {
    Q_OBJECT
public:
    // Validates an "Authorization: Bearer" token; on success sets *user.
    using BearerValidator = std::function<bool(const QByteArray &bearer, QString *user)>;

    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Locks the data dir (lockDataDir), creates the local CA and token, opens
    // the registry, listens, writes sandbox.json (unless setPublishOnStart(false)).
    // Fails on a damaged registry file and on a folder another sandbox holds.
    Status start();
    // Stops listening, removes sandbox.json, releases the data dir's lock.
    void stop();
    // Creates the data dir and takes its lock (DataDirLock: DIR/sandbox.lock)
    // for this server's lifetime; start() does it when not done before.
    // Another sandbox on the folder: ErrorCode::AlreadyExists with its pid.
    Status lockDataDir();
    // sandbox.json is the sign that the sandbox is ready: with false, start()
    // does not write it and publish() does (drogue-sandbox: after the broker).
    void setPublishOnStart(bool publishOnStart) { m_publishOnStart = publishOnStart; }
    Status publish();
    // Once the broker runs (drogue-sandbox: after Broker::start): the link
    // through which the HTTP endpoint and the command API reach it. Without
    // it they answer 503.
    Status startBrokerLink();

    const SandboxOptions &options() const { return m_options; }
    QUrl apiUrl() const { return m_apiUrl; }
    QString user() const { return m_user; }
    QString token() const { return m_token; }
    int httpPort() const { return m_httpPort; }
    int mqttPort() const { return m_options.mqttPort; }
    int integrationPort() const { return m_options.integrationPort; }
    // The HTTP endpoint for devices (DeviceEndpoint), 0 without a broker.
    int deviceHttpPort() const;
    DeviceEndpoint *deviceEndpoint() const { return m_deviceEndpoint.get(); }
    // Where the broker itself listens: the public ports, or free ports behind
    // the proxies of --faults connection rules (ListenerProxy).
    int brokerMqttPort() const { return m_brokerMqttPort; }
    int brokerIntegrationPort() const { return m_brokerIntegrationPort; }
    const LocalCaFiles &tlsFiles() const { return m_tls; }
    QString registryFile() const;
    QString infoFile() const;             // DIR/sandbox.json
    QJsonObject endpoints() const;        // contract section 1, all fields
    Registry *registry() const { return m_registry; }

    void setBearerValidator(BearerValidator validator) { m_bearer = std::move(validator); }
    // The OIDC issuer at <api>/realms/drogue (created by start()).
    OidcIssuer *oidc() const { return m_oidc.get(); }
    // Fault injection (Faults.h) from now on; empty specs: none. Also at runtime (tests).
    Status setFaults(const QStringList &specs, quint64 seed = 1);
    FaultInjector *faults() const { return m_faults.get(); }

Q_SIGNALS:
    void registryChanged();

private:
    HttpReply route(const QHttpServerRequest &request);
    // Answers held until the registry's changes are saved (group commit).
    void holdUntilSaved(HttpReply reply, QHttpServerResponder &&responder);
    void flushHeld();
    // The user of a request with exactly one valid credential, or empty.
    QString authenticate(const QHttpServerRequest &request) const;
    Status loadOrCreateToken();
    // A ListenerProxy on publicPort (0: a free one) in front of backendPort;
    // the public port. A listener that refuses gets none.
    Result<int> startProxy(const QString &name, int publicPort, int backendPort);
    Status writeInfo();
    // POST /api/command/v1alpha1/apps/{app}/devices/{device}?command=NAME
    HttpReply command(const QByteArray &method, const QStringList &segments, const QUrlQuery &query,
                      const QByteArray &body, const QString &user);

    SandboxOptions m_options;
    LocalCaFiles m_tls;
    QString m_user = QStringLiteral("sandbox");
    QString m_token;
    QUrl m_apiUrl;
    int m_httpPort = 0;
    Registry *m_registry = nullptr;
    std::unique_ptr<QHttpServer> m_http;
    BearerValidator m_bearer;
    std::unique_ptr<OidcIssuer> m_oidc;
    std::unique_ptr<FaultInjector> m_faults;
    struct Held;
    std::vector<std::unique_ptr<Held>> m_held;
    bool m_flushQueued = false;
    std::unique_ptr<DataDirLock> m_lock;
    bool m_publishOnStart = true;
    std::vector<std::unique_ptr<ListenerProxy>> m_proxies;
    int m_brokerMqttPort = 0;
    int m_brokerIntegrationPort = 0;
    std::unique_ptr<DeviceEndpoint> m_deviceEndpoint;
    std::unique_ptr<BrokerLink> m_brokerLink;
};

// A free TCP port on the address (probed by a bind, then closed): a random
// one below the kernel's ephemeral range when there is room, else the
// kernel's choice.
int pickFreePort(const QHostAddress &address);

} // namespace dwb::sandbox
