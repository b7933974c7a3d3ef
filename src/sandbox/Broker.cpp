#include "sandbox/Broker.h"

#include "core/crypto/Certificate.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <openssl/x509.h>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace dwb::sandbox {

namespace {
// mosquitto logs this once every listener is open (after listeners__start):
// the readiness signal. Probing the ports instead meant TLS connections
// closed mid-handshake, each logged as a failed client connection.
bool isRunningLine(const QString &line)
{
    return line.startsWith("mosquitto version "_L1) && line.endsWith(" running"_L1);
}

// mosquitto warns whenever its effective uid or gid is 0 after the optional
// privilege drop ("user" in the config). The config says "user root" when
// the sandbox runs as root: dropping to the mosquitto or nobody user would
// leave the broker unable to read the sandbox's 0600 files (registry,
// anchors) in the user's 0700 data folder. So the line is expected there and
// shown as what it is, not as a fault of the sandbox.
const auto kRootWarning = "Warning: Mosquitto should not be run as root/administrator."_L1;
} // namespace

Broker::Broker(BrokerConfig config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
}

Broker::~Broker()
{
    stop();
}

QString Broker::brokerDir() const
{
    return QDir(m_config.dataDir).absoluteFilePath(u"broker"_s);
}

QString Broker::anchorsDir() const
{
    return QDir(brokerDir()).absoluteFilePath(u"anchors"_s);
}

QString Broker::configFile() const
{
    return QDir(brokerDir()).absoluteFilePath(u"mosquitto.conf"_s);
}

QString Broker::findPlugin()
{
    const QString env = qEnvironmentVariable("DWB_BROKER_PLUGIN");
    if (!env.isEmpty())
        return QFileInfo::exists(env) ? env : QString();
    const QString name = u"drogue_auth_plugin.so"_s;
    const QDir app(QCoreApplication::applicationDirPath());
    const QStringList candidates{
        app.absoluteFilePath(u"../lib/"_s + name),
        app.absoluteFilePath(u"../lib/drogue-workbench/"_s + name),
        app.absoluteFilePath(u"../lib/x86_64-linux-gnu/drogue-workbench/"_s + name),
        app.absoluteFilePath(u"../lib/aarch64-linux-gnu/drogue-workbench/"_s + name),
        app.absoluteFilePath(name),
    };
    for (const QString &c : candidates)
        if (QFileInfo::exists(c))
            return QFileInfo(c).canonicalFilePath();
    return {};
}

Status Broker::syncAnchors()
{
    const QString registry = QDir(m_config.dataDir).absoluteFilePath(u"registry.json"_s);
    QDir().mkpath(anchorsDir());
    QFile f(registry);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read the registry for the broker."), f.errorString());
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    bool sameName = false;
    for (const QJsonValue &v : root.value("applications"_L1).toArray()) {
        const QJsonArray anchors = v.toObject().value("status"_L1).toObject()
                                       .value("trustAnchors"_L1).toObject()
                                       .value("anchors"_L1).toArray();
        for (const QJsonValue &a : anchors) {
            const QJsonObject valid = a.toObject().value("valid"_L1).toObject();
            if (valid.isEmpty())
                continue;
            auto cert = Certificate::fromPem(
                QByteArray::fromBase64(valid.value("certificate"_L1).toString().toLatin1()));
            if (!cert)
                continue;
            const QByteArray der = cert->toDer();
            if (m_written.contains(der))
                continue;
            const unsigned long hash = X509_subject_name_hash(cert->get());
            // Append at the next free suffix: OpenSSL's by_dir lookup reads
            // <hash>.0, .1, … and picks up new ones without a restart.
            int n = 0;
            QString path;
            do {
                path = QDir(anchorsDir()).absoluteFilePath(
                    QString::asprintf("%08lx.%d", hash, n++));
            } while (QFileInfo::exists(path));
            if (Status st = writeFileAtomically(path, cert->toPem()); !st)
                return st;
            m_written.insert(der);
            sameName = sameName || n > 1;
        }
    }
    // A second anchor with the subject of one the running broker's TLS store
    // may have cached already (a rotation: `dwb trust create` names every
    // anchor of an application alike) would never be looked up in the folder:
    // OpenSSL asks the folder only for names it has not cached, and
    // mosquitto 2.0.11 keeps its store on SIGHUP. A restart (same ports)
    // gives a fresh store that reads every <hash>.N at the first lookup.
    if (sameName && isRunning())
        return restart();
    return {};
}

Status Broker::writeConfig()
{
    QDir dir(brokerDir());
    if (!dir.mkpath(u"."_s))
        return Error(ErrorCode::Io, tr("Cannot create the broker folder %1.").arg(brokerDir()));
    // A fresh anchors folder on every start (OpenSSL needs gapless suffixes).
    QDir(anchorsDir()).removeRecursively();
    m_written.clear();
    if (!QDir().mkpath(anchorsDir()))
        return Error(ErrorCode::Io, tr("Cannot create the broker folder %1.").arg(anchorsDir()));
    if (Status st = syncAnchors(); !st)
        return st;

    const QString tokenFile = dir.absoluteFilePath(u"token"_s);
    if (Status st = writeFileAtomically(tokenFile, m_config.token.toUtf8(), FileMode::Secret,
                                        Overwrite::Allow);
        !st)
        return st;

    QString plugin = m_config.pluginPath.isEmpty() ? findPlugin() : m_config.pluginPath;
    if (plugin.isEmpty() || !QFileInfo::exists(plugin))
        return Error(ErrorCode::Io, tr("The broker plugin drogue_auth_plugin.so was not found."),
                     u"looked next to "_s + QCoreApplication::applicationDirPath());

    const QString registry = QDir(m_config.dataDir).absoluteFilePath(u"registry.json"_s);
    QString conf;
    conf += u"# Written by drogue-sandbox; rewritten on every start.\n"_s;
    conf += u"per_listener_settings false\n"_s;
    conf += u"allow_anonymous false\n"_s;
    if (::geteuid() == 0)
        conf += u"user root\n"_s;
    conf += u"persistence false\n"_s;
    conf += u"log_dest stderr\n"_s; // unbuffered, unlike stdout into a pipe
    conf += u"log_type error\nlog_type warning\nlog_type notice\nlog_type information\n"_s;
    conf += u"log_timestamp false\n"_s;
    conf += u"plugin "_s + plugin + u"\n"_s;
    conf += u"plugin_opt_registry "_s + registry + u"\n"_s;
    conf += u"plugin_opt_user "_s + m_config.user + u"\n"_s;
    conf += u"plugin_opt_token_file "_s + tokenFile + u"\n"_s;
    if (!m_config.faults.isEmpty())
        conf += u"plugin_opt_faults "_s + m_config.faults + u"\n"_s;
    conf += u"\n# Devices: mutual TLS, any application's anchor (the plugin checks the rest)\n"_s;
    conf += u"listener %1 127.0.0.1\n"_s.arg(m_config.mqttPort);
    conf += u"certfile "_s + m_config.serverCert + u"\n"_s;
    conf += u"keyfile "_s + m_config.serverKey + u"\n"_s;
    conf += u"capath "_s + anchorsDir() + u"\n"_s;
    conf += u"require_certificate true\n"_s;
    conf += u"use_identity_as_username false\n"_s;
    conf += u"\n# Integration: TLS, user id + access token\n"_s;
    conf += u"listener %1 127.0.0.1\n"_s.arg(m_config.integrationPort);
    conf += u"certfile "_s + m_config.serverCert + u"\n"_s;
    conf += u"keyfile "_s + m_config.serverKey + u"\n"_s;
    return writeFileAtomically(configFile(), conf.toUtf8(), FileMode::Secret, Overwrite::Allow);
}

Status Broker::start(int timeoutMs)
{
    if (isRunning())
        return {};
    if (m_config.mqttPort <= 0 || m_config.integrationPort <= 0)
        return Error(ErrorCode::InvalidArgument, tr("The broker needs two ports."));
    if (Status st = writeConfig(); !st)
        return st;

    m_stopping = false;
    m_ready = false;
    m_asRoot = false;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setChildProcessModifier([] {
        // Die with the sandbox, whatever kills it.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        // A process group of its own: a Ctrl+C in the sandbox's terminal
        // reaches the sandbox only, which then stops the broker itself.
        ::setpgid(0, 0);
    });
    connect(m_process.get(), &QProcess::readyRead, this, &Broker::readOutput);
    connect(m_process.get(), &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        readOutput();
        if (m_restarting)
            return;
        if (!m_stopping)
            Q_EMIT logLine(u"mosquitto exited unexpectedly with code %1"_s.arg(code));
        Q_EMIT finished(code);
    });
    m_process->start(m_config.program, {u"-c"_s, configFile()});
    if (!m_process->waitForStarted(5000))
        return Error(ErrorCode::Io, tr("Cannot start the MQTT broker %1.").arg(m_config.program),
                     m_process->errorString());
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_process->waitForFinished(100);
            const QByteArray out = m_partial + m_process->readAll();
            return Error(ErrorCode::Server, tr("The MQTT broker stopped right after its start."),
                         QString::fromUtf8(out).trimmed());
        }
        m_process->waitForReadyRead(50);
        readOutput();
        if (m_ready)
            return {};
    }
    stop();
    return Error(ErrorCode::Timeout, tr("The MQTT broker did not open its ports in time."));
}

void Broker::readOutput()
{
    if (!m_process)
        return;
    m_partial += m_process->readAll();
    qsizetype nl;
    while ((nl = m_partial.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_partial.left(nl)).trimmed();
        m_partial.remove(0, nl + 1);
        if (line.isEmpty())
            continue;
        // mosquitto's advice against root comes before its "starting" line:
        // said after "running", where it does not read as the first news.
        if (line == kRootWarning && ::geteuid() == 0) {
            m_asRoot = true;
            Q_EMIT logLine(line);
            continue;
        }
        std::fprintf(stderr, "mosquitto: %s\n", qPrintable(line));
        if (isRunningLine(line)) {
            m_ready = true;
            if (m_asRoot)
                std::fprintf(stderr, "drogue-sandbox: the broker runs as root because drogue-sandbox does "
                                     "(mosquitto notes: \"%.*s\"); it listens on 127.0.0.1 only.\n",
                             int(kRootWarning.size() - 9), kRootWarning.data() + 9);
        }
        std::fflush(stderr);
        Q_EMIT logLine(line);
    }
}

Status Broker::restart()
{
    m_restarting = true;
    stop();
    m_restarting = false;
    Q_EMIT logLine(u"restarting the broker: a trust anchor with the name of another one was added"_s);
    std::fprintf(stderr, "drogue-sandbox: restarting the broker (a trust anchor with the subject of another one "
                         "was added)\n");
    return start();
}

void Broker::stop()
{
    if (!m_process)
        return;
    m_stopping = true;
    if (m_process->state() != QProcess::NotRunning) {
        // mosquitto ends its loop and logs "terminating" on SIGTERM, within a
        // second when the machine is idle; a loaded one (CI) gets 8 s, inside
        // the 10 s a sandbox's own stop is given.
        m_process->terminate();
        if (!m_process->waitForFinished(8000)) {
            std::fprintf(stderr, "drogue-sandbox: the MQTT broker did not stop within 8 s of SIGTERM: killed\n");
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    readOutput();
    m_process->disconnect(this);
    m_process.reset();
}

bool Broker::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

} // namespace dwb::sandbox
