// drg_config.yaml import: both token kinds into a SecretStore, contexts
// into QSettings (a real INI file that must never contain a token), a
// malformed file refused with a clear message, and a store without a key
// store still imports the contexts and names the secrets not stored.
#include "core/config/DrgConfig.h"
#include "core/config/SecretStore.h"
#include "support/TestEnv.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace dwb;

class TestDrgConfig : public QObject {
    Q_OBJECT
private:
    static QString sample(const char *name) { return dwb::test::dataDir() + u"/drg/"_s + QLatin1String(name); }

private Q_SLOTS:
    void accessToken()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"s.ini"_s);
        {
            QSettings settings(ini, QSettings::IniFormat);
            ContextStore contexts(&settings);
            TestSecretStore secrets;
            auto cfg = readDrgConfig(sample("drg_config_access_token.yaml"));
            QVERIFY2(cfg.ok(), qPrintable(cfg ? QString() : cfg.error().toString()));
            QCOMPARE(cfg->contexts.size(), 2);
            auto report = importDrgConfig(*cfg, contexts, secrets);
            QVERIFY(report.ok());
            QCOMPARE(report->imported, (QStringList{u"lab"_s, u"edge"_s}));
            QCOMPARE(report->secretsStored, QStringList{u"lab"_s});
            QCOMPARE(contexts.defaultContext(), u"lab"_s);
            const auto lab = contexts.find(u"lab"_s);
            QVERIFY(lab);
            QCOMPARE(lab->apiUrl, QUrl(u"https://api.example.net"_s));
            QCOMPARE(lab->defaultApp, u"demo-app"_s);
            QCOMPARE(lab->defaultAlgorithm, u"ecdsa-p256"_s);
            QCOMPARE(lab->userId, u"alice"_s);
            QCOMPARE(contexts.find(u"edge"_s)->defaultAlgorithm, u"ed25519"_s);
            const auto secret = secrets.read(lab->credentialsRef);
            QVERIFY(secret);
            const auto pair = parseAccessTokenSecret(*secret);
            QVERIFY(pair);
            QCOMPARE(pair->first, u"alice"_s);
            QCOMPARE(pair->second, u"drg_AccessTokenSecretValue0001"_s);
            const QString text = report->summary(u"drg.yaml"_s);
            QVERIFY(text.contains(u"plain text"_s));
            QVERIFY(!text.contains(u"drg_AccessTokenSecretValue0001"_s));
        }
        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("api.example.net"));
        QVERIFY(!content.contains("drg_AccessTokenSecretValue0001"));
    }

    void oauthToken()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"s.ini"_s);
        {
            QSettings settings(ini, QSettings::IniFormat);
            ContextStore contexts(&settings);
            TestSecretStore secrets;
            auto cfg = readDrgConfig(sample("drg_config_oauth.yaml"));
            QVERIFY(cfg.ok());
            auto report = importDrgConfig(*cfg, contexts, secrets);
            QVERIFY(report.ok());
            const auto c = contexts.find(u"cloud"_s);
            QVERIFY(c);
            QCOMPARE(c->defaultAlgorithm, u"rsa2048"_s);
            QVERIFY(c->credentialsRef.startsWith(u"oidc:"_s));
            const auto t = parseOidcTokensSecret(*secrets.read(c->credentialsRef));
            QVERIFY(t);
            QCOMPARE(t->accessToken, u"eyJhbGciOiJSUzI1NiJ9.OAuthAccessTokenSecret.sig"_s);
            QCOMPARE(t->refreshToken, u"eyJhbGciOiJIUzI1NiJ9.OAuthRefreshTokenSecret.sig"_s);
            QCOMPARE(t->expiresAt, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
            QVERIFY(t->tokenUrl.toString().endsWith(u"/openid-connect/token"_s));
        }
        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("fleet"));
        QVERIFY(!content.contains("OAuthAccessTokenSecret"));
        QVERIFY(!content.contains("OAuthRefreshTokenSecret"));
    }

    void noKeyStoreStillImportsContexts()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        ContextStore contexts(&settings);
        TestSecretStore secrets;
        secrets.setAvailable(false);
        auto cfg = readDrgConfig(sample("drg_config_access_token.yaml"));
        QVERIFY(cfg.ok());
        auto report = importDrgConfig(*cfg, contexts, secrets);
        QVERIFY(report.ok());
        QCOMPARE(report->imported.size(), 2);
        QCOMPARE(report->secretsNotStored, QStringList{u"lab"_s});
        QVERIFY(secrets.all().isEmpty());
        QVERIFY(contexts.find(u"lab"_s));
        const QString text = report->summary(u"drg.yaml"_s);
        QVERIFY2(text.contains(u"NOT stored"_s) && text.contains(u"dwb login"_s), qPrintable(text));
    }

    void malformed()
    {
        auto cfg = readDrgConfig(sample("drg_config_malformed.yaml"));
        QVERIFY(!cfg.ok());
        QCOMPARE(cfg.error().code, ErrorCode::UnknownFormat);
        QVERIFY2(cfg.error().message.contains(u"not a drg configuration file"_s),
                 qPrintable(cfg.error().message));
        QVERIFY(cfg.error().message.contains(u"drg_config_malformed.yaml"_s));
        auto missing = readDrgConfig(u"/nonexistent/drg_config.yaml"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        auto noContexts = parseDrgConfig("active_context: x\n");
        QVERIFY(!noContexts.ok());
        QVERIFY(noContexts.error().message.contains(u"contexts"_s));
    }

    void drgcfgEnv()
    {
        qputenv("DRGCFG", "/tmp/some/drg.yaml");
        QCOMPARE(defaultDrgConfigPath(), u"/tmp/some/drg.yaml"_s);
        qunsetenv("DRGCFG");
        QVERIFY(defaultDrgConfigPath().endsWith(u"/.config/drg_config.yaml"_s));
    }
};

QTEST_GUILESS_MAIN(TestDrgConfig)
#include "test_drgconfig.moc"
