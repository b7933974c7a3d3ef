// What the inspector and `dwb inspect` show about certificates and keys,
// and the checks Drogue Cloud applies (contract section 5).
#pragma once

#include "core/crypto/Certificate.h"
#include "core/crypto/ExtensionText.h"
#include "core/crypto/PrivateKey.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dwb {


enum class ValidityState { Valid, Expired, NotYetValid };

struct DrogueVerdict {
    bool accepted = false;
    QStringList reasons;  // why not (empty when accepted)
};

struct CertificateInfo {
    QString subject;          // Drogue subject string
    QString issuer;           // Drogue subject string
    QString subjectRfc4514;
    QString issuerRfc4514;
    int version = 0;
    QString serialHex;
    QDateTime notBefore, notAfter;
    ValidityState validity = ValidityState::Valid;
    QString keyType;          // "EC P-256", "RSA", "Ed25519", ...
    int keyBits = 0;
    QString signatureAlgorithm; // "ecdsa-with-SHA256", "ED25519", ...
    bool isCa = false;
    int pathLength = -1;      // -1: none
    bool selfSigned = false;
    QStringList keyUsage;          // "Digital Signature", ...
    QStringList extendedKeyUsage;  // "TLS Web Client Authentication" / "clientAuth"
    QStringList subjectAltNames;   // "DNS:localhost", "IP Address:127.0.0.1"
    QString subjectKeyId;          // hex with colons
    QString authorityKeyId;
    QString sha1Fingerprint;       // hex with colons, upper-case
    QString sha256Fingerprint;
    QList<ExtensionInfo> extensions;
    DrogueVerdict deviceVerdict;   // would Drogue accept it as a device certificate
};

struct KeyInfo {
    QString keyType;
    int bits = 0;
    bool hasPrivate = false;
    QString publicKeySha256; // hex with colons
    bool allowedByDrogue = false; // EC P-256/P-384, Ed25519, RSA >= 2048
};

CertificateInfo inspectCertificate(const Certificate &cert,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());
KeyInfo inspectKey(const PrivateKey &key);

// Drogue's device checks: v3, within validity, not a CA, EKU includes
// clientAuth, key EC P-256 / P-384 / Ed25519 / RSA >= 2048.
DrogueVerdict drogueDeviceVerdict(const Certificate &cert,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
bool drogueKeyAllowed(const PrivateKey &key);
// Empty when Drogue accepts the key; otherwise the reason as a verdict line
// about a certificate's or request's key: "Its key (EC P-521, 521 bits) is
// not one Drogue accepts: …".
QString drogueKeyReason(const PrivateKey &key);
// The one sentence every front end shows when drogueKeyAllowed() refuses a
// device key: "The key in dev.key (RSA, 1024 bits) is not one Drogue
// accepts: EC P-256, EC P-384, Ed25519 or RSA of 2048 bits or more."
// source: where the key comes from (a file), or empty ("The key (…) …").
QString drogueKeyRefusal(const PrivateKey &key, const QString &source = {});
// drogueKeyAllowed() as a Status: ErrorCode::UnsupportedKey with drogueKeyRefusal().
Status checkDrogueKey(const PrivateKey &key, const QString &source = {});
// The certificate has an extended key usage extension that includes
// clientAuth (Drogue wants the extension, with clientAuth in it).
bool hasClientAuthUsage(const Certificate &cert);
ValidityState validityAt(const Certificate &cert, const QDateTime &now);

struct ChainResult {
    bool ok = false;
    int anchorIndex = -1;  // which anchor the leaf chains to
    QString error;         // OpenSSL's verify error in plain words
};
// Verifies leaf against the anchors (each a trust root), with optional
// untrusted intermediates, at time `at` (see Inspection.cpp for the flags).
// LeafTime::Apart: the leaf's own validity period is not part of the
// answer (the caller judges it on its own line); the other certificates'
// periods still are.
enum class LeafTime { Checked, Apart };
ChainResult verifyChain(const Certificate &leaf, const QList<Certificate> &anchors,
                        const QList<Certificate> &intermediates = {},
                        const QDateTime &at = QDateTime::currentDateTimeUtc(),
                        LeafTime leafTime = LeafTime::Checked);

QJsonObject toJson(const CertificateInfo &info);
QJsonObject toJson(const KeyInfo &info);
QString validityStateName(ValidityState s); // "valid", "expired", "not yet valid"

} // namespace dwb
