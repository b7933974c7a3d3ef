#include "core/config/DrgConfig.h"

#include "core/crypto/Algorithm.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DrgConfig", text);
}

QString str(const YAML::Node &node, const char *key)
{
    const YAML::Node v = node[key];
    if (!v || !v.IsScalar())
        return {};
    return QString::fromStdString(v.as<std::string>()).trimmed();
}

} // namespace

QString defaultDrgConfigPath()
{
    const QString env = QProcessEnvironment::systemEnvironment().value(u"DRGCFG"_s);
    if (!env.isEmpty())
        return env;
    return QDir::home().filePath(u".config/drg_config.yaml"_s);
}

Result<DrgConfig> parseDrgConfig(const QByteArray &yaml, const QString &fileName)
{
    const QString where = fileName.isEmpty() ? tr("drg's configuration") : QDir::toNativeSeparators(fileName);
    const auto malformed = [&](const QString &what, const QString &detail = {}) {
        return Error(ErrorCode::UnknownFormat,
                     tr("%1 is not a drg configuration file: %2").arg(where, what), detail);
    };
    DrgConfig cfg;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap())
            return malformed(tr("it is not a YAML mapping."));
        cfg.activeContext = str(root, "active_context");
        const YAML::Node list = root["contexts"];
        if (!list || !list.IsSequence())
            return malformed(tr("it has no 'contexts' list."));
        for (const YAML::Node &n : list) {
            if (!n.IsMap())
                return malformed(tr("a context is not a mapping."));
            DrgContext c;
            c.name = str(n, "name");
            if (c.name.isEmpty())
                return malformed(tr("a context has no name."));
            c.url = QUrl(str(n, "drogue_cloud_url"));
            if (!c.url.isValid() || c.url.scheme().isEmpty())
                return malformed(tr("the context '%1' has no valid drogue_cloud_url.").arg(c.name));
            c.defaultApp = str(n, "default_app");
            c.defaultAlgo = str(n, "default_algo");
            c.authUrl = QUrl(str(n, "auth_url"));
            c.tokenUrl = QUrl(str(n, "token_url"));
            c.registryUrl = QUrl(str(n, "registry_url"));
            const QString exp = str(n, "token_exp_date");
            if (!exp.isEmpty())
                c.tokenExpDate = QDateTime::fromString(exp, Qt::ISODateWithMs);
            const YAML::Node t = n["token"];
            if (t && t.IsMap()) {
                if (t["access_token"]) {
                    c.tokenKind = DrgContext::TokenKind::OAuth;
                    c.accessToken = str(t, "access_token");
                    c.refreshToken = str(t, "refresh_token");
                    c.expiresIn = str(t, "expires_in").toLongLong();
                    if (c.accessToken.isEmpty())
                        return malformed(tr("the context '%1' has an empty access_token.").arg(c.name));
                } else if (t["token"]) {
                    c.tokenKind = DrgContext::TokenKind::AccessToken;
                    c.tokenId = str(t, "id");
                    c.token = str(t, "token");
                    if (c.tokenId.isEmpty() || c.token.isEmpty())
                        return malformed(tr("the context '%1' has an access token without id or token.")
                                             .arg(c.name));
                } else {
                    return malformed(tr("the token of the context '%1' is neither an access token nor "
                                        "an OAuth token.").arg(c.name));
                }
            } else if (t && !t.IsNull()) {
                return malformed(tr("the token of the context '%1' is not a mapping.").arg(c.name));
            }
            cfg.contexts.append(c);
        }
    } catch (const YAML::Exception &e) {
        return malformed(tr("it is not valid YAML."), QString::fromStdString(e.what()));
    }
    return cfg;
}

Result<DrgConfig> readDrgConfig(const QString &path)
{
    if (!QFile::exists(path))
        return Error(ErrorCode::NotFound, tr("There is no drg configuration file at %1.")
                                               .arg(QDir::toNativeSeparators(path)));
    auto data = readWholeFile(path, 4 * 1024 * 1024);
    if (!data)
        return data.error();
    return parseDrgConfig(*data, path);
}

QString accessTokenSecret(const QString &user, const QString &token)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"user"_s, user}, {u"token"_s, token}})
                                 .toJson(QJsonDocument::Compact));
}

QString oidcTokensSecret(const StoredOidcTokens &t)
{
    QJsonObject o{{u"access_token"_s, t.accessToken}, {u"refresh_token"_s, t.refreshToken}};
    if (t.expiresAt.isValid())
        o.insert(u"expires_at"_s, t.expiresAt.toUTC().toString(Qt::ISODate));
    if (t.tokenUrl.isValid())
        o.insert(u"token_url"_s, t.tokenUrl.toString());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<std::pair<QString, QString>> parseAccessTokenSecret(const QString &secret)
{
    const QJsonObject o = QJsonDocument::fromJson(secret.toUtf8()).object();
    const QString user = o.value(u"user"_s).toString(), token = o.value(u"token"_s).toString();
    if (user.isEmpty() || token.isEmpty())
        return std::nullopt;
    return std::make_pair(user, token);
}

std::optional<StoredOidcTokens> parseOidcTokensSecret(const QString &secret)
{
    const QJsonObject o = QJsonDocument::fromJson(secret.toUtf8()).object();
    StoredOidcTokens t;
    t.accessToken = o.value(u"access_token"_s).toString();
    t.refreshToken = o.value(u"refresh_token"_s).toString();
    t.expiresAt = QDateTime::fromString(o.value(u"expires_at"_s).toString(), Qt::ISODate);
    t.tokenUrl = QUrl(o.value(u"token_url"_s).toString());
    if (t.accessToken.isEmpty())
        return std::nullopt;
    return t;
}

QString DrgImportReport::summary(const QString &drgFile) const
{
    QStringList lines;
    lines << tr("Imported %1 context(s) from %2: %3")
                 .arg(QString::number(imported.size()), QDir::toNativeSeparators(drgFile),
                      imported.join(u", "_s));
    if (!defaultContext.isEmpty())
        lines << tr("Default context: %1").arg(defaultContext);
    if (!secretsStored.isEmpty())
        lines << tr("Tokens moved into the key store for: %1").arg(secretsStored.join(u", "_s));
    if (!secretsNotStored.isEmpty()) {
        lines << tr("Tokens NOT stored for: %1 (%2)").arg(secretsNotStored.join(u", "_s), storeError);
        lines << tr("Add them later with 'dwb login URL --token USER:TOKEN --name NAME' or sign in "
                    "again; or choose --secret-store file|session.");
    }
    if (!secretsStored.isEmpty() || !secretsNotStored.isEmpty())
        lines << tr("Note: %1 still holds these secrets in plain text; remove them there if "
                    "drg is no longer used.").arg(QDir::toNativeSeparators(drgFile));
    return lines.join(u'\n');
}

Result<DrgImportReport> importDrgConfig(const DrgConfig &config, ContextStore &contexts,
                                        SecretStore &secrets)
{
    DrgImportReport report;
    const Status avail = secrets.availability();
    for (const DrgContext &d : config.contexts) {
        Context c = contexts.find(d.name).value_or(Context{});
        c.name = d.name;
        c.apiUrl = d.url;
        c.defaultApp = d.defaultApp;
        if (const auto alg = parseAlgorithm(d.defaultAlgo))
            c.defaultAlgorithm = algorithmName(*alg);
        QString secret;
        if (d.tokenKind == DrgContext::TokenKind::AccessToken) {
            c.userId = d.tokenId;
            c.credentialsRef = u"token:"_s + d.name;
            secret = accessTokenSecret(d.tokenId, d.token);
        } else if (d.tokenKind == DrgContext::TokenKind::OAuth) {
            c.credentialsRef = u"oidc:"_s + d.name;
            StoredOidcTokens t;
            t.accessToken = d.accessToken;
            t.refreshToken = d.refreshToken;
            t.expiresAt = d.tokenExpDate;
            t.tokenUrl = d.tokenUrl;
            secret = oidcTokensSecret(t);
        }
        if (!secret.isEmpty()) {
            Status st = avail ? secrets.store(c.credentialsRef, secret) : avail;
            if (st) {
                report.secretsStored << d.name;
                c.secretStore = secrets.id();
            } else {
                report.secretsNotStored << d.name;
                report.storeError = st.error().message;
            }
        }
        contexts.upsert(c);
        report.imported << d.name;
    }
    if (!config.activeContext.isEmpty() && report.imported.contains(config.activeContext)) {
        contexts.setDefaultContext(config.activeContext);
        report.defaultContext = config.activeContext;
    }
    return report;
}

} // namespace dwb
