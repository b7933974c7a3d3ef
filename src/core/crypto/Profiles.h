// The trust anchor and device certificate profiles (contract section 6).
#pragma once

#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/PrivateKey.h"

#include <QDateTime>
#include <QString>

#include <ctime>

namespace dwb {

constexpr int kDefaultValidityDays = 365;

// "CN=<app>, O=Drogue IoT, OU=Cloud"
QString anchorSubjectString(const QString &app);
// "CN=<device>, O=Drogue IoT, OU=<app>"
QString deviceSubjectString(const QString &device, const QString &app);

// Self-signed CA: subject/issuer as above, v3, random positive 128-bit serial,
// basicConstraints critical CA:TRUE, subjectKeyIdentifier, validity
// [notBefore, notBefore + days]. Digest: SHA-256 (RSA, P-256), SHA-384
// (P-384), none (Ed25519).
Result<Certificate> createTrustAnchor(const QString &app, const PrivateKey &caKey,
                                      int days = kDefaultValidityDays,
                                      const QDateTime &notBefore = {});

// The end of a device certificate's validity (one rule for every way of
// issuing, the batch's fast path included): `days` after `from`, but never
// past the end of the issuing anchor (`issuerEnd`): a certificate cannot
// outlive the anchor it chains to (path validation fails once the anchor
// has expired), and the ledger and the expiry warnings then show the date
// that counts. An error (ErrorCode::InvalidArgument) when the anchor has ended by
// `from`: nothing it signs would verify.
Result<time_t> deviceValidityEnd(time_t from, int days, const Certificate &issuer);
// The same with the anchor's end at hand (the batch reads it once).
Result<time_t> deviceValidityEnd(time_t from, int days, time_t issuerEnd, const QString &issuerSubject);

// Device certificate for devicePublicKey, issued by caCert/caKey: subject as
// above, issuer = caCert's subject, extendedKeyUsage serverAuth + clientAuth,
// authorityKeyIdentifier, random serial, validity as deviceValidityEnd says.
// Refuses a caKey that does not match caCert (ErrorCode::Mismatch), a caCert
// that is not a CA and one that has expired.
Result<Certificate> issueDeviceCertificate(const QString &device, const QString &app,
                                           const PrivateKey &devicePublicKey,
                                           const PrivateKey &caKey, const Certificate &caCert,
                                           int days = kDefaultValidityDays,
                                           const QDateTime &notBefore = {});

// How a certificate request (CSR) is signed. By default the certificate
// follows the device profile above (subject "CN=<device>, O=Drogue IoT,
// OU=<app>"); keepSubject takes the request's own subject instead, and
// copySubjectAltNames copies its requested SANs. No other requested
// extension is copied.
struct RequestSigning {
    bool keepSubject = false;
    bool copySubjectAltNames = false;
};

// A device certificate for the board that made `request`: its public key,
// the device profile. Refuses, before signing, a request whose signature
// does not verify (ErrorCode::Mismatch), whose key Drogue refuses
// (UnsupportedKey) or that has no subject, with drogueRequestVerdict's reasons.
Result<Certificate> issueDeviceCertificateForRequest(const QString &device, const QString &app,
                                                     const CertificateRequest &request,
                                                     const PrivateKey &caKey, const Certificate &caCert,
                                                     const RequestSigning &how = {},
                                                     int days = kDefaultValidityDays,
                                                     const QDateTime &notBefore = {});

} // namespace dwb
