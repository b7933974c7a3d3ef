// SecretStore backends besides the in-memory one in Context.h:
//  - KeychainSecretStore: the system key store through QtKeychain (Secret
//    Service / KWallet). Jobs are asynchronous; this wrapper waits for each
//    with a timeout so that a missing or hanging key store is reported as
//    "no key store available" instead of blocking.
//  - FileSecretStore: a 0600 JSON file; only after an explicit user choice
//    (the caller warns that the secrets are on disk in plain form).
//  - TestSecretStore: in memory, can pretend to be unavailable (CI).
#pragma once

#include "core/config/Context.h"

#include <QHash>
#include <QString>

#include <memory>

namespace dwb {

class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Drogue Workbench"),
                                 int timeoutMs = 5000);
    std::optional<QString> read(const QString &ref) const override;
    void write(const QString &ref, const QString &secret) override;
    void remove(const QString &ref) override;
    bool persistent() const override { return true; }
    // Probes the key store once (a read of a key that need not exist):
    // "no key store available" when there is no backend or it does not answer.
    Status availability() const override;
    Status store(const QString &ref, const QString &secret) override;
    QString kindName() const override;
    QString id() const override { return QStringLiteral("keychain"); }

private:
    Error lockedError() const;

    QString m_service;
    int m_timeoutMs;
    mutable std::optional<Status> m_probe;
    // A read or write failed because the Secret Service collection is
    // locked: availability() says so while it stays locked.
    mutable bool m_lockedSeen = false;
};

class FileSecretStore final : public SecretStore {
public:
    explicit FileSecretStore(QString path);
    std::optional<QString> read(const QString &ref) const override;
    void write(const QString &ref, const QString &secret) override;
    void remove(const QString &ref) override;
    bool persistent() const override { return true; }
    Status store(const QString &ref, const QString &secret) override;
    QString kindName() const override;
    QString id() const override { return QStringLiteral("file"); }
    QString path() const { return m_path; }
    // ~/.local/share/Drogue IoT/Drogue Workbench/secrets.json (the same for
    // dwb and drogue-workbench; XDG_DATA_HOME is honoured).
    static QString defaultPath();

private:
    Result<QHash<QString, QString>> load() const;
    QString m_path;
};

class TestSecretStore final : public SecretStore {
public:
    QString id() const override { return QStringLiteral("test"); }
    QString kindName() const override { return QStringLiteral("test"); }
    bool persistent() const override { return true; }
    Status availability() const override;
    std::optional<QString> read(const QString &ref) const override;
    void write(const QString &ref, const QString &secret) override;
    Status store(const QString &ref, const QString &secret) override;
    void remove(const QString &ref) override;
    void setAvailable(bool available) { m_available = available; }
    QHash<QString, QString> all() const { return m_secrets; }

private:
    bool m_available = true;
    QHash<QString, QString> m_secrets;
};

// "keychain" (default, also for ""), "session", "file", "test": the store to use.
// For "keychain", availability() tells whether it can be used.
std::unique_ptr<SecretStore> makeSecretStore(const QString &kind);

// The message shown when no key store is available, with the choices.
QString noKeyStoreMessage();
// The message when the key store is there but locked (and the unlock prompt
// could not be shown or was dismissed).
QString lockedKeyStoreMessage();

} // namespace dwb
