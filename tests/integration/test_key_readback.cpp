// "The key file is written (0600) and read back before the anchor is sent"
// (README), observed: the reads of the new key file come back with one byte
// changed (tests/support/preload/corrupt_reads.c, LD_PRELOAD), as a disk
// that corrupts data would, while the file itself is written correctly.
// The read-back must notice and stop before anything is registered:
//  - dwb trust create APP --key-output K: fails, the app has no anchor;
//  - dwb trust enroll DEV --key-output K: fails, the device does not exist;
//  - AnchorJob (the trust anchor wizard's job): this executable runs itself
//    again under the library and checks the job's result and the server.
// Without the read-back, each would register (the file on disk is a good
// key, which openssl reads: checked), so these tests fail if it is removed.
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include "core/cloud/RegistryClient.h"
#include "core/enrollment/AnchorJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using dwb::test::why;

namespace {
constexpr auto kTargetVar = "DWB_CORRUPT_READS_OF";

QString shimPath()
{
    return QDir(dwb::test::libDir()).filePath(u"libdwb_corrupt_reads.so"_s);
}

// What the library prints when it changes a read of `key`.
QByteArray shimSaid(const QString &key)
{
    return QByteArray("corrupt-reads: changed byte 40 of ") + QFile::encodeName(key);
}

// The environment of a program whose reads of `target` are corrupted.
QProcessEnvironment corruptingEnv(const QString &target)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LD_PRELOAD"_s, shimPath());
    env.insert(QLatin1String(kTargetVar), target);
    // Under ./run sanitize: the library comes before the ASan runtime.
    const QString asan = env.value(u"ASAN_OPTIONS"_s);
    env.insert(u"ASAN_OPTIONS"_s, (asan.isEmpty() ? QString() : asan + u':') + u"verify_asan_link_order=0"_s);
    return env;
}
} // namespace

class TestKeyReadBack : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    dwb::test::Sandbox m_sandbox;
    std::unique_ptr<dwb::RegistryClient> m_client;

    // A path in the test folder, canonical (what /proc/self/fd shows).
    QString target(const QString &name) const
    {
        return QDir(QFileInfo(m_tmp.path()).canonicalFilePath()).filePath(name);
    }

    int dwbCorrupting(const QString &corrupted, const QStringList &args, QByteArray *output)
    {
        QProcess p;
        p.setProcessEnvironment(corruptingEnv(corrupted));
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(dwb::test::program(u"dwb"_s), m_sandbox.dwbArgs() + args);
        if (!p.waitForFinished(120000))
            return -1;
        *output = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // The file on disk is the good key dwb wrote: openssl reads it.
    void expectIntactKeyOnDisk(const QString &path)
    {
        QCOMPARE(dwb::test::fileMode(path), 0600);
        QByteArray out, err;
        QCOMPARE(dwb::test::run(u"openssl"_s, {u"pkey"_s, u"-in"_s, path, u"-noout"_s}, &out, &err), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo::exists(shimPath()), qPrintable(shimPath()));
        QVERIFY2(m_sandbox.start({u"--no-broker"_s}), qPrintable(m_sandbox.errorString()));
        m_client = std::make_unique<dwb::RegistryClient>(m_sandbox.connectionSettings());
        for (const QString &app : {u"plain"_s, u"cli"_s, u"job"_s}) {
            const dwb::Status st = dwb::await(m_client->createApp(dwb::Application::create(app)));
            QVERIFY2(st, why(st));
        }
    }

    // The control: dwb without the library registers the anchor.
    void withoutCorruptionTheAnchorIsSent()
    {
        if (qEnvironmentVariableIsSet(kTargetVar))
            QSKIP("the parent process runs this");
        QByteArray out, err;
        const QString key = target(u"plain-ca.key"_s);
        QCOMPARE(dwb::test::run(dwb::test::program(u"dwb"_s),
                                m_sandbox.dwbArgs() + QStringList{u"trust"_s, u"create"_s, u"plain"_s,
                                                                  u"--key-output"_s, key},
                                &out, &err),
                 0);
        QCOMPARE(dwb::await(m_client->getApp(u"plain"_s))->trustAnchorPems().size(), 1);
        expectIntactKeyOnDisk(key);
    }

    void dwbTrustCreateStopsOnABadReadBack()
    {
        if (qEnvironmentVariableIsSet(kTargetVar))
            QSKIP("the parent process runs this");
        const QString key = target(u"cli-ca.key"_s);
        QByteArray out;
        const int rc = dwbCorrupting(key, {u"trust"_s, u"create"_s, u"cli"_s, u"--key-output"_s, key}, &out);
        QVERIFY2(rc != 0, out.constData());
        QVERIFY2(out.contains(shimSaid(key)), out.constData());
        QVERIFY2(out.contains("does not read back correctly; nothing was registered"), out.constData());
        const auto app = dwb::await(m_client->getApp(u"cli"_s));
        QVERIFY2(app, why(app));
        QVERIFY(app->trustAnchorPems().isEmpty());
        expectIntactKeyOnDisk(key);
    }

    void dwbTrustEnrollStopsOnABadReadBack()
    {
        if (qEnvironmentVariableIsSet(kTargetVar))
            QSKIP("the parent process runs this");
        const QString caKey = target(u"plain-ca.key"_s); // the anchor of "plain", made above
        QVERIFY(QFileInfo::exists(caKey));
        const QString key = target(u"dev-1.key"_s);
        QByteArray out;
        const int rc = dwbCorrupting(key,
                                     {u"trust"_s, u"enroll"_s, u"dev-1"_s, u"--app"_s, u"plain"_s, u"--ca-key"_s,
                                      caKey, u"--out"_s, target(u"dev-1.pem"_s), u"--key-output"_s, key},
                                     &out);
        QVERIFY2(rc != 0, out.constData());
        QVERIFY2(out.contains(shimSaid(key)), out.constData());
        QVERIFY2(out.contains("does not read back correctly; nothing was registered"), out.constData());
        const auto dev = dwb::await(m_client->getDevice(u"plain"_s, u"dev-1"_s));
        QVERIFY(!dev);
        QCOMPARE(dev.error().code, dwb::ErrorCode::NotFound);
        QVERIFY(!QFileInfo::exists(target(u"dev-1.pem"_s)));
        expectIntactKeyOnDisk(key);
    }

    // The wizard's job, in this process: run again under the library.
    void anchorJobStopsOnABadReadBack()
    {
        const QByteArray childTarget = qgetenv(kTargetVar);
        if (childTarget.isEmpty()) {
            const QString key = target(u"job-ca.key"_s);
            QProcess child;
            child.setProcessEnvironment(corruptingEnv(key)); // it starts a sandbox of its own
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(), {u"anchorJobStopsOnABadReadBack"_s});
            QVERIFY(child.waitForFinished(120000));
            const QByteArray out = child.readAll();
            QVERIFY2(child.exitCode() == 0, out.constData());
            QVERIFY2(out.contains("PASS   : TestKeyReadBack::anchorJobStopsOnABadReadBack()"), out.constData());
            QVERIFY2(out.contains(shimSaid(key)), out.constData());
            expectIntactKeyOnDisk(key);
            return;
        }
        dwb::AnchorRequest r;
        r.app = u"job"_s;
        r.keyOutput = QString::fromLocal8Bit(childTarget);
        dwb::AnchorJob job(m_client.get(), std::move(r));
        QSignalSpy written(&job, &dwb::AnchorJob::keyWritten);
        QSignalSpy done(&job, &dwb::AnchorJob::finished);
        job.start();
        QVERIFY(done.count() == 1 || done.wait(60000));
        QVERIFY(!job.result().ok());
        QCOMPARE(job.result().error().code, dwb::ErrorCode::Io);
        QVERIFY2(job.result().error().message.contains(u"does not read back correctly; nothing was registered"_s),
                 qPrintable(job.result().error().toString()));
        QCOMPARE(written.count(), 0); // "on disk and read back" is never said
        QVERIFY(dwb::await(m_client->getApp(u"job"_s))->trustAnchorPems().isEmpty());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        // The jobs' worker threads are joined, as dwb does at exit: OpenSSL
        // frees their per-thread state when they end (LeakSanitizer).
        QThreadPool::globalInstance()->waitForDone();
        QCOMPARE(m_sandbox.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKeyReadBack)
#include "test_key_readback.moc"
