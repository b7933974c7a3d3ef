// The cap on the key derivation an encrypted key or PKCS#12 file may ask for.
// The iteration count (PBKDF2, PKCS#12 PBE and MAC) and scrypt's N*r*p come
// from the file: 2^31 PBKDF2 rounds keep the importer busy for hours, so more
// than 10,000,000 iterations or N*r*p above 2^26 is refused
// (ErrorCode::UnsupportedKey) before any derivation runs. The workbench
// writes 600,000 (PrivateKey.cpp). The libFuzzer build
// (FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION, never shipped) caps at 64
// iterations and 2^11, so that fuzz_import keeps thousands of runs a second.
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace dwb {

// A password-based encryption algorithm (PBES2 with PBKDF2 or scrypt, PKCS#5
// v1 / PKCS#12 PBE) within the bounds. Parameters it cannot read are left to
// OpenSSL, which refuses them. `what` starts the message ("The private key").
Status checkPbeCost(const X509_ALGOR *alg, const QString &what);

// PKCS#12: the MAC's iteration count, every encrypted container's algorithm,
// and every shrouded key bag (also inside encrypted containers and nested
// safe contents), before PKCS12_parse derives any of their keys. `pass`
// opens the encrypted containers to see their bags.
Status checkPkcs12Cost(PKCS12 *p12, const QByteArray &pass, const QString &what);

} // namespace dwb
