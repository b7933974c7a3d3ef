// CA keys on a hardware token over PKCS#11: the private key is found by an
// RFC 7512 URI and signs through the token (libp11 gives an EVP_PKEY whose
// RSA and ECDSA operations call C_Sign; an Ed25519 key is an EVP_PKEY of the
// workbench's own provider, TokenEdKey, signing with CKM_EDDSA); it never
// leaves the token. The
// module is the one given (--pkcs11-module, module-path=) or p11-kit's proxy,
// which offers every registered module (/usr/share/p11-kit/modules). The PIN
// comes from the settings (--pin-file, DWB_PKCS11_PIN, a prompt) or the URI's
// pin-source; it is never logged. A wrong PIN is never retried.
#pragma once

#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/token/Pkcs11Uri.h"
#include "core/util/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace dwb {

struct TokenSettings {
    QString modulePath;                        // empty: p11-kit's proxy module
    SecretBytes pin;                           // empty: DWB_PKCS11_PIN, pin-source, askPin
    std::function<Result<SecretBytes>(const QString &token)> askPin; // e.g. a terminal prompt
};

// Process-wide defaults, set once by dwb's option parsing.
void setTokenSettings(TokenSettings settings);

// The private key the URI names (object=, id=), logged in. The session stays
// open for the process's lifetime (the key signs through it).
Result<PrivateKey> loadTokenKey(const QString &uri);
// The same with a PIN already at hand (key generation logged in with it).
Result<PrivateKey> loadTokenKeyWithPin(const QString &uri, SecretBytes pin);

// The module a URI without module-path= uses: --pkcs11-module, or p11-kit's proxy.
QString tokenModulePath();
// Whether --pin-file gave a PIN.
bool tokenPinConfigured();
// The user PIN for a token: the settings, DWB_PKCS11_PIN, pin-source=, pin-value=, the prompt.
Result<SecretBytes> tokenPin(const Pkcs11Uri &uri);

// The token's flags as words (e.g. "user PIN count low, final try"), for messages.
QString describeTokenFlags(unsigned long flags);

} // namespace dwb
