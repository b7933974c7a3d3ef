// dwb's contexts and sign-in as processes against the real drogue-sandbox:
// dwb login with an access token and with the browser flow (the test plays
// the browser: it reads the URL dwb prints, posts the sandbox's
// oidc.username/password and follows the redirect to dwb's loopback
// handler), dwb context list|show|set-default|delete|set-default-app|
// set-default-algo|import-drg, and online verbs with --context NAME or the
// default context. HOME/XDG_* point into a temporary folder and there is no
// D-Bus session: the system key store is missing, as on CI, so secrets go
// to the 0600 file store (--secret-store file) after dwb said so; the
// QSettings file is checked never to hold a token.
#include "core/cloud/RegistryClient.h"
#include "support/BrowserFlow.h"
#include "support/Dwb.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::test::why;

using Run = dwb::test::DwbRun;

class TestDwbContext : public QObject {
    Q_OBJECT

private:
    dwb::test::Sandbox m_sb;
    QTemporaryDir m_home;
    QNetworkAccessManager m_browser;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = dwb::test::isolatedDwbEnvironment(m_home.path());
        for (const char *v : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"})
            e.remove(QString::fromLatin1(v));
        e.insert(u"DWB_RETRY_SECONDS"_s, u"0"_s);
        return e;
    }

    Run dwb(const QStringList &args, int timeoutMs = 60000) { return dwb::test::runDwb(args, env(), timeoutMs); }

    QString settingsFile() const { return m_home.filePath(u"config/Drogue IoT/Drogue Workbench.conf"_s); }
    QString secretsFile() const { return m_home.filePath(u"data/Drogue IoT/Drogue Workbench/secrets.json"_s); }
    QStringList ca() const
    {
        QStringList args;
        if (!m_sb.caFile().isEmpty())
            args << u"--ca"_s << m_sb.caFile();
        return args;
    }
    QString oidc(const char *key) const
    {
        return m_sb.info().value(u"oidc"_s).toObject().value(QLatin1String(key)).toString();
    }

    // One HTTP exchange of the "browser" (no redirects followed).
    QPair<int, QByteArray> browse(const QUrl &url, const QByteArray *form = nullptr, QByteArray *location = nullptr)
    {
        const dwb::test::HttpResult r = dwb::test::browse(m_browser, url, form, m_sb.caFile());
        if (location)
            *location = r.location;
        return {r.status, r.body};
    }

    QByteArray credentials() const { return dwb::test::credentialsForm(oidc("username"), oidc("password")); }

    // Starts `dwb login URL --name NAME --secret-store file` (the browser flow).
    void startBrowserLogin(QProcess &p, const QString &name)
    {
        p.setProcessEnvironment(env());
        p.start(dwb::test::program(u"dwb"_s),
                QStringList{u"login"_s, m_sb.api().toString(), u"--name"_s, name, u"--secret-store"_s, u"file"_s}
                    + ca());
    }

    // The authorize URL dwb login prints for the browser (invalid if none
    // came within 20 s); what it printed is added to `out`.
    QUrl readAuthorizeUrl(QProcess &p, QByteArray *out)
    {
        QUrl authorize;
        QElapsedTimer t;
        t.start();
        while (!authorize.isValid() && t.elapsed() < 20000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(500);
            *out += p.readAllStandardOutput();
            for (const QByteArray &line : out->split('\n'))
                if (line.startsWith("http") && line.contains("code_challenge="))
                    authorize = QUrl::fromEncoded(line.trimmed());
        }
        return authorize;
    }

    // dwb login has exited (within timeoutMs). It may have exited already:
    // the browser's last request runs the event loop, which can deliver the
    // exit, and waitForFinished() is false for a process that is not running.
    static bool exited(QProcess &p, int timeoutMs = 20000)
    {
        return p.state() == QProcess::NotRunning || p.waitForFinished(timeoutMs);
    }

    // The issuer's tokens for the sandbox user, obtained by hand (for drg files).
    QJsonObject tokensByHand()
    {
        const QByteArray verifier(64, 'v');
        const QString issuer = m_sb.info().value(u"endpoints"_s).toObject().value(u"issuer_url"_s).toString();
        const QString redirect = u"http://127.0.0.1:9/"_s;
        const QByteArray creds = credentials();
        QByteArray location;
        browse(dwb::test::authorizeUrl(issuer, redirect, u"x"_s, verifier), &creds, &location);
        const QByteArray form = dwb::test::tokenForm(dwb::test::codeOf(location), redirect, verifier);
        const auto r = browse(dwb::test::tokenUrl(issuer), &form);
        QJsonObject o = QJsonDocument::fromJson(r.second).object();
        o.insert(u"token_url"_s, dwb::test::tokenUrl(issuer).toString());
        return o;
    }

    void checkSettingsHoldNoSecret(const QStringList &secrets)
    {
        const QByteArray settings = dwb::test::readFile(settingsFile());
        QVERIFY2(!settings.isEmpty(), qPrintable(settingsFile()));
        for (const QString &s : secrets)
            QVERIFY2(!settings.contains(s.toUtf8()), qPrintable(u"settings hold a secret: "_s + s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_sb.start({u"--no-broker"_s, u"--token-lifetime"_s, u"45"_s}), qPrintable(m_sb.errorString()));
        QVERIFY(!oidc("username").isEmpty());
        QVERIFY(!oidc("password").isEmpty());
    }

    void noContextsYet()
    {
        Run r = dwb({u"context"_s, u"list"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"No contexts"_s), qPrintable(r.out));
        // An online verb without any connection option or context says how to give one.
        r = dwb({u"get"_s, u"apps"_s});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"--context"_s), qPrintable(r.err));
    }

    void loginWithTokenNeedsAKeyStoreChoice()
    {
        // No Secret Service: refused with the choices, nothing saved.
        const QString token = m_sb.user() + u':' + m_sb.token();
        Run r = dwb(QStringList{u"login"_s, m_sb.api().toString(), u"--token"_s, token, u"--name"_s, u"sb"_s} + ca());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"No system key store"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"--secret-store file"_s), qPrintable(r.err));
        // No detail line that says nothing (QtKeychain's "Unknown error"
        // without a D-Bus session); with libsecret installed (gnome-keyring,
        // libsecret-tools) QtKeychain uses it and names the cause ("Cannot
        // autolaunch D-Bus without X11 $DISPLAY"): a detail, if any, says that.
        QVERIFY2(!r.err.contains(u"Unknown error"_s, Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"  ("_s) || r.err.contains(u"  (Cannot autolaunch D-Bus"_s), qPrintable(r.err));
        QVERIFY(dwb({u"context"_s, u"list"_s}).out.contains(u"No contexts"_s));

        // A wrong token is refused by the server before anything is saved.
        r = dwb(QStringList{u"login"_s, m_sb.api().toString(), u"--token"_s, m_sb.user() + u":drg_wrong"_s,
                            u"--name"_s, u"sb"_s, u"--secret-store"_s, u"file"_s}
                + ca());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"refused"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(secretsFile()));

        // The explicit choice: a 0600 file, with a warning.
        r = dwb(QStringList{u"login"_s, m_sb.api().toString(), u"--token"_s, token, u"--name"_s, u"sb"_s,
                            u"--secret-store"_s, u"file"_s}
                + ca());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"plain text"_s), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"context 'sb' saved"_s), qPrintable(r.out));
        QCOMPARE(dwb::test::fileMode(secretsFile()), 0600);
        QVERIFY(dwb::test::readFile(secretsFile()).contains(m_sb.token().toUtf8()));
        checkSettingsHoldNoSecret({m_sb.token()});

        r = dwb({u"context"_s, u"list"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"* sb\t"_s + m_sb.api().toString()), qPrintable(r.out));
        r = dwb({u"context"_s, u"show"_s, u"sb"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"User: "_s + m_sb.user()), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"plain text"_s), qPrintable(r.out)); // where the secret is
        QVERIFY2(!r.out.contains(m_sb.token()), qPrintable(r.out));
    }

    void onlineVerbsUseTheContext()
    {
        // The default context (no option), then --context NAME.
        Run r = dwb({u"create"_s, u"app"_s, u"ctx-app"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        dwb::RegistryClient client(m_sb.connectionSettings());
        QVERIFY(await(client.getApp(u"ctx-app"_s)).ok());
        r = dwb({u"get"_s, u"apps"_s, u"--context"_s, u"sb"_s, u"-o"_s, u"json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"ctx-app"_s), qPrintable(r.out));
        r = dwb({u"get"_s, u"apps"_s, u"--context"_s, u"nope"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"No context named 'nope'"_s), qPrintable(r.err));

        // Default application and algorithm of the context.
        QCOMPARE(dwb({u"context"_s, u"set-default-app"_s, u"ctx-app"_s, u"--context"_s, u"sb"_s}).code, 0);
        r = dwb({u"context"_s, u"set-default-algo"_s, u"rsa9"_s});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"rsa9"_s), qPrintable(r.err));
        QCOMPARE(dwb({u"context"_s, u"set-default-algo"_s, u"EdDSA"_s}).code, 0);
        r = dwb({u"context"_s, u"show"_s});
        QVERIFY2(r.out.contains(u"Default application: ctx-app"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Default algorithm: ed25519"_s), qPrintable(r.out));
        r = dwb({u"create"_s, u"device"_s, u"dev-default-app"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(await(client.getDevice(u"ctx-app"_s, u"dev-default-app"_s)).ok());

        // trust create/enroll (which also have an --offline form) go online
        // through the default context and through --context NAME.
        const QString caKey = m_home.filePath(u"ctx-ca.key"_s), devKey = m_home.filePath(u"ctx-dev.key"_s),
                      devPem = m_home.filePath(u"ctx-dev.pem"_s);
        r = dwb({u"trust"_s, u"create"_s, u"ctx-app"_s, u"--key-output"_s, caKey});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto app = await(client.getApp(u"ctx-app"_s));
        QVERIFY(app.ok());
        QCOMPARE(app->trustAnchorPems().size(), 1);
        r = dwb({u"--context"_s, u"sb"_s, u"trust"_s, u"enroll"_s, u"ctx-dev"_s, u"--app"_s, u"ctx-app"_s,
                 u"--ca-key"_s, caKey, u"--out"_s, devPem, u"--key-output"_s, devKey});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto dev = await(client.getDevice(u"ctx-app"_s, u"ctx-dev"_s));
        QVERIFY(dev.ok());
        QVERIFY2(dev->aliases().contains(u"CN=ctx-dev, O=Drogue IoT, OU=ctx-app"_s), qPrintable(dev->aliases().join(u',')));
        const QString anchorPem = m_home.filePath(u"ctx-anchor.pem"_s);
        QVERIFY(dwb::test::writeFile(anchorPem, app->trustAnchorPems().first()));
        QCOMPARE(dwb::test::openssl({u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s,
                                     anchorPem, devPem}),
                 0);
    }

    void browserLogin()
    {
        QProcess p;
        startBrowserLogin(p, u"browser"_s);
        QVERIFY(p.waitForStarted(10000));
        QByteArray out;
        const QUrl authorize = readAuthorizeUrl(p, &out);
        QVERIFY2(authorize.isValid(), out.constData());
        QCOMPARE(QUrlQuery(authorize).queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(QUrlQuery(authorize).queryItemValue(u"client_id"_s), u"drogue"_s);

        // The browser: the sign-in page, the form, the redirect to dwb.
        QCOMPARE(browse(authorize).first, 200);
        const QByteArray creds = credentials();
        QByteArray location;
        QCOMPARE(browse(authorize, &creds, &location).first, 302);
        const QUrl back = QUrl::fromEncoded(location);
        QCOMPARE(back.host(), u"127.0.0.1"_s);
        const auto landing = browse(back);
        QCOMPARE(landing.first, 200);
        QVERIFY(exited(p));
        out += p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(out.contains("context 'browser' saved"), out.constData());

        // The registry accepts the stored bearer token; the settings hold none of it.
        Run r = dwb({u"get"_s, u"apps"_s, u"--context"_s, u"browser"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"ctx-app"_s), qPrintable(r.out));
        const QJsonObject secrets = QJsonDocument::fromJson(dwb::test::readFile(secretsFile())).object();
        const QJsonObject stored =
            QJsonDocument::fromJson(secrets.value(u"oidc:browser"_s).toString().toUtf8()).object();
        const QString access = stored.value(u"access_token"_s).toString();
        const QString refresh = stored.value(u"refresh_token"_s).toString();
        QVERIFY2(!access.isEmpty() && !refresh.isEmpty(), qPrintable(secrets.value(u"oidc:browser"_s).toString()));
        checkSettingsHoldNoSecret({access, refresh, m_sb.token()});
        r = dwb({u"context"_s, u"show"_s, u"browser"_s});
        QVERIFY2(r.out.contains(u"Credentials: oidc"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"User: "_s + m_sb.user()), qPrintable(r.out));
    }

    void browserLoginWrongStateRefused()
    {
        QProcess p;
        startBrowserLogin(p, u"tampered"_s);
        QVERIFY(p.waitForStarted(10000));
        QByteArray out;
        const QUrl authorize = readAuthorizeUrl(p, &out);
        QVERIFY2(authorize.isValid(), out.constData());
        const QByteArray creds = credentials();
        QByteArray location;
        QCOMPARE(browse(authorize, &creds, &location).first, 302);
        QCOMPARE(browse(dwb::test::withState(QUrl::fromEncoded(location), u"forged"_s)).first, 400);
        QVERIFY(exited(p));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"state"_s));
        QVERIFY(!dwb({u"context"_s, u"list"_s}).out.contains(u"tampered"_s));
    }

    void importDrg()
    {
        // A drg file naming this sandbox with both token kinds: an access
        // token and OAuth tokens (from the sandbox issuer, expiring in 10 s:
        // dwb refreshes them through token_url before the call).
        const QJsonObject t = tokensByHand();
        QVERIFY2(!t.value(u"access_token"_s).toString().isEmpty(), QJsonDocument(t).toJson().constData());
        const QString api = m_sb.api().toString();
        const QString exp = QDateTime::currentDateTimeUtc().addSecs(10).toString(Qt::ISODate);
        const QByteArray yaml = QStringLiteral(
                                    "active_context: drg-token\n"
                                    "contexts:\n"
                                    "  - name: drg-token\n"
                                    "    drogue_cloud_url: %1\n"
                                    "    default_app: ctx-app\n"
                                    "    default_algo: RSA\n"
                                    "    token:\n"
                                    "      id: %2\n"
                                    "      token: %3\n"
                                    "  - name: drg-oauth\n"
                                    "    drogue_cloud_url: %1\n"
                                    "    default_app: ctx-app\n"
                                    "    default_algo: ECDSA\n"
                                    "    token_url: %4\n"
                                    "    token_exp_date: %5\n"
                                    "    token:\n"
                                    "      access_token: %6\n"
                                    "      refresh_token: %7\n"
                                    "      expires_in: 10\n"
                                    "      token_type: bearer\n")
                                    .arg(api, m_sb.user(), m_sb.token(), t.value(u"token_url"_s).toString(), exp,
                                         t.value(u"access_token"_s).toString(), t.value(u"refresh_token"_s).toString())
                                    .toUtf8();
        const QString drgFile = m_home.filePath(u"drg_config.yaml"_s);
        QVERIFY(dwb::test::writeFile(drgFile, yaml));

        // Without a key store: the contexts come in, the secrets do not, and dwb says which.
        Run r = dwb({u"context"_s, u"import-drg"_s, drgFile});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"NOT stored"_s) && r.out.contains(u"drg-oauth"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"dwb login"_s), qPrintable(r.out));
        r = dwb({u"get"_s, u"apps"_s, u"--context"_s, u"drg-token"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"dwb login"_s), qPrintable(r.err));

        // With the file store: tokens moved, the drg file still holds them (and dwb says so).
        r = dwb({u"context"_s, u"import-drg"_s, drgFile, u"--secret-store"_s, u"file"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"drg-token"_s) && r.out.contains(u"drg-oauth"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"plain text"_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"NOT stored"_s), qPrintable(r.out));
        checkSettingsHoldNoSecret({m_sb.token(), t.value(u"access_token"_s).toString(),
                                   t.value(u"refresh_token"_s).toString()});
        r = dwb({u"context"_s, u"list"_s});
        QVERIFY2(r.out.contains(u"* drg-token"_s), qPrintable(r.out)); // active_context became the default
        r = dwb({u"context"_s, u"show"_s, u"drg-oauth"_s});
        QVERIFY2(r.out.contains(u"Default algorithm: ecdsa-p256"_s), qPrintable(r.out));

        r = dwb({u"get"_s, u"apps"_s}); // the default context: drg-token
        QVERIFY2(r.code == 0 && r.out.contains(u"ctx-app"_s), qPrintable(r.err + r.out));
        r = dwb({u"get"_s, u"devices"_s, u"--context"_s, u"drg-oauth"_s}); // bearer, refreshed, default app
        QVERIFY2(r.code == 0 && r.out.contains(u"dev-default-app"_s), qPrintable(r.err + r.out));
        // The refresh rotated the tokens in the store.
        const QJsonObject secrets = QJsonDocument::fromJson(dwb::test::readFile(secretsFile())).object();
        const QJsonObject stored =
            QJsonDocument::fromJson(secrets.value(u"oidc:drg-oauth"_s).toString().toUtf8()).object();
        QVERIFY(!stored.value(u"access_token"_s).toString().isEmpty());
        QVERIFY(stored.value(u"access_token"_s).toString() != t.value(u"access_token"_s).toString());
        QVERIFY(stored.value(u"refresh_token"_s).toString() != t.value(u"refresh_token"_s).toString());
    }

    void setDefaultAndDelete()
    {
        QCOMPARE(dwb({u"context"_s, u"set-default"_s, u"nope"_s}).code, 1);
        QCOMPARE(dwb({u"context"_s, u"set-default"_s, u"sb"_s}).code, 0);
        QVERIFY(dwb({u"context"_s, u"list"_s}).out.contains(u"* sb\t"_s));
        QVERIFY(dwb::test::readFile(secretsFile()).contains("token:drg-token"));
        Run r = dwb({u"context"_s, u"delete"_s, u"drg-token"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!dwb({u"context"_s, u"list"_s}).out.contains(u"drg-token"_s));
        QVERIFY(!dwb::test::readFile(secretsFile()).contains("token:drg-token")); // its secret went too
        QVERIFY(dwb::test::readFile(secretsFile()).contains("token:sb"));
        QCOMPARE(dwb({u"context"_s, u"delete"_s, u"drg-token"_s}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestDwbContext)
#include "test_dwb_context.moc"
