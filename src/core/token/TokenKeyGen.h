// A new key pair made on a PKCS#11 token (C_GenerateKeyPair through the
// module's C API, p11-kit's pkcs11.h): the private key is a token object,
// private, sensitive and not extractable, labelled and identified by the
// URI's object= and id=; it never exists outside the token.
#pragma once

#include "core/crypto/Algorithm.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QString>

namespace dwb {

// Makes the pair (RSA 2048-4096, ECDSA P-256, P-384, Ed25519 with
// CKM_EC_EDWARDS_KEY_PAIR_GEN), then loads the private key as loadTokenKey
// does. Refuses when the token already has a key with that label or id, and
// an Ed25519 key beside RSA or ECDSA keys or the other way round (libp11
// 0.4.12 reads no RSA or ECDSA key of such a token). pin: the
// user PIN the caller has (the window's PIN dialog); empty: tokenPin() (the
// settings, DWB_PKCS11_PIN, pin-source=, the prompt).
Result<PrivateKey> generateTokenKey(const QString &uri, KeyAlgorithm alg, SecretBytes pin = SecretBytes());

// The tokens of the module (--pkcs11-module or p11-kit's proxy) and, when a
// PIN is at hand (--pin-file, DWB_PKCS11_PIN), their key objects: type,
// label, id, and the flags sensitive / extractable. One line each.
Result<QStringList> listTokens();

} // namespace dwb
