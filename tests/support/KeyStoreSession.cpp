#include "support/KeyStoreSession.h"

#include <QDBusArgument>
#include <QDBusMetaType>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// The Secret Service's Secret: (o session, ay parameters, ay value, s content_type).
struct ServiceSecret {
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &arg, const ServiceSecret &s)
{
    arg.beginStructure();
    arg << s.session << s.parameters << s.value << s.contentType;
    arg.endStructure();
    return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, ServiceSecret &s)
{
    arg.beginStructure();
    arg >> s.session >> s.parameters >> s.value >> s.contentType;
    arg.endStructure();
    return arg;
}

} // namespace

Q_DECLARE_METATYPE(ServiceSecret)

namespace dwb::test {

namespace {

const QString kSecrets = u"org.freedesktop.secrets"_s;
const QString kServicePath = u"/org/freedesktop/secrets"_s;
const QString kServiceIface = u"org.freedesktop.Secret.Service"_s;
const QString kCollectionIface = u"org.freedesktop.Secret.Collection"_s;

// The environment variables this session sets (besides the bus).
QList<std::pair<QString, QString>> folderVariables(const QString &home)
{
    return {{u"HOME"_s, home},
            {u"XDG_CONFIG_HOME"_s, home + u"/.config"_s},
            {u"XDG_DATA_HOME"_s, home + u"/.local/share"_s},
            {u"XDG_CACHE_HOME"_s, home + u"/.cache"_s},
            {u"XDG_STATE_HOME"_s, home + u"/.local/state"_s},
            {u"XDG_RUNTIME_DIR"_s, home + u"/run"_s}};
}

const char *const kRemoved[] = {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "GNOME_KEYRING_CONTROL",
                                "SSH_AUTH_SOCK"};

void stopProcess(QProcess *p)
{
    if (!p || p->state() == QProcess::NotRunning)
        return;
    p->terminate();
    if (!p->waitForFinished(10000)) {
        p->kill();
        p->waitForFinished(5000);
    }
}

} // namespace

KeyStoreSession::KeyStoreSession() = default;

KeyStoreSession::~KeyStoreSession()
{
    stop();
}

QString KeyStoreSession::home() const
{
    return m_tmp ? m_tmp->filePath(u"home"_s) : QString();
}

QProcessEnvironment KeyStoreSession::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v : kRemoved)
        env.remove(QString::fromLatin1(v));
    for (const auto &[name, value] : folderVariables(home()))
        env.insert(name, value);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_address);
    return env;
}

void KeyStoreSession::applyToThisProcess() const
{
    for (const char *v : kRemoved)
        qunsetenv(v);
    for (const auto &[name, value] : folderVariables(home()))
        qputenv(name.toLocal8Bit().constData(), QFile::encodeName(value));
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toLocal8Bit());
}

bool KeyStoreSession::start(int timeoutMs)
{
    stop();
    m_error.clear();
    m_tmp = std::make_unique<QTemporaryDir>();
    if (!m_tmp->isValid()) {
        m_error = u"cannot create a temporary folder"_s;
        return false;
    }
    for (const auto &[name, value] : folderVariables(home())) {
        if (!QDir().mkpath(value)) {
            m_error = u"cannot create %1"_s.arg(value);
            return false;
        }
    }
    QFile::setPermissions(home() + u"/run"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    const QString keyring = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    const QString tool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (daemon.isEmpty() || keyring.isEmpty() || tool.isEmpty()) {
        m_error = u"the real key store needs dbus-daemon, gnome-keyring-daemon and secret-tool (Debian packages "
                  "dbus-daemon, gnome-keyring, libsecret-tools: ./run installs them); missing:%1%2%3"_s
                      .arg(daemon.isEmpty() ? u" dbus-daemon"_s : QString(),
                           keyring.isEmpty() ? u" gnome-keyring-daemon"_s : QString(),
                           tool.isEmpty() ? u" secret-tool"_s : QString());
        return false;
    }

    // The bus: the system's session configuration (the services it can
    // start, gcr-prompter among them), in the foreground, its address on stdout.
    m_bus = std::make_unique<QProcess>();
    QProcessEnvironment busEnv = QProcessEnvironment::systemEnvironment();
    for (const char *v : kRemoved)
        busEnv.remove(QString::fromLatin1(v));
    for (const auto &[name, value] : folderVariables(home()))
        busEnv.insert(name, value);
    busEnv.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    m_bus->setProcessEnvironment(busEnv);
    m_bus->start(daemon, {u"--session"_s, u"--nofork"_s, u"--nopidfile"_s, u"--print-address=1"_s});
    QElapsedTimer clock;
    clock.start();
    while (!m_bus->canReadLine() && m_bus->state() != QProcess::NotRunning && clock.elapsed() < timeoutMs)
        m_bus->waitForReadyRead(int(qMax<qint64>(1, timeoutMs - clock.elapsed())));
    if (!m_bus->canReadLine()) {
        m_error = u"dbus-daemon printed no address within %1 ms: %2"_s.arg(timeoutMs).arg(
            QString::fromLocal8Bit(m_bus->readAllStandardError()));
        stop();
        return false;
    }
    m_address = QString::fromLocal8Bit(m_bus->readLine()).trimmed();
    m_connectionName = u"dwb-test-keystore-%1"_s.arg(quintptr(this), 0, 16);
    QDBusConnection conn = QDBusConnection::connectToBus(m_address, m_connectionName);
    if (!conn.isConnected()) {
        m_error = u"cannot connect to the private bus %1: %2"_s.arg(m_address, conn.lastError().message());
        stop();
        return false;
    }
    if (!startKeyring(int(qMax<qint64>(1000, timeoutMs - clock.elapsed())))) {
        stop();
        return false;
    }
    return true;
}

bool KeyStoreSession::startKeyring(int timeoutMs)
{
    m_keyring = std::make_unique<QProcess>();
    m_keyring->setProcessEnvironment(environment());
    m_keyring->start(QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s),
                     {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
    if (!m_keyring->waitForStarted(10000)) {
        m_error = u"gnome-keyring-daemon did not start: %1"_s.arg(m_keyring->errorString());
        return false;
    }
    // --unlock reads the password up to the end of its input: it creates the
    // login keyring with it (a fresh HOME) or unlocks the one on disk.
    m_keyring->write(kPassword);
    m_keyring->closeWriteChannel();
    if (!waitForSecretService(true, timeoutMs)) {
        m_keyring->waitForFinished(200);
        m_error = u"gnome-keyring-daemon (%1) did not take org.freedesktop.secrets on the bus within %2 ms; "
                  "its stderr: %3"_s
                      .arg(m_keyring->state() == QProcess::NotRunning
                               ? u"exited with code %1"_s.arg(m_keyring->exitCode())
                               : u"running"_s)
                      .arg(timeoutMs)
                      .arg(QString::fromLocal8Bit(m_keyring->readAllStandardError()));
        return false;
    }
    return true;
}

bool KeyStoreSession::waitForSecretService(bool registered, int timeoutMs)
{
    QDBusConnection conn = QDBusConnection(m_connectionName);
    QDBusServiceWatcher watcher(kSecrets, conn,
                                registered ? QDBusServiceWatcher::WatchForRegistration
                                           : QDBusServiceWatcher::WatchForUnregistration);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&watcher, &QDBusServiceWatcher::serviceRegistered, &loop, &QEventLoop::quit);
    QObject::connect(&watcher, &QDBusServiceWatcher::serviceUnregistered, &loop, &QEventLoop::quit);
    auto done = [&] {
        const QDBusReply<bool> r = conn.interface()->isServiceRegistered(kSecrets);
        return r.isValid() && r.value() == registered;
    };
    if (done())
        return true;
    // The keyring exiting early is an answer too.
    if (m_keyring)
        QObject::connect(m_keyring.get(), &QProcess::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    if (m_keyring)
        QObject::disconnect(m_keyring.get(), &QProcess::finished, &loop, nullptr);
    return done();
}

bool KeyStoreSession::unlock()
{
    // Unlock would need a prompt; gnome-keyring's own interface takes the
    // password (in a "plain" session: the bus is private to this test).
    QDBusConnection conn(m_connectionName);
    qDBusRegisterMetaType<ServiceSecret>();
    QDBusInterface service(kSecrets, kServicePath, kServiceIface, conn);
    const QDBusMessage session =
        service.call(u"OpenSession"_s, u"plain"_s, QVariant::fromValue(QDBusVariant(QString())));
    const QDBusReply<QDBusObjectPath> alias = service.call(u"ReadAlias"_s, u"default"_s);
    if (session.type() != QDBusMessage::ReplyMessage || session.arguments().size() != 2 || !alias.isValid()) {
        m_error = u"OpenSession/ReadAlias failed: %1 %2"_s.arg(session.errorMessage(), alias.error().message());
        return false;
    }
    const ServiceSecret secret{qdbus_cast<QDBusObjectPath>(session.arguments().at(1)), {}, QByteArray(kPassword),
                               u"text/plain"_s};
    QDBusInterface internal(kSecrets, kServicePath, u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s,
                            conn);
    const QDBusMessage reply =
        internal.call(u"UnlockWithMasterPassword"_s, QVariant::fromValue(alias.value()), QVariant::fromValue(secret));
    if (reply.type() != QDBusMessage::ReplyMessage) {
        m_error = u"UnlockWithMasterPassword failed: %1"_s.arg(reply.errorMessage());
        return false;
    }
    return !isLocked();
}

void KeyStoreSession::stop()
{
    stopProcess(m_keyring.get());
    m_keyring.reset();
    if (!m_connectionName.isEmpty()) {
        QDBusConnection::disconnectFromBus(m_connectionName);
        m_connectionName.clear();
    }
    stopProcess(m_bus.get());
    m_bus.reset();
    m_address.clear();
}

bool KeyStoreSession::lock()
{
    QDBusConnection conn(m_connectionName);
    QDBusInterface service(kSecrets, kServicePath, kServiceIface, conn);
    const QDBusReply<QDBusObjectPath> alias = service.call(u"ReadAlias"_s, u"default"_s);
    if (!alias.isValid() || alias.value().path() == u"/"_s) {
        m_error = u"no default collection: %1"_s.arg(alias.error().message());
        return false;
    }
    const QDBusMessage reply =
        service.call(u"Lock"_s, QVariant::fromValue(QList<QDBusObjectPath>{alias.value()}));
    if (reply.type() != QDBusMessage::ReplyMessage) {
        m_error = u"Lock failed: %1"_s.arg(reply.errorMessage());
        return false;
    }
    return isLocked();
}

bool KeyStoreSession::isLocked()
{
    QDBusConnection conn(m_connectionName);
    QDBusInterface service(kSecrets, kServicePath, kServiceIface, conn);
    const QDBusReply<QDBusObjectPath> alias = service.call(u"ReadAlias"_s, u"default"_s);
    if (!alias.isValid())
        return false;
    QDBusInterface collection(kSecrets, alias.value().path(), kCollectionIface, conn);
    return collection.property("Locked").toBool();
}

int KeyStoreSession::secretTool(const QStringList &args, QByteArray *out, QByteArray *err, int timeoutMs,
                                const QByteArray &stdIn)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStandardPaths::findExecutable(u"secret-tool"_s), args);
    if (!p.waitForStarted(10000))
        return -1;
    if (!stdIn.isEmpty())
        p.write(stdIn);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QByteArray KeyStoreSession::searchService(const QString &service, int *exitCode)
{
    QByteArray out, err;
    // --all: every match, with its secret (unlocked); the attributes go to stderr
    // in some libsecret versions, so both are returned.
    const int rc = secretTool({u"search"_s, u"--all"_s, u"server"_s, service}, &out, &err);
    if (exitCode)
        *exitCode = rc;
    return out + err;
}

} // namespace dwb::test
