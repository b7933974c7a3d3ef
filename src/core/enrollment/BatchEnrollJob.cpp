#include "core/enrollment/BatchEnrollJob.h"

#include "core/cloud/RegistryClient.h"
#include "core/cloud/Resources.h"
#include "core/crypto/Importer.h"
#include "core/crypto/Ossl.h"
#include "core/crypto/Profiles.h"
#include "core/enrollment/BatchCrypto.h"
#include "core/enrollment/BatchDeviceWork.h"
#include "core/enrollment/BatchFiles.h"
#include "core/enrollment/BatchInput.h"
#include "core/enrollment/BatchManifest.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/token/Pkcs11Uri.h"
#include "core/token/TokenKeys.h"
#include "core/util/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>
#include <utility>

namespace dwb {

namespace {
constexpr int kBarrierEvery = 512;        // devices per durability barrier (at most)
constexpr int kBarrierIntervalMs = 200;   // or this often, when something waits
constexpr int kMaxBacklog = 2048;         // devices claimed by the workers but not finished
constexpr int kClaim = 8;                 // devices a worker claims at once
constexpr int kWakeEvery = 64;            // outcomes that wake the job's thread
// Offline: records per ledger transaction (at least, but the last). Fewer
// records wait in memory than with 4,096 (the batch's peak of fresh memory,
// page faults in this VM): 10,000 Ed25519 devices, 1.052 against 1.068
// (medians of 20 interleaved pairs' ratios to --no-ledger; measured, not
// asserted).
constexpr int kOfflineLedgerChunk = 2048;
} // namespace

// Shared by the job's thread and the generate() loops on the pool. The
// workers claim devices kClaim at a time below `limit` and hand back their
// outcomes in batches: the job's thread is woken once per kWakeEvery
// outcomes (and when a loop ends), not once per device.
struct BatchEnrollJob::Queue {
    std::mutex mutex;
    int next = 0;             // the next device to claim
    int limit = 0;            // devices below it may be claimed (the backlog bound)
    int running = 0;          // generate() loops started and not ended
    QList<BatchDeviceOutcome> done; // made, not taken by the job's thread yet
    bool wakePosted = false;  // a drainGenerated() is queued
};

BatchEnrollJob::BatchEnrollJob(BatchOptions options, RegistryClient *client, QObject *parent)
    : Job(parent), m_options(std::move(options)), m_client(client)
{
}

BatchEnrollJob::~BatchEnrollJob()
{
    cancelFlag()->store(true);
    if (m_pool)
        m_pool->waitForDone();
}

QString BatchEnrollJob::keyPath(const QString &outDir, const QString &stem) { return outDir + u'/' + batchKeyName(stem); }
QString BatchEnrollJob::certPath(const QString &outDir, const QString &stem) { return outDir + u'/' + batchCertName(stem); }
QString BatchEnrollJob::pkcs12Path(const QString &outDir, const QString &stem) { return outDir + u'/' + batchPkcs12Name(stem); }
QString BatchEnrollJob::derPath(const QString &outDir, const QString &stem) { return outDir + u'/' + batchDerName(stem); }
QString BatchEnrollJob::manifestPath(const QString &outDir) { return BatchManifest::path(outDir); }

void BatchEnrollJob::doStart()
{
    m_clock.start();
    QMetaObject::invokeMethod(this, [this] { prepare(); }, Qt::QueuedConnection);
}

void BatchEnrollJob::cancel()
{
    if (!isRunning())
        return;
    Job::cancel();
    QMetaObject::invokeMethod(this, [this] { checkFinished(); }, Qt::QueuedConnection);
}

void BatchEnrollJob::fail(const Error &error)
{
    if (m_finished)
        return;
    // Before the batch began: a ledger that could not be opened is the
    // reason, whatever failed while it was being opened (as when the
    // ledger was opened first).
    Error reason = error;
    if (m_ledgerWriter && !m_shared) {
        if (Status opened = m_ledgerWriter->opened(); !opened)
            reason = opened.error();
    }
    m_finished = true;
    cancelFlag()->store(true);
    if (m_pool)
        m_pool->waitForDone();
    if (m_ledgerWriter) // offline records handed over are stored (an error here adds nothing)
        (void)m_ledgerWriter->finish();
    if (m_ledger && !m_outcomes.isEmpty()) // what the server said so far (an error here adds nothing)
        (void)m_ledger->setOutcomes(std::exchange(m_outcomes, {}));
    if (m_manifest) {
        // What was done is recorded (a write error here has been reported).
        m_manifest->close();
    }
    m_result.status = reason;
    m_result.seconds = static_cast<double>(m_clock.elapsed()) / 1000.0;
    end();
}

void BatchEnrollJob::end()
{
    Status status = m_result.status;
    if (status.ok() && !m_result.failures.isEmpty())
        status = Error(ErrorCode::Unknown,
                       m_result.stoppedReason.isEmpty()
                           ? tr("%1 of %2 devices failed; the first: %3 (%4).")
                                 .arg(m_result.failures.size())
                                 .arg(m_result.total)
                                 .arg(m_result.failures.first().device, m_result.failures.first().reason)
                           : m_result.stoppedReason);
    finish(status);
}

// The checks and inputs of both modes (options, device list, CA key), then
// the anchor: from --ca-cert offline, from the application online.
void BatchEnrollJob::prepare()
{
    const BatchOptions &o = m_options;
    if (Status st = checkBatchOptions(o, m_client != nullptr); !st)
        return fail(st.error());

    // The ledger before anything is written: one that cannot be used stops
    // the batch. Online it is opened here. Offline nothing is registered:
    // the writer's thread opens it while the batch reads its inputs, and
    // the batch waits for it before it makes the output folder (issue 20:
    // the batch's start); its header is checked, not every page, which
    // would add a time that grows with the ledger to every batch (damage
    // is found where the writer touches it). Either way its error is the
    // one told, before any problem of the inputs (see fail).
    if (o.offline && o.ledger.enabled)
        m_ledgerWriter = LedgerWriter::launch(o.ledger.effectivePath(), Ledger::Check::Header, kOfflineLedgerChunk);
    else if (auto ledger = openLedgerFor(o.ledger, Ledger::Check::Pages); !ledger)
        return fail(ledger.error());
    else
        m_ledger = std::move(*ledger);

    auto input = readBatchInput(o, &m_result.listProblems);
    if (!input)
        return fail(input.error());
    m_list = std::move(input->list);
    m_requests = std::move(input->requests);
    m_result.total = static_cast<int>(m_list.devices.size());

    auto caKey = loadBatchCaKey(o);
    if (!caKey)
        return fail(caKey.error());
    m_caKey = *caKey;
    if (o.offline)
        prepareOffline();
    else
        prepareOnline();
}

// The anchor is the CA certificate of --ca-cert that belongs to the CA key.
void BatchEnrollJob::prepareOffline()
{
    const BatchOptions &o = m_options;
    auto certData = readWholeFile(o.caCertFile, 4 * 1024 * 1024);
    if (!certData)
        return fail(certData.error());
    auto certs = importCertificates(*certData);
    if (!certs)
        return fail(certs.error());
    auto anchor = findCertificateForKey(*certs, m_caKey, o.caKeyFile, o.caCertFile);
    if (!anchor)
        return fail(anchor.error());
    continueWithAnchor(*anchor);
}

// The anchor is the application's trust anchor that belongs to the CA key.
void BatchEnrollJob::prepareOnline()
{
    const BatchOptions &o = m_options;
    m_client->getApp(o.app).then(this, [this](Result<Application> app) {
        if (m_finished)
            return;
        if (!app)
            return fail(app.error());
        const auto pems = app->trustAnchorPems();
        for (const QByteArray &pem : pems) {
            auto cert = Certificate::fromPem(pem);
            if (cert && cert->isCa() && cert->matches(m_caKey))
                return continueWithAnchor(*cert);
        }
        fail(Error(ErrorCode::Mismatch,
                   tr("The CA key %1 belongs to none of the %2 trust anchor(s) of application '%3'; "
                      "nothing was written. Use the key of one of its anchors (dwb trust list %3).")
                       .arg(m_options.caKeyFile, QString::number(pems.size()), m_options.app))); // one pass: a URI's "%0F" stays
    });
}

void BatchEnrollJob::continueWithAnchor(const Certificate &anchor)
{
    const BatchOptions &o = m_options;
    m_result.anchorSubject = anchor.subjectString();
    // An anchor that has expired signs nothing: said before any file is made.
    if (const auto end = deviceValidityEnd(std::time(nullptr), o.days, anchor); !end)
        return fail(end.error());
    if (m_ledgerWriter) { // the ledger before the first file
        if (Status st = m_ledgerWriter->opened(); !st)
            return fail(st.error());
    }
    if (Status st = makeFolder(o.outDir, FolderMode::Private); !st)
        return fail(st.error());
    // The folder holds private keys.
    QFile::setPermissions(o.outDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_manifest = std::make_unique<BatchManifest>();
    if (Status st = m_manifest->open(o.outDir, o.app, o.algorithm); !st)
        return fail(st.error());

    m_shared = std::make_shared<BatchWork>();
    m_shared->app = o.app;
    m_shared->outDir = QDir(o.outDir).absolutePath();
    m_shared->algorithm = o.algorithm;
    m_shared->days = o.days;
    m_shared->caKey = m_caKey;
    m_shared->anchor = anchor;
    m_shared->anchorSubject = anchor.subjectString();
    m_shared->pkcs12 = o.pkcs12;
    m_shared->pkcs12Passphrase = o.pkcs12Passphrase.clone();
    m_shared->syncEachFile = o.syncEachFile;
    m_shared->newBatch = m_manifest->isNewBatch();
    m_shared->cancel = cancelFlag().get();
    if (Pkcs11Uri::looksLike(o.caKeyFile)) {
        m_shared->caKeyUri = o.caKeyFile;
        m_shared->tokenGone = &m_tokenGone;
    }
    m_shared->issuer = std::make_unique<BatchIssuer>(o.app, m_caKey, anchor, o.days);
    m_shared->requests = std::move(m_requests); // the workers' copy is the only one
    m_shared->signing.copySubjectAltNames = o.copySubjectAltNames;
    m_shared->der = o.der;
    if (!o.renewal.isEmpty()) {
        m_shared->signing.keepSubject = true;
        for (const RenewalDevice &d : o.renewal) {
            m_shared->keyFiles << d.keyFile;
            m_shared->replaces << d.replaces.id;
        }
    }
    m_shared->ledger = m_ledger || m_ledgerWriter;
    if (m_shared->ledger) {
        LedgerRecord &shared = m_shared->ledgerShared;
        shared.kind = LedgerKind::Device;
        shared.context =
            o.ledger.contextFor(o.offline || !m_client, m_client ? m_client->settings().contextName : QString());
        shared.application = o.app;
        shared.source = o.ledger.source;
        shared.anchorFingerprint = LedgerRecord::fromCertificate(anchor).fingerprint;
        shared.osUser = currentOsUser();
        shared.registration = Registration::Offline;
        if (m_ledgerWriter)
            m_ledgerWriter->setShared(shared);
    }
    m_recordIds = QList<qint64>(m_result.total, 0);
    if (Status st = m_shared->folder.open(m_shared->outDir); !st)
        return fail(st.error());
    m_queue = std::make_shared<Queue>();

    int threads = o.jobs > 0 ? o.jobs : QThread::idealThreadCount();
    if (o.syncEachFile && o.jobs <= 0)
        threads *= 4; // waiting for the disk, not computing
    m_pool = std::make_unique<QThreadPool>();
    m_pool->setMaxThreadCount(std::max(1, threads));
    m_workedOn = QList<int>(m_result.total, 0);

    m_progressTimer = new QTimer(this);
    connect(m_progressTimer, &QTimer::timeout, this, &BatchEnrollJob::emitProgress);
    m_progressTimer->start(100);
    m_barrierTimer = new QTimer(this);
    connect(m_barrierTimer, &QTimer::timeout, this, [this] {
        drainGenerated();
        maybeStartBarrier(true);
        if (!m_finished)
            (void)flushOutcomes();
    });
    m_barrierTimer->start(kBarrierIntervalMs);
    m_clock.restart();
    pumpGeneration();
    checkFinished();
}

void BatchEnrollJob::pumpGeneration()
{
    if (m_finished || !m_pool || !m_queue)
        return;
    int start = 0;
    {
        std::lock_guard lock(m_queue->mutex);
        // At most kMaxBacklog devices claimed and not finished; the bound is
        // raised in steps, so that a slow server does not restart the
        // workers for every registered device.
        const int limit = std::min(m_result.total, m_done + kMaxBacklog);
        if (limit == m_result.total || limit >= m_queue->limit + kMaxBacklog / 8)
            m_queue->limit = std::max(m_queue->limit, limit);
        if (!cancelRequested() && !m_tokenGone.load() && m_queue->next < m_queue->limit) {
            start = m_pool->maxThreadCount() - m_queue->running;
            m_queue->running += std::max(0, start);
        }
    }
    for (int i = 0; i < start; ++i) {
        m_pool->start([this, shared = std::shared_ptr<const BatchWork>(m_shared), queue = m_queue] {
            generate(shared, queue);
        });
    }
}

void BatchEnrollJob::generate(const std::shared_ptr<const BatchWork> &shared, const std::shared_ptr<Queue> &queue)
{
    const ossl::ThreadStateRelease release; // once per loop, not per device
    QList<BatchDeviceOutcome> made;
    for (;;) {
        int begin = 0, end = 0;
        bool stop = false, wake = false;
        {
            std::lock_guard lock(queue->mutex);
            queue->done.append(std::move(made)); // moved, not copied (records, under the lock)
            made = {};
            stop = shared->cancel->load() || (shared->tokenGone && shared->tokenGone->load())
                   || queue->next >= queue->limit;
            if (stop) {
                --queue->running;
            } else {
                begin = queue->next;
                end = std::min(queue->limit, begin + kClaim);
                queue->next = end;
            }
            if (!queue->wakePosted && (stop || queue->done.size() >= kWakeEvery))
                queue->wakePosted = wake = true;
        }
        if (wake)
            QMetaObject::invokeMethod(this, [this] { drainGenerated(); }, Qt::QueuedConnection);
        if (stop)
            return;
        made.reserve(end - begin);
        for (int index = begin; index < end; ++index)
            made.append(ensureDeviceFiles(*shared, m_list.devices.at(index), index));
    }
}

void BatchEnrollJob::drainGenerated()
{
    if (m_finished || !m_queue)
        return;
    QList<BatchDeviceOutcome> taken;
    {
        std::lock_guard lock(m_queue->mutex);
        taken.swap(m_queue->done);
        m_queue->wakePosted = false;
    }
    for (BatchDeviceOutcome &o : taken) {
        if (o.cancelled) {
            // Not done; a later run picks it up.
        } else if (!o.ok) {
            deviceFailed(o.index, o.error);
        } else {
            m_workedOn[o.index] = o.generated ? 1 : 0;
            m_written.append(o.index);
            if (m_shared->ledger)
                m_writtenRecords.append(std::move(o.record));
        }
    }
    if (Status st = m_manifest->flush(false); !st)
        return fail(st.error());
    if (m_written.size() >= kBarrierEvery)
        maybeStartBarrier(true);
    pumpGeneration();
    checkFinished();
}

void BatchEnrollJob::maybeStartBarrier(bool force)
{
    if (m_finished || m_barrierRunning || m_written.isEmpty())
        return;
    if (!force && m_written.size() < kBarrierEvery)
        return;
    QList<int> indices;
    indices.swap(m_written);
    QList<PackedLedgerRecord> records;
    records.swap(m_writtenRecords);
    if (m_shared->syncEachFile) {
        onBarrierDone(Status(), indices, std::move(records));
        return;
    }
    m_barrierRunning = true;
    const QString dir = m_shared->outDir;
    QtConcurrent::run(QThreadPool::globalInstance(), [dir] { return syncFolder(dir); })
        .then(this, [this, indices, records = std::move(records)](Status st) mutable {
            onBarrierDone(st, indices, std::move(records));
        });
}

void BatchEnrollJob::onBarrierDone(const Status &status, const QList<int> &indices, QList<PackedLedgerRecord> records)
{
    m_barrierRunning = false;
    if (m_finished)
        return;
    // The chunk in the ledger, in one transaction: after the files are on
    // disk, before any of these devices is registered. Offline nothing is
    // registered: the writer stores the records on its own thread, and the
    // batch ends once they are all stored.
    if (m_ledgerWriter && status) {
        if (const std::optional<Error> e = m_ledgerWriter->error()) {
            fail(ledgerStopped(*e, QDir::toNativeSeparators(m_shared->outDir)));
            return;
        }
        m_ledgerWriter->add(std::move(records)); // registration: offline (ledgerShared)
        // Fewer devices to come than a chunk: from now on each barrier's
        // records are stored as they come, beside the work still running,
        // not all at the end (issue 20).
        if (m_result.total - m_done - int(indices.size()) < kOfflineLedgerChunk)
            m_ledgerWriter->setMinChunk(1);
    } else if (m_ledger && status) {
        for (qsizetype i = 0; i < indices.size(); ++i) {
            const int index = indices.at(i);
            LedgerRecord r = records[i].unpack(m_shared->ledgerShared);
            const quint8 flags = m_manifest->state(m_list.devices.at(index).name);
            r.registration = m_options.offline                    ? Registration::Offline
                             : (flags & BatchManifest::Registered) ? Registration::Registered
                                                                   : Registration::Pending;
            m_unrecorded << std::move(r);
            m_unrecordedIndices << index;
        }
        if (!recordChunk())
            return;
    }
    for (int index : indices) {
        const DeviceListEntry &e = m_list.devices.at(index);
        if (!status) {
            deviceFailed(index, status.error().toString());
            continue;
        }
        quint8 &flags = m_manifest->state(e.name);
        if (m_workedOn.at(index) || !(flags & BatchManifest::KeyDone))
            m_manifest->record(e.name, "key");
        if (m_workedOn.at(index) || !(flags & BatchManifest::CertDone))
            m_manifest->record(e.name, "cert");
        flags |= BatchManifest::KeyDone | BatchManifest::CertDone;
        if (m_options.offline || (flags & BatchManifest::Registered)) {
            deviceDone(index);
        } else if (!m_result.stoppedReason.isEmpty()) {
            ++m_result.notSent;
            deviceFailed(index, m_result.stoppedReason);
        } else {
            m_toRegister.push_back(index);
        }
    }
    if (Status st = m_manifest->flush(true); !st)
        return fail(st.error());
    pumpRegistration();
    pumpGeneration();
    if (m_written.size() >= kBarrierEvery)
        maybeStartBarrier(true);
    checkFinished();
}

void BatchEnrollJob::pumpRegistration()
{
    if (m_finished || !m_client)
        return;
    const int maxInFlight = std::max(1, m_options.concurrentRequests);
    while (!cancelRequested() && m_result.stoppedReason.isEmpty() && m_inFlight < maxInFlight && !m_toRegister.empty()) {
        const int index = m_toRegister.front();
        m_toRegister.pop_front();
        ++m_inFlight;
        const DeviceListEntry &e = m_list.devices.at(index);
        const QString subject = deviceSubjectString(e.name, m_options.app);
        const QStringList aliases = e.aliases;
        const QMap<QString, QString> labels = e.labels;
        auto change = [subject, aliases, labels](Device &d) {
            d.addAlias(subject);
            for (const QString &a : aliases)
                d.addAlias(a);
            if (!labels.isEmpty()) {
                QMap<QString, QString> merged = d.labels();
                for (auto it = labels.cbegin(); it != labels.cend(); ++it)
                    merged.insert(it.key(), it.value());
                d.setLabels(merged);
            }
            return Status();
        };
        // A new device is one POST; one that exists (409) is changed with
        // a read-modify-write that keeps the rest of its spec.
        Device fresh = Device::create(m_options.app, e.name);
        (void)change(fresh);
        const qint64 sentAt = m_clock.elapsed();
        m_client->createDevice(fresh).then(this, [this, index, change, sentAt](Status created) {
            if (m_finished)
                return;
            if (created || created.error().code != ErrorCode::Conflict)
                return registrationDone(index, created, sentAt);
            m_client->modifyDevice(m_options.app, m_list.devices.at(index).name, change, true)
                .then(this, [this, index, sentAt](Result<Device> r) {
                    registrationDone(index, r ? Status() : Status(r.error()), sentAt);
                });
        });
    }
}

void BatchEnrollJob::registrationDone(int index, const Status &status, qint64 sentAtMs)
{
    --m_inFlight;
    if (m_finished)
        return;
    const qint64 now = m_clock.elapsed();
    if (status) {
        const QString &name = m_list.devices.at(index).name;
        m_manifest->record(name, "registered");
        m_manifest->state(name) |= BatchManifest::Registered;
        addOutcome(index, Registration::Registered);
        ++m_registeredThisRun;
        m_workedOn[index] = 1;
        deviceDone(index);
        m_failingSinceMs = -1;
        m_lastSuccessMs = now;
    } else {
        deviceFailed(index, status.error().toString());
        const ErrorCode code = status.error().code;
        // The server failing (not a refusal of this one device): the batch
        // stops sending once that has lasted for the retry budget.
        if (code == ErrorCode::Server || code == ErrorCode::Network || code == ErrorCode::Timeout
            || code == ErrorCode::MalformedResponse) {
            if (m_failingSinceMs < 0)
                m_failingSinceMs = std::max(sentAtMs, m_lastSuccessMs);
            m_lastServerError = status.error().message;
            const qint64 boundMs = std::max(1000, m_client->settings().retryBudgetMs);
            if (m_result.stoppedReason.isEmpty() && now - m_failingSinceMs >= boundMs)
                stopRegistering();
        }
    }
    if (Status st = m_manifest->flush(false); !st)
        return fail(st.error());
    if (m_outcomes.size() >= kBarrierEvery && !flushOutcomes())
        return;
    pumpRegistration();
    pumpGeneration();
    checkFinished();
}

bool BatchEnrollJob::recordChunk()
{
    if (!m_ledger || m_unrecorded.isEmpty())
        return true;
    const Result<QList<qint64>> ids = m_ledger->addAll(std::exchange(m_unrecorded, {}));
    const QList<int> indices = std::exchange(m_unrecordedIndices, {});
    if (!ids) {
        const QString folder = QDir::toNativeSeparators(m_shared->outDir);
        fail(m_registeredThisRun == 0 ? ledgerStopped(ids.error(), folder)
                                      : Error(ids.error().code,
                                              tr("%1 No further device was registered; the files stay in %2.")
                                                  .arg(ids.error().message, folder),
                                              ids.error().detail));
        return false;
    }
    for (int i = 0; i < indices.size(); ++i)
        m_recordIds[indices.at(i)] = ids->at(i);
    return true;
}

void BatchEnrollJob::addOutcome(int index, Registration registration, const QString &detail)
{
    if (m_ledger && m_recordIds.value(index) > 0)
        m_outcomes.append({m_recordIds.at(index), registration, detail});
}

bool BatchEnrollJob::flushOutcomes()
{
    if (!m_ledger || m_outcomes.isEmpty())
        return true;
    if (Status st = m_ledger->setOutcomes(std::exchange(m_outcomes, {})); !st) {
        fail(st.error());
        return false;
    }
    return true;
}

void BatchEnrollJob::stopRegistering()
{
    const int boundMs = std::max(1000, m_client->settings().retryBudgetMs);
    m_result.stoppedReason = tr("The server kept failing for %1 s: %2")
                                 .arg(QString::number(boundMs / 1000.0), m_lastServerError);
    // What is on the wire finishes (each within its own budget); what waits
    // is not sent. Its files are on disk and recorded: a re-run registers it.
    while (!m_toRegister.empty()) {
        const int index = m_toRegister.front();
        m_toRegister.pop_front();
        ++m_result.notSent;
        deviceFailed(index, m_result.stoppedReason);
    }
}

void BatchEnrollJob::deviceDone(int index)
{
    ++m_done;
    if (m_workedOn.at(index))
        ++m_result.enrolled;
    else
        ++m_result.skipped;
}

void BatchEnrollJob::deviceFailed(int index, const QString &reason)
{
    ++m_done;
    const DeviceListEntry &e = m_list.devices.at(index);
    m_result.failures.append({e.name, e.line, reason});
    m_manifest->record(e.name, "failed", reason);
    addOutcome(index, Registration::Failed, reason);
}

void BatchEnrollJob::emitProgress()
{
    const double secs = std::max(0.001, static_cast<double>(m_clock.nsecsElapsed()) / 1e9);
    const double rate = m_done / secs;
    const double eta = rate > 0 ? (m_result.total - m_done) / rate : -1.0;
    Q_EMIT throughput(m_done, m_result.total, rate, eta);
    Q_EMIT progress(tr("Enrolling the devices…"), m_done, m_result.total);
}

void BatchEnrollJob::checkFinished()
{
    if (m_finished || !m_pool)
        return;
    bool generationDone = false;
    {
        std::lock_guard lock(m_queue->mutex);
        generationDone = (cancelRequested() || m_tokenGone.load() || m_queue->next >= m_result.total)
                         && m_queue->running == 0
                         && m_queue->done.isEmpty();
    }
    if (!generationDone)
        return;
    if (!m_written.isEmpty() && !m_barrierRunning)
        maybeStartBarrier(true); // files written must be recorded, even on cancel
    if (!m_written.isEmpty() || m_barrierRunning || m_inFlight > 0)
        return;
    if (!cancelRequested() && !m_toRegister.empty())
        return;

    m_finished = true;
    m_progressTimer->stop();
    m_barrierTimer->stop();
    m_result.cancelled = cancelRequested() && m_done < m_result.total;
    if (m_result.cancelled)
        m_result.status = Error(ErrorCode::Cancelled,
                                tr("Cancelled after %1 of %2 devices; run the batch again to finish it.")
                                    .arg(m_done)
                                    .arg(m_result.total));
    m_result.tokenGone = m_tokenGone.load() && !m_result.cancelled;
    if (m_result.tokenGone && m_result.status.ok()) {
        const auto uri = Pkcs11Uri::parse(m_options.caKeyFile); // the path part only: never a PIN
        m_result.status = Error(ErrorCode::Io,
                                tr("The token of the CA key is gone (removed, or its module no longer finds it: %1). "
                                   "%2 of %3 devices were done and are kept; the other %4 were not made and not "
                                   "registered. Put the token back and run the batch again to finish.")
                                    .arg(uri ? uri->toString() : QString())
                                    .arg(m_done)
                                    .arg(m_result.total)
                                    .arg(m_result.total - m_done));
    }
    if (Status st = m_manifest->flush(true); !st && m_result.status.ok())
        m_result.status = st;
    m_manifest->close();
    if (m_ledgerWriter) {
        if (Status st = m_ledgerWriter->finish(); !st && m_result.status.ok())
            m_result.status = ledgerStopped(st.error(), QDir::toNativeSeparators(m_shared->outDir));
    }
    if (m_ledger && !m_unrecorded.isEmpty()) {
        const Result<QList<qint64>> ids = m_ledger->addAll(std::exchange(m_unrecorded, {}));
        if (!ids && m_result.status.ok())
            m_result.status = ids.error();
    }
    if (m_ledger && !m_outcomes.isEmpty()) {
        if (Status st = m_ledger->setOutcomes(std::exchange(m_outcomes, {})); !st && m_result.status.ok())
            m_result.status = st;
    }
    m_result.seconds = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    emitProgress();
    end();
}

} // namespace dwb
