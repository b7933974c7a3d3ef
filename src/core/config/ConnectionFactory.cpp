#include "core/config/ConnectionFactory.h"

#include "core/cloud/OidcClient.h"

#include <QDateTime>
#include <QEventLoop>

#include <memory>

using namespace Qt::StringLiterals;

namespace dwb {

bool ResolvedConnection::renewFirst() const
{
    return oidc && oidc->expiresAt.isValid() && QDateTime::currentDateTimeUtc().secsTo(oidc->expiresAt) < 30;
}

ConnectionFactory::ConnectionFactory(StoreLookup stores) : m_stores(std::move(stores)) {}

bool ConnectionFactory::isSessionOnly(const Context &context)
{
    return context.credentialsRef.isEmpty() || context.credentialsRef.startsWith("memory:"_L1);
}

bool ConnectionFactory::needsSessionToken(const Context &context) const
{
    if (!isSessionOnly(context))
        return false;
    SecretStore *store = m_stores ? m_stores(context) : nullptr;
    return !store || !store->read(context.credentialsRef);
}

Result<ResolvedConnection> ConnectionFactory::resolve(const Context &context, const ConnectionOptions &options) const
{
    ResolvedConnection c;
    c.context = context;
    c.user = context.userId;
    c.settings.apiUrl = context.apiUrl;
    c.settings.contextName = context.ledgerContext();
    if (options.timeoutMs && *options.timeoutMs > 0)
        c.settings.timeoutMs = *options.timeoutMs;
    c.settings.serverCaFile = options.serverCaFile.isEmpty() ? context.serverCaFile : options.serverCaFile;

    if (context.isSandbox()) {
        auto info = readSandboxInfo(context.sandboxDir());
        if (!info)
            return info.error();
        c.settings.apiUrl = info->api;
        if (options.serverCaFile.isEmpty())
            c.settings.serverCaFile = info->caFile;
        c.user = info->user;
        c.settings.credentials = Credentials::accessToken(info->user, info->token);
        return c;
    }

    c.store = m_stores ? m_stores(context) : nullptr;
    const std::optional<QString> secret = c.store ? c.store->read(context.credentialsRef) : std::nullopt;
    if (isSessionOnly(context)) {
        if (!secret || secret->isEmpty())
            return Error(ErrorCode::Forbidden,
                         tr("There is no access token of %1 for this session.").arg(context.name));
        c.settings.credentials = Credentials::accessToken(c.user, *secret);
        return c;
    }
    if (!secret) {
        const Status avail = c.store ? c.store->availability() : Status();
        if (!avail)
            return Error(ErrorCode::Forbidden, avail.error().message, avail.error().detail);
        return Error(ErrorCode::Forbidden, tr("There is no saved sign-in for %1 in the %2.")
                                               .arg(context.name, c.store ? c.store->kindName() : tr("key store")));
    }
    const Error damaged(ErrorCode::UnknownFormat, tr("The saved sign-in of %1 is damaged.").arg(context.name));
    if (context.credentialsRef.startsWith("oidc:"_L1)) {
        c.oidc = parseOidcTokensSecret(*secret);
        if (!c.oidc)
            return damaged;
        c.settings.credentials = Credentials::bearer(c.oidc->accessToken);
        return c;
    }
    const auto pair = parseAccessTokenSecret(*secret);
    if (!pair)
        return damaged;
    c.user = pair->first;
    c.settings.credentials = Credentials::accessToken(pair->first, pair->second);
    return c;
}

OidcClient *ConnectionFactory::createOidcSession(const ResolvedConnection &c, QObject *parent)
{
    if (!c.oidc)
        return nullptr;
    auto *client = new OidcClient(QUrl(), c.settings.serverCaFile, parent);
    client->setApiUrl(c.settings.apiUrl);
    // Without a token URL: the issuer the server names, then its token endpoint.
    const bool known = c.oidc->tokenUrl.isValid() && !c.oidc->tokenUrl.isEmpty();
    client->setTokens({c.oidc->accessToken, c.oidc->refreshToken, c.oidc->expiresAt},
                      known ? c.oidc->tokenUrl : QUrl());
    SecretStore *store = c.store;
    const QString ref = c.context.credentialsRef;
    const QUrl oldTokenUrl = c.oidc->tokenUrl;
    if (store) {
        QObject::connect(client, &OidcClient::tokensChanged, client, [client, store, ref, oldTokenUrl] {
            const OidcTokens t = client->tokens();
            const QUrl tokenUrl = client->tokenEndpoint().isValid() ? client->tokenEndpoint() : oldTokenUrl;
            (void)store->store(ref, oidcTokensSecret({t.accessToken, t.refreshToken, t.expiresAt, tokenUrl}));
        });
    }
    return client;
}

Status ConnectionFactory::renewNow(ResolvedConnection &c)
{
    if (!c.renewFirst() || c.oidc->refreshToken.isEmpty())
        return {};
    std::unique_ptr<OidcClient> client(createOidcSession(c));
    QEventLoop loop;
    QString failed;
    QObject::connect(client.get(), &OidcClient::tokensChanged, &loop, &QEventLoop::quit);
    QObject::connect(client.get(), &OidcClient::reauthenticationRequired, &loop, [&](const QString &m) {
        failed = m;
        loop.quit();
    });
    client->refreshNow();
    if (client->refreshCount() == 0 && failed.isEmpty())
        loop.exec();
    if (!failed.isEmpty())
        return Error(ErrorCode::Forbidden, failed);
    const OidcTokens t = client->tokens();
    c.oidc->accessToken = t.accessToken;
    c.oidc->refreshToken = t.refreshToken;
    c.oidc->expiresAt = t.expiresAt;
    if (client->tokenEndpoint().isValid())
        c.oidc->tokenUrl = client->tokenEndpoint();
    c.settings.credentials = Credentials::bearer(t.accessToken);
    return {};
}

} // namespace dwb
