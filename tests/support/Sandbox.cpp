#include "support/Sandbox.h"

#include "support/TestEnv.h"

#include "core/cloud/Await.h"

#include <QDebug>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTest>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace dwb::test {

Sandbox::Sandbox(const QString &dataDir)
{
    if (dataDir.isEmpty()) {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_dir = QDir(m_tmp->path()).absoluteFilePath(u"sandbox"_s);
    } else {
        m_dir = QDir(dataDir).absolutePath();
    }
}

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::start(const QStringList &extraArgs, int timeoutMs)
{
    stop();
    m_info = {};
    m_error.clear();
    m_stderr.clear();
    m_stdout.clear();
    m_process = std::make_unique<QProcess>();
    QStringList args{u"--data-dir"_s, m_dir, u"--http-port"_s, u"0"_s};
    args += extraArgs;
    m_process->start(program(u"drogue-sandbox"_s), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = u"drogue-sandbox did not start: "_s + m_process->errorString();
        return false;
    }
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!out.contains('\n')) {
        if (m_process->state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_process->waitForFinished(1000);
            m_stderr += m_process->readAllStandardError();
            m_error = u"drogue-sandbox did not become ready: "_s + QString::fromUtf8(m_stderr);
            if (m_process->state() != QProcess::NotRunning) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
            m_process.reset();
            return false;
        }
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
    }
    m_stdout = out;
    QFile f(QDir(m_dir).filePath(u"sandbox.json"_s));
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = u"sandbox.json is missing after the ready line"_s;
        return false;
    }
    m_info = QJsonDocument::fromJson(f.readAll()).object();
    if (m_info.value("api"_L1).toString() != QString::fromUtf8(out.left(out.indexOf('\n')).trimmed())) {
        m_error = u"the printed API URL differs from sandbox.json"_s;
        return false;
    }
    return true;
}

int Sandbox::stop(int timeoutMs)
{
    if (!m_process)
        return 0;
    int rc = 0;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM
        if (!m_process->waitForFinished(timeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(5000);
            rc = -1;
        } else {
            rc = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
        }
    } else {
        rc = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    }
    m_stderr += m_process->readAllStandardError();
    m_stdout += m_process->readAllStandardOutput();
    m_process.reset();
    return rc;
}

bool Sandbox::isRunning() const { return m_process && m_process->state() == QProcess::Running; }

QUrl Sandbox::api() const { return QUrl(m_info.value("api"_L1).toString()); }
QString Sandbox::user() const { return m_info.value("user"_L1).toString(); }
QString Sandbox::token() const { return m_info.value("token"_L1).toString(); }
QString Sandbox::caFile() const { return m_info.value("ca"_L1).toString(); }
QString Sandbox::dataDir() const { return m_dir; }
int Sandbox::mqttPort() const { return m_info.value("mqtt_port"_L1).toInt(); }
int Sandbox::integrationPort() const { return m_info.value("integration_port"_L1).toInt(); }
QJsonObject Sandbox::info() const { return m_info; }
QString Sandbox::errorString() const { return m_error; }

QByteArray Sandbox::stdErr()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

QByteArray Sandbox::waitForLog(const QByteArray &needle, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!stdErr().contains(needle) && t.elapsed() < timeoutMs)
        QTest::qWait(50);
    return stdErr();
}

QByteArray Sandbox::stdOut()
{
    if (m_process)
        m_stdout += m_process->readAllStandardOutput();
    return m_stdout;
}

ConnectionSettings Sandbox::connectionSettings(int timeoutMs) const
{
    ConnectionSettings s;
    s.apiUrl = api();
    s.credentials = Credentials::accessToken(user(), token());
    s.serverCaFile = caFile();
    s.timeoutMs = timeoutMs;
    return s;
}

int fileMode(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QStringList Sandbox::dwbArgs() const { return {u"--sandbox"_s, m_dir}; }

bool Sandbox::registerDevice(const QString &app, const QString &name, const QString &alias,
                             bool disabled) const
{
    RegistryClient client(connectionSettings());
    auto r = await(client.modifyDevice(
        app, name,
        [&](Device &d) {
            d.setAliases({alias});
            d.setDisabled(disabled);
            return Status();
        },
        true));
    if (!r)
        qWarning() << r.error().toString();
    return r.ok();
}

} // namespace dwb::test
