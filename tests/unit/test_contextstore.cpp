// The minimal context store: contexts round-trip through QSettings (a real
// INI file on disk), secrets never reach that file, sandbox.json is read.
#include "core/config/Context.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dwb;
using namespace Qt::StringLiterals;

class TestContextStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripsWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"contexts.ini"_s);
        InMemorySecretStore secrets;
        {
            QSettings settings(ini, QSettings::IniFormat);
            ContextStore store(&settings);
            Context c;
            c.name = u"Lab"_s;
            c.apiUrl = QUrl(u"https://api.example.net"_s);
            c.defaultApp = u"demo-app"_s;
            c.defaultAlgorithm = u"ecdsa-p256"_s;
            c.userId = u"alice"_s;
            c.credentialsRef = u"memory:Lab"_s;
            store.upsert(c);
            secrets.write(c.credentialsRef, u"drg_supersecret"_s);
            store.setLastContext(u"Lab"_s);
            c.defaultApp = u"other"_s;
            store.upsert(c); // replaces, does not duplicate
            QCOMPARE(store.contexts().size(), 1);
        }
        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("api.example.net"));
        QVERIFY(!text.contains("drg_supersecret"));

        QSettings settings(ini, QSettings::IniFormat);
        ContextStore store(&settings);
        QCOMPARE(store.contexts().size(), 1);
        const auto c = store.find(u"Lab"_s);
        QVERIFY(c);
        QCOMPARE(c->apiUrl, QUrl(u"https://api.example.net"_s));
        QCOMPARE(c->defaultApp, u"other"_s);
        QCOMPARE(c->userId, u"alice"_s);
        QCOMPARE(store.lastContext(), u"Lab"_s);
        QCOMPARE(secrets.read(c->credentialsRef).value_or(QString()), u"drg_supersecret"_s);
        QVERIFY(!secrets.persistent());
        QVERIFY(store.remove(u"Lab"_s));
        QVERIFY(store.contexts().isEmpty());
    }

    void readsSandboxJson()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"sandbox.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"api\":\"http://127.0.0.1:8011\",\"user\":\"sandbox\",\"token\":\"drg_x\",\"ca\":\"ca.pem\"}");
        f.close();
        auto info = readSandboxInfo(dir.path());
        QVERIFY(info);
        QCOMPARE(info->api, QUrl(u"http://127.0.0.1:8011"_s));
        QCOMPARE(info->user, u"sandbox"_s);
        QCOMPARE(info->token, u"drg_x"_s);
        QCOMPARE(info->caFile, QDir(dir.path()).filePath(u"ca.pem"_s));

        QTemporaryDir empty;
        auto missing = readSandboxInfo(empty.path());
        QVERIFY(!missing);
        QVERIFY(!missing.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContextStore)
#include "test_contextstore.moc"
