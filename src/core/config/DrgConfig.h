// Import of drg's configuration file (contract section 8): every context,
// its default app and algorithm, and its tokens moved into a SecretStore.
#pragma once

#include "core/config/Context.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dwb {

struct DrgContext {
    QString name;
    QUrl url;               // drogue_cloud_url
    QString defaultApp;
    QString defaultAlgo;    // drg's name (RSA/ECDSA/EdDSA) as written
    QUrl authUrl, tokenUrl, registryUrl;
    enum class TokenKind { None, AccessToken, OAuth } tokenKind = TokenKind::None;
    QString tokenId, token;                  // AccessToken
    QString accessToken, refreshToken;       // OAuth
    qint64 expiresIn = 0;                    // OAuth, seconds
    QDateTime tokenExpDate;                  // OAuth
};

struct DrgConfig {
    QString activeContext;
    QList<DrgContext> contexts;
};

// $DRGCFG, else ~/.config/drg_config.yaml.
QString defaultDrgConfigPath();
Result<DrgConfig> parseDrgConfig(const QByteArray &yaml, const QString &fileName = {});
Result<DrgConfig> readDrgConfig(const QString &path);

// The secret kept for a context: the JSON stored under credentialsRef.
QString accessTokenSecret(const QString &user, const QString &token);
struct StoredOidcTokens {
    QString accessToken, refreshToken;
    QDateTime expiresAt;
    QUrl tokenUrl;
};
QString oidcTokensSecret(const StoredOidcTokens &tokens);
// Reads what accessTokenSecret()/oidcTokensSecret() wrote.
std::optional<std::pair<QString, QString>> parseAccessTokenSecret(const QString &secret);
std::optional<StoredOidcTokens> parseOidcTokensSecret(const QString &secret);

struct DrgImportReport {
    QStringList imported;        // context names
    QStringList secretsStored;   // contexts whose token went to the store
    QStringList secretsNotStored; // contexts with a token the store refused
    QString defaultContext;      // set from active_context ("" when none)
    QString storeError;          // why secrets were not stored
    // Plain-words summary for the user (what was imported, where the
    // secrets are, that drg's file still has them in plain text).
    QString summary(const QString &drgFile) const;
};

Result<DrgImportReport> importDrgConfig(const DrgConfig &config, ContextStore &contexts,
                                        SecretStore &secrets);

} // namespace dwb
