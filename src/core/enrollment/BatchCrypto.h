// Fast paths of the batch for Ed25519 and EC keys: the same keys, PKCS#8 PEM
// and device certificates as PrivateKey::generate / toPkcs8Pem /
// issueDeviceCertificate (tests compare them byte for byte), without
// OpenSSL 3.0's per-call costs that dominate at thousands of devices:
// - key generation reuses one EVP_PKEY_CTX per thread (no fetch per key);
// - the PKCS#8 of an Ed25519 or EC key is assembled from its raw private and
//   public key (OpenSSL 3.0 builds an OSSL_ENCODER_CTX per key otherwise,
//   which walks every encoder under a global lock);
// - the certificate's TBSCertificate is assembled as DER from a per-batch
//   template (signature algorithm, issuer, the SPKI and subjectKeyIdentifier
//   headers, extendedKeyUsage, authorityKeyIdentifier) around the device's
//   name, serial, validity and raw public key, then signed with a signing
//   context initialised once per thread; no X509 object per device.
//   The template of a key kind is taken from a probe certificate that the
//   OpenSSL-object path issues for the kind's first key, and used only if it
//   reproduces that probe's TBSCertificate byte for byte and the result
//   verifies; otherwise (and for names the profile refuses) the object path
//   builds each certificate, with the public key set from the raw key bytes
//   (X509_set_pubkey encodes, then decodes the key again).
// RSA keys (bound by key generation) go through the generic functions.
#pragma once

#include "core/crypto/Algorithm.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QString>

#include <atomic>
#include <memory>

namespace dwb {

// Thread-safe; one per batch.
class BatchIssuer {
public:
    BatchIssuer(const QString &app, const PrivateKey &caKey, const Certificate &anchor, int days);
    ~BatchIssuer();
    BatchIssuer(const BatchIssuer &) = delete;
    BatchIssuer &operator=(const BatchIssuer &) = delete;

    Result<PrivateKey> generateKey(KeyAlgorithm alg, const std::atomic_bool *cancel) const;
    Result<SecretBytes> keyPem(const PrivateKey &key) const;
    // The device certificate as PEM text. (On the fast path the certificate
    // never holds a decoded public key object, so it is handed out as text;
    // Certificate::fromPem() gives a complete object when one is needed.)
    // der, when given, receives the same certificate's DER (the ledger's
    // record is read from it, with no base64 decoding of the PEM).
    Result<QByteArray> issuePem(const QString &device, const PrivateKey &deviceKey, QByteArray *der = nullptr) const;

    // For tests: whether certificates for keys of this algorithm are
    // assembled from the batch's DER template (decided on the first one).
    bool usesTemplate(KeyAlgorithm alg) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dwb
