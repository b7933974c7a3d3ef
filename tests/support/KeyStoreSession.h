// Test fixture: a real desktop key store of the test's own. A private D-Bus
// session bus (dbus-daemon --session --nofork) and gnome-keyring-daemon
// (--foreground --unlock --components=secrets) on it, its "login" keyring
// created and unlocked with a known password, under a fresh HOME and XDG
// folders; both stopped (SIGTERM) on stop() or in the destructor. No mocks:
// QtKeychain (libsecret) in dwb and in the GUI talks to this Secret Service,
// secret-tool (libsecret-tools) is the outside judge.
//
//   dwb::test::KeyStoreSession keys;
//   QVERIFY2(keys.start(), qPrintable(keys.errorString()));
//   process.setProcessEnvironment(keys.environment());   // dwb, secret-tool
//   keys.applyToThisProcess();                            // the in-process GUI
//
// DISPLAY and WAYLAND_DISPLAY are removed: gnome-keyring's unlock prompt
// (gcr-prompter, started by the bus) cannot open a window, so a locked
// keyring is refused at once instead of waiting for someone to type.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dwb::test {

class KeyStoreSession {
public:
    static constexpr const char *kPassword = "dwb-test-keyring-password";

    KeyStoreSession();
    ~KeyStoreSession();
    KeyStoreSession(const KeyStoreSession &) = delete;
    KeyStoreSession &operator=(const KeyStoreSession &) = delete;

    // Starts the bus, then the keyring, and waits (up to timeoutMs) until
    // org.freedesktop.secrets is owned on the bus. false: errorString() says
    // why, with the programs' stderr.
    bool start(int timeoutMs = 20000);
    void stop();
    QString errorString() const { return m_error; }

    QString home() const;          // the fresh HOME (XDG_* folders inside it)
    QString busAddress() const { return m_address; }
    // The system environment with this HOME, XDG_* folders and bus, without
    // a display.
    QProcessEnvironment environment() const;
    // The same variables in this process (before anything here uses QSettings
    // or the key store).
    void applyToThisProcess() const;

    // The default collection through the Secret Service API: locked (Lock,
    // which needs no prompt) and whether it is locked.
    bool lock();
    bool isLocked();
    // Unlocks it again with the password (gnome-keyring's own interface:
    // the Secret Service's Unlock would need a prompt).
    bool unlock();

    // secret-tool ARGS in this session; its exit code (-1: did not finish
    // within timeoutMs).
    int secretTool(const QStringList &args, QByteArray *out, QByteArray *err = nullptr, int timeoutMs = 20000,
                   const QByteArray &stdIn = {});
    // What `secret-tool search --all server SERVICE` prints about the items
    // QtKeychain stored for SERVICE (attributes user = the key, secret = …).
    QByteArray searchService(const QString &service, int *exitCode = nullptr);

private:
    bool startKeyring(int timeoutMs);
    bool waitForSecretService(bool registered, int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_keyring;
    QString m_address;
    QString m_connectionName;
    QString m_error;
};

} // namespace dwb::test
