// From a saved context to the settings a RegistryClient connects with: which
// secret store holds the secret, the access token or the OIDC tokens in it,
// the sandbox's current URL, user and token (re-read from sandbox.json), the
// server CA and the request timeout. One implementation for
// drogue-workbench (MainWindow) and dwb (--context NAME); each front end adds
// its own hint on how to sign in again.
#pragma once

#include "core/cloud/RegistryClient.h"
#include "core/config/Context.h"
#include "core/config/DrgConfig.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QObject;

namespace dwb {

class OidcClient;

struct ConnectionOptions {
    std::optional<int> timeoutMs;  // else defaultTimeoutMs() (DWB_TIMEOUT_SECONDS or 30 s)
    QString serverCaFile;          // overrides the context's (and the sandbox's)
};

// A context made ready to connect.
struct ResolvedConnection {
    Context context;
    ConnectionSettings settings;            // URL, CA, credentials, timeout
    QString user;                           // who the credentials name (for display)
    SecretStore *store = nullptr;           // where the secret is kept (none for a sandbox)
    std::optional<StoredOidcTokens> oidc;   // "oidc:" contexts: the tokens
    // OIDC tokens that expire within 30 s: renew before the first call.
    bool renewFirst() const;
};

class ConnectionFactory {
    Q_DECLARE_TR_FUNCTIONS(ConnectionFactory)
public:
    // The store that keeps a context's secret (nullptr: none).
    using StoreLookup = std::function<SecretStore *(const Context &)>;
    explicit ConnectionFactory(StoreLookup stores);

    // "memory:" contexts (and those without a reference) keep their access
    // token for this session only.
    static bool isSessionOnly(const Context &context);
    // A session-only context whose token is not known yet: ask for it, then
    // write it to the context's store under its credentialsRef.
    bool needsSessionToken(const Context &context) const;

    // Errors: ErrorCode::Forbidden when there is no secret (or the store
    // cannot be used), UnknownFormat when the saved secret is damaged, the
    // sandbox's error when its sandbox.json cannot be read.
    Result<ResolvedConnection> resolve(const Context &context, const ConnectionOptions &options = {}) const;

    // "oidc:" connections: an OIDC client holding the tokens, which renews
    // them and writes renewed tokens back to the context's store.
    static OidcClient *createOidcSession(const ResolvedConnection &connection, QObject *parent = nullptr);
    // Renews tokens that renewFirst() now and waits (dwb); updates
    // connection.settings and the store. Without a refresh token: nothing.
    static Status renewNow(ResolvedConnection &connection);

private:
    StoreLookup m_stores;
};

} // namespace dwb
