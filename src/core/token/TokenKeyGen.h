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

// Makes the pair (RSA 2048-4096, ECDSA P-256, P-384), then loads the private
// key as loadTokenKey does. Refuses when the token already has a key with
// that label or id, and for Ed25519 (libp11 cannot sign with it). pin: the
// user PIN the caller has (the window's PIN dialog); empty: tokenPin() (the
// settings, DWB_PKCS11_PIN, pin-source=, the prompt).
Result<PrivateKey> generateTokenKey(const QString &uri, KeyAlgorithm alg, SecretBytes pin = SecretBytes());

// The tokens of the module (--pkcs11-module or p11-kit's proxy) and, when a
// PIN is at hand (--pin-file, DWB_PKCS11_PIN), their key objects: type,
// label, id, and the flags sensitive / extractable. One line each.
Result<QStringList> listTokens();

} // namespace dwb
