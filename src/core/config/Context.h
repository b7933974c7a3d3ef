// Connection contexts: which server, which user, which defaults. Stored with
// QSettings (organization "Drogue IoT", application "Drogue Workbench"),
// shared by drogue-workbench and dwb. Secrets never go to QSettings: a
// context only holds a *reference* to its credentials and the kind of
// SecretStore that keeps them (SecretStore.h: the system key store through
// QtKeychain by default; this session only, or a 0600 file after an
// explicit choice).
#pragma once

#include "core/util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace dwb {

struct Context {
    QString name;
    QUrl apiUrl;
    QString defaultApp;
    QString defaultAlgorithm;   // stable algorithm name, e.g. "ecdsa-p256"
    QString serverCaFile;       // PEM of a local CA to trust; empty = system CAs
    QString userId;
    // Where the secret comes from: "memory:<name>" (session only),
    // "sandbox:<dir>" (re-read from <dir>/sandbox.json on every start),
    // "token:<name>" (an access token "user:token" in the SecretStore) or
    // "oidc:<name>" (OIDC tokens as JSON in the SecretStore).
    QString credentialsRef;
    // Which SecretStore holds the secret: "keychain" (also when empty),
    // "file" (0600 file, chosen explicitly) or "session" (this run only).
    QString secretStore;

    bool isSandbox() const { return credentialsRef.startsWith(QLatin1String("sandbox:")); }
    QString sandboxDir() const;  // for "sandbox:" references
    // The connection's name in the certificate ledger: "sandbox" for every
    // sandbox connection (the window's "Local sandbox", whatever its
    // translation, and dwb --sandbox DIR alike), else the context's name.
    QString ledgerContext() const { return isSandbox() ? sandboxLedgerContext() : name; }
    static QString sandboxLedgerContext() { return QStringLiteral("sandbox"); }
};

// Keeps secrets by reference. Implementations must never write a secret to
// a plain file or a log.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    virtual std::optional<QString> read(const QString &ref) const = 0;
    virtual void write(const QString &ref, const QString &secret) = 0;
    virtual void remove(const QString &ref) = 0;
    // True when secrets survive a restart of the program.
    virtual bool persistent() const = 0;
    // Whether the store can be used at all (e.g. "no key store available"
    // when there is no Secret Service on D-Bus). Default: usable.
    virtual Status availability() const { return {}; }
    // Like write(), with the outcome (a key store may refuse).
    virtual Status store(const QString &ref, const QString &secret)
    {
        write(ref, secret);
        return {};
    }
    // A short name for messages: "system key store", "this session only", ...
    virtual QString kindName() const { return QStringLiteral("memory"); }
    // The kind recorded in Context::secretStore: "keychain", "file", "session", "test".
    virtual QString id() const { return QStringLiteral("session"); }
};

// Secrets live in this process only and are gone when it exits.
class InMemorySecretStore final : public SecretStore {
public:
    std::optional<QString> read(const QString &ref) const override;
    void write(const QString &ref, const QString &secret) override;
    void remove(const QString &ref) override;
    bool persistent() const override { return false; }
    QString kindName() const override;

private:
    QHash<QString, QString> m_secrets;
};

// What drogue-sandbox writes to <dir>/sandbox.json when it is ready.
struct SandboxInfo {
    QUrl api;
    QString user;
    QString token;   // never stored by the context store
    QString caFile;  // the server CA to trust (may be empty for plain HTTP)
};
Result<SandboxInfo> readSandboxInfo(const QString &dir);

// The contexts in QSettings ("contexts/<n>/..." array + "lastContext").
class ContextStore {
public:
    // Uses QSettings("Drogue IoT", "Drogue Workbench") unless given one.
    explicit ContextStore(QSettings *settings = nullptr);
    ~ContextStore();
    ContextStore(const ContextStore &) = delete;
    ContextStore &operator=(const ContextStore &) = delete;

    QList<Context> contexts() const { return m_contexts; }
    std::optional<Context> find(const QString &name) const;
    void upsert(const Context &context);   // replaces one of the same name, saves
    bool remove(const QString &name);      // saves
    QString lastContext() const;
    void setLastContext(const QString &name);
    // The context dwb uses when no --url/--sandbox/--context is given.
    QString defaultContext() const;
    void setDefaultContext(const QString &name);

    void reload();
    void save();

private:
    QSettings *m_settings;
    bool m_ownsSettings;
    QList<Context> m_contexts;
};

} // namespace dwb
