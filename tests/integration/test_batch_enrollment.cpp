// Batch enrollment against the real drogue-sandbox, with real files and the
// openssl command line as the oracle: 200 devices online (every certificate
// verifies strictly as a client certificate under the anchor, right subject,
// 0600 keys, each device in the registry with exactly its subject as alias),
// cancel half-way and re-run, the server stopping mid-run and a re-run
// against the restarted server, bad list lines (all at once, nothing
// written), a CA key that matches no anchor, offline mode, and dwb itself.
#include "core/cloud/RegistryClient.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/Importer.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/BatchEnrollJob.h"
#include "core/util/SafeFile.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using dwb::await;
using dwb::BatchEnrollJob;
using dwb::BatchOptions;
using dwb::BatchResult;
using dwb::test::opensslVerifyAll;
using dwb::test::why;

namespace {

const QString kApp = u"batch-app"_s;

QString expectedSubject(const QString &device) { return u"CN=%1, O=Drogue IoT, OU=%2"_s.arg(device, kApp); }

bool writeText(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QStringList names(const QString &prefix, int count)
{
    QStringList out;
    for (int i = 1; i <= count; ++i)
        out.append(u"%1-%2"_s.arg(prefix).arg(i, 3, 10, QChar(u'0')));
    return out;
}

// Runs a job to its end; onProgress may cancel it or disturb the server.
BatchResult runJob(BatchOptions options, dwb::RegistryClient *client,
                   const std::function<void(BatchEnrollJob &, int done, int total)> &onProgress = {})
{
    BatchEnrollJob job(std::move(options), client);
    QEventLoop loop;
    QObject::connect(&job, &BatchEnrollJob::finished, &loop, &QEventLoop::quit);
    if (onProgress)
        QObject::connect(&job, &BatchEnrollJob::throughput, &job,
                         [&](int done, int total, double, double) { onProgress(job, done, total); });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.result();
}

// Subjects of many certificates (in order) from one openssl call.
QStringList opensslSubjects(const QStringList &certFiles, const QString &tmpDir)
{
    QByteArray all;
    for (const QString &f : certFiles) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        all += file.readAll();
    }
    const QString bundle = tmpDir + u"/bundle.pem"_s, p7 = tmpDir + u"/bundle.p7"_s;
    if (!writeText(bundle, all))
        return {};
    if (dwb::test::run(u"openssl"_s, {u"crl2pkcs7"_s, u"-nocrl"_s, u"-certfile"_s, bundle, u"-out"_s, p7}) != 0)
        return {};
    QByteArray out;
    if (dwb::test::run(u"openssl"_s, {u"pkcs7"_s, u"-in"_s, p7, u"-print_certs"_s, u"-noout"_s}, &out) != 0)
        return {};
    QStringList subjects;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("subject="))
            subjects.append(QString::fromUtf8(line.mid(8)).trimmed());
    return subjects;
}

// Manifest: per device, how often each state was recorded.
QHash<QString, QHash<QString, int>> readManifest(const QString &outDir)
{
    QHash<QString, QHash<QString, int>> states;
    QFile f(BatchEnrollJob::manifestPath(outDir));
    if (!f.open(QIODevice::ReadOnly))
        return states;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains("d"_L1))
            states[o.value("d"_L1).toString()][o.value("s"_L1).toString()]++;
    }
    return states;
}

QHash<QString, dwb::Device> devicesByName(dwb::RegistryClient &client)
{
    QHash<QString, dwb::Device> out;
    auto list = await(client.listDevices(kApp));
    if (list)
        for (const auto &d : *list)
            out.insert(d.name(), d);
    return out;
}

} // namespace

class TestBatchEnrollment : public QObject {
    Q_OBJECT

private:
    dwb::test::Sandbox m_sb;
    std::unique_ptr<dwb::RegistryClient> m_client;
    QTemporaryDir m_tmp;
    QString m_caKeyFile, m_anchorFile;

    BatchOptions options(const QString &list, const QString &outDir,
                         dwb::KeyAlgorithm alg = dwb::KeyAlgorithm::Ed25519) const
    {
        BatchOptions o;
        o.app = kApp;
        o.caKeyFile = m_caKeyFile;
        o.deviceListFile = list;
        o.outDir = outDir;
        o.algorithm = alg;
        o.days = 30;
        return o;
    }

    QString writeList(const QString &name, const QStringList &devices)
    {
        const QString path = m_tmp.filePath(name);
        writeText(path, "# test list\n" + devices.join(u'\n').toUtf8() + '\n');
        return path;
    }

    // Creates the app with an anchor for a new CA key in the given client.
    static bool createAppWithAnchor(dwb::RegistryClient &client, const QString &dir, QString *keyFile,
                                    QString *anchorFile)
    {
        auto caKey = dwb::PrivateKey::generate(dwb::KeyAlgorithm::EcdsaP256);
        if (!caKey)
            return false;
        auto anchor = dwb::createTrustAnchor(kApp, *caKey, 365);
        if (!anchor)
            return false;
        auto pem = caKey->toPkcs8Pem();
        *keyFile = dir + u"/ca.key"_s;
        *anchorFile = dir + u"/anchor.pem"_s;
        if (!dwb::writeFileAtomically(*keyFile, pem->bytes(), dwb::FileMode::Secret, dwb::Overwrite::Allow)
            || !dwb::writeFileAtomically(*anchorFile, anchor->toPem(), dwb::FileMode::Public,
                                         dwb::Overwrite::Allow))
            return false;
        dwb::Application app = dwb::Application::create(kApp);
        app.addTrustAnchor(anchor->toPem());
        return await(client.createApp(app)).ok();
    }

    // Every device of the list: files present and matching, registered once
    // with exactly its subject as alias, certificates verified by openssl.
    void verifyComplete(const QStringList &devices, const QString &outDir, const QString &anchorFile,
                        dwb::RegistryClient &client)
    {
        QStringList certFiles;
        for (const QString &d : devices) {
            const QString stem = dwb::deviceFileStem(d);
            const QString key = BatchEnrollJob::keyPath(outDir, stem), cert = BatchEnrollJob::certPath(outDir, stem);
            QVERIFY2(QFileInfo::exists(key), qPrintable(key));
            struct stat st {};
            QCOMPARE(::stat(QFile::encodeName(key).constData(), &st), 0);
            QCOMPARE(st.st_mode & 07777, 0600u);
            certFiles.append(cert);
        }
        QByteArray out;
        QCOMPARE(opensslVerifyAll(anchorFile, certFiles, &out), static_cast<int>(devices.size()));
        const QStringList subjects = opensslSubjects(certFiles, m_tmp.path());
        QCOMPARE(subjects.size(), devices.size());
        for (qsizetype i = 0; i < devices.size(); ++i)
            QCOMPARE(subjects.at(i), u"CN = %1, O = Drogue IoT, OU = %2"_s.arg(devices.at(i), kApp));

        const auto registry = devicesByName(client);
        const auto manifest = readManifest(outDir);
        for (const QString &d : devices) {
            QVERIFY2(registry.contains(d), qPrintable(d));
            QCOMPARE(registry.value(d).aliases(), QStringList{expectedSubject(d)});
            QCOMPARE(manifest.value(d).value(u"registered"_s), 1);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(m_sb.start({u"--no-broker"_s}), qPrintable(m_sb.errorString()));
        m_client = std::make_unique<dwb::RegistryClient>(m_sb.connectionSettings());
        QVERIFY(createAppWithAnchor(*m_client, m_tmp.path(), &m_caKeyFile, &m_anchorFile));
    }

    void onlineAtScale()
    {
        QStringList devices = names(u"dev"_s, 198);
        devices << u"dev 199 with spaces"_s << u"dev.200_x"_s;
        const QString list = writeList(u"scale.txt"_s, devices);
        const QString outDir = m_tmp.filePath(u"scale"_s);
        // The total every progress report gives: the job's own count of the list.
        int lastDone = -1, reports = 0;
        QSet<int> totals;
        const BatchResult r = runJob(options(list, outDir, dwb::KeyAlgorithm::EcdsaP256), m_client.get(),
                                     [&](BatchEnrollJob &, int done, int total) {
                                         QVERIFY(done >= lastDone);
                                         QVERIFY(done <= total);
                                         lastDone = done;
                                         totals.insert(total);
                                         ++reports;
                                     });
        QVERIFY2(r.status.ok(), qPrintable(r.status.error().toString()));
        QCOMPARE(r.total, 200);
        QCOMPARE(r.enrolled, 200);
        QCOMPARE(r.skipped, 0);
        QVERIFY(r.failures.isEmpty());
        QCOMPARE(lastDone, 200);
        QVERIFY(reports > 0);
        QCOMPARE(totals, QSet<int>{200});
        verifyComplete(devices, outDir, m_anchorFile, *m_client);
        // The spaces in a name are encoded in the file name.
        QVERIFY(QFileInfo::exists(outDir + u"/dev%20199%20with%20spaces.key"_s));

        // A second run does nothing, and rewrites nothing.
        const QByteArray before = dwb::readWholeFile(BatchEnrollJob::certPath(outDir, u"dev-007"_s)).value();
        const BatchResult again = runJob(options(list, outDir, dwb::KeyAlgorithm::EcdsaP256), m_client.get());
        QVERIFY(again.ok());
        QCOMPARE(again.enrolled, 0);
        QCOMPARE(again.skipped, 200);
        QCOMPARE(dwb::readWholeFile(BatchEnrollJob::certPath(outDir, u"dev-007"_s)).value(), before);
        QCOMPARE(readManifest(outDir).value(u"dev-007"_s).value(u"registered"_s), 1);
    }

    // A sandbox whose device creations take 10 ms each, so that a 200-device
    // job is still registering when its progress (every 100 ms) passes the
    // point where a test stops it; without it, the whole job can be done
    // before the first progress report.
    static QStringList slowCreations()
    {
        return {u"--no-broker"_s, u"--faults"_s, u"route=POST:/api/registry/v1alpha1/apps/*/devices;latency=10"_s};
    }

    void cancelHalfWayAndResume()
    {
        dwb::test::Sandbox sb;
        QVERIFY2(sb.start(slowCreations()), qPrintable(sb.errorString()));
        auto client = std::make_unique<dwb::RegistryClient>(sb.connectionSettings(5000));
        QString caKey, anchorFile;
        QTemporaryDir work;
        QVERIFY(createAppWithAnchor(*client, work.path(), &caKey, &anchorFile));
        const QStringList devices = names(u"cx"_s, 200);
        const QString list = writeList(u"cancel.txt"_s, devices);
        const QString outDir = m_tmp.filePath(u"cancel"_s);
        auto opts = [&] {
            BatchOptions o = options(list, outDir);
            o.caKeyFile = caKey;
            return o;
        };
        bool cancelled = false;
        const BatchResult first = runJob(opts(), client.get(), [&](BatchEnrollJob &job, int done, int) {
            if (!cancelled && done >= 100) {
                cancelled = true;
                job.cancel();
            }
        });
        QVERIFY(first.cancelled);
        QCOMPARE(first.status.error().code, dwb::ErrorCode::Cancelled);
        const int doneFirst = first.enrolled + first.skipped;
        QVERIFY2(doneFirst >= 100 && doneFirst < 200, qPrintable(QString::number(doneFirst)));
        QVERIFY(first.failures.isEmpty());

        // Consistent state: no registered device without its key and
        // certificate on disk, no certificate without its key.
        const auto registry = devicesByName(*client);
        QHash<QString, QByteArray> certsBefore;
        int registered = 0;
        for (const QString &d : devices) {
            const QString stem = dwb::deviceFileStem(d);
            const bool key = QFileInfo::exists(BatchEnrollJob::keyPath(outDir, stem));
            const bool cert = QFileInfo::exists(BatchEnrollJob::certPath(outDir, stem));
            if (registry.contains(d)) {
                ++registered;
                QVERIFY2(key && cert, qPrintable(d));
            }
            if (cert) {
                QVERIFY2(key, qPrintable(d));
                certsBefore.insert(d, dwb::readWholeFile(BatchEnrollJob::certPath(outDir, stem)).value());
            }
        }
        QCOMPARE(registered, first.enrolled);

        const BatchResult second = runJob(opts(), client.get());
        QVERIFY2(second.ok(), qPrintable(second.status.error().toString()));
        QCOMPARE(second.enrolled + second.skipped, 200);
        QCOMPARE(second.skipped, registered);
        // Files made before the cancel are kept, not regenerated.
        for (auto it = certsBefore.cbegin(); it != certsBefore.cend(); ++it)
            QCOMPARE(dwb::readWholeFile(BatchEnrollJob::certPath(outDir, dwb::deviceFileStem(it.key()))).value(),
                     it.value());
        verifyComplete(devices, outDir, anchorFile, *client);
    }

    void serverStopsMidRunThenResume()
    {
        // A sandbox of its own, in a folder that survives its restart.
        QTemporaryDir dataDir;
        dwb::test::Sandbox sb(dataDir.path());
        QVERIFY2(sb.start(slowCreations()), qPrintable(sb.errorString()));
        auto client = std::make_unique<dwb::RegistryClient>(sb.connectionSettings(5000));
        QString caKey, anchorFile;
        QTemporaryDir work;
        QVERIFY(createAppWithAnchor(*client, work.path(), &caKey, &anchorFile));

        const QStringList devices = names(u"sf"_s, 200);
        const QString list = writeList(u"failure.txt"_s, devices);
        const QString outDir = work.filePath(u"out"_s);
        BatchOptions o = options(list, outDir);
        o.caKeyFile = caKey;
        bool stopped = false;
        const BatchResult first = runJob(std::move(o), client.get(), [&](BatchEnrollJob &, int done, int) {
            if (!stopped && done >= 60) {
                stopped = true;
                sb.stop();
            }
        });
        QVERIFY(stopped);
        QVERIFY(!first.cancelled);
        QVERIFY(!first.failures.isEmpty());
        QCOMPARE(first.enrolled + first.skipped + first.failures.size(), 200);
        QSet<QString> failed;
        for (const auto &f : first.failures) {
            QVERIFY(!f.reason.isEmpty());
            QVERIFY(f.line >= 2);
            failed.insert(f.device);
        }
        // Every device has its files, even those whose registration failed.
        for (const QString &d : devices) {
            const QString stem = dwb::deviceFileStem(d);
            QVERIFY2(QFileInfo::exists(BatchEnrollJob::keyPath(outDir, stem)), qPrintable(d));
            QVERIFY2(QFileInfo::exists(BatchEnrollJob::certPath(outDir, stem)), qPrintable(d));
        }

        // Restart on the same data folder: the registry persisted.
        QVERIFY2(sb.start({u"--no-broker"_s}), qPrintable(sb.errorString()));
        client = std::make_unique<dwb::RegistryClient>(sb.connectionSettings());
        const auto registry = devicesByName(*client);
        for (const QString &d : devices)
            QVERIFY2(registry.contains(d) || failed.contains(d), qPrintable(d)); // each is one or the other
        QVERIFY(registry.size() >= first.enrolled);

        BatchOptions again = options(list, outDir);
        again.caKeyFile = caKey;
        const BatchResult second = runJob(std::move(again), client.get());
        QVERIFY2(second.ok(), qPrintable(second.status.error().toString()));
        QCOMPARE(second.enrolled + second.skipped, 200);
        QCOMPARE(second.enrolled, static_cast<int>(failed.size()));
        const auto after = devicesByName(*client);
        for (const QString &d : devices) {
            QVERIFY2(after.contains(d), qPrintable(d));
            QCOMPARE(after.value(d).aliases(), QStringList{expectedSubject(d)});
        }
        QByteArray out;
        QStringList certFiles;
        for (const QString &d : devices)
            certFiles.append(BatchEnrollJob::certPath(outDir, dwb::deviceFileStem(d)));
        QCOMPARE(opensslVerifyAll(anchorFile, certFiles, &out), 200);
    }

    void serverKeepsFailingStopsTheBatch()
    {
        // Every device write answered 503: without a bound for the whole
        // batch, 200 devices would take 200 x 2 s / 12 requests at once.
        QTemporaryDir dataDir;
        dwb::test::Sandbox sb(dataDir.path());
        QVERIFY2(sb.start({u"--no-broker"_s}), qPrintable(sb.errorString()));
        QString caKey, anchorFile;
        QTemporaryDir work;
        {
            dwb::RegistryClient setup(sb.connectionSettings(5000));
            QVERIFY(createAppWithAnchor(setup, work.path(), &caKey, &anchorFile));
        }
        QVERIFY2(sb.start({u"--no-broker"_s, u"--faults-seed"_s, u"5"_s, u"--faults"_s,
                           u"route=POST,PUT:/api/registry/v1alpha1/apps/*/devices**;503=1"_s}),
                 qPrintable(sb.errorString()));
        dwb::ConnectionSettings settings = sb.connectionSettings(5000);
        settings.retryBudgetMs = 2000;
        auto client = std::make_unique<dwb::RegistryClient>(settings);

        const QStringList devices = names(u"kf"_s, 200);
        const QString list = writeList(u"kept-failing.txt"_s, devices);
        const QString outDir = work.filePath(u"out"_s);
        BatchOptions o = options(list, outDir);
        o.caKeyFile = caKey;
        QElapsedTimer t;
        t.start();
        const BatchResult first = runJob(std::move(o), client.get());
        const qint64 ms = t.elapsed();
        QVERIFY2(ms < 15000, qPrintable(QString::number(ms)));
        QVERIFY(first.status.ok());
        QVERIFY(!first.cancelled);
        QCOMPARE(first.enrolled, 0);
        QCOMPARE(first.failures.size(), 200);
        QVERIFY2(first.stoppedReason.startsWith(u"The server kept failing for 2 s: The server kept answering HTTP 503"_s),
                 qPrintable(first.stoppedReason));
        QVERIFY2(first.notSent >= 150, qPrintable(QString::number(first.notSent))); // only the first rounds were sent
        int withReason = 0;
        for (const auto &f : first.failures)
            withReason += f.reason == first.stoppedReason;
        QCOMPARE(withReason, first.notSent);
        // Keys and certificates of all 200 are on disk and recorded; none registered.
        const auto manifest = readManifest(outDir);
        for (const QString &d : devices) {
            const QString stem = dwb::deviceFileStem(d);
            QVERIFY2(QFileInfo::exists(BatchEnrollJob::keyPath(outDir, stem)), qPrintable(d));
            QVERIFY2(QFileInfo::exists(BatchEnrollJob::certPath(outDir, stem)), qPrintable(d));
            QCOMPARE(manifest.value(d).value(u"key"_s), 1);
            QCOMPARE(manifest.value(d).value(u"registered"_s), 0);
        }
        const int sent503 = static_cast<int>(sb.stdErr().count("fault: 503"));
        QVERIFY(sent503 > 0);
        qInfo() << "server kept failing: stopped after" << ms << "ms," << first.notSent << "of 200 not sent,"
                << sent503 << "requests answered 503";

        // dwb prints the reason once in its summary (DWB_RETRY_SECONDS=1).
        const QString cliOut = work.filePath(u"cli-out"_s);
        qputenv("DWB_RETRY_SECONDS", "1");
        QByteArray out, err;
        t.restart();
        const int rc = dwb::test::run(dwb::test::program(u"dwb"_s),
                                      sb.dwbArgs() + QStringList{u"enroll-batch"_s, u"--app"_s, kApp, u"--ca-key"_s,
                                                                 caKey, u"--devices"_s,
                                                                 writeList(u"kf-cli.txt"_s, names(u"kfc"_s, 60)),
                                                                 u"--out-dir"_s, cliOut, u"--algo"_s, u"ed25519"_s},
                                      &out, &err, 60000);
        const qint64 cliMs = t.elapsed();
        qunsetenv("DWB_RETRY_SECONDS");
        QCOMPARE(rc, 1);
        QVERIFY2(out.contains("enrolled 0, skipped 0, failed 60\n"), out.constData());
        QVERIFY2(out.contains(" not sent, registration stopped: The server kept failing for 1 s: The server kept "
                              "answering HTTP 503"),
                 out.constData());
        QVERIFY2(out.contains("run the same command again to finish."), out.constData());
        QCOMPARE(out.count("The server kept failing for 1 s"), 1);
        QVERIFY2(cliMs < 15000, qPrintable(QString::number(cliMs)));

        // The server is healthy again (same data): a re-run registers each once.
        QVERIFY2(sb.start({u"--no-broker"_s}), qPrintable(sb.errorString()));
        client = std::make_unique<dwb::RegistryClient>(sb.connectionSettings());
        QVERIFY(devicesByName(*client).isEmpty());
        BatchOptions again = options(list, outDir);
        again.caKeyFile = caKey;
        const BatchResult second = runJob(std::move(again), client.get());
        QVERIFY2(second.ok(), qPrintable(second.status.ok() ? QString() : second.status.error().toString()));
        QCOMPARE(second.enrolled, 200);
        QCOMPARE(second.skipped, 0);
        QVERIFY(second.stoppedReason.isEmpty());
        verifyComplete(devices, outDir, anchorFile, *client);
        qInfo() << "dwb stopped after" << cliMs << "ms; re-run registered 200 in" << second.seconds << "s";
    }

    void aSuccessResetsTheBatchBound()
    {
        // Half of the devices always fail (503 on their PUT; retries off, so
        // the bound is its minimum, 1 s), the other half succeed, one request
        // at a time with 10 ms latency: failures go on for far more than 1 s,
        // but never without a success in between, so the batch never stops.
        QTemporaryDir dataDir;
        dwb::test::Sandbox sb(dataDir.path());
        QVERIFY2(sb.start({u"--no-broker"_s}), qPrintable(sb.errorString()));
        QString caKey, anchorFile;
        QTemporaryDir work;
        QStringList devices;
        {
            dwb::RegistryClient setup(sb.connectionSettings(5000));
            QVERIFY(createAppWithAnchor(setup, work.path(), &caKey, &anchorFile));
            for (int i = 1; i <= 100; ++i) {
                const QString bad = u"rs-bad-%1"_s.arg(i, 3, 10, QChar(u'0'));
                devices << bad << u"rs-ok-%1"_s.arg(i, 3, 10, QChar(u'0'));
                QVERIFY(await(setup.createDevice(dwb::Device::create(kApp, bad))).ok()); // so: GET and PUT
            }
        }
        QVERIFY2(sb.start({u"--no-broker"_s, u"--faults"_s,
                           u"route=PUT:/api/registry/v1alpha1/apps/*/devices/rs-bad-*;503=1 latency=10"_s}),
                 qPrintable(sb.errorString()));
        dwb::ConnectionSettings settings = sb.connectionSettings(5000);
        settings.retryBudgetMs = 0;
        dwb::RegistryClient client(settings);
        BatchOptions o = options(writeList(u"reset.txt"_s, devices), work.filePath(u"out"_s));
        o.caKeyFile = caKey;
        o.concurrentRequests = 1;
        const BatchResult r = runJob(std::move(o), &client);
        QVERIFY(r.status.ok());
        QVERIFY2(r.stoppedReason.isEmpty(), qPrintable(r.stoppedReason));
        QCOMPARE(r.notSent, 0);
        QCOMPARE(r.enrolled, 100);
        QCOMPARE(r.failures.size(), 100);
        for (const auto &f : r.failures) {
            QVERIFY2(f.device.startsWith(u"rs-bad-"_s), qPrintable(f.device));
            QVERIFY2(f.reason.contains(u"503"_s), qPrintable(f.reason));
        }
        // Failures went on for more than twice the bound. Not a speed check:
        // one request at a time, each held 10 ms by the sandbox: 400 requests
        // (POST per good device; POST 409, GET, PUT 503 per bad one) take at
        // least 4 s on any machine.
        QVERIFY2(r.seconds > 2.0, qPrintable(QString::number(r.seconds)));
        qInfo() << "100 failing and 100 good devices, one at a time:" << r.seconds << "s, not stopped";
    }

    void csvLabelsAliasesKeepOtherSpec()
    {
        // csv-2 exists already, with spec the batch does not know about.
        dwb::Device existing = dwb::Device::create(kApp, u"csv-2"_s);
        existing.setSpecSection(u"gatewaySelector"_s, QJsonObject{{u"matchNames"_s, QJsonArray{u"gw1"_s}}});
        existing.setLabels({{u"owner"_s, u"lab"_s}, {u"site"_s, u"old"_s}});
        existing.addAlias(u"kept-alias"_s);
        QVERIFY(await(m_client->createDevice(existing)).ok());

        const QString list = m_tmp.filePath(u"devices.csv"_s);
        QVERIFY(writeText(list, "name,labels,alias\n"
                                "csv-1,site=lab-2;rack=4,\n"
                                "csv-2,site=lab-3,\"extra-2;other, 2\"\n"));
        const BatchResult r = runJob(options(list, m_tmp.filePath(u"csv"_s)), m_client.get());
        QVERIFY2(r.ok(), qPrintable(r.status.ok() ? QString() : r.status.error().toString()));
        QCOMPARE(r.enrolled, 2);

        const auto registry = devicesByName(*m_client);
        const dwb::Device one = registry.value(u"csv-1"_s), two = registry.value(u"csv-2"_s);
        QCOMPARE(one.aliases(), QStringList{expectedSubject(u"csv-1"_s)});
        QCOMPARE(one.labels(), (QMap<QString, QString>{{u"site"_s, u"lab-2"_s}, {u"rack"_s, u"4"_s}}));
        QCOMPARE(two.aliases(), (QStringList{u"kept-alias"_s, expectedSubject(u"csv-2"_s), u"extra-2"_s, u"other, 2"_s}));
        QCOMPARE(two.labels(), (QMap<QString, QString>{{u"owner"_s, u"lab"_s}, {u"site"_s, u"lab-3"_s}}));
        QCOMPARE(two.spec().value(u"gatewaySelector"_s).toObject().value(u"matchNames"_s).toArray().at(0).toString(),
                 u"gw1"_s);
    }

    void badListNothingWritten()
    {
        const QString list = m_tmp.filePath(u"bad.csv"_s);
        QVERIFY(writeText(list, "name,labels\n"
                                "bad-ok-1,\n"
                                "a/b,\n"
                                "bad-ok-1,\n"
                                "\n"
                                ",x=y\n"
                                "bad-ok-2,novalue\n"));
        const QString outDir = m_tmp.filePath(u"bad-out"_s);
        const BatchResult r = runJob(options(list, outDir), m_client.get());
        QVERIFY(!r.status.ok());
        QList<int> lines;
        for (const auto &p : r.listProblems)
            lines.append(p.line);
        QCOMPARE(lines, (QList<int>{3, 4, 6, 7}));
        QVERIFY(!QFileInfo::exists(outDir));
        QVERIFY(!devicesByName(*m_client).contains(u"bad-ok-1"_s));
    }

    void caKeyOfNoAnchorRefused()
    {
        auto other = dwb::PrivateKey::generate(dwb::KeyAlgorithm::EcdsaP256);
        QVERIFY(other.ok());
        const QString keyFile = m_tmp.filePath(u"other-ca.key"_s);
        QVERIFY(dwb::writeFileAtomically(keyFile, other->toPkcs8Pem()->bytes(), dwb::FileMode::Secret).ok());
        BatchOptions o = options(writeList(u"refused.txt"_s, {u"ref-1"_s}), m_tmp.filePath(u"refused"_s));
        o.caKeyFile = keyFile;
        const BatchResult r = runJob(std::move(o), m_client.get());
        QCOMPARE(r.status.error().code, dwb::ErrorCode::Mismatch);
        QVERIFY(r.status.error().message.contains(kApp));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(u"refused"_s)));
        QVERIFY(!devicesByName(*m_client).contains(u"ref-1"_s));
    }

    void offlineWritesFilesOnly()
    {
        const QStringList devices = names(u"off"_s, 20);
        const QString outDir = m_tmp.filePath(u"offline"_s);
        BatchOptions o = options(writeList(u"offline.txt"_s, devices), outDir, dwb::KeyAlgorithm::Rsa2048);
        o.offline = true;
        o.caCertFile = m_anchorFile;
        o.pkcs12 = true;
        o.pkcs12Passphrase = dwb::SecretBytes(QByteArray("p12-secret"));
        const BatchResult r = runJob(std::move(o), nullptr);
        QVERIFY2(r.ok(), qPrintable(r.status.error().toString()));
        QCOMPARE(r.enrolled, 20);
        QStringList certFiles;
        for (const QString &d : devices)
            certFiles.append(BatchEnrollJob::certPath(outDir, d));
        QByteArray out;
        QCOMPARE(opensslVerifyAll(m_anchorFile, certFiles, &out), 20);
        // The PKCS#12 opens with openssl and the passphrase.
        const QString pass = m_tmp.filePath(u"p12pass"_s);
        QVERIFY(writeText(pass, "p12-secret\n"));
        QByteArray p12out;
        QCOMPARE(dwb::test::run(u"openssl"_s, {u"pkcs12"_s, u"-in"_s, BatchEnrollJob::pkcs12Path(outDir, u"off-001"_s),
                                               u"-passin"_s, u"file:"_s + pass, u"-nodes"_s},
                                &p12out),
                 0);
        QVERIFY(p12out.contains("PRIVATE KEY"));
        QVERIFY(p12out.contains("subject=/CN=off-001") || p12out.contains("subject=CN = off-001"));
        const auto registry = devicesByName(*m_client);
        for (const QString &d : devices)
            QVERIFY(!registry.contains(d));
    }

    // The manifest's lines are written by hand (not QJsonDocument): names
    // with quotes, backslashes and non-ASCII letters are read back as the
    // same names, so that a second run skips every device.
    void manifestKeepsAnyName()
    {
        const QStringList devices{u"quote\"d"_s, u"back\\slash"_s, u"\u00fcn\u00efc\u00f8d\u00e9 \u6d4b\u8bd5"_s,
                                  u"ctl\u0001char"_s, u"plain-1"_s};
        const QString outDir = m_tmp.filePath(u"names"_s);
        const QString list = writeList(u"names.txt"_s, devices);
        BatchOptions o = options(list, outDir);
        o.offline = true;
        o.caCertFile = m_anchorFile;
        const BatchResult r = runJob(std::move(o), nullptr);
        QVERIFY2(r.ok(), qPrintable(r.status.ok() ? QString() : r.status.error().toString()));
        QCOMPARE(r.enrolled, devices.size());

        QFile f(BatchEnrollJob::manifestPath(outDir));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        int parsed = 0;
        for (const QByteArray &line : lines) {
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
            QVERIFY2(line.isEmpty() || (err.error == QJsonParseError::NoError && doc.isObject()), line.constData());
            parsed += doc.isObject();
        }
        QCOMPARE(parsed, 1 + 2 * devices.size()); // header, then key and cert per device
        const auto manifest = readManifest(outDir);
        for (const QString &d : devices) {
            QCOMPARE(manifest.value(d).value(u"key"_s), 1);
            QCOMPARE(manifest.value(d).value(u"cert"_s), 1);
        }

        BatchOptions again = options(list, outDir);
        again.offline = true;
        again.caCertFile = m_anchorFile;
        const BatchResult second = runJob(std::move(again), nullptr);
        QVERIFY2(second.ok(), qPrintable(second.status.ok() ? QString() : second.status.error().toString()));
        QCOMPARE(second.skipped, devices.size());
        QCOMPARE(second.enrolled, 0);
    }

    void damagedFilesAreRemadeOthersKept()
    {
        const QStringList devices = names(u"dmg"_s, 10);
        const QString outDir = m_tmp.filePath(u"damaged"_s);
        auto opts = [&] {
            BatchOptions o = options(writeList(u"damaged.txt"_s, devices), outDir, dwb::KeyAlgorithm::EcdsaP256);
            o.offline = true;
            o.caCertFile = m_anchorFile;
            return o;
        };
        QVERIFY(runJob(opts(), nullptr).ok());
        auto path = [&](const QString &d, bool key) {
            return key ? BatchEnrollJob::keyPath(outDir, d) : BatchEnrollJob::certPath(outDir, d);
        };
        const QByteArray keptKey = dwb::readWholeFile(path(u"dmg-005"_s, true)).value();
        // A key cut short (as by a crash), a missing certificate, a
        // certificate that belongs to another device's key.
        QVERIFY(writeText(path(u"dmg-001"_s, true), QByteArray()));
        QVERIFY(QFile::remove(path(u"dmg-002"_s, false)));
        QVERIFY(QFile::remove(path(u"dmg-003"_s, false)));
        QVERIFY(QFile::copy(path(u"dmg-004"_s, false), path(u"dmg-003"_s, false)));
        const QByteArray key2 = dwb::readWholeFile(path(u"dmg-002"_s, true)).value();

        const BatchResult r = runJob(opts(), nullptr);
        QVERIFY(r.ok());
        QCOMPARE(r.enrolled, 3);
        QCOMPARE(r.skipped, 7);
        QCOMPARE(dwb::readWholeFile(path(u"dmg-005"_s, true)).value(), keptKey);
        QCOMPARE(dwb::readWholeFile(path(u"dmg-002"_s, true)).value(), key2); // the key was fine: kept
        QStringList certs;
        for (const QString &d : devices) {
            certs.append(path(d, false));
            QByteArray fromKey, fromCert;
            QCOMPARE(dwb::test::run(u"openssl"_s, {u"pkey"_s, u"-in"_s, path(d, true), u"-pubout"_s}, &fromKey), 0);
            QCOMPARE(dwb::test::run(u"openssl"_s, {u"x509"_s, u"-in"_s, path(d, false), u"-noout"_s, u"-pubkey"_s},
                                    &fromCert),
                     0);
            QVERIFY2(!fromKey.isEmpty() && fromKey == fromCert, qPrintable(d));
        }
        QByteArray out;
        QCOMPARE(opensslVerifyAll(m_anchorFile, certs, &out), 10);
        const QStringList subjects = opensslSubjects(certs, m_tmp.path());
        QCOMPARE(subjects.value(2), u"CN = dmg-003, O = Drogue IoT, OU = %1"_s.arg(kApp));
    }

    // A new batch writes device files without looking for them first; files
    // that are there anyway (no manifest: e.g. copied in by hand) are looked
    // at when the write refuses to replace them: a fitting key is kept, a
    // damaged one and a certificate of another key are remade.
    void filesInANewBatchFolder()
    {
        const QStringList devices = names(u"pre"_s, 6);
        const QString first = m_tmp.filePath(u"pre-first"_s), outDir = m_tmp.filePath(u"pre-new"_s);
        auto opts = [&](const QString &dir) {
            BatchOptions o = options(writeList(u"pre.txt"_s, devices), dir, dwb::KeyAlgorithm::Ed25519);
            o.offline = true;
            o.caCertFile = m_anchorFile;
            return o;
        };
        QVERIFY(runJob(opts(first), nullptr).ok());
        auto path = [](const QString &dir, const QString &d, bool key) {
            return key ? BatchEnrollJob::keyPath(dir, d) : BatchEnrollJob::certPath(dir, d);
        };
        QVERIFY(QDir().mkpath(outDir));
        // pre-001: key and certificate that fit; pre-002: a fitting key only;
        // pre-003: a damaged key; pre-004: the certificate of pre-005's key.
        for (const QString &d : {u"pre-001"_s, u"pre-002"_s})
            QVERIFY(QFile::copy(path(first, d, true), path(outDir, d, true)));
        QVERIFY(QFile::copy(path(first, u"pre-001"_s, false), path(outDir, u"pre-001"_s, false)));
        QVERIFY(writeText(path(outDir, u"pre-003"_s, true), "-----BEGIN PRIVATE KEY-----\ncut\n"));
        QVERIFY(QFile::copy(path(first, u"pre-005"_s, false), path(outDir, u"pre-004"_s, false)));
        QVERIFY(!QFileInfo::exists(BatchEnrollJob::manifestPath(outDir)));

        const BatchResult r = runJob(opts(outDir), nullptr);
        QVERIFY2(r.ok(), qPrintable(r.status.ok() ? (r.failures.isEmpty() ? QString() : r.failures.first().reason)
                                                  : r.status.error().toString()));
        QCOMPARE(r.enrolled + r.skipped, 6);
        QCOMPARE(r.skipped, 1);   // pre-001: both files fit
        for (const QString &d : {u"pre-001"_s, u"pre-002"_s})
            QCOMPARE(dwb::readWholeFile(path(outDir, d, true)).value(), dwb::readWholeFile(path(first, d, true)).value());
        QCOMPARE(dwb::readWholeFile(path(outDir, u"pre-001"_s, false)).value(),
                 dwb::readWholeFile(path(first, u"pre-001"_s, false)).value());
        QStringList certs;
        for (const QString &d : devices) {
            certs.append(path(outDir, d, false));
            QCOMPARE(dwb::test::fileMode(path(outDir, d, true)), 0600);
            QByteArray fromKey, fromCert;
            QCOMPARE(dwb::test::run(u"openssl"_s, {u"pkey"_s, u"-in"_s, path(outDir, d, true), u"-pubout"_s}, &fromKey), 0);
            QCOMPARE(dwb::test::run(u"openssl"_s, {u"x509"_s, u"-in"_s, path(outDir, d, false), u"-noout"_s, u"-pubkey"_s},
                                    &fromCert),
                     0);
            QVERIFY2(!fromKey.isEmpty() && fromKey == fromCert, qPrintable(d));
        }
        QByteArray out;
        QCOMPARE(opensslVerifyAll(m_anchorFile, certs, &out), 6);
        QCOMPARE(opensslSubjects(certs, m_tmp.path()).value(3), u"CN = pre-004, O = Drogue IoT, OU = %1"_s.arg(kApp));
    }

    void dwbCommandLine()
    {
        const QStringList devices = names(u"cli"_s, 5);
        const QString list = writeList(u"cli.txt"_s, devices);
        const QString outDir = m_tmp.filePath(u"cli-out"_s);
        QStringList args = m_sb.dwbArgs();
        args << u"enroll-batch"_s << u"--app"_s << kApp << u"--ca-key"_s << m_caKeyFile << u"--devices"_s << list
             << u"--out-dir"_s << outDir << u"--algo"_s << u"ed25519"_s << u"--jobs"_s << u"2"_s;
        QByteArray out, err;
        QCOMPARE(dwb::test::run(dwb::test::program(u"dwb"_s), args, &out, &err), 0);
        QVERIFY2(out.contains("enrolled 5, skipped 0, failed 0\n"), out.constData());
        QVERIFY2(err.contains("5/5 devices"), err.constData()); // plain progress lines when not a terminal
        QCOMPARE(dwb::test::run(dwb::test::program(u"dwb"_s), args, &out, &err), 0);
        QVERIFY2(out.contains("enrolled 0, skipped 5, failed 0\n"), out.constData());
        const auto registry = devicesByName(*m_client);
        for (const QString &d : devices)
            QCOMPARE(registry.value(d).aliases(), QStringList{expectedSubject(d)});

        // Bad lines: exit 1, every line named, nothing written.
        const QString bad = m_tmp.filePath(u"cli-bad.txt"_s);
        QVERIFY(writeText(bad, "ok-1\nx/1\nok-1\n"));
        QStringList badArgs = args;
        badArgs[badArgs.indexOf(list)] = bad;
        badArgs[badArgs.indexOf(outDir)] = m_tmp.filePath(u"cli-bad-out"_s);
        QCOMPARE(dwb::test::run(dwb::test::program(u"dwb"_s), badArgs, &out, &err), 1);
        QVERIFY2(err.contains("line 2:") && err.contains("line 3:"), err.constData());
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(u"cli-bad-out"_s)));
    }
};

QTEST_GUILESS_MAIN(TestBatchEnrollment)
#include "test_batch_enrollment.moc"
