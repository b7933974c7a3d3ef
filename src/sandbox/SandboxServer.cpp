#include "sandbox/SandboxServer.h"
#include "sandbox/DataDirLock.h"
#include "sandbox/OidcIssuer.h"
#include "sandbox/Faults.h"
#include "sandbox/ListenerProxy.h"
#include "sandbox/BrokerLink.h"
#include "sandbox/DeviceEndpoint.h"

#include "core/cloud/Endpoints.h"
#include "core/util/SafeFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>

#include <cstdio>
#include <tuple>

using namespace Qt::StringLiterals;

namespace dwb::sandbox {

void writeReply(const HttpReply &r, QHttpServerResponder &&responder)
{
    const auto code = static_cast<QHttpServerResponder::StatusCode>(r.status);
    QHttpServerResponse response = r.body.isEmpty()
        ? QHttpServerResponse(code)
        : QHttpServerResponse(QByteArrayLiteral("application/json"), r.body, code);
    for (const auto &[name, value] : r.headers)
        response.setHeader(name, value);
    response.write(std::move(responder));
}

QByteArray methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

namespace {

QString tr(const char *text) { return QCoreApplication::translate("SandboxServer", text); }

const QString kVersion = u"0.11.0"_s;


HttpReply forbidden()
{
    return HttpReply::error(403, u"AuthenticationError"_s,
                            tr("Authentication required: send exactly one of HTTP Basic "
                               "(user id and access token) or a Bearer token."));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QString randomToken()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token = u"drg_"_s;
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < 32; ++i)
        token += QLatin1Char(alphabet[rng->bounded(int(sizeof alphabet) - 1)]);
    return token;
}

// Qt's "qt.httpserver" debug messages print whole requests, with their
// Authorization header (the access token, a bearer token): they stay off
// even when QT_LOGGING_RULES turns every debug category on.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void keepRequestDumpsOff(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

// The start of the kernel's range for ports it hands out by itself (bind
// to 0, and the local end of every outgoing connection); 32768 if unreadable.
int ephemeralPortsStart()
{
    QFile f(u"/proc/sys/net/ipv4/ip_local_port_range"_s);
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> parts = f.readAll().simplified().split(' ');
        if (parts.size() == 2 && parts[0].toInt() > 0 && parts[1].toInt() >= parts[0].toInt())
            return parts[0].toInt();
    }
    return 32768;
}

} // namespace

int pickFreePort(const QHostAddress &address)
{
    // A port below the kernel's own range: the port is free when probed,
    // and then handed to another process (mosquitto) that binds it a moment
    // later. A port from the kernel's range could be taken in between by
    // any outgoing connection or bind to 0 on the machine (seen in CI, with
    // tests running in parallel: "Address already in use"); below it, only
    // a process that picks a number itself can, and that at random.
    constexpr int kLowest = 10000;
    const int below = ephemeralPortsStart();
    for (int attempt = 0; below - kLowest >= 1000 && attempt < 64; ++attempt) {
        const int port = QRandomGenerator::global()->bounded(kLowest, below);
        QTcpServer probe;
        if (probe.listen(address, quint16(port)))
            return port; // closed here
    }
    QTcpServer probe; // no such range here: the kernel's choice
    if (!probe.listen(address, 0))
        return 0;
    return probe.serverPort();
}

// --- options -----------------------------------------------------------------

QString SandboxOptions::usage()
{
    return tr("Usage: drogue-sandbox --data-dir DIR [--http-port N] [--mqtt-port M] "
              "[--integration-port K] [--device-http-port H] [--bind ADDRESS] [--tls] [--no-broker] [--token-lifetime SECONDS] "
              "[--faults SPEC]... [--faults-seed N] [--log-file FILE]\n"
              "A local Drogue-Cloud-compatible server. Port 0 or none: a free port.\n")
        + FaultInjector::grammar();
}

Result<SandboxOptions> SandboxOptions::parse(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption dataDir(u"data-dir"_s, tr("Data folder."), u"DIR"_s);
    const QCommandLineOption http(u"http-port"_s, tr("HTTP port."), u"N"_s, u"0"_s);
    const QCommandLineOption mqtt(u"mqtt-port"_s, tr("MQTT port."), u"M"_s, u"0"_s);
    const QCommandLineOption integ(u"integration-port"_s, tr("MQTT integration port."), u"K"_s, u"0"_s);
    const QCommandLineOption deviceHttp(u"device-http-port"_s, tr("HTTP endpoint port for devices."), u"H"_s, u"0"_s);
    const QCommandLineOption bind(u"bind"_s, tr("Address to listen on."), u"ADDRESS"_s, u"127.0.0.1"_s);
    const QCommandLineOption tls(u"tls"_s, tr("Serve the API over HTTPS."));
    const QCommandLineOption noBroker(u"no-broker"_s, tr("Do not start the MQTT broker."));
    const QCommandLineOption tokenLifetime(u"token-lifetime"_s, tr("OIDC access token lifetime."),
                                           u"SECONDS"_s, u"300"_s);
    const QCommandLineOption faults(u"faults"_s, tr("Inject faults (see --help)."), u"SPEC"_s);
    const QCommandLineOption faultsSeed(u"faults-seed"_s, tr("Seed of the injected faults."), u"N"_s, u"1"_s);
    const QCommandLineOption logFile(u"log-file"_s, tr("Log file."), u"FILE"_s);
    p.addOptions({dataDir, http, mqtt, integ, deviceHttp, bind, tls, noBroker, tokenLifetime, faults, faultsSeed, logFile});
    if (!p.parse(QStringList{u"drogue-sandbox"_s} + args))
        return Error(ErrorCode::InvalidArgument, p.errorText());
    if (!p.positionalArguments().isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("Unexpected argument '%1'.").arg(p.positionalArguments().first()));
    SandboxOptions o;
    o.dataDir = p.value(dataDir);
    if (o.dataDir.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("--data-dir is required."));
    for (const auto &[opt, target] : {std::pair{&http, &o.httpPort}, std::pair{&mqtt, &o.mqttPort},
                                      std::pair{&integ, &o.integrationPort},
                                      std::pair{&deviceHttp, &o.deviceHttpPort}}) {
        bool ok = false;
        *target = p.value(*opt).toInt(&ok);
        if (!ok || *target < 0 || *target > 65535)
            return Error(ErrorCode::InvalidArgument,
                         tr("--%1 must be a port number (0-65535).").arg(opt->names().first()));
    }
    if (!o.bind.setAddress(p.value(bind)))
        return Error(ErrorCode::InvalidArgument, tr("--bind: '%1' is not an IP address.").arg(p.value(bind)));
    o.logFile = p.value(logFile);
    o.tls = p.isSet(tls);
    o.broker = !p.isSet(noBroker);
    o.tokenLifetime = p.value(tokenLifetime).toInt();
    if (o.tokenLifetime <= 0)
        return Error(ErrorCode::InvalidArgument, tr("--token-lifetime: a positive number of seconds."));
    if (p.isSet(faults)) {
        o.faults = p.values(faults);
        if (auto rules = FaultInjector::parse(o.faults); !rules)
            return rules.error();
    }
    bool seedOk = false;
    o.faultsSeed = p.value(faultsSeed).toULongLong(&seedOk);
    if (!seedOk)
        return Error(ErrorCode::InvalidArgument, tr("--faults-seed: a whole number."));
    return o;
}

// --- server ------------------------------------------------------------------

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_registry(new Registry(this))
{
    static const bool filtered = [] {
        g_previousFilter = QLoggingCategory::installFilter(keepRequestDumpsOff);
        return true;
    }();
    Q_UNUSED(filtered);
    connect(m_registry, &Registry::registryChanged, this, &SandboxServer::registryChanged);
}

SandboxServer::~SandboxServer()
{
    stop();
}

QString SandboxServer::registryFile() const
{
    return QDir(m_options.dataDir).absoluteFilePath(u"registry.json"_s);
}

QString SandboxServer::infoFile() const
{
    return QDir(m_options.dataDir).absoluteFilePath(u"sandbox.json"_s);
}

Status SandboxServer::loadOrCreateToken()
{
    const QString path = QDir(m_options.dataDir).absoluteFilePath(u"token"_s);
    if (QFile::exists(path)) {
        auto data = readWholeFile(path, 4096);
        if (!data)
            return data.error();
        m_token = QString::fromLatin1(data->trimmed());
        static const QRegularExpression re(u"^drg_[A-Za-z0-9]{32}$"_s);
        if (!re.match(m_token).hasMatch())
            return Error(ErrorCode::UnknownFormat,
                         tr("The sandbox's token file %1 is damaged: remove it to create a new token.")
                             .arg(path));
        return {};
    }
    m_token = randomToken();
    return writeFileAtomically(path, QByteArray(m_token.toLatin1() + '\n'), FileMode::Secret, Overwrite::Refuse);
}

Status SandboxServer::start()
{
    if (!QDir().mkpath(m_options.dataDir))
        return Error(ErrorCode::Io, tr("Cannot create the data folder %1.").arg(m_options.dataDir));
    m_options.dataDir = QDir(m_options.dataDir).absolutePath();
    QFile::setPermissions(m_options.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // One sandbox per data folder: the lock, held until stop(). A
    // sandbox.json found now is a leftover of one that was killed.
    if (Status st = lockDataDir(); !st)
        return st;
    QFile::remove(infoFile());

    auto tls = ensureLocalCa(m_options.dataDir);
    if (!tls)
        return tls.error();
    m_tls = *tls;
    if (Status st = loadOrCreateToken(); !st)
        return st;
    if (Status st = m_registry->open(registryFile()); !st)
        return st;

    if (m_options.mqttPort == 0)
        m_options.mqttPort = pickFreePort(m_options.bind);
    if (m_options.integrationPort == 0) {
        do {
            m_options.integrationPort = pickFreePort(m_options.bind);
        } while (m_options.integrationPort == m_options.mqttPort && m_options.integrationPort != 0);
    }
    if (m_options.mqttPort == 0 || m_options.integrationPort == 0)
        return Error(ErrorCode::Network, tr("No free port for the MQTT endpoints."));

    m_http = std::make_unique<QHttpServer>();
    if (Status st = setFaults(m_options.faults, m_options.faultsSeed); !st)
        return st;
    // No rules: every request goes through our own router, so that unknown
    // paths and methods get JSON error bodies and path segments are decoded once.
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (m_faults) {
            m_faults->serve(request, std::move(responder));
            return;
        }
        HttpReply r = route(request);
        if (m_registry->hasUnsavedChanges() || !m_held.empty())
            holdUntilSaved(std::move(r), std::move(responder));
        else
            writeReply(r, std::move(responder));
    });
    if (m_options.tls) {
        QFile certFile(m_tls.serverCert), keyFile(m_tls.serverKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("Cannot read the sandbox's server certificate or key."));
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
        if (cert.isNull() || key.isNull())
            return Error(ErrorCode::Tls, tr("The sandbox's server certificate or key cannot be used."));
        m_http->sslSetup(cert, key);
    }
    // Faults below HTTP: a proxy on the public port in front of each
    // listener a connection rule names (ListenerProxy), the real one on a
    // free port behind it.
    m_proxies.clear();
    const bool proxyApi = m_faults && m_faults->proxies(u"api"_s);
    if (proxyApi && !m_options.tls)
        return Error(ErrorCode::InvalidArgument, tr("--faults: TLS faults on the API (listener=api) need --tls."));
    m_httpPort = m_http->listen(proxyApi ? QHostAddress(QHostAddress::LocalHost) : m_options.bind,
                                proxyApi ? 0 : quint16(m_options.httpPort));
    if (m_httpPort == 0)
        return Error(ErrorCode::Network,
                     tr("Cannot listen on %1 port %2.").arg(m_options.bind.toString()).arg(m_options.httpPort));
    if (proxyApi) {
        auto port = startProxy(u"api"_s, m_options.httpPort, m_httpPort);
        if (!port)
            return port.error();
        m_httpPort = *port;
    }
    m_brokerMqttPort = m_options.mqttPort;
    m_brokerIntegrationPort = m_options.integrationPort;
    for (const auto &[name, publicPort, brokerPort] :
         {std::tuple{u"mqtt"_s, m_options.mqttPort, &m_brokerMqttPort},
          std::tuple{u"integration"_s, m_options.integrationPort, &m_brokerIntegrationPort}}) {
        if (!m_faults || !m_faults->proxies(name))
            continue;
        const int other = brokerPort == &m_brokerMqttPort ? m_brokerIntegrationPort : m_brokerMqttPort;
        do {
            *brokerPort = pickFreePort(QHostAddress(QHostAddress::LocalHost));
        } while (*brokerPort == m_options.mqttPort || *brokerPort == m_options.integrationPort || *brokerPort == other);
        if (auto port = startProxy(name, publicPort, *brokerPort); !port)
            return port.error();
    }

    // The HTTP endpoint for devices goes with the broker (it hands messages to it).
    m_deviceEndpoint.reset();
    if (m_options.broker) {
        m_deviceEndpoint = std::make_unique<DeviceEndpoint>(registryFile(), m_tls.serverCert, m_tls.serverKey);
        QString error;
        if (m_deviceEndpoint->listen(m_options.bind, m_options.deviceHttpPort, &error) == 0)
            return Error(ErrorCode::Network, error);
    }

    m_apiUrl = QUrl();
    m_apiUrl.setScheme(m_options.tls ? u"https"_s : u"http"_s);
    const bool any = m_options.bind == QHostAddress::Any || m_options.bind == QHostAddress::AnyIPv4
                     || m_options.bind == QHostAddress::AnyIPv6;
    m_apiUrl.setHost(any ? u"127.0.0.1"_s : m_options.bind.toString());
    m_apiUrl.setPort(m_httpPort);
    // OIDC issuer (issue 8): a new sign-in password per start, in sandbox.json.
    m_oidc = std::make_unique<OidcIssuer>(m_user, randomToken().mid(4, 16), m_options.tokenLifetime);
    m_oidc->setIssuerUrl(QUrl(m_apiUrl.toString() + u"/realms/drogue"_s));
    if (!m_bearer)
        setBearerValidator([this](const QByteArray &bearer, QString *user) {
            return m_oidc && m_oidc->validate(bearer, user);
        });
    return m_publishOnStart ? publish() : Status();
}

Result<int> SandboxServer::startProxy(const QString &name, int publicPort, int backendPort)
{
    if (m_faults->refuses(name)) {
        const int port = publicPort > 0 ? publicPort : pickFreePort(m_options.bind);
        std::fprintf(stderr, "drogue-sandbox: fault: refuse: nothing listens on the %s port %d\n", qPrintable(name),
                     port);
        return port;
    }
    // The real listeners behind a proxy are on 127.0.0.1; the API's proxy
    // takes the address given by --bind, the broker's are on 127.0.0.1 as the broker is.
    auto proxy = std::make_unique<ListenerProxy>(name, QHostAddress(QHostAddress::LocalHost), quint16(backendPort),
                                                 m_faults.get(), m_tls);
    const QHostAddress address = name == "api"_L1 ? m_options.bind : QHostAddress(QHostAddress::LocalHost);
    if (!proxy->listen(address, quint16(publicPort)))
        return Error(ErrorCode::Network, tr("Cannot listen on %1 port %2.").arg(address.toString()).arg(publicPort),
                     proxy->errorString());
    const int port = proxy->serverPort();
    m_proxies.push_back(std::move(proxy));
    return port;
}

Status SandboxServer::lockDataDir()
{
    if (m_lock && m_lock->isHeld())
        return {};
    if (!QDir().mkpath(m_options.dataDir))
        return Error(ErrorCode::Io, tr("Cannot create the data folder %1.").arg(m_options.dataDir));
    m_options.dataDir = QDir(m_options.dataDir).absolutePath();
    m_lock = std::make_unique<DataDirLock>(m_options.dataDir);
    return m_lock->acquire();
}

Status SandboxServer::publish()
{
    return writeInfo();
}

Status SandboxServer::startBrokerLink()
{
    if (!m_options.broker || !m_deviceEndpoint || m_brokerLink)
        return {};
    m_brokerLink = std::make_unique<BrokerLink>(m_brokerIntegrationPort, m_tls.caCert, m_token);
    if (Status st = m_brokerLink->start(); !st) {
        m_brokerLink.reset();
        return st;
    }
    m_deviceEndpoint->setBrokerLink(m_brokerLink.get());
    return {};
}

int SandboxServer::deviceHttpPort() const
{
    return m_deviceEndpoint ? m_deviceEndpoint->port() : 0;
}

Status SandboxServer::setFaults(const QStringList &specs, quint64 seed)
{
    // Group commit (not under faults, which answer by themselves): the
    // registry file is written once per turn of the event loop for all the
    // changes of that turn, and their answers wait for it.
    flushHeld();
    m_faults.reset();
    m_registry->setDeferredSaves(specs.isEmpty());
    if (specs.isEmpty())
        return {};
    auto rules = FaultInjector::parse(specs);
    if (!rules)
        return rules.error();
    m_faults = std::make_unique<FaultInjector>(*rules, seed);
    m_faults->setHooks({[this](const QHttpServerRequest &r) { return route(r); },
                        [this](const QHttpServerRequest &r) { return authenticate(r); }, m_registry});
    for (int i = 0; i < rules->size(); ++i)
        std::fprintf(stderr, "drogue-sandbox: faults (seed %llu): rule %d: %s\n", static_cast<unsigned long long>(seed),
                     i + 1, qPrintable(rules->at(i).text));
    return {};
}

struct SandboxServer::Held {
    HttpReply reply;
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;   // the client may leave before the save
};

void SandboxServer::holdUntilSaved(HttpReply reply, QHttpServerResponder &&responder)
{
    QPointer<QTcpSocket> socket = responder.socket();
    m_held.push_back(std::make_unique<Held>(Held{std::move(reply), std::move(responder), socket}));
    if (std::exchange(m_flushQueued, true))
        return;
    QMetaObject::invokeMethod(this, [this] { flushHeld(); }, Qt::QueuedConnection);
}

void SandboxServer::flushHeld()
{
    m_flushQueued = false;
    const Status saved = m_registry->flush();
    // Also the answers to reads held behind a change: they showed it.
    for (auto &held : std::exchange(m_held, {})) {
        if (!held->socket || held->socket->state() != QAbstractSocket::ConnectedState)
            continue;
        writeReply(saved ? held->reply
                         : HttpReply::error(500, u"Internal"_s, saved.error().message),
                   std::move(held->responder));
    }
}

void SandboxServer::stop()
{
    m_proxies.clear();
    m_deviceEndpoint.reset();
    m_brokerLink.reset();
    if (m_http) {
        flushHeld();
        m_http.reset();
        QFile::remove(infoFile());
    }
    m_lock.reset(); // last: the folder is free once sandbox.json is gone
}

QJsonObject SandboxServer::endpoints() const
{
    Endpoints e;
    e.api = m_apiUrl;
    e.registry = m_apiUrl;
    e.issuerUrl = QUrl(m_apiUrl.toString() + u"/realms/drogue");
    e.mqtt = HostPort{u"localhost"_s, m_options.mqttPort};
    e.mqttIntegration = HostPort{u"localhost"_s, m_options.integrationPort};
    if (m_deviceEndpoint)
        e.http = QUrl(u"https://localhost:%1"_s.arg(m_deviceEndpoint->port()));
    e.commandUrl = m_apiUrl;
    e.localCerts = m_options.tls || m_options.broker;
    QJsonObject o = e.toJson();
    o.insert("local_certs"_L1, e.localCerts);
    return o;
}

Status SandboxServer::writeInfo()
{
    const QJsonObject info{
        {u"api"_s, m_apiUrl.toString()},
        {u"endpoints"_s, endpoints()},
        {u"user"_s, m_user},
        {u"token"_s, m_token},
        {u"ca"_s, m_tls.caCert},
        {u"mqtt_port"_s, m_options.mqttPort},
        {u"integration_port"_s, m_options.integrationPort},
        {u"http_endpoint_port"_s, deviceHttpPort()},
        {u"pid"_s, QCoreApplication::applicationPid()},
        {u"oidc"_s, QJsonObject{{u"username"_s, m_oidc ? m_oidc->user() : QString()},
                                {u"password"_s, m_oidc ? m_oidc->password() : QString()},
                                {u"token_lifetime"_s, m_options.tokenLifetime}}},
    };
    return writeFileAtomically(infoFile(), QJsonDocument(info).toJson(), FileMode::Secret,
                               Overwrite::Allow);
}

QString SandboxServer::authenticate(const QHttpServerRequest &request) const
{
    QList<QByteArray> values;
    for (const auto &[name, value] : request.headers())
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            values << value.trimmed();
    if (values.size() != 1)
        return {};
    const QByteArray &v = values.first();
    const qsizetype space = v.indexOf(' ');
    if (space <= 0)
        return {};
    const QByteArray scheme = v.left(space).toLower();
    const QByteArray credential = v.mid(space + 1).trimmed();
    if (credential.isEmpty() || credential.contains(' ') || credential.contains(','))
        return {};
    if (scheme == "basic") {
        const auto decoded = QByteArray::fromBase64Encoding(credential, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return {};
        const qsizetype colon = decoded.decoded.indexOf(':');
        if (colon < 0)
            return {};
        const QByteArray user = decoded.decoded.left(colon);
        const QByteArray token = decoded.decoded.mid(colon + 1);
        if (user == m_user.toUtf8() && constantTimeEquals(token, m_token.toLatin1()))
            return m_user;
        return {};
    }
    if (scheme == "bearer" && m_bearer) {
        QString user;
        if (m_bearer(credential, &user) && !user.isEmpty())
            return user;
    }
    return {};
}

HttpReply SandboxServer::route(const QHttpServerRequest &request)
{
    if (m_oidc) {
        if (auto r = m_oidc->handle(request))
            return *r;
    }
    const QByteArray method = methodName(request);
    const QString rawPath = request.url().path(QUrl::FullyEncoded);
    QStringList segments;
    for (const QString &s : rawPath.split(u'/', Qt::SkipEmptyParts))
        segments << QUrl::fromPercentEncoding(s.toUtf8());
    const auto notAllowed = [] {
        return HttpReply::error(405, u"MethodNotAllowed"_s, tr("This method is not allowed on this path."));
    };
    const QString path = u'/' + segments.join(u'/');

    if (path == "/.well-known/drogue-endpoints"_L1 || path == "/.well-known/drogue-version"_L1) {
        if (method != "GET")
            return notAllowed();
        if (path.endsWith("version"_L1))
            return HttpReply::json(QJsonObject{{u"version"_s, kVersion}});
        QJsonObject pub;
        const QJsonObject all = endpoints();
        for (const char *key : {"api", "console", "sso", "issuer_url", "registry"})
            if (all.contains(QLatin1String(key)))
                pub.insert(QLatin1String(key), all.value(QLatin1String(key)));
        return HttpReply::json(pub);
    }

    const bool info = path == "/api/console/v1alpha1/info"_L1;
    const bool whoami = path == "/api/admin/v1alpha1/user/whoami"_L1;
    const bool registry = segments.size() >= 3 && segments.at(0) == "api"_L1
                          && segments.at(1) == "registry"_L1 && segments.at(2) == "v1alpha1"_L1;
    const bool command = segments.size() >= 3 && segments.at(0) == "api"_L1
                         && segments.at(1) == "command"_L1 && segments.at(2) == "v1alpha1"_L1;
    if (!info && !whoami && !registry && !command)
        return HttpReply::error(404, u"NotFound"_s, tr("No such path: %1").arg(rawPath));

    const QString user = authenticate(request);
    if (user.isEmpty())
        return forbidden();
    if (info || whoami) {
        if (method != "GET")
            return notAllowed();
        return info ? HttpReply::json(endpoints()) : HttpReply::json(QJsonObject{{u"id"_s, user}});
    }
    if (command)
        return this->command(method, segments.mid(3), request.query(), request.body(), user);
    return m_registry->handle(method, segments.mid(3), request.query(), request.body(), user);
}

HttpReply SandboxServer::command(const QByteArray &method, const QStringList &segments, const QUrlQuery &query,
                                 const QByteArray &body, const QString &user)
{
    // apps/{app}/devices/{device}, as drogue-cloud's command-endpoint.
    if (segments.size() != 4 || segments.at(0) != "apps"_L1 || segments.at(2) != "devices"_L1)
        return HttpReply::error(404, u"NotFound"_s, tr("No such path."));
    if (method != "POST")
        return HttpReply::error(405, u"MethodNotAllowed"_s, tr("Commands are sent with POST."));
    const QString name = query.queryItemValue(u"command"_s, QUrl::FullyDecoded);
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'+') || name.contains(u'#'))
        return HttpReply::error(400, u"InvalidRequest"_s,
                                tr("The query parameter 'command' must name the command (without '/', '+' or '#')."));
    const QString &app = segments.at(1);
    const QString &device = segments.at(3);
    // The application through the registry's own access rules (404, 403).
    const HttpReply appReply = m_registry->handle("GET", {u"apps"_s, app}, {}, {}, user);
    if (appReply.status != 200)
        return appReply;
    // As Drogue: an unknown or disabled device is 406 Not Acceptable.
    const HttpReply deviceReply = m_registry->handle("GET", {u"apps"_s, app, u"devices"_s, device}, {}, {}, user);
    if (deviceReply.status != 200)
        return HttpReply::empty(406);
    const QJsonObject spec = QJsonDocument::fromJson(deviceReply.body).object().value("spec"_L1).toObject();
    if (spec.value("core"_L1).toObject().value("disabled"_L1).toBool())
        return HttpReply::empty(406);
    if (!m_deviceEndpoint || !m_brokerLink)
        return HttpReply::error(503, u"ServiceUnavailable"_s, tr("The sandbox runs without a broker."));
    const int http = m_deviceEndpoint->deliverCommand(app, device, name, body);
    m_brokerLink->publish(BrokerLink::commandTopic(app, device, name), body, [app, device, name, http](bool ok) {
        std::fprintf(stderr, "drogue-sandbox: command '%s' for device '%s' of application '%s': %d waiting HTTP "
                             "request(s), %s\n",
                     qPrintable(name), qPrintable(device), qPrintable(app), http,
                     ok ? "handed to the broker" : "the broker did not take it");
    });
    return HttpReply::empty(202);
}

} // namespace dwb::sandbox
