// Backup and restore of an application's trust anchor (issue 20, item 5):
// the CA key and the anchor certificate in one PKCS#12 file protected by a
// passphrase (AES-256-CBC, PBKDF2/SHA-256, SHA-256 MAC: exportPkcs12), and
// back. Used by dwb trust backup / trust restore and by the Trust anchors
// tab. Nothing is written when a check fails; files are written with
// SafeFile (0600, atomic, never over an existing file).
#pragma once

#include "core/cloud/Resources.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace dwb {

class AnchorBackup {
public:
    struct Contents {
        PrivateKey key;
        Certificate certificate;
        QString friendlyName; // the application's name when dwb wrote it
    };

    // The anchor of app whose public key is caKey's (findAnchorForKey).
    static Result<Certificate> anchorOf(const Application &app, const PrivateKey &caKey, const QString &keyLabel);
    // Offline: the CA certificate among certificates (read from
    // certificatesLabel) whose public key is caKey's.
    static Result<Certificate> anchorAmong(const QList<Certificate> &certificates, const PrivateKey &caKey,
                                           const QString &keyLabel, const QString &certificatesLabel);

    // Builds the PKCS#12 (friendly name: app), reads it back with the
    // passphrase and writes it to path (0600, refusing an existing file).
    // An empty passphrase is refused.
    static Status write(const QString &path, const PrivateKey &caKey, const Certificate &anchor,
                        const SecretBytes &passphrase, const QString &app);

    // Opens the backup: a wrong passphrase says "The passphrase does not
    // open FILE."; a file without a key, without a CA certificate, or whose
    // key is not the certificate's is refused with the reason.
    static Result<Contents> read(const QString &path, const SecretBytes &passphrase);

    // Writes the key (PKCS#8 PEM, 0600, encrypted when keyPassphrase is not
    // empty, read back: writeKeyAndReadBack) and, when certOutput is given,
    // the certificate. Both outputs are checked first: nothing is written
    // when either exists.
    static Status restore(const Contents &contents, const QString &keyOutput, const SecretBytes &keyPassphrase,
                          const QString &certOutput);

    // Whether certificate is one of app's anchors (same DER).
    static bool isAnchorOf(const Application &app, const Certificate &certificate);
};

} // namespace dwb
