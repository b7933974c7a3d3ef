// Import of keys and certificates from any supported encoding: PEM (many
// blocks, any line endings, text around blocks ignored; CERTIFICATE,
// TRUSTED CERTIFICATE, PRIVATE KEY, ENCRYPTED PRIVATE KEY, RSA/EC PRIVATE KEY
// incl. legacy-encrypted, PUBLIC KEY, PKCS7, CERTIFICATE REQUEST and NEW
// CERTIFICATE REQUEST), DER (certificate, PKCS#10 request, PKCS#8,
// traditional RSA/EC key, PKCS#7, PKCS#12).
#pragma once

#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace dwb {

struct ImportedItem {
    enum class Kind { Certificate, PrivateKey, PublicKey, Request };
    Kind kind = Kind::Certificate;
    Certificate certificate;   // Kind::Certificate
    PrivateKey key;            // Kind::PrivateKey / PublicKey
    CertificateRequest request; // Kind::Request (PKCS#10)
    QString format;            // "PEM certificate", "PKCS#8 (encrypted)", "PKCS#12", "DER certificate", ...
    QString label;             // PKCS#12 friendly name, if any
};

struct ImportBundle {
    QString container;          // "PEM", "DER", "PKCS#12", "PKCS#7"
    QList<ImportedItem> items;  // in file order

    QList<Certificate> certificates() const;
    QList<PrivateKey> privateKeys() const;
};

// Errors, distinct ErrorCodes: NeedsPassphrase (encrypted, none given),
// WrongPassphrase, Truncated (looks like a known format but is cut short or
// corrupt), UnknownFormat.
Result<ImportBundle> importData(const QByteArray &data, const SecretBytes &passphrase = {});

// Convenience: exactly one private key (first one found) / all certificates.
Result<PrivateKey> importPrivateKey(const QByteArray &data, const SecretBytes &passphrase = {});
Result<QList<Certificate>> importCertificates(const QByteArray &data,
                                              const SecretBytes &passphrase = {});

// How a PKCS#12 file is protected. Modern: AES-256-CBC / PBKDF2 for key and
// certificates, SHA-256 MAC (openssl pkcs12 -export in OpenSSL 3). Legacy:
// 3DES (pbeWithSHA1And3-KeyTripleDES-CBC) for key and certificates and a
// SHA-1 MAC, for old gateways and importers that refuse AES-256.
enum class Pkcs12Protection { Modern, Legacy };

// PKCS#12 with key + certificate + chain.
Result<QByteArray> exportPkcs12(const PrivateKey &key, const Certificate &cert,
                                const QList<Certificate> &chain, const SecretBytes &passphrase,
                                const QString &friendlyName = {},
                                Pkcs12Protection protection = Pkcs12Protection::Modern);

} // namespace dwb
