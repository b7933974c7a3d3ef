// The context store: QSettings in a temp dir (test mode), round trip of
// every field, default context, and the settings file never holds a token
// stored through the SecretStore.
#include "core/config/Context.h"
#include "core/config/SecretStore.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dwb;

class TestContext : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"contexts.ini"_s);
        const QString token = u"drg_TopSecretTokenValue123456789"_s;
        {
            QSettings settings(ini, QSettings::IniFormat);
            ContextStore store(&settings);
            TestSecretStore secrets;
            Context c;
            c.name = u"prod"_s;
            c.apiUrl = QUrl(u"https://api.example.com"_s);
            c.defaultApp = u"app1"_s;
            c.defaultAlgorithm = u"ed25519"_s;
            c.serverCaFile = u"/tmp/ca.pem"_s;
            c.userId = u"bob"_s;
            c.credentialsRef = u"token:prod"_s;
            QVERIFY(secrets.store(c.credentialsRef, token).ok());
            store.upsert(c);
            store.setDefaultContext(u"prod"_s);
            Context d = c;
            d.name = u"dev"_s;
            store.upsert(d);
            QVERIFY(store.remove(u"dev"_s));
            QVERIFY(!store.remove(u"dev"_s));
        }
        {
            QSettings settings(ini, QSettings::IniFormat);
            ContextStore store(&settings);
            QCOMPARE(store.contexts().size(), 1);
            const Context c = *store.find(u"prod"_s);
            QCOMPARE(c.apiUrl, QUrl(u"https://api.example.com"_s));
            QCOMPARE(c.defaultApp, u"app1"_s);
            QCOMPARE(c.defaultAlgorithm, u"ed25519"_s);
            QCOMPARE(c.serverCaFile, u"/tmp/ca.pem"_s);
            QCOMPARE(c.userId, u"bob"_s);
            QCOMPARE(c.credentialsRef, u"token:prod"_s);
            QCOMPARE(store.defaultContext(), u"prod"_s);
        }
        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("api.example.com"));
        QVERIFY(!content.contains(token.toLatin1()));
    }

    void defaultSettingsInTestMode()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path()));
        {
            ContextStore store;
            Context c;
            c.name = u"x"_s;
            c.apiUrl = QUrl(u"http://127.0.0.1:1"_s);
            store.upsert(c);
        }
        ContextStore again;
        QVERIFY(again.find(u"x"_s));
        const QSettings probe(u"Drogue IoT"_s, u"Drogue Workbench"_s);
        QVERIFY(QFile::exists(probe.fileName()));
        QVERIFY2(probe.fileName().startsWith(home.path()) || probe.fileName().contains(u".qttest"_s),
                 qPrintable(probe.fileName()));
        QVERIFY(again.remove(u"x"_s));
        qunsetenv("XDG_CONFIG_HOME");
    }
};

QTEST_GUILESS_MAIN(TestContext)
#include "test_context.moc"
