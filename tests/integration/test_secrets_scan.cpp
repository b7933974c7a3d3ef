// No secret in logs or settings (issue 10): a full flow with every debug
// category on (QT_LOGGING_RULES="*.debug=true") — the sandbox with its
// broker, dwb login (token into the 0600 file store), app create, a CA key
// encrypted with a passphrase (--passphrase-file), its anchor registered
// online, offline and online enrollment with key output, lists, inspect,
// publish --verify — capturing stdout and stderr of every process. Then
// every captured line and every file under the test's HOME (QSettings,
// XDG config/data/cache) is scanned for the access token (also as the HTTP
// Basic credential), the passphrase and the base64 lines of every private
// key (as written, and decrypted). Each hit fails, naming the process or
// file and the line. The only file allowed to hold the token is the 0600
// secrets file the user chose with --secret-store file.
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Captured {
    QString source;   // "dwb login …" or a file path
    QByteArray text;
};

struct Secret {
    QString what;
    QByteArray needle;
};

} // namespace

class TestSecretsScan : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_home, m_work;
    QProcessEnvironment m_env;
    QList<Captured> m_logs;
    std::unique_ptr<dwb::test::Sandbox> m_sb;
    QString m_redact;

    QString work(const QString &name) const { return QDir(m_work).filePath(name); }

    // Runs dwb with the test's environment; its output is kept for the scan.
    int dwb(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(dwb::test::program(u"dwb"_s), args);
        if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            return -1;
        }
        const QByteArray o = p.readAllStandardOutput(), e = p.readAllStandardError();
        // The command line names the token (dwb login --token): not in messages.
        QString name = u"dwb "_s + args.join(u' ');
        if (!m_redact.isEmpty())
            name.replace(m_redact, u"<token>"_s);
        m_logs << Captured{name + u" (stdout)"_s, o} << Captured{name + u" (stderr)"_s, e};
        if (out)
            *out = o + e;
        if (p.exitCode() != 0)
            qWarning().noquote() << name << "failed:" << e.right(2000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    static QList<QByteArray> pemBodyLines(const QByteArray &pem)
    {
        QList<QByteArray> out;
        for (const QByteArray &raw : pem.split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.size() >= 16 && !line.startsWith("-----") && !line.contains(':'))
                out << line;
        }
        return out;
    }

    static QList<Captured> filesUnder(const QString &root, const QStringList &except)
    {
        QList<Captured> out;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (except.contains(QFileInfo(path).absoluteFilePath()))
                continue;
            out << Captured{path, dwb::test::readFile(path)};
        }
        return out;
    }

    // Every occurrence, as "source:line: what".
    static QStringList scan(const QList<Captured> &texts, const QList<Secret> &secrets)
    {
        QStringList hits;
        for (const Captured &c : texts) {
            const QList<QByteArray> lines = c.text.split('\n');
            for (qsizetype i = 0; i < lines.size(); ++i)
                for (const Secret &s : secrets)
                    if (!s.needle.isEmpty() && lines.at(i).contains(s.needle))
                        hits << c.source + u':' + QString::number(i + 1) + u": "_s + s.what;
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_home = m_tmp.filePath(u"home"_s);
        m_work = m_tmp.filePath(u"work"_s);
        QVERIFY(QDir().mkpath(m_home) && QDir().mkpath(m_work));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"HOME"_s, m_home);
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/.config"_s);
        m_env.insert(u"XDG_DATA_HOME"_s, m_home + u"/.local/share"_s);
        m_env.insert(u"XDG_CACHE_HOME"_s, m_home + u"/.cache"_s);
        m_env.insert(u"XDG_STATE_HOME"_s, m_home + u"/.local/state"_s);
        m_env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
        m_env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no desktop key store: the file store is chosen explicitly
    }

    void fullFlowLeaksNothing()
    {
        // The sandbox (with its broker) logs with every category on as well.
        qputenv("QT_LOGGING_RULES", "*.debug=true");
        m_sb = std::make_unique<dwb::test::Sandbox>(m_tmp.filePath(u"sandbox"_s));
        const bool started = m_sb->start();
        qunsetenv("QT_LOGGING_RULES");
        QVERIFY2(started, qPrintable(m_sb->errorString()));
        const QString token = m_sb->token(), user = m_sb->user();
        QVERIFY(token.startsWith(u"drg_"_s));
        m_redact = token;

        const QByteArray passphrase = "correct horse battery staple 42";
        QVERIFY(dwb::test::writeFile(work(u"pass.txt"_s), passphrase + '\n'));
        const QString api = m_sb->api().toString();

        // Log in: the context goes to QSettings, the token to the 0600 file store.
        QCOMPARE(dwb({u"login"_s, api, u"--token"_s, user + u':' + token, u"--name"_s, u"sb"_s, u"--ca"_s,
                      m_sb->caFile(), u"--secret-store"_s, u"file"_s}),
                 0);
        const QStringList ctx{u"--context"_s, u"sb"_s};
        // trust create/enroll only go online with --url or --sandbox (not --context).
        const QStringList sb = m_sb->dwbArgs();
        QCOMPARE(dwb(ctx + QStringList{u"create"_s, u"app"_s, u"lab"_s}), 0);
        QCOMPARE(dwb(ctx + QStringList{u"context"_s, u"show"_s, u"sb"_s}), 0);
        QCOMPARE(dwb({u"context"_s, u"list"_s}), 0);

        // A CA key encrypted with the passphrase; its anchor registered online.
        QCOMPARE(dwb({u"trust"_s, u"create"_s, u"lab"_s, u"--offline"_s, u"--key-output"_s, work(u"ca-enc.key"_s),
                      u"--cert-output"_s, work(u"ca-enc.pem"_s), u"--passphrase-file"_s, work(u"pass.txt"_s)}),
                 0);
        QVERIFY(dwb::test::readFile(work(u"ca-enc.key"_s)).contains("ENCRYPTED PRIVATE KEY"));
        QCOMPARE(dwb(sb + QStringList{u"trust"_s, u"create"_s, u"lab"_s, u"--cert-input"_s, work(u"ca-enc.pem"_s)}), 0);
        QCOMPARE(dwb({u"trust"_s, u"enroll"_s, u"dev-offline"_s, u"--app"_s, u"lab"_s, u"--offline"_s, u"--ca-key"_s,
                      work(u"ca-enc.key"_s), u"--ca-cert"_s, work(u"ca-enc.pem"_s), u"--passphrase-file"_s,
                      work(u"pass.txt"_s), u"--out"_s, work(u"dev-offline.pem"_s), u"--key-output"_s,
                      work(u"dev-offline.key"_s)}),
                 0);
        QCOMPARE(dwb({u"inspect"_s, work(u"ca-enc.key"_s), u"--passphrase-file"_s, work(u"pass.txt"_s)}), 0);

        // An online anchor and an online enrollment with key output.
        QCOMPARE(dwb(sb + QStringList{u"trust"_s, u"create"_s, u"lab"_s, u"--key-output"_s, work(u"ca.key"_s),
                                       u"--cert-output"_s, work(u"ca.pem"_s)}),
                 0);
        QCOMPARE(dwb(sb + QStringList{u"trust"_s, u"enroll"_s, u"dev1"_s, u"--app"_s, u"lab"_s, u"--ca-key"_s,
                                       work(u"ca.key"_s), u"--out"_s, work(u"dev1.pem"_s), u"--key-output"_s,
                                       work(u"dev1.key"_s)}),
                 0);
        QCOMPARE(dwb(ctx + QStringList{u"create"_s, u"device"_s, u"dev2"_s, u"--app"_s, u"lab"_s}), 0);
        QCOMPARE(dwb(ctx + QStringList{u"get"_s, u"devices"_s, u"--app"_s, u"lab"_s, u"-o"_s, u"json"_s}), 0);
        QCOMPARE(dwb(ctx + QStringList{u"trust"_s, u"list"_s, u"lab"_s}), 0);
        QCOMPARE(dwb({u"inspect"_s, work(u"dev1.key"_s), work(u"dev1.pem"_s)}), 0);
        QTest::qWait(300); // the broker's plugin re-reads the registry on change
        QByteArray out;
        QCOMPARE(dwb(sb + QStringList{u"publish"_s, u"--app"_s, u"lab"_s, u"--device"_s, u"dev1"_s,
                                                   u"--cert"_s, work(u"dev1.pem"_s), u"--key"_s, work(u"dev1.key"_s),
                                                   u"--verify"_s},
                     &out),
                 0);
        QVERIFY2(out.contains("delivered: ok"), out.constData());

        QCOMPARE(m_sb->stop(), 0);
        m_logs << Captured{u"drogue-sandbox (stdout)"_s, m_sb->stdOut()}
               << Captured{u"drogue-sandbox (stderr)"_s, m_sb->stdErr()};
        // The broker's own log, when it keeps one in the data folder.
        for (const Captured &f : filesUnder(m_sb->dataDir(), {}))
            if (f.source.endsWith(u".log"_s))
                m_logs << f;

        // What must never appear.
        QList<Secret> secrets{
            {u"the access token"_s, token.toUtf8()},
            {u"the access token as an HTTP Basic credential"_s, QByteArray(user.toUtf8() + ':' + token.toUtf8()).toBase64()},
            {u"the passphrase"_s, passphrase},
        };
        for (const QString &key : {u"ca-enc.key"_s, u"ca.key"_s, u"dev1.key"_s, u"dev-offline.key"_s}) {
            const QByteArray pem = dwb::test::readFile(work(key));
            QVERIFY2(!pem.isEmpty(), qPrintable(key));
            for (const QByteArray &line : pemBodyLines(pem))
                secrets << Secret{u"a line of the private key "_s + key, line};
        }
        // The encrypted CA key's plain form, too.
        QByteArray plain;
        QCOMPARE(dwb::test::openssl({u"pkey"_s, u"-in"_s, work(u"ca-enc.key"_s), u"-passin"_s,
                                     u"file:"_s + work(u"pass.txt"_s)},
                                    &plain),
                 0);
        QVERIFY(plain.contains("BEGIN PRIVATE KEY"));
        for (const QByteArray &line : pemBodyLines(plain))
            secrets << Secret{u"a line of the decrypted CA key ca-enc.key"_s, line};

        // The token is in the file store the user chose, 0600, and nowhere else.
        const QString store = QDir(m_home).absoluteFilePath(u".local/share/Drogue IoT/Drogue Workbench/secrets.json"_s);
        QVERIFY2(dwb::test::readFile(store).contains(token.toUtf8()), qPrintable(store));
        QCOMPARE(dwb::test::fileMode(store), 0600);
        const QList<Captured> files = filesUnder(m_home, {store});
        bool settings = false;
        for (const Captured &f : files)
            settings = settings || f.text.contains(api.toUtf8());
        QVERIFY2(settings, "no settings file under HOME names the context's API URL: is QSettings elsewhere?");

        qsizetype lines = 0;
        for (const Captured &c : m_logs + files)
            lines += c.text.count('\n');
        const QStringList hits = scan(m_logs + files, secrets);
        qInfo().noquote() << "scanned" << m_logs.size() << "captured outputs and" << files.size() << "files,"
                          << lines << "lines, for" << secrets.size() << "secret strings:" << hits.size() << "hits";
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        // The debug logs really were on (otherwise the scan proves little).
        bool debugSeen = false;
        for (const Captured &c : m_logs)
            debugSeen = debugSeen || c.text.contains("dwb.cloud:");
        QVERIFY2(debugSeen, "no dwb.cloud debug line captured: QT_LOGGING_RULES did not reach dwb");
    }

    void cleanupTestCase()
    {
        if (m_sb)
            m_sb->stop();
    }
};

QTEST_GUILESS_MAIN(TestSecretsScan)
#include "test_secrets_scan.moc"
