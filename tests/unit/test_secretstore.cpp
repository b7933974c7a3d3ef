// SecretStore backends: the 0600 file backend (real file, mode checked),
// the test backend, and the QtKeychain backend in two set-ups made by the
// test itself, so that each has one definite outcome on any machine:
//  - no D-Bus session bus at all (the address points to nothing): the
//    "no key store" error at once, nothing stored, no plain-text fallback;
//  - a private session bus (dbus-run-session) with no Secret Service or
//    KWallet: the same error, answered by the bus (not by the timeout); where
//    the system can start a Secret Service or KWallet on that bus (gnome-keyring
//    without an unlocked keyring), a round trip or a refusal within the
//    timeout, and no secret in a file.
// A desktop's own key store is not touched (it cannot be asserted in CI).
#include "core/config/SecretStore.h"
#include "core/util/ErrorDetail.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
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

private:
    // Files under the test's HOME and XDG folders: a plain-text fallback
    // of the key store would write one.
    static QStringList filesUnder(const QString &dir)
    {
        QStringList files;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

    // The outcome when no key store answers: the message with the choices,
    // within the timeout (answered, not timed out), nothing stored anywhere.
    void expectNoKeyStore(KeychainSecretStore &store, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        const Status st = store.availability();
        const qint64 ms = timer.elapsed();
        QVERIFY(!st.ok());
        qInfo("no key store after %lld ms: %s", ms, qPrintable(st.error().toString()));
        QCOMPARE(st.error().code, ErrorCode::Refused);
        QCOMPARE(st.error().message, noKeyStoreMessage());
        // A detail, if any, says something ("Unknown error" is dropped).
        QVERIFY2(st.error().detail.compare(u"Unknown error"_s, Qt::CaseInsensitive) != 0,
                 qPrintable(st.error().detail));
        QVERIFY2(!st.error().detail.contains(u"did not answer"_s), qPrintable(st.error().detail));
        QVERIFY2(ms < timeoutMs, qPrintable(QString::number(ms)));
        const Status stored = store.store(u"dwb-test"_s, u"v"_s);
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().message, noKeyStoreMessage());
        QVERIFY(!store.read(u"dwb-test"_s));
        QCOMPARE(filesUnder(m_home.path()), QStringList());
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_home;
    static constexpr int kTimeoutMs = 20000; // far above an answer; a timeout would show in the detail

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        if (!qEnvironmentVariableIsSet("DWB_TEST_PRIVATE_BUS")) {
            // No session bus: an address where nothing listens (before anything uses D-Bus).
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_home.filePath(u"no-bus"_s)));
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.path()));
        }
    }

    void keychainWithoutASessionBus()
    {
        if (qEnvironmentVariableIsSet("DWB_TEST_PRIVATE_BUS"))
            QSKIP("run by the parent process only");
        KeychainSecretStore store(u"Drogue Workbench test"_s, kTimeoutMs);
        expectNoKeyStore(store, kTimeoutMs);
    }

    // Runs itself (this function only) under dbus-run-session: a new
    // session bus, whose services are the ones the system can start.
    void keychainOnAPrivateBus()
    {
        if (!qEnvironmentVariableIsSet("DWB_TEST_PRIVATE_BUS")) {
            const QString runner = QStandardPaths::findExecutable(u"dbus-run-session"_s);
            QVERIFY2(!runner.isEmpty(), "dbus-run-session (Debian package dbus-daemon) is needed");
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"DWB_TEST_PRIVATE_BUS"_s, u"1"_s);
            env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(runner, {u"--"_s, QCoreApplication::applicationFilePath(), u"keychainOnAPrivateBus"_s});
            QVERIFY(child.waitForFinished(2 * kTimeoutMs + 30000));
            const QByteArray out = child.readAll();
            qInfo().noquote() << out;
            QCOMPARE(child.exitCode(), 0);
            QVERIFY2(out.contains("PASS   : TestSecretStoreBackends::keychainOnAPrivateBus()"), out.constData());
            return;
        }
        QVERIFY(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty());
        // Can the bus start a key store? Decided from the service files, not from the probe.
        QStringList starters;
        QStringList dirs = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
        dirs << u"/usr/share"_s << u"/usr/local/share"_s;
        for (const QString &dir : dirs)
            for (const char *name : {"org.freedesktop.secrets", "org.kde.kwalletd5", "org.kde.kwalletd6"})
                if (QFileInfo::exists(u"%1/dbus-1/services/%2.service"_s.arg(dir, QLatin1String(name))))
                    starters << QLatin1String(name);
        starters.removeDuplicates();
        KeychainSecretStore store(u"Drogue Workbench test"_s, kTimeoutMs);
        if (starters.isEmpty()) {
            expectNoKeyStore(store, kTimeoutMs);
            return;
        }
        // The bus starts it on the first call, without a password: it answers,
        // but where no keyring is unlocked (a fresh HOME, no display for its
        // prompt) it cannot keep a secret. Either a round trip, or a refusal
        // within the timeout that says so; never a plain-text fallback. The
        // unlocked key store is integration.test_keystore's.
        qInfo("the bus can start %s", qPrintable(starters.join(u", "_s)));
        QVERIFY2(store.availability().ok(), qPrintable(store.availability().error().toString()));
        QElapsedTimer timer;
        timer.start();
        const Status stored = store.store(u"dwb-test"_s, u"value-1"_s);
        const qint64 ms = timer.elapsed();
        QVERIFY2(ms < kTimeoutMs, qPrintable(QString::number(ms)));
        if (stored.ok()) {
            qInfo("round trip");
            QCOMPARE(store.read(u"dwb-test"_s).value_or(QString()), u"value-1"_s);
            store.remove(u"dwb-test"_s);
            QVERIFY(!store.read(u"dwb-test"_s));
        } else {
            qInfo("refused after %lld ms: %s", ms, qPrintable(stored.error().toString()));
            QCOMPARE(stored.error().code, ErrorCode::Refused);
            QVERIFY2(stored.error().message.contains(u"key store"_s), qPrintable(stored.error().message));
            QVERIFY(!store.read(u"dwb-test"_s));
        }
        for (const QString &file : filesUnder(m_home.path()))
            QVERIFY2(!readAll(file).contains("value-1"), qPrintable(file));
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
