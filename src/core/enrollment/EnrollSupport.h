// Building blocks shared by the anchor and enrollment jobs (and meant to be
// shared with dwb's trust create / trust enroll): load keys and
// certificates from files with a passphrase, write a key (0600) and read it
// back, find the application's anchor that belongs to a CA key.
#pragma once

#include "core/cloud/Resources.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"
#include "core/util/SafeFile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace dwb {

// The first private key of the file (any supported format). Errors keep
// their code (NeedsPassphrase / WrongPassphrase / UnknownFormat…) and name
// the file.
Result<PrivateKey> loadPrivateKeyFile(const QString &path, const SecretBytes &passphrase = {});
// The first certificate of the file (any supported format).
Result<Certificate> loadCertificateFile(const QString &path, const SecretBytes &passphrase = {});

// PKCS#8 PEM (encrypted when passphrase is not empty), written atomically
// with mode 0600 (refusing to overwrite unless told to: dwb --force), then
// read back and compared with the key. Nothing may be registered unless this
// succeeded.
Status writeKeyAndReadBack(const PrivateKey &key, const QString &path,
                           const SecretBytes &passphrase = {}, Overwrite overwrite = Overwrite::Refuse);

// The certificate request (PKCS#10, PEM or DER, also pasted from a serial
// console with text around it) of the file; errors name the file.
Result<CertificateRequest> loadCertificateRequestFile(const QString &path);

// A new key made on a job's worker thread (AnchorJob, EnrollJob): each
// candidate prime adds one to ticks (the job shows it as activity), and
// setting cancel stops the generation with ErrorCode::Cancelled ("nothing was
// written or registered").
Result<PrivateKey> generateKeyForJob(KeyAlgorithm algorithm, const std::shared_ptr<std::atomic_bool> &cancel,
                                     const std::shared_ptr<std::atomic_int> &ticks);

struct AnchorMatch {
    int index = -1;           // in spec.trustAnchors.anchors
    Certificate certificate;
};
// The application's valid CA anchor whose public key is caKey's. Refuses
// (ErrorCode::Mismatch) with a message naming keyLabel when none matches.
Result<AnchorMatch> findAnchorForKey(const Application &app, const PrivateKey &caKey,
                                     const QString &keyLabel);
// Offline (no server): the CA certificate among certificates (read from
// certificatesLabel, e.g. dwb's --ca-cert file) whose public key is caKey's.
// Refuses (ErrorCode::Mismatch) naming both files when none is: never sign
// with a key whose certificate is not known.
Result<Certificate> findCertificateForKey(const QList<Certificate> &certificates, const PrivateKey &caKey,
                                          const QString &keyLabel, const QString &certificatesLabel);
// The application's valid anchor that leaf chains to (ErrorCode::Mismatch
// naming each anchor and why it did not do, OpenSSL's reason, when none).
// Registering an existing device certificate also needs Drogue's device
// rules: use checkExistingDeviceCertificate (DeviceCertificateCheck.h).
Result<AnchorMatch> findAnchorForCertificate(const Application &app, const Certificate &leaf);

// Devices whose certificate-subject aliases were probably issued under an
// anchor of app: certificates are not stored, so this approximates by the
// aliases that contain "OU=<app>" (the workbench's device subject).
QStringList devicesWithCertificateAliases(const QList<Device> &devices, const QString &app);

} // namespace dwb
