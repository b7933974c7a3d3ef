// The trust anchor and device certificate profiles (contract section 6).
#pragma once

#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"

#include <QDateTime>
#include <QString>

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

// Device certificate for devicePublicKey, issued by caCert/caKey: subject as
// above, issuer = caCert's subject, extendedKeyUsage serverAuth + clientAuth,
// authorityKeyIdentifier, random serial. Refuses a caKey that does not match
// caCert (ErrorCode::Mismatch) and a caCert that is not a CA.
Result<Certificate> issueDeviceCertificate(const QString &device, const QString &app,
                                           const PrivateKey &devicePublicKey,
                                           const PrivateKey &caKey, const Certificate &caCert,
                                           int days = kDefaultValidityDays,
                                           const QDateTime &notBefore = {});

} // namespace dwb
