// Test fixture: runs the real drogue-sandbox program (build/bin) in a
// temporary data folder on free ports, and stops it (SIGTERM) on stop() or
// in the destructor.
//
//   dwb::test::Sandbox sandbox;
//   QVERIFY2(sandbox.start({"--no-broker"}), qPrintable(sandbox.errorString()));
//   dwb::RegistryClient client(sandbox.connectionSettings());
#pragma once

#include "core/cloud/RegistryClient.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace dwb::test {

// For QVERIFY2 (which evaluates its message even on success):
//   QVERIFY2(r.ok(), why(r));
// The permission bits of a file (stat: e.g. 0600), -1 if it does not exist.
int fileMode(const QString &path);

template <typename R>
const char *why(const R &result)
{
    static thread_local QByteArray text;
    text = result.ok() ? QByteArray() : result.error().toString().toUtf8();
    return text.constData();
}

class Sandbox {
public:
    // dataDir empty: a fresh temporary folder, removed with the fixture.
    explicit Sandbox(const QString &dataDir = {});
    ~Sandbox();
    Sandbox(const Sandbox &) = delete;
    Sandbox &operator=(const Sandbox &) = delete;

    // Starts drogue-sandbox --data-dir DIR --http-port 0 … extraArgs and
    // waits (up to timeoutMs) for its API URL line and sandbox.json.
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 20000);
    // SIGTERM, wait; returns the exit code (-1 if it had to be killed).
    int stop(int timeoutMs = 10000);
    bool isRunning() const;

    QUrl api() const;
    QString user() const;
    QString token() const;
    QString caFile() const;
    QString dataDir() const;
    int mqttPort() const;
    int integrationPort() const;
    QJsonObject info() const;           // sandbox.json as read at start
    QString errorString() const;        // why start() failed (with the program's stderr)
    QByteArray stdErr();                // what the program wrote to stderr so far
    QByteArray stdOut();                // what the program wrote to stdout so far
    // Waits (running the event loop) until the sandbox's stderr holds needle,
    // at most timeoutMs; returns all of its stderr (check it for needle).
    QByteArray waitForLog(const QByteArray &needle, int timeoutMs = 10000);

    // Connection settings for RegistryClient (access token, the sandbox's CA).
    ConnectionSettings connectionSettings(int timeoutMs = 30000) const;
    // Global dwb options for this sandbox: {"--sandbox", dataDir()}
    QStringList dwbArgs() const;
    // Creates (or updates) device `name` of `app` with exactly this alias and
    // enabled state, through the registry API; false (with a warning) if refused.
    bool registerDevice(const QString &app, const QString &name, const QString &alias,
                        bool disabled = false) const;

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_info;
    QString m_error;
    QByteArray m_stderr;
    QByteArray m_stdout;
};

} // namespace dwb::test
