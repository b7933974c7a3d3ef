// SecretStore backends: the 0600 file backend (real file, mode checked),
// the test backend, and the QtKeychain backend, which must either work
// (a desktop with a key store) or report "no key store" within its timeout
// (CI: no Secret Service on D-Bus) rather than hang or fall back to plain text.
#include "core/config/SecretStore.h"
#include "core/util/ErrorDetail.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace dwb;

class TestSecretStoreBackends : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fileBackend()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/secrets.json"_s);
        FileSecretStore store(path);
        QVERIFY(store.persistent());
        QVERIFY(!store.read(u"token:a"_s));
        QVERIFY(store.store(u"token:a"_s, u"s3cret-A"_s).ok());
        QVERIFY(store.store(u"token:b"_s, u"s3cret-B"_s).ok());
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        FileSecretStore again(path); // a new instance reads the file
        QCOMPARE(again.read(u"token:a"_s).value_or(QString()), u"s3cret-A"_s);
        again.remove(u"token:a"_s);
        QVERIFY(!store.read(u"token:a"_s));
        QCOMPARE(store.read(u"token:b"_s).value_or(QString()), u"s3cret-B"_s);
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        // A damaged file is refused, not overwritten.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("not json");
        f.close();
        QVERIFY(!store.store(u"token:c"_s, u"x"_s).ok());
    }

    void testBackend()
    {
        TestSecretStore store;
        QVERIFY(store.availability().ok());
        QVERIFY(store.store(u"k"_s, u"v"_s).ok());
        QCOMPARE(store.read(u"k"_s).value_or(QString()), u"v"_s);
        store.setAvailable(false);
        const Status st = store.store(u"k2"_s, u"v2"_s);
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains(u"No system key store"_s));
        QVERIFY(!store.read(u"k"_s));
    }

    void sessionBackend()
    {
        auto s = makeSecretStore(u"session"_s);
        QVERIFY(!s->persistent());
        QVERIFY(s->store(u"k"_s, u"v"_s).ok());
        QCOMPARE(s->read(u"k"_s).value_or(QString()), u"v"_s);
    }

    void keychainReportsOrWorks()
    {
        KeychainSecretStore store(u"Drogue Workbench test"_s, 4000);
        QElapsedTimer timer;
        timer.start();
        const Status st = store.availability();
        QVERIFY2(timer.elapsed() < 8000, "the key store probe must not hang");
        if (!st.ok()) {
            qInfo("no key store: %s", qPrintable(st.error().toString()));
            QVERIFY(st.error().message.contains(u"No system key store"_s));
            // A detail, if any, says something ("Unknown error" is dropped).
            QVERIFY2(st.error().detail.compare(u"Unknown error"_s, Qt::CaseInsensitive) != 0,
                     qPrintable(st.error().detail));
            QVERIFY(!store.store(u"dwb-test"_s, u"v"_s).ok());
            QVERIFY(!store.read(u"dwb-test"_s));
            QVERIFY(timer.elapsed() < 8000);
            return;
        }
        QVERIFY(store.store(u"dwb-test"_s, u"value-1"_s).ok());
        QCOMPARE(store.read(u"dwb-test"_s).value_or(QString()), u"value-1"_s);
        store.remove(u"dwb-test"_s);
        QVERIFY(!store.read(u"dwb-test"_s));
    }

    // dwb prints an error's detail on a line of its own: only when it adds
    // something to the message.
    void detailOnlyWhenItAddsSomething()
    {
        const QString message = u"No system key store is available."_s;
        QCOMPARE(usefulDetail(message, u"Unknown error"_s), QString());
        QCOMPARE(usefulDetail(message, u"  unknown error. "_s), QString());
        QCOMPARE(usefulDetail(message, u"No error"_s), QString());
        QCOMPARE(usefulDetail(message, QString()), QString());
        QCOMPARE(usefulDetail(message, u"system key store"_s), QString()); // already said
        QCOMPARE(usefulDetail(message, u"org.freedesktop.DBus.Error.ServiceUnknown"_s),
                 u"org.freedesktop.DBus.Error.ServiceUnknown"_s);
        QCOMPARE(usefulDetail(Error(ErrorCode::Network, u"Cannot reach the server."_s, u" HTTP 502 "_s)),
                 u"HTTP 502"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreBackends)
#include "test_secretstore.moc"
