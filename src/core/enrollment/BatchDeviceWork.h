// The per-device work of the batch enrollment (BatchEnrollJob.h), done on the
// job's pool threads: make sure a device's key, certificate (and PKCS#12)
// are in the output folder and fit, generating and writing what is missing.
//
//   BatchWork work;   // filled once per batch by the job, then only read
//   BatchDeviceOutcome o = ensureDeviceFiles(work, list.devices.at(i), i);
//
// The workers call ensureDeviceFiles() concurrently with the same BatchWork,
// which they only read.
#pragma once

#include "core/crypto/Algorithm.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/Profiles.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/enrollment/BatchCrypto.h"
#include "core/enrollment/DeviceList.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/PackedLedgerRecord.h"
#include "core/util/Result.h"
#include "core/util/SafeFile.h"

#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <memory>

namespace dwb {

// The files of a device in the batch folder: STEM.key, STEM.pem, STEM.p12.
QString batchKeyName(const QString &stem);
QString batchCertName(const QString &stem);
QString batchPkcs12Name(const QString &stem);
QString batchDerName(const QString &stem);   // a board's certificate, DER (requests only)

// What the workers read (CA, options).
struct BatchWork {
    QString app;
    QString outDir;
    KeyAlgorithm algorithm = kDefaultAlgorithm;
    int days = 365;
    PrivateKey caKey;
    Certificate anchor;
    QString anchorSubject;
    bool pkcs12 = false;
    SecretBytes pkcs12Passphrase;
    bool syncEachFile = false;
    // A new batch: the device files are written without looking for them
    // first (no stat per file); one found there anyway is looked at then.
    bool newBatch = false;
    const std::atomic_bool *cancel = nullptr;
    // A CA key on a token: its URI, and the flag set (by the first worker
    // whose signature failed and whose token is then not found) when the
    // token is gone; the workers stop claiming devices then.
    QString caKeyUri;
    std::atomic_bool *tokenGone = nullptr;
    std::unique_ptr<BatchIssuer> issuer;
    // A tray of boards (RequestFolder.h): requests[i] is device i's request;
    // its certificate is issued for the request's key and no key is written.
    QList<CertificateRequest> requests;
    RequestSigning signing;
    bool der = false;      // requests: also STEM.der, the certificate DER-encoded
    // A renewal (BatchOptions::renewal), per device: the key file the
    // record lists with the certificate, and the record it replaces.
    QStringList keyFiles;
    QList<qint64> replaces;
    FolderWriter folder;   // outDir
    // The ledger: each outcome carries the device's record (made here, on
    // the pool, from the certificate written or kept), packed; the job
    // stores them with the values they all share (kind, context,
    // application, anchor, user, source), which the workers do not read.
    bool ledger = false;
    LedgerRecord ledgerShared;

    Status write(const QString &name, QByteArrayView data, FileMode mode, Overwrite overwrite) const
    {
        return folder.write(name, data, mode, overwrite, syncEachFile);
    }
};

// What a worker returns.
struct BatchDeviceOutcome {
    int index = -1;
    bool ok = false;
    bool cancelled = false;   // not done (cancelled, or the token is gone): a later run picks it up
    bool tokenGone = false;   // the CA key's token went away while this device was made
    bool generated = false;   // a file was (re)written in this run
    QString error;
    PackedLedgerRecord record; // ok and BatchWork::ledger: the certificate's own values in the ledger
};

// Runs on a pool thread: makes sure the device's key and certificate (and
// PKCS#12) exist and fit, generating what is missing. Key first.
// For a tray of boards (s.requests not empty): the certificate only (PEM,
// and DER when s.der).
BatchDeviceOutcome ensureDeviceFiles(const BatchWork &s, const DeviceListEntry &e, int index);

} // namespace dwb
