// Enrolls one device (Kleopatra-style command object):
//
//   EnrollJob job(client, std::move(request));
//   connect(&job, &Job::finished, …);  job.start();     // see Job.h
//
// 1. (client's thread) reads the application and finds the valid anchor
//    that belongs to the CA key, refusing clearly when none does; for an
//    existing device certificate (no CA key needed), the anchor it chains to
//    and Drogue's device rules (checkExistingDeviceCertificate).
// 2. (worker thread) the device key (new: cancellable; or imported), the
//    certificate issued by the anchor; files written in this order: key
//    (PKCS#8 PEM, 0600, read back), certificate PEM, PKCS#12 (0600). For a
//    certificate request: the certificate PEM (and DER when asked) and the
//    chain only (the key stays on the board).
// 3. (client's thread) modifyDevice(createIfAbsent) adds the certificate's
//    subject as an alias and keeps the rest of the device.
// The ledger (request.ledger, opened on the client's thread at the start):
// the certificate is recorded after its files are written and before the
// device is registered (Pending; Offline with request.offline), then set to
// Registered or Failed with the server's message. A ledger that cannot be
// opened or written fails the job there: nothing is registered.
#pragma once

#include "core/cloud/Resources.h"
#include "core/crypto/Algorithm.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/crypto/SecretBytes.h"
#include "core/ledger/LedgerUse.h"
#include "core/util/Job.h"
#include "core/util/Result.h"
#include "core/util/SafeFile.h"

#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace dwb {

class RegistryClient;
struct AnchorMatch;

struct EnrollRequest {
    // Request: a certificate request (CSR) from a board that keeps its key;
    // the certificate is issued for the request's public key and no key file
    // is written (PEM, and DER when asked: a PKCS#12 file would need the key).
    enum class Source { NewKey, ImportedKey, ExistingCertificate, Request };
    QString app;
    QString device;
    PrivateKey caKey;          // NewKey / ImportedKey: must match an anchor of app;
                               // ExistingCertificate: optional, must match its anchor
    QString caKeyPath;         // for messages
    Source source = Source::NewKey;
    KeyAlgorithm algorithm = kDefaultAlgorithm;  // NewKey
    int days = 365;
    PrivateKey deviceKey;      // ImportedKey (and optionally ExistingCertificate)
    Certificate deviceCertificate; // ExistingCertificate: registered as it is
    CertificateRequest certificateRequest; // Request (its signature and key are
                               // checked before anything is signed)
    RequestSigning requestSigning; // Request: keep its subject, copy its SANs
    QString outputDir;         // files are <outputDir>/<device>.key/.pem/.p12
    bool writePem = true;      // key + certificate PEM
    bool writePkcs12 = false;
    std::shared_ptr<SecretBytes> pkcs12Passphrase;
    QString deviceKeyPath;     // where deviceKey came from (messages)
    // dwb's named files instead of <outputDir>/<device>.*: the certificate
    // (PEM) goes to certOutput, the key (PKCS#8 PEM, 0600) to keyOutput,
    // which may stay empty for an imported key (not written again); no PKCS#12.
    QString certOutput;
    QString keyOutput;
    // Request: where the chain goes (the certificate, then the anchor: what
    // the board presents); <outputDir>/<device>-chain.pem in folder mode,
    // chainOutput (optional) with named files.
    QString chainOutput;
    // Request: the certificate also as DER, written like the PEM (nothing
    // overwritten): <outputDir>/<device>.der in folder mode when writeDer,
    // derOutput (optional) with named files.
    bool writeDer = false;
    QString derOutput;
    Overwrite overwrite = Overwrite::Refuse; // Allow: replace the files (dwb --force)
    // Files only (dwb trust enroll --offline): no client, nothing read from or
    // sent to a server. The anchor is the CA certificate among offlineAnchors
    // (read from offlineAnchorsPath, for messages) that belongs to caKey.
    bool offline = false;
    QList<Certificate> offlineAnchors;
    QString offlineAnchorsPath;
    LedgerUse ledger;          // where the certificate is recorded (the caller sets source)
};

struct EnrollOutcome {
    QString app;
    QString device;
    Certificate certificate;
    Certificate anchor;
    int anchorIndex = -1;      // in the application (-1 offline)
    QString alias;             // the subject string added
    bool created = false;      // the device did not exist before (online)
    QString keyPath, certPath, pkcs12Path; // those written (empty: not written)
    QString chainPath;                     // Request: the chain written (empty: none)
    QString derPath;                       // Request: the DER certificate written (empty: none)
    Device stored;
};

class EnrollJob : public Job {
    Q_OBJECT
public:
    EnrollJob(RegistryClient *client, EnrollRequest request, QObject *parent = nullptr);
    ~EnrollJob() override;

    // Before the device is registered. While the application is read or the
    // device registered, the job finishes at once (Cancelled) without waiting
    // for the server; a registration sent may still be made by the server
    // (the message says so and names the files written).
    void cancel() override;
    bool isRegistering() const { return isRunning() && m_phase == Phase::Registering; }
    const Result<EnrollOutcome> &result() const { return *m_result; }

    // The file names the job will write for a device in a folder.
    static QString keyFileName(const QString &dir, const QString &device);
    static QString certFileName(const QString &dir, const QString &device);
    static QString pkcs12FileName(const QString &dir, const QString &device);
    static QString chainFileName(const QString &dir, const QString &device);
    static QString derFileName(const QString &dir, const QString &device);

protected:
    void doStart() override;

private:
    struct Prepared {
        Certificate certificate;
        QString keyPath, certPath, pkcs12Path, chainPath, derPath;
    };
    static Result<Prepared> prepare(const EnrollRequest &request, const Certificate &anchor,
                                    std::shared_ptr<std::atomic_bool> cancel,
                                    std::shared_ptr<std::atomic_int> ticks);
    static Result<Prepared> prepareFromRequest(const EnrollRequest &request, const Certificate &anchor);
    void onApplication(const Result<Application> &app);
    void prepareFiles(const Result<AnchorMatch> &match);
    void onPrepared(const Result<Prepared> &prepared);
    void finish(Result<EnrollOutcome> result);
    // The certificate in the ledger before anything is sent (false: the job has failed).
    bool record(const Prepared &p);
    // The server's answer in the ledger (an error when it cannot be written).
    Status recordOutcome(bool registered, const QString &detail);

    QPointer<RegistryClient> m_client;
    EnrollRequest m_request;
    Certificate m_anchor;
    int m_anchorIndex = -1;
    bool m_created = false;
    enum class Phase { Reading, Preparing, Registering };
    Phase m_phase = Phase::Reading;
    QString m_alias;            // while registering: the alias sent
    QStringList m_written;      // while registering: the files written
    std::optional<Result<EnrollOutcome>> m_result;
    std::unique_ptr<Ledger> m_ledger;  // null: --no-ledger
    qint64 m_recordId = 0;
};

} // namespace dwb
