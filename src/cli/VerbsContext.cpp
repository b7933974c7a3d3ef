// dwb context list|show|set-default|delete|set-default-algo|set-default-app|
// import-drg, dwb login URL [--token USER:TOKEN] [--name NAME], and the
// resolution of --context NAME (or the default context) for online verbs.
// Secrets go to the system key store; without one, dwb says so and needs an
// explicit --secret-store session|file.
#include "cli/Verb.h"
#include "core/cloud/OidcClient.h"
#include "core/config/ConnectionFactory.h"
#include "core/config/DrgConfig.h"
#include "core/config/SecretStore.h"
#include "core/crypto/Algorithm.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dwb", text);
}

// The store chosen with --secret-store (default: the system key store).
Result<std::unique_ptr<SecretStore>> openStore(const QString &kind, bool forWriting)
{
    const QString k = kind.isEmpty() ? u"keychain"_s : kind;
    if (k == "test"_L1)
        return Error(ErrorCode::InvalidArgument, tr("--secret-store: keychain, session or file."));
    if (k != "keychain"_L1 && k != "session"_L1 && k != "file"_L1)
        return Error(ErrorCode::InvalidArgument, tr("--secret-store: keychain, session or file."));
    auto store = makeSecretStore(k);
    if (k == "keychain"_L1 && forWriting) {
        if (Status st = store->availability(); !st)
            return Error(ErrorCode::Refused,
                         st.error().message + u' '
                             + tr("Choose with --secret-store session (kept for this command only) or "
                                  "--secret-store file (a 0600 file with the secret in plain text)."),
                         st.error().detail);
    }
    return store;
}

void warnIfFile(const QString &kind, QTextStream &err)
{
    if (kind == "file"_L1)
        err << tr("dwb: warning: secrets are kept in plain text in %1 (readable only by you).")
                   .arg(FileSecretStore::defaultPath())
            << '\n';
}

int contextList(VerbContext &ctx)
{
    ContextStore store;
    const QString def = store.defaultContext();
    for (const Context &c : store.contexts())
        ctx.out << (c.name == def ? u"* "_s : u"  "_s) << c.name << '\t' << c.apiUrl.toString() << '\n';
    if (store.contexts().isEmpty())
        ctx.out << tr("No contexts. Add one with 'dwb login URL' or 'dwb context import-drg'.") << '\n';
    return 0;
}

QString storeName(const Context &c)
{
    if (c.isSandbox())
        return tr("re-read from %1/sandbox.json").arg(c.sandboxDir());
    if (c.credentialsRef.isEmpty())
        return tr("none");
    return makeSecretStore(c.secretStore.isEmpty() ? u"keychain"_s : c.secretStore)->kindName();
}

int contextShow(VerbContext &ctx)
{
    ArgParser p;
    QString e;
    if (!p.parse(ctx.args, 0, 1, &e))
        return usageError(ctx, u"dwb context show [NAME]"_s, e);
    ContextStore store;
    const QString name = p.positional().isEmpty()
                             ? (ctx.online.context.isEmpty() ? store.defaultContext() : ctx.online.context)
                             : p.positional().at(0);
    if (name.isEmpty())
        return failure(ctx, Error(ErrorCode::NotFound, tr("There is no default context: give its name.")));
    const auto c = store.find(name);
    if (!c)
        return failure(ctx, Error(ErrorCode::NotFound, tr("No context named '%1'.").arg(name)));
    ctx.out << tr("Name: %1").arg(c->name) << '\n'
            << tr("API URL: %1").arg(c->apiUrl.toString()) << '\n'
            << tr("Default application: %1").arg(c->defaultApp) << '\n'
            << tr("Default algorithm: %1").arg(c->defaultAlgorithm) << '\n'
            << tr("Server CA file: %1").arg(c->serverCaFile) << '\n'
            << tr("User: %1").arg(c->userId) << '\n'
            << tr("Credentials: %1").arg(c->credentialsRef.section(u':', 0, 0)) << '\n'
            << tr("Secret kept in: %1").arg(storeName(*c)) << '\n'
            << tr("Default: %1").arg(store.defaultContext() == c->name ? tr("yes") : tr("no")) << '\n';
    return 0;
}

int contextModify(VerbContext &ctx, const QString &usage, const std::function<Status(ContextStore &, const QString &)> &f)
{
    ArgParser p;
    QString e;
    if (!p.parse(ctx.args, 1, 1, &e))
        return usageError(ctx, usage, e);
    ContextStore store;
    if (Status st = f(store, p.positional().at(0)); !st)
        return failure(ctx, st.error());
    return 0;
}

Status needCurrent(ContextStore &store, Context *c, const QString &name)
{
    const QString n = name.isEmpty() ? store.defaultContext() : name;
    const auto found = store.find(n);
    if (!found)
        return Error(ErrorCode::NotFound, n.isEmpty() ? tr("There is no default context: give --context NAME.")
                                                      : tr("No context named '%1'.").arg(n));
    *c = *found;
    return {};
}

int importDrg(VerbContext &ctx)
{
    ArgParser p;
    QString e;
    if (!p.parse(ctx.args, 0, 1, &e))
        return usageError(ctx, u"dwb context import-drg [FILE]"_s, e);
    const QString file = p.positional().isEmpty() ? defaultDrgConfigPath() : p.positional().at(0);
    auto cfg = readDrgConfig(file);
    if (!cfg)
        return failure(ctx, cfg.error());
    const QString kind = ctx.online.secretStore.isEmpty() ? u"keychain"_s : ctx.online.secretStore;
    auto store = openStore(kind, false);
    if (!store)
        return failure(ctx, store.error());
    warnIfFile(kind, ctx.err);
    ContextStore contexts;
    auto report = importDrgConfig(*cfg, contexts, **store);
    if (!report)
        return failure(ctx, report.error());
    ctx.out << report->summary(file) << '\n';
    if (kind == "session"_L1 && !report->secretsStored.isEmpty())
        ctx.out << tr("The tokens were kept for this command only (--secret-store session).") << '\n';
    return 0;
}

// The browser flow: prints the URL, opens it with xdg-open when a display
// exists, waits for the loopback answer.
Result<OidcTokens> browserSignIn(const QUrl &api, const QString &caFile, QTextStream &out, QUrl *tokenUrl)
{
    OidcClient client(QUrl(), caFile);
    client.setApiUrl(api);
    client.setBrowserHook([&out](const QUrl &url) {
        out << tr("Open this URL in a browser to sign in:") << '\n' << url.toString(QUrl::FullyEncoded) << '\n';
        out.flush();
        const auto env = QProcessEnvironment::systemEnvironment();
        if (!env.value(u"DISPLAY"_s).isEmpty() || !env.value(u"WAYLAND_DISPLAY"_s).isEmpty())
            QProcess::startDetached(u"xdg-open"_s, {url.toString(QUrl::FullyEncoded)});
        out << tr("Waiting for the browser (5 minutes at most)…") << '\n';
        out.flush();
    });
    QEventLoop loop;
    bool ok = false;
    QString message;
    QObject::connect(&client, &OidcClient::signInFinished, &loop, [&](bool good, const QString &m) {
        ok = good;
        message = m;
        loop.quit();
    });
    client.signIn();
    loop.exec();
    if (!ok)
        return Error(ErrorCode::Refused, message);
    *tokenUrl = client.tokenEndpoint();
    return client.tokens();
}

int login(VerbContext &ctx)
{
    ArgParser p;
    p.option(u"name"_s, u"NAME"_s);
    QString e;
    const QString usage = u"dwb login URL [--token USER:TOKEN] [--name NAME] [--ca FILE] [--secret-store keychain|session|file]"_s;
    if (!p.parse(ctx.args, 1, 1, &e))
        return usageError(ctx, usage, e);
    const QUrl url = QUrl::fromUserInput(p.positional().at(0));
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1))
        return usageError(ctx, usage, tr("'%1' is not an http(s) URL.").arg(p.positional().at(0)));
    const QString name = p.isSet(u"name"_s) ? p.value(u"name"_s) : url.host();
    const QString kind = ctx.online.secretStore.isEmpty() ? u"keychain"_s : ctx.online.secretStore;
    auto store = openStore(kind, true);
    if (!store)
        return failure(ctx, store.error());
    warnIfFile(kind, ctx.err);

    ContextStore contexts;
    Context c = contexts.find(name).value_or(Context{});
    c.name = name;
    c.apiUrl = url;
    if (!ctx.online.caFile.isEmpty())
        c.serverCaFile = ctx.online.caFile;
    QString secret;
    if (!ctx.online.token.isEmpty()) {
        const qsizetype colon = ctx.online.token.indexOf(u':');
        if (colon <= 0 || colon == ctx.online.token.size() - 1)
            return usageError(ctx, usage, tr("--token must be USER:TOKEN."));
        c.userId = ctx.online.token.left(colon);
        c.credentialsRef = u"token:"_s + name;
        secret = accessTokenSecret(c.userId, ctx.online.token.mid(colon + 1));
        // Checked with the server before anything is saved.
        ConnectionSettings cs;
        cs.apiUrl = url;
        cs.serverCaFile = c.serverCaFile;
        cs.timeoutMs = ctx.online.timeoutMs;
        cs.credentials = Credentials::accessToken(c.userId, ctx.online.token.mid(colon + 1));
        RegistryClient client(cs);
        auto who = await(client.whoami());
        if (!who)
            return failure(ctx, Error(who.error().code, tr("The server refused the token: %1").arg(who.error().message),
                                      who.error().detail));
        c.userId = *who;
    } else {
        // The issuer from the server's public endpoints.
        ConnectionSettings cs;
        cs.apiUrl = url;
        cs.serverCaFile = c.serverCaFile;
        cs.timeoutMs = ctx.online.timeoutMs;
        QUrl tokenUrl;
        auto tokens = browserSignIn(url, c.serverCaFile, ctx.out, &tokenUrl);
        if (!tokens)
            return failure(ctx, tokens.error());
        c.credentialsRef = u"oidc:"_s + name;
        secret = oidcTokensSecret({tokens->accessToken, tokens->refreshToken, tokens->expiresAt, tokenUrl});
        cs.credentials = Credentials::bearer(tokens->accessToken);
        RegistryClient authed(cs);
        if (auto who = await(authed.whoami()))
            c.userId = *who;
    }
    if (Status st = (*store)->store(c.credentialsRef, secret); !st)
        return failure(ctx, st.error());
    c.secretStore = (*store)->id();
    contexts.upsert(c);
    if (contexts.defaultContext().isEmpty())
        contexts.setDefaultContext(name);
    ctx.out << tr("Signed in as %1; context '%2' saved (secret in the %3).").arg(c.userId, name, (*store)->kindName())
            << '\n';
    if (kind == "session"_L1)
        ctx.out << tr("The secret was kept for this command only: later commands will ask to sign in again.") << '\n';
    return 0;
}

} // namespace

namespace {
std::optional<Context> contextInUse(const OnlineOptions &o)
{
    if (o.context.isEmpty() && (o.isSet() || !o.token.isEmpty()))
        return std::nullopt;
    ContextStore contexts;
    return contexts.find(o.context.isEmpty() ? contexts.defaultContext() : o.context);
}
} // namespace

bool serverGiven(const OnlineOptions &o)
{
    return o.isSet() || !o.context.isEmpty() || contextInUse(o).has_value();
}

QString contextDefaultApp(const OnlineOptions &o)
{
    const auto c = contextInUse(o);
    return c ? c->defaultApp : QString();
}

QString contextDefaultAlgorithm(const OnlineOptions &o)
{
    const auto c = contextInUse(o);
    return c ? c->defaultAlgorithm : QString();
}

Result<ConnectionSettings> contextConnectionSettings(const OnlineOptions &o)
{
    ContextStore contexts;
    const QString name = o.context.isEmpty() ? contexts.defaultContext() : o.context;
    if (name.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("This command talks to Drogue Cloud: give --url URL --token USER:TOKEN, --sandbox DIR "
                        "or --context NAME (or set a default context with 'dwb context set-default NAME')."));
    const auto c = contexts.find(name);
    if (!c)
        return Error(ErrorCode::NotFound, tr("No context named '%1' (see 'dwb context list').").arg(name));
    // The store, the secret, the sandbox and OIDC renewal: core/config/ConnectionFactory.
    std::unique_ptr<SecretStore> store;
    if (!c->isSandbox()) {
        auto opened = openStore(o.secretStore.isEmpty() ? c->secretStore : o.secretStore, false);
        if (!opened)
            return opened.error();
        store = std::move(*opened);
    }
    const ConnectionFactory factory([&store](const Context &) { return store.get(); });
    auto connection = factory.resolve(*c, {o.timeoutMs, o.caFile});
    if (!connection) {
        Error e = connection.error();
        if (e.code == ErrorCode::Forbidden || e.code == ErrorCode::UnknownFormat)
            e.message += u' ' + tr("Sign in again with 'dwb login %1 --name %2'.").arg(c->apiUrl.toString(), name);
        return e;
    }
    if (Status st = ConnectionFactory::renewNow(*connection); !st)
        return st.error();
    return connection->settings;
}

namespace {

const RegisterVerb contextListVerb({u"context list"_s, QT_TRANSLATE_NOOP("dwb", "List the saved contexts"),
                                    u"dwb context list"_s, contextList});
const RegisterVerb contextShowVerb({u"context show"_s, QT_TRANSLATE_NOOP("dwb", "Show a context (never its secret)"),
                                    u"dwb context show [NAME]"_s, contextShow});
const RegisterVerb contextDefaultVerb(
    {u"context set-default"_s, QT_TRANSLATE_NOOP("dwb", "Make a context the default"),
     u"dwb context set-default NAME"_s, [](VerbContext &ctx) {
         return contextModify(ctx, u"dwb context set-default NAME"_s, [](ContextStore &s, const QString &n) -> Status {
             if (!s.find(n))
                 return Error(ErrorCode::NotFound, tr("No context named '%1'.").arg(n));
             s.setDefaultContext(n);
             return {};
         });
     }});
const RegisterVerb contextDeleteVerb(
    {u"context delete"_s, QT_TRANSLATE_NOOP("dwb", "Delete a context and its secret"),
     u"dwb context delete NAME"_s, [](VerbContext &ctx) {
         const QString kind = ctx.online.secretStore;
         return contextModify(ctx, u"dwb context delete NAME"_s, [kind](ContextStore &s, const QString &n) -> Status {
             const auto c = s.find(n);
             if (!c)
                 return Error(ErrorCode::NotFound, tr("No context named '%1'.").arg(n));
             if (c->credentialsRef.startsWith("token:"_L1) || c->credentialsRef.startsWith("oidc:"_L1)) {
                 if (auto store = openStore(kind.isEmpty() ? c->secretStore : kind, false))
                     (*store)->remove(c->credentialsRef);
             }
             s.remove(n);
             if (s.defaultContext() == n)
                 s.setDefaultContext({});
             return {};
         });
     }});
const RegisterVerb contextAlgoVerb(
    {u"context set-default-algo"_s, QT_TRANSLATE_NOOP("dwb", "Set the default key algorithm of a context"),
     u"dwb context set-default-algo ALGO [--context NAME]"_s, [](VerbContext &ctx) {
         const QString name = ctx.online.context;
         return contextModify(ctx, u"dwb context set-default-algo ALGO [--context NAME]"_s,
                              [name](ContextStore &s, const QString &a) -> Status {
                                  const auto alg = parseAlgorithm(a);
                                  if (!alg)
                                      return Error(ErrorCode::InvalidArgument, tr("Unknown algorithm '%1'.").arg(a));
                                  Context c;
                                  if (Status st = needCurrent(s, &c, name); !st)
                                      return st;
                                  c.defaultAlgorithm = algorithmName(*alg);
                                  s.upsert(c);
                                  return {};
                              });
     }});
const RegisterVerb contextAppVerb(
    {u"context set-default-app"_s, QT_TRANSLATE_NOOP("dwb", "Set the default application of a context"),
     u"dwb context set-default-app APP [--context NAME]"_s, [](VerbContext &ctx) {
         const QString name = ctx.online.context;
         return contextModify(ctx, u"dwb context set-default-app APP [--context NAME]"_s,
                              [name](ContextStore &s, const QString &app) -> Status {
                                  Context c;
                                  if (Status st = needCurrent(s, &c, name); !st)
                                      return st;
                                  c.defaultApp = app;
                                  s.upsert(c);
                                  return {};
                              });
     }});
const RegisterVerb importDrgVerb({u"context import-drg"_s,
                                  QT_TRANSLATE_NOOP("dwb", "Import drg's contexts and move its tokens into the key store"),
                                  u"dwb context import-drg [FILE] [--secret-store keychain|session|file]"_s, importDrg});
const RegisterVerb loginVerb({u"login"_s, QT_TRANSLATE_NOOP("dwb", "Sign in (browser, or an access token) and save a context"),
                              u"dwb login URL [--token USER:TOKEN] [--name NAME] [--ca FILE] [--secret-store keychain|session|file]"_s,
                              login});

} // namespace

} // namespace dwb::cli
