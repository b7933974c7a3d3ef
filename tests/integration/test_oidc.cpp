// The whole OIDC sign-in (authorization code + PKCE) against the sandbox's
// issuer, with the test playing the browser over real HTTP: GET the
// authorize URL (sign-in page), POST the sandbox's credentials from
// sandbox.json, follow the 302 to the client's loopback handler. Then
// registry calls with the bearer token; a tampered state refused; a wrong
// PKCE verifier answered 400 invalid_grant; short-lived tokens (5 s)
// refreshed in the background while registry calls keep working.
#include "core/cloud/OidcClient.h"
#include "core/cloud/RegistryClient.h"
#include "sandbox/OidcIssuer.h"
#include "sandbox/SandboxServer.h"
#include "support/BrowserFlow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace dwb;

using dwb::test::browse;
using dwb::test::credentialsForm;
using dwb::test::HttpResult;

class TestOidc : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QString m_oidcUser, m_oidcPassword;
    QUrl m_issuer;
    QNetworkAccessManager m_browser;

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions o;
        o.dataDir = m_tmp.filePath(u"data"_s);
        o.broker = false;
        o.tokenLifetime = 5;
        m_server = std::make_unique<sandbox::SandboxServer>(o);
        QVERIFY(m_server->start().ok());
        QFile info(m_server->infoFile());
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QJsonObject j = QJsonDocument::fromJson(info.readAll()).object();
        m_oidcUser = j.value(u"oidc"_s).toObject().value(u"username"_s).toString();
        m_oidcPassword = j.value(u"oidc"_s).toObject().value(u"password"_s).toString();
        QVERIFY(!m_oidcUser.isEmpty());
        QVERIFY(m_oidcPassword.size() >= 8);
        m_issuer = QUrl(j.value(u"endpoints"_s).toObject().value(u"issuer_url"_s).toString());
        QCOMPARE(m_issuer.path(), u"/realms/drogue"_s);
    }

    void cleanupTestCase() { m_server->stop(); }

    void discovery()
    {
        const HttpResult r = browse(m_browser, QUrl(m_issuer.toString() + u"/.well-known/openid-configuration"_s));
        QCOMPARE(r.status, 200);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(o.value(u"issuer"_s).toString(), m_issuer.toString());
        QVERIFY(o.value(u"token_endpoint"_s).toString().startsWith(m_issuer.toString()));
    }

    void fullFlowWithRefresh()
    {
        OidcClient client(m_issuer);
        QUrl authorizeUrl;
        client.setBrowserHook([&](const QUrl &u) { authorizeUrl = u; });
        QSignalSpy finished(&client, &OidcClient::signInFinished);
        client.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(authorizeUrl.isValid(), 10000);
        const QUrlQuery q(authorizeUrl);
        QCOMPARE(q.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(q.queryItemValue(u"client_id"_s), u"drogue"_s);
        QVERIFY(q.queryItemValue(u"scope"_s, QUrl::FullyDecoded).contains(u"offline_access"_s));

        // The browser: sign-in page, wrong password, right password.
        HttpResult page = browse(m_browser, authorizeUrl);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("name=\"password\""));
        QByteArray wrong = credentialsForm(m_oidcUser, u"wrong"_s);
        QCOMPARE(browse(m_browser, authorizeUrl, &wrong).status, 401);
        QByteArray right = credentialsForm(m_oidcUser, m_oidcPassword);
        HttpResult redirect = browse(m_browser, authorizeUrl, &right);
        QCOMPARE(redirect.status, 302);
        const QUrl back = QUrl::fromEncoded(redirect.location);
        QCOMPARE(back.host(), u"127.0.0.1"_s);
        QCOMPARE(back.port(), client.redirectUri().port());
        HttpResult landing = browse(m_browser, back);
        QCOMPARE(landing.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(client.tokens().isValid());
        QVERIFY(!client.tokens().refreshToken.isEmpty());

        // Registry calls with the bearer token.
        ConnectionSettings cs;
        cs.apiUrl = m_server->apiUrl();
        RegistryClient registry(cs);
        client.attach(&registry);
        QCOMPARE(registry.settings().credentials.kind, Credentials::Kind::Bearer);
        auto who = await(registry.whoami());
        QVERIFY2(who.ok(), qPrintable(who ? QString() : who.error().toString()));
        QCOMPARE(*who, m_server->user());
        const QString firstToken = client.tokens().accessToken;

        // A wrong bearer is refused (the registry really checks it).
        ConnectionSettings bad = cs;
        bad.credentials = Credentials::bearer(u"not-a-token"_s);
        RegistryClient badClient(bad);
        QVERIFY(!await(badClient.whoami()).ok());

        // 5 s tokens: refreshed in the background; calls keep working past
        // the first token's lifetime, and the first token no longer works.
        QSignalSpy changed(&client, &OidcClient::tokensChanged);
        QTRY_VERIFY_WITH_TIMEOUT(client.refreshCount() >= 2, 15000);
        QVERIFY(client.tokens().accessToken != firstToken);
        QTest::qWait(2000);
        auto who2 = await(registry.whoami());
        QVERIFY2(who2.ok(), qPrintable(who2 ? QString() : who2.error().toString()));
        ConnectionSettings old = cs;
        old.credentials = Credentials::bearer(firstToken);
        RegistryClient oldClient(old);
        QVERIFY(!await(oldClient.whoami()).ok());
    }

    void tamperedStateRefused()
    {
        OidcClient client(m_issuer);
        QUrl authorizeUrl;
        client.setBrowserHook([&](const QUrl &u) { authorizeUrl = u; });
        QSignalSpy finished(&client, &OidcClient::signInFinished);
        client.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(authorizeUrl.isValid(), 10000);
        QByteArray right = credentialsForm(m_oidcUser, m_oidcPassword);
        HttpResult redirect = browse(m_browser, authorizeUrl, &right);
        QCOMPARE(redirect.status, 302);
        const QUrl back = test::withState(QUrl::fromEncoded(redirect.location), u"tampered"_s);
        HttpResult landing = browse(m_browser, back);
        QCOMPARE(landing.status, 400);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(finished.at(0).at(1).toString().contains(u"state"_s));
        QVERIFY(!client.tokens().isValid());
    }

    void wrongVerifierInvalidGrant()
    {
        // Plays the client by hand: a challenge for one verifier, another sent.
        const QByteArray verifier = QByteArray(50, 'a');
        const QString redirectUri = u"http://127.0.0.1:9/"_s;
        const QUrl auth = test::authorizeUrl(m_issuer.toString(), redirectUri, u"s1"_s, verifier);
        QByteArray right = credentialsForm(m_oidcUser, m_oidcPassword);
        const auto codeFor = [&] { return test::codeOf(browse(m_browser, auth, &right).location); };
        const QUrl token = test::tokenUrl(m_issuer.toString());
        const auto exchange = [&](const QString &code, const QByteArray &v) {
            const QByteArray form = test::tokenForm(code, redirectUri, v);
            return browse(m_browser, token, &form);
        };
        const QString code1 = codeFor();
        QVERIFY(!code1.isEmpty());
        HttpResult bad = exchange(code1, QByteArray(50, 'b'));
        QCOMPARE(bad.status, 400);
        QCOMPARE(QJsonDocument::fromJson(bad.body).object().value(u"error"_s).toString(), u"invalid_grant"_s);
        // The code is spent even by a failed attempt.
        QCOMPARE(exchange(code1, verifier).status, 400);
        // The right verifier with a fresh code gives tokens.
        HttpResult good = exchange(codeFor(), verifier);
        QCOMPARE(good.status, 200);
        QVERIFY(!QJsonDocument::fromJson(good.body).object().value(u"access_token"_s).toString().isEmpty());
    }

    void refreshFailureAsksToSignInAgain()
    {
        OidcClient client(m_issuer);
        QSignalSpy reauth(&client, &OidcClient::reauthenticationRequired);
        OidcTokens t;
        t.accessToken = u"stale"_s;
        t.refreshToken = u"unknown-refresh-token"_s;
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(1);
        client.setTokens(t);
        QTRY_COMPARE_WITH_TIMEOUT(reauth.size(), 1, 10000);
        QVERIFY(reauth.at(0).at(0).toString().contains(u"sign in again"_s));
    }

    void signInTimeout()
    {
        OidcClient client(m_issuer);
        client.setSignInTimeoutMs(500);
        client.setBrowserHook([](const QUrl &) {}); // the user closed the browser
        QSignalSpy finished(&client, &OidcClient::signInFinished);
        client.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(finished.at(0).at(1).toString().contains(u"timed out"_s));
    }
};

QTEST_GUILESS_MAIN(TestOidc)
#include "test_oidc.moc"
