// dwb with the real desktop key store: a private D-Bus session bus and
// gnome-keyring-daemon unlocked with a known password
// (support/KeyStoreSession), the real drogue-sandbox, dwb as a process.
//  - `dwb login URL --token USER:TOKEN` keeps the secret in the key store
//    (secret-tool, the outside judge, finds it under QtKeychain's attributes),
//    a later `dwb get apps` reads it back and works, and no file under HOME
//    holds the token in plain text;
//  - `dwb context delete` removes the secret (secret-tool finds nothing);
//  - a locked keyring (Secret Service Lock; its unlock prompt cannot open
//    without a display) gives a message that says the key store is locked,
//    within a bound, in `dwb get apps` and in `dwb login`, nothing saved.
// Without gnome-keyring the test fails with the reason: it never passes
// without having used the real key store.
#include "support/KeyStoreSession.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int code = -1;
    QString out, err;
    qint64 ms = 0;
};

// QtKeychain's attribute for the service name (the "server" of its schema).
const QString kService = u"Drogue Workbench"_s;
// A locked key store is answered within this (the store's own timeout is 5 s).
constexpr qint64 kLockedBoundMs = 10000;

} // namespace

class TestKeyStore : public QObject {
    Q_OBJECT

    dwb::test::KeyStoreSession m_keys;
    dwb::test::Sandbox m_sb;

    Run dwb(const QStringList &args, int timeoutMs = 60000)
    {
        QProcess p;
        QProcessEnvironment env = m_keys.environment();
        env.insert(u"DRGCFG"_s, m_keys.home() + u"/no-such-drg.yaml"_s);
        env.insert(u"DWB_RETRY_SECONDS"_s, u"0"_s);
        p.setProcessEnvironment(env);
        Run r;
        QElapsedTimer t;
        t.start();
        p.start(dwb::test::program(u"dwb"_s), args);
        if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = u"dwb did not finish within %1 ms: "_s.arg(timeoutMs) + args.join(u' ');
            r.ms = t.elapsed();
            return r;
        }
        r.ms = t.elapsed();
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QStringList login(const QString &name) const
    {
        QStringList args{u"login"_s, m_sb.api().toString(), u"--token"_s, m_sb.user() + u':' + m_sb.token(),
                         u"--name"_s, name};
        if (!m_sb.caFile().isEmpty())
            args << u"--ca"_s << m_sb.caFile();
        return args;
    }

    // Every file under HOME (the keyring's own files included) that holds
    // `needle` as it is: a plain-text copy of the secret.
    QStringList filesHolding(const QByteArray &needle) const
    {
        QStringList found;
        QDirIterator it(m_keys.home(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (dwb::test::readFile(f).contains(needle))
                found << f;
        }
        return found;
    }

    QStringList filesUnderHome() const
    {
        QStringList all;
        QDirIterator it(m_keys.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            all << it.next().mid(m_keys.home().size() + 1);
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_keys.start(), qPrintable(m_keys.errorString()));
        qInfo("private bus %s, gnome-keyring unlocked, HOME %s", qPrintable(m_keys.busAddress()),
              qPrintable(m_keys.home()));
        QVERIFY2(m_sb.start({u"--no-broker"_s}), qPrintable(m_sb.errorString()));
        QVERIFY(!m_sb.token().isEmpty());
    }

    void cleanupTestCase()
    {
        m_sb.stop();
        m_keys.stop();
    }

    void loginKeepsTheTokenInTheKeyStore()
    {
        int rc = -1;
        QCOMPARE(m_keys.searchService(kService, &rc), QByteArray()); // nothing yet
        Run r = dwb(login(u"lab"_s));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"context 'lab' saved (secret in the system key store)"_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(m_sb.token()) && !r.err.contains(m_sb.token()), "dwb printed the token");
        qInfo("dwb login: %lld ms", r.ms);

        // The outside judge: libsecret's command line finds the item.
        const QByteArray items = m_keys.searchService(kService, &rc);
        qInfo().noquote() << "secret-tool search --all server" << kService << "->\n" << items.trimmed();
        QCOMPARE(rc, 0);
        QVERIFY2(items.contains("attribute.user = token:lab"), items.constData());
        QVERIFY2(items.contains(m_sb.token().toUtf8()), "the stored secret is not the token");
        QCOMPARE(items.count("attribute.user = "), 1);

        // A later command reads it back.
        const QString app = u"keystore-app"_s;
        r = dwb({u"create"_s, u"app"_s, app, u"--context"_s, u"lab"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = dwb({u"get"_s, u"apps"_s, u"--context"_s, u"lab"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(app), qPrintable(r.out));
        qInfo("dwb get apps (secret read from the key store): %lld ms", r.ms);

        // `grep -r TOKEN $HOME`: no file holds it, the settings and the
        // keyring (encrypted with the password) included.
        const QStringList files = filesUnderHome();
        QVERIFY2(files.contains(u".config/Drogue IoT/Drogue Workbench.conf"_s), qPrintable(files.join(u", "_s)));
        QVERIFY2(files.contains(u".local/share/keyrings/login.keyring"_s), qPrintable(files.join(u", "_s)));
        QCOMPARE(filesHolding(m_sb.token().toUtf8()), QStringList());
        QVERIFY(!QFile::exists(m_keys.home() + u"/.local/share/Drogue IoT/Drogue Workbench/secrets.json"_s));
    }

    void contextDeleteRemovesTheSecret()
    {
        QVERIFY(dwb(login(u"gone"_s)).code == 0);
        QVERIFY(m_keys.searchService(kService).contains("attribute.user = token:gone"));
        const Run r = dwb({u"context"_s, u"delete"_s, u"gone"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray items = m_keys.searchService(kService);
        QVERIFY2(!items.contains("token:gone"), items.constData());
        QVERIFY2(items.contains("attribute.user = token:lab"), items.constData()); // the other one stays
        QByteArray out;
        QCOMPARE(m_keys.secretTool({u"lookup"_s, u"server"_s, kService, u"user"_s, u"token:gone"_s}, &out), 1);
        QCOMPARE(out, QByteArray());
    }

    void lockedKeyStoreIsToldAtOnce()
    {
        QVERIFY2(m_keys.lock(), qPrintable(m_keys.errorString()));
        QVERIFY(m_keys.isLocked());

        // Reading: the secret is there, but locked.
        Run r = dwb({u"get"_s, u"apps"_s, u"--context"_s, u"lab"_s}, 60000);
        qInfo().noquote() << "locked, dwb get apps:" << r.ms << "ms, exit" << r.code << "\n" << r.err.trimmed();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.ms < kLockedBoundMs, qPrintable(QString::number(r.ms)));
        QVERIFY2(r.err.contains(u"locked"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"No secret for the context"_s), qPrintable(r.err));

        // Writing: refused with the same reason, nothing saved.
        r = dwb(login(u"while-locked"_s), 60000);
        qInfo().noquote() << "locked, dwb login:" << r.ms << "ms, exit" << r.code << "\n" << r.err.trimmed();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.ms < kLockedBoundMs, qPrintable(QString::number(r.ms)));
        QVERIFY2(r.err.contains(u"locked"_s), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"saved"_s), qPrintable(r.out));
        QVERIFY(m_keys.isLocked());

        // Unlocked again (with the password): the same
        // secret works again; the failed login left no context.
        QVERIFY2(m_keys.unlock(), qPrintable(m_keys.errorString()));
        QVERIFY(!m_keys.isLocked());
        r = dwb({u"get"_s, u"apps"_s, u"--context"_s, u"lab"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = dwb({u"context"_s, u"list"_s});
        QVERIFY2(!r.out.contains(u"while-locked"_s), qPrintable(r.out));
        QVERIFY(!m_keys.searchService(kService).contains("while-locked"));
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "test_keystore.moc"
