// Creates an application's trust anchor (Kleopatra-style command object):
//
//   AnchorJob job(client, std::move(request));
//   connect(&job, &Job::finished, …);  job.start();     // see Job.h
//
// The key (new, or the given one) and the anchor certificate are made on a
// worker thread (RSA-4096 reports progress and can be cancelled); the key
// file is written (0600, PKCS#8, encrypted with a passphrase if one is
// given) and read back BEFORE the anchor is sent with modifyApp on the
// client's thread (the job must live on the client's thread). If the server
// refuses the anchor, the key file stays and the error says where it is.
// The ledger (request.ledger, opened at the start on the client's thread)
// records the anchor (kind Anchor) after the files are written and before
// it is sent (Pending, Offline with --offline), then Registered or Failed; a
// ledger that cannot be opened or written stops the job before anything is sent.
#pragma once

#include "core/crypto/Algorithm.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/ledger/LedgerUse.h"
#include "core/util/Job.h"
#include "core/util/Result.h"
#include "core/util/SafeFile.h"

#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace dwb {

class RegistryClient;

struct AnchorRequest {
    enum class Source { NewKey, ExistingKey, ExistingCertificate };
    QString app;
    Source source = Source::NewKey;
    KeyAlgorithm algorithm = kDefaultAlgorithm;  // NewKey
    int days = 365;                               // NewKey, ExistingKey
    PrivateKey key;            // ExistingKey; ExistingCertificate (its key, optional)
    QString keyInputPath;      // where `key` came from (messages)
    Certificate certificate;   // ExistingCertificate: registered as it is
    QString keyOutput;         // NewKey: required; others: optional copy of the key.
                               // NewKey and a pkcs11: URI: the key pair is made on that
                               // token (generateTokenKey) and no key file is written.
    std::shared_ptr<SecretBytes> tokenPin; // that token's user PIN (may be null: tokenPin())
    std::shared_ptr<SecretBytes> keyPassphrase; // encrypts keyOutput (may be null/empty)
    QString certOutput;        // optional copy of the anchor certificate (PEM)
    bool offline = false;      // files only (dwb trust create --offline): no client, nothing sent
    Overwrite overwrite = Overwrite::Refuse; // Allow: replace keyOutput/certOutput (dwb --force)
    LedgerUse ledger;          // where the anchor is recorded (the caller sets source)
};

struct AnchorOutcome {
    QString app;
    int index = -1;            // the anchor's index in the app (-1 offline)
    Certificate anchor;
    QString keyPath;           // where the CA key is (written or given; a token's: its pkcs11: URI)
    PrivateKey key;            // the CA key (a token's key signs on the token)
    QString certPath;          // the copy of the anchor, if written
    QString resourceVersion;   // of the application after the change
};

// cancel(): before the anchor is sent, stops (key generation within a
// moment); after, the registry change finishes and the result says so.
class AnchorJob : public Job {
    Q_OBJECT
public:
    AnchorJob(RegistryClient *client, AnchorRequest request, QObject *parent = nullptr);
    ~AnchorJob() override;

    const Result<AnchorOutcome> &result() const { return *m_result; }

Q_SIGNALS:
    // The key file is on disk and read back; the anchor is not sent yet.
    void keyWritten(const QString &path);

protected:
    void doStart() override;

private:
    struct Prepared {
        Certificate anchor;
        PrivateKey key;
        QString keyPath;
        QString certPath;
    };
    static Result<Prepared> prepare(const AnchorRequest &request,
                                    std::shared_ptr<std::atomic_bool> cancel,
                                    std::shared_ptr<std::atomic_int> ticks);
    void onPrepared(const Result<Prepared> &prepared);
    void finish(Result<AnchorOutcome> result);
    bool record(const Prepared &p);   // false: the job has failed (ledger not written)
    Status recordOutcome(bool registered, const QString &detail);

    QPointer<RegistryClient> m_client;
    AnchorRequest m_request;
    std::optional<Result<AnchorOutcome>> m_result;
    std::unique_ptr<Ledger> m_ledger;  // null: --no-ledger
    qint64 m_recordId = 0;
};

} // namespace dwb
