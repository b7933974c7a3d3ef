// The core jobs behind the wizards, against a real drogue-sandbox: when the
// server refuses the anchor, the CA key file stays (0600) and the error says
// where it is; the enrollment job refuses a CA key of no anchor before
// writing anything, keeps the device's other spec when it adds the alias,
// and stops an RSA-4096 generation at once.
#include "core/cloud/RegistryClient.h"
#include "core/crypto/Importer.h"
#include "core/enrollment/AnchorJob.h"
#include "core/enrollment/EnrollJob.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace dwb;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 20000;

class TestJobs : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<test::Sandbox> m_sandbox;
    std::unique_ptr<RegistryClient> m_client;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    template <typename Job>
    void run(Job &job)
    {
        QSignalSpy done(&job, &Job::finished);
        job.start();
        QVERIFY(done.count() == 1 || done.wait(kTimeout));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_sandbox = std::make_unique<test::Sandbox>();
        QVERIFY2(m_sandbox->start({u"--no-broker"_s}), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<RegistryClient>(m_sandbox->connectionSettings());
        const Status st = await(m_client->createApp(Application::create(u"plant"_s)));
        QVERIFY2(st, test::why(st));
    }

    void refusedAnchorKeepsTheKey()
    {
        AnchorRequest r;
        r.app = u"no-such-app"_s;
        r.keyOutput = path(u"orphan-ca.key"_s);
        AnchorJob job(m_client.get(), std::move(r));
        QString writtenAt;
        connect(&job, &AnchorJob::keyWritten, this, [&writtenAt](const QString &p) { writtenAt = p; });
        run(job);
        QVERIFY(!job.result().ok());
        QCOMPARE(job.result().error().code, ErrorCode::NotFound);
        QCOMPARE(writtenAt, path(u"orphan-ca.key"_s));
        QCOMPARE(test::fileMode(path(u"orphan-ca.key"_s)), 0600);
        const QString msg = job.result().error().message;
        QVERIFY2(msg.contains(u"did not add the anchor"_s) && msg.contains(path(u"orphan-ca.key"_s)), qPrintable(msg));
        // The kept key is a real key (openssl reads it).
        QByteArray err;
        QVERIFY2(test::openssl({u"pkey"_s, u"-in"_s, path(u"orphan-ca.key"_s), u"-noout"_s}, nullptr, &err) == 0,
                 err.constData());
    }

    void refusesExistingKeyFile()
    {
        QVERIFY(test::writeFile(path(u"taken.key"_s), "not mine"));
        AnchorRequest r;
        r.app = u"plant"_s;
        r.keyOutput = path(u"taken.key"_s);
        AnchorJob job(m_client.get(), std::move(r));
        run(job);
        QCOMPARE(job.result().error().code, ErrorCode::AlreadyExists);
        QCOMPARE(test::readFile(path(u"taken.key"_s)), QByteArray("not mine"));
        QVERIFY(await(m_client->getApp(u"plant"_s))->trustAnchorPems().isEmpty());
    }

    void enrollKeepsOtherSpecAndRefusesForeignKey()
    {
        AnchorRequest a;
        a.app = u"plant"_s;
        a.keyOutput = path(u"plant-ca.key"_s);
        AnchorJob anchor(m_client.get(), std::move(a));
        run(anchor);
        QVERIFY2(anchor.result().ok(), test::why(anchor.result()));
        QCOMPARE(anchor.result()->index, 0);

        // An existing device with labels, another alias and a credential.
        Device d = Device::create(u"plant"_s, u"pump-1"_s);
        d.setLabels({{u"site"_s, u"north"_s}});
        d.setAliases({u"serial-17"_s});
        d.setSpecSection(u"authentication"_s, QJsonObject{{u"credentials"_s, QJsonArray{QJsonObject{{u"pass"_s, u"x"_s}}}}});
        QVERIFY(await(m_client->createDevice(d)).ok());

        // A CA key that belongs to no anchor: refused, nothing written.
        EnrollRequest bad;
        bad.app = u"plant"_s;
        bad.device = u"pump-1"_s;
        bad.caKey = *PrivateKey::generate(KeyAlgorithm::EcdsaP256);
        bad.caKeyPath = u"stray.key"_s;
        bad.outputDir = path(u"bad"_s);
        EnrollJob refused(m_client.get(), std::move(bad));
        run(refused);
        QCOMPARE(refused.result().error().code, ErrorCode::Mismatch);
        QVERIFY(refused.result().error().message.contains(u"belongs to none of the 1 trust anchor(s)"_s));
        QVERIFY(!QDir(path(u"bad"_s)).exists());

        EnrollRequest ok;
        ok.app = u"plant"_s;
        ok.device = u"pump-1"_s;
        ok.caKey = *importPrivateKey(test::readFile(path(u"plant-ca.key"_s)));
        ok.caKeyPath = path(u"plant-ca.key"_s);
        ok.algorithm = KeyAlgorithm::Ed25519;
        ok.outputDir = path(u"good"_s);
        EnrollJob job(m_client.get(), std::move(ok));
        run(job);
        QVERIFY2(job.result().ok(), test::why(job.result()));
        QVERIFY(!job.result()->created);
        auto stored = await(m_client->getDevice(u"plant"_s, u"pump-1"_s));
        QVERIFY2(stored, test::why(stored));
        QCOMPARE(stored->aliases(), (QStringList{u"serial-17"_s, u"CN=pump-1, O=Drogue IoT, OU=plant"_s}));
        QCOMPARE(stored->labels().value(u"site"_s), u"north"_s);
        QCOMPARE(stored->credentials().value(0).kind, u"pass"_s);
        QVERIFY(!QFile::exists(path(u"good/pump-1.p12"_s)));
        QCOMPARE(test::fileMode(path(u"good/pump-1.key"_s)), 0600);
        test::writeFile(path(u"plant-anchor.pem"_s), anchor.result()->anchor.toPem());
        QByteArray verified; // -x509_strict -purpose sslclient, as everywhere
        QVERIFY2(test::opensslVerifyAll(path(u"plant-anchor.pem"_s), {path(u"good/pump-1.pem"_s)}, &verified) == 1,
                 verified.constData());
    }

    void enrollCancelDuringRsa4096()
    {
        EnrollRequest r;
        r.app = u"plant"_s;
        r.device = u"pump-2"_s;
        r.caKey = *importPrivateKey(test::readFile(path(u"plant-ca.key"_s)));
        r.algorithm = KeyAlgorithm::Rsa4096;
        r.outputDir = path(u"rsa"_s);
        EnrollJob job(m_client.get(), std::move(r));
        QSignalSpy done(&job, &EnrollJob::finished);
        // Cancelled when the job reports candidate primes tried, i.e. while
        // the worker generates (a fixed wait could outlast a fast machine's
        // whole generation).
        static const QRegularExpression tried(u"\\((\\d+) candidates tried\\)"_s);
        bool cancelled = false, runningAtCancel = false;
        QElapsedTimer t;
        connect(&job, &EnrollJob::progress, this, [&](const QString &step) {
            const auto m = tried.match(step);
            if (cancelled || !m.hasMatch() || m.captured(1).toInt() < 1)
                return;
            cancelled = true;
            runningAtCancel = job.isRunning();
            t.start();
            job.cancel();
        });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, kTimeout);
        QVERIFY(runningAtCancel);
        QVERIFY(done.count() == 1 || done.wait(kTimeout));
        qInfo("stopped %lld ms after cancel", t.elapsed());
        // A bound against a cancel that waits for the end (RSA-4096 takes
        // 10-20 s on the loaded test VM), not a speed figure.
        QVERIFY(t.elapsed() < 3000);
        QCOMPARE(job.result().error().code, ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(path(u"rsa/pump-2.key"_s)));
        QVERIFY(!await(m_client->getDevice(u"plant"_s, u"pump-2"_s)).ok());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        // The jobs' worker threads are joined, as dwb does at exit: OpenSSL
        // frees their per-thread state when they end (LeakSanitizer).
        QThreadPool::globalInstance()->waitForDone();
        if (m_sandbox)
            QCOMPARE(m_sandbox->stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "test_jobs.moc"
