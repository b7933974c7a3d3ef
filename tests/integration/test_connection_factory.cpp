// core/config/ConnectionFactory against the real drogue-sandbox program:
// a sandbox context (re-read from sandbox.json), a saved access token, a
// session-only token, the errors for a missing, unusable or damaged secret,
// and OIDC tokens near their end renewed through the sandbox's issuer (the
// new tokens written back to the store). Each resolved connection is judged
// by the server: whoami must answer with the sandbox's user.
#include "core/cloud/OidcClient.h"
#include "core/cloud/RegistryClient.h"
#include "core/config/ConnectionFactory.h"
#include "core/config/DrgConfig.h"
#include "core/config/SecretStore.h"
#include "support/BrowserFlow.h"
#include "support/Sandbox.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::ConnectionFactory;
using dwb::Context;
using dwb::ErrorCode;

class TestConnectionFactory : public QObject {
    Q_OBJECT
private:
    dwb::test::Sandbox m_sb;
    dwb::TestSecretStore m_store;
    dwb::InMemorySecretStore m_session;

    ConnectionFactory factory()
    {
        return ConnectionFactory([this](const Context &c) -> dwb::SecretStore * {
            return ConnectionFactory::isSessionOnly(c) ? static_cast<dwb::SecretStore *>(&m_session) : &m_store;
        });
    }
    Context context(const QString &name, const QString &ref) const
    {
        Context c;
        c.name = name;
        c.apiUrl = m_sb.api();
        c.serverCaFile = m_sb.caFile();
        c.userId = m_sb.user();
        c.credentialsRef = ref;
        return c;
    }
    // The server's verdict on the settings: who they sign in as.
    static QString whoami(const dwb::ConnectionSettings &settings)
    {
        dwb::RegistryClient client(settings);
        const auto who = await(client.whoami());
        return who ? *who : u"refused: "_s + who.error().message;
    }
    // A real sign-in at the sandbox's issuer (browser flow played by hand).
    dwb::OidcTokens signIn()
    {
        const QJsonObject info = m_sb.info();
        dwb::OidcClient client(QUrl(info.value(u"endpoints"_s).toObject().value(u"issuer_url"_s).toString()),
                               m_sb.caFile());
        QUrl authorize;
        client.setBrowserHook([&](const QUrl &u) { authorize = u; });
        QSignalSpy finished(&client, &dwb::OidcClient::signInFinished);
        client.signIn();
        if (!QTest::qWaitFor([&] { return authorize.isValid(); }, 10000))
            return {};
        QNetworkAccessManager browser;
        const QJsonObject oidc = info.value(u"oidc"_s).toObject();
        const QByteArray form = dwb::test::credentialsForm(oidc.value(u"username"_s).toString(),
                                                           oidc.value(u"password"_s).toString());
        const auto redirect = dwb::test::browse(browser, authorize, &form, m_sb.caFile());
        if (redirect.status != 302)
            return {};
        dwb::test::browse(browser, QUrl::fromEncoded(redirect.location), nullptr, m_sb.caFile());
        if (!QTest::qWaitFor([&] { return finished.size() == 1; }, 10000) || !finished.at(0).at(0).toBool())
            return {};
        return client.tokens();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sb.start({u"--no-broker"_s}), qPrintable(m_sb.errorString())); }

    void sandboxContextRereadsSandboxJson()
    {
        Context c = context(u"Local sandbox"_s, u"sandbox:"_s + m_sb.dataDir());
        c.apiUrl = QUrl(u"http://127.0.0.1:1"_s); // stale: the running sandbox's URL wins
        c.userId = u"someone-else"_s;
        auto r = factory().resolve(c, {12000, {}});
        QVERIFY2(r.ok(), dwb::test::why(r));
        QCOMPARE(r->settings.apiUrl, m_sb.api());
        QCOMPARE(r->settings.serverCaFile, m_sb.caFile());
        QCOMPARE(r->settings.timeoutMs, 12000);
        QCOMPARE(r->settings.contextName, u"sandbox"_s); // the ledger's name of it, as dwb --sandbox's
        QCOMPARE(r->user, m_sb.user());
        QVERIFY(!r->store);
        QCOMPARE(whoami(r->settings), m_sb.user());

        const QTemporaryDir empty;
        auto none = factory().resolve(context(u"gone"_s, u"sandbox:"_s + empty.path()));
        QVERIFY(!none.ok());
    }

    void savedAccessToken()
    {
        m_store.write(u"token:lab"_s, dwb::accessTokenSecret(m_sb.user(), m_sb.token()));
        auto r = factory().resolve(context(u"lab"_s, u"token:lab"_s));
        QVERIFY2(r.ok(), dwb::test::why(r));
        QCOMPARE(r->store, &m_store);
        QCOMPARE(r->user, m_sb.user());
        QVERIFY(!r->oidc);
        QCOMPARE(whoami(r->settings), m_sb.user());
        // A wrong token resolves too: the server is the judge.
        m_store.write(u"token:wrong"_s, dwb::accessTokenSecret(m_sb.user(), u"not-the-token"_s));
        auto wrong = factory().resolve(context(u"wrong"_s, u"token:wrong"_s));
        QVERIFY(wrong.ok());
        QVERIFY(whoami(wrong->settings).startsWith(u"refused: "_s));
    }

    void missingUnusableOrDamagedSecret()
    {
        auto missing = factory().resolve(context(u"nobody"_s, u"token:nobody"_s));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::Forbidden);
        QVERIFY2(missing.error().message.contains(u"nobody"_s), qPrintable(missing.error().message));

        m_store.write(u"token:broken"_s, u"{not json"_s);
        auto damaged = factory().resolve(context(u"broken"_s, u"token:broken"_s));
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().code, ErrorCode::UnknownFormat);
        m_store.write(u"oidc:broken"_s, dwb::accessTokenSecret(u"u"_s, u"t"_s)); // a token where tokens belong
        QCOMPARE(factory().resolve(context(u"broken"_s, u"oidc:broken"_s)).error().code, ErrorCode::UnknownFormat);

        m_store.setAvailable(false); // e.g. no Secret Service: its own words, not "no sign-in"
        const QString why = m_store.availability().error().message;
        auto unusable = factory().resolve(context(u"nobody"_s, u"token:nobody"_s));
        m_store.setAvailable(true);
        QVERIFY(!unusable.ok());
        QCOMPARE(unusable.error().code, ErrorCode::Forbidden);
        QVERIFY(!why.isEmpty());
        QCOMPARE(unusable.error().message, why);
    }

    void sessionOnlyToken()
    {
        const Context c = context(u"session"_s, u"memory:session"_s);
        QVERIFY(factory().needsSessionToken(c));
        QCOMPARE(factory().resolve(c).error().code, ErrorCode::Forbidden);
        m_session.write(c.credentialsRef, m_sb.token());
        QVERIFY(!factory().needsSessionToken(c));
        auto r = factory().resolve(c);
        QVERIFY2(r.ok(), dwb::test::why(r));
        QCOMPARE(whoami(r->settings), m_sb.user());
        QVERIFY(!factory().needsSessionToken(context(u"lab"_s, u"token:lab"_s)));
    }

    void oidcTokensNearTheirEndAreRenewed()
    {
        const dwb::OidcTokens first = signIn();
        QVERIFY(first.isValid());
        QVERIFY(!first.refreshToken.isEmpty());
        // 5 s left: renewed before the first call; no token URL saved yet.
        m_store.write(u"oidc:sso"_s, dwb::oidcTokensSecret({first.accessToken, first.refreshToken,
                                                             QDateTime::currentDateTimeUtc().addSecs(5), QUrl()}));
        auto r = factory().resolve(context(u"sso"_s, u"oidc:sso"_s));
        QVERIFY2(r.ok(), dwb::test::why(r));
        QVERIFY(r->oidc);
        QVERIFY(r->renewFirst());
        QCOMPARE(r->settings.credentials.kind, dwb::Credentials::Kind::Bearer);
        const dwb::Status st = ConnectionFactory::renewNow(*r);
        QVERIFY2(st.ok(), dwb::test::why(st));
        QVERIFY(r->oidc->accessToken != first.accessToken);
        QCOMPARE(r->settings.credentials.secret, r->oidc->accessToken);
        QCOMPARE(whoami(r->settings), m_sb.user());
        // Written back: the renewed tokens and the token endpoint found.
        const auto saved = dwb::parseOidcTokensSecret(*m_store.read(u"oidc:sso"_s));
        QVERIFY(saved);
        QCOMPARE(saved->accessToken, r->oidc->accessToken);
        QVERIFY(saved->tokenUrl.isValid() && !saved->tokenUrl.isEmpty());
        QVERIFY(saved->expiresAt > QDateTime::currentDateTimeUtc().addSecs(30));

        // Tokens with time left are used as they are.
        auto later = factory().resolve(context(u"sso"_s, u"oidc:sso"_s));
        QVERIFY(later.ok());
        QVERIFY(!later->renewFirst());
        QVERIFY(ConnectionFactory::renewNow(*later).ok());
        QCOMPARE(later->oidc->accessToken, saved->accessToken);
    }

    void refusedRenewalSaysSo()
    {
        m_store.write(u"oidc:stale"_s, dwb::oidcTokensSecret({u"old"_s, u"unknown-refresh-token"_s,
                                                               QDateTime::currentDateTimeUtc().addSecs(1), QUrl()}));
        auto r = factory().resolve(context(u"stale"_s, u"oidc:stale"_s));
        QVERIFY2(r.ok(), dwb::test::why(r));
        const dwb::Status st = ConnectionFactory::renewNow(*r);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Forbidden);
        QCOMPARE(dwb::parseOidcTokensSecret(*m_store.read(u"oidc:stale"_s))->accessToken, u"old"_s);
    }
};

QTEST_GUILESS_MAIN(TestConnectionFactory)
#include "test_connection_factory.moc"
