// Batch enrollment: keys and certificates for a list of devices, generated
// in parallel on all cores, written to a folder, and (online) each device
// created or updated in the registry with its certificate subject as alias.
//
//   dwb::BatchEnrollJob job(std::move(options), &client);   // client: nullptr offline
//   connect(&job, &BatchEnrollJob::throughput, …);      // or Job::progress
//   connect(&job, &Job::finished, …);                    // see Job.h; then result()
//   job.start();                                             // needs an event loop
//
// The job lives on the thread of the RegistryClient (requests are sent from
// there, at most `concurrentRequests` device changes at once); keys and
// certificates are made on a private thread pool (BatchDeviceWork.h), one
// loop per core that claims a few devices at a time, at most 2,048 devices
// ahead of those finished, so memory stays flat for any list size. The loops hand their
// outcomes back in batches (one wake-up of the job's thread per 64 devices,
// not one per device), and the manifest lines of a turn are written at once.
//
// Per device, in this order: key (PKCS#8 PEM, 0600) written, certificate
// (PEM) written, optional PKCS#12 (0600), then a durability barrier (one
// syncfs for many devices, see BatchFiles.h), the manifest records the files,
// and only then is the device registered. The manifest (BatchManifest.h:
// OUT/manifest.jsonl, append-only, one JSON object per line, fdatasync'ed in
// batches) records each device's states: "key", "cert", "registered" (and
// "failed" with the reason). A second run skips what is done: files that exist and match (key
// parses, certificate is for this key, subject, and issued by the CA) are
// kept, registered devices are not registered again; it finishes the rest.
//
// A server that keeps failing: each request has its own retry budget
// (ConnectionSettings::retryBudgetMs). When no registration has succeeded for
// that long (at least 1 s) while registrations fail with a server, network,
// timeout or malformed-answer error, no further registration is sent: the
// devices not sent yet still get their files, and are marked failed with one
// reason ("The server kept failing for 20 s: <last error>", also in
// BatchResult::stoppedReason). A success resets the clock. A re-run resumes.
//
// The ledger (options.ledger, opened before anything is written: online on
// the job's thread; offline on the LedgerWriter's, while the job reads its
// inputs, and the job waits for it before the output folder): the devices of each durability barrier (a chunk) are recorded
// in one transaction after their files are synced and before any of them is
// registered (Pending; Offline offline; Registered for a device the manifest
// has registered already), and their outcomes are stored in batches.
// The workers pack each device's record (PackedLedgerRecord); the values
// all of them share are set once (BatchWork::ledgerShared).
// Offline, where nothing is registered, the synced chunks go to a
// LedgerWriter, which stores them on its own thread (2,048 or more in one
// transaction) while the workers go on; the batch ends once they are
// all stored. A re-run records the same certificates again, which updates their records
// (one record per certificate). A ledger that cannot be written stops the
// batch there: the chunk's devices are not registered.
//
// A CA key on a token (pkcs11: URI) whose token goes away mid-batch: the
// worker whose signature failed asks the module whether the token is still
// there (TokenProbe.h); when it is not, no further device is made, the
// devices made so far are synced, recorded and (online) registered as usual,
// and the job fails with "the token is gone" (BatchResult::tokenGone). The
// device in hand keeps its key file (complete, atomic); a re-run with the
// token back uses it and finishes the rest.
#pragma once

#include "core/crypto/Algorithm.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/enrollment/DeviceList.h"
#include "core/enrollment/RenewPlan.h"
#include "core/enrollment/RequestFolder.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerUse.h"
#include "core/ledger/LedgerWriter.h"
#include "core/util/Job.h"
#include "core/util/Result.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <atomic>
#include <deque>
#include <memory>

class QThreadPool;
class QTimer;

namespace dwb {

class RegistryClient;
class BatchManifest;
struct BatchWork;

struct BatchOptions {
    QString app;
    QString caKeyFile;
    SecretBytes caKeyPassphrase;       // for an encrypted CA key
    PrivateKey caKey;                  // the CA key already loaded (the window's token key,
                                       // caKeyFile its URI): used instead of reading caKeyFile
    QString caCertFile;                // offline: the anchor certificate; online: optional
    bool offline = false;
    QString deviceListFile;
    // A tray of boards instead of a device list: the folder of their
    // certificate requests (RequestFolder.h); each gets a certificate for
    // its own key and no key file is written.
    QString requestDir;
    RequestNaming requestNaming = RequestNaming::CommonName;
    bool copySubjectAltNames = false;  // from the requests
    bool der = false;                  // requests: also STEM.der (the certificate DER-encoded)
    // A renewal (RenewPlan.h) instead of a list or a tray: each device's
    // certificate for its request's key with the request's (the old) subject;
    // no key file is written here, the record lists the key file and
    // replaces the old record.
    QList<RenewalDevice> renewal;
    QString outDir;
    KeyAlgorithm algorithm = kDefaultAlgorithm;
    int days = 365;
    int jobs = 0;                      // worker threads; 0 = all cores
    int concurrentRequests = 12;       // device changes in flight at once
    bool pkcs12 = false;
    SecretBytes pkcs12Passphrase;
    bool syncEachFile = false;         // fsync every file (writeFileAtomically) instead of batches
    LedgerUse ledger;                  // where the certificates are recorded (source: "batch")

    BatchOptions() = default;
    BatchOptions(BatchOptions &&) = default;
    BatchOptions &operator=(BatchOptions &&) = default;
};

struct BatchFailure {
    QString device;
    int line = 0;                      // in the device list
    QString reason;
};

struct BatchResult {
    Status status;                     // a reason the batch could not run (or was cancelled)
    QList<DeviceListProblem> listProblems; // bad list lines: nothing was written
    int total = 0;
    int enrolled = 0;                  // work was done this run and the device is complete
    int skipped = 0;                   // complete already before this run
    QList<BatchFailure> failures;
    bool cancelled = false;
    // Registration stopped because the server kept failing: the reason
    // (also each not-sent device's failure reason) and how many were not sent.
    QString stoppedReason;
    int notSent = 0;
    // The CA key's token went away mid-batch: the devices made before are
    // kept, recorded and (online) registered; the rest were not made (status
    // says so). A re-run with the token back finishes them.
    bool tokenGone = false;
    double seconds = 0;
    QString anchorSubject;

    bool ok() const { return status.ok() && failures.isEmpty() && !cancelled; }
};

// finished(Status): ok when every device is complete; otherwise the reason
// the batch could not run, the cancellation, or how many devices failed.
class BatchEnrollJob : public Job {
    Q_OBJECT
public:
    // client: needed unless options.offline; it must outlive the job.
    BatchEnrollJob(BatchOptions options, RegistryClient *client, QObject *parent = nullptr);
    ~BatchEnrollJob() override;

    void cancel() override;  // stops promptly; the manifest stays consistent
    const BatchResult &result() const { return m_result; }

    // Files of a device in the output folder.
    static QString keyPath(const QString &outDir, const QString &stem);
    static QString certPath(const QString &outDir, const QString &stem);
    static QString pkcs12Path(const QString &outDir, const QString &stem);
    static QString derPath(const QString &outDir, const QString &stem);
    static QString manifestPath(const QString &outDir);

Q_SIGNALS:
    // done: devices finished (enrolled, skipped or failed) of total;
    // rate: devices per second so far in this run; eta: seconds left (-1 unknown).
    // Emitted with Job::progress (same done and total), every 100 ms.
    void throughput(int done, int total, double rate, double eta);

protected:
    void doStart() override;

private:
    struct Queue;         // devices to claim and outcomes made (workers <-> job)

    void fail(const Error &error);
    void end();              // emits finished with the status of m_result
    void prepare();          // both modes, then one of:
    void prepareOffline();   // the anchor from options.caCertFile
    void prepareOnline();    // the anchor from the application
    void continueWithAnchor(const Certificate &anchor);
    void pumpGeneration();
    void generate(const std::shared_ptr<const BatchWork> &shared, const std::shared_ptr<Queue> &queue); // pool thread
    void drainGenerated();
    void maybeStartBarrier(bool force);
    // indices: the devices synced; records: theirs, in the same order (with the ledger).
    void onBarrierDone(const Status &status, const QList<int> &indices, QList<PackedLedgerRecord> records);
    void pumpRegistration();
    void registrationDone(int index, const Status &status, qint64 sentAtMs);
    void stopRegistering();
    void deviceDone(int index);
    void deviceFailed(int index, const QString &reason);
    void addOutcome(int index, Registration registration, const QString &detail = {});
    bool flushOutcomes();    // false: the ledger failed (and so did the job)
    bool recordChunk();      // m_unrecorded in one transaction; false: the ledger failed (and so did the job)
    void emitProgress();
    void checkFinished();

    BatchOptions m_options;
    RegistryClient *m_client = nullptr;
    BatchResult m_result;
    bool m_finished = false;           // ending: no more work is started

    DeviceList m_list;
    QList<CertificateRequest> m_requests; // a tray of boards: one per device of m_list (until
                                          // handed to the workers' BatchWork)
    PrivateKey m_caKey;
    std::atomic_bool m_tokenGone{false}; // set by a worker (BatchWork::tokenGone)
    std::shared_ptr<BatchWork> m_shared;
    std::unique_ptr<QThreadPool> m_pool;
    std::unique_ptr<BatchManifest> m_manifest;
    std::unique_ptr<Ledger> m_ledger;  // null: --no-ledger
    std::unique_ptr<LedgerWriter> m_ledgerWriter; // offline: the records, stored on the writer's thread
    QList<LedgerRecord> m_unrecorded;  // synced, not in the ledger yet (online)
    QList<int> m_unrecordedIndices;
    QList<qint64> m_recordIds;         // per index: the device's ledger record (0: none yet)
    QList<Ledger::Outcome> m_outcomes; // registration outcomes not stored yet
    int m_registeredThisRun = 0;

    std::shared_ptr<Queue> m_queue;
    QList<int> m_written;              // files written, waiting for the barrier
    QList<PackedLedgerRecord> m_writtenRecords; // with the ledger: their records (made by the workers), in m_written's order
    QList<int> m_workedOn;             // per index: 1 if this run generated files
    bool m_barrierRunning = false;
    std::deque<int> m_toRegister;
    int m_inFlight = 0;
    int m_done = 0;
    qint64 m_failingSinceMs = -1;      // m_clock time since when registrations fail (-1: not failing)
    qint64 m_lastSuccessMs = 0;        // m_clock time of the last successful registration
    QString m_lastServerError;
    QElapsedTimer m_clock;
    QTimer *m_progressTimer = nullptr;
    QTimer *m_barrierTimer = nullptr;
};

} // namespace dwb
