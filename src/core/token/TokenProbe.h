// Questions to a token through the module's C API (RawModule) that libp11
// 0.4.12 cannot answer: is the token still there (a batch that cannot sign
// tells a pulled token from a failed signature), which keys a token holds
// with their types and whether the workbench signs with them (libp11 0.4.12
// fails to list any key of a token that holds one it does not know, such as
// Ed25519: CKK_EC_EDWARDS, which TokenEdKey signs with), and, for
// the window's token chooser, which tokens the module shows and their keys
// after a login with the PIN the user typed.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dwb {

// Whether the module still shows the token the URI names: its slot answers
// C_GetTokenInfo and the token matches. False when the token was pulled
// (CKR_TOKEN_NOT_PRESENT, CKR_DEVICE_REMOVED) or its store went away
// (SoftHSM2 answers CKR_GENERAL_ERROR once its token folder is removed).
// Thread-safe (the module's own locking, CKF_OS_LOCKING_OK).
bool tokenPresent(const QString &uri);

// A private key object as the module lists it.
struct TokenKeyObject {
    QString label;
    QByteArray id;
    unsigned long keyType = 0; // CKA_KEY_TYPE: CKK_RSA, CKK_EC, CKK_EC_EDWARDS, ...
    QString kind;              // for people: "ECDSA P-256", "RSA 3072", "Ed25519"
    // Why the workbench cannot sign with it, for people; empty when it can
    // (RSA and ECDSA keys through libp11, Ed25519 keys through TokenEdKey).
    // Refused: other key types (Ed448, DSA, ...), and RSA or ECDSA keys on a
    // token that also holds a key of another type, Ed25519 too: libp11
    // 0.4.12 then lists none of that token's keys.
    QString refusal;
    bool usable() const { return refusal.isEmpty(); }
};

// The private key objects of the token the URI names (its token attributes;
// object= and id= are not applied), read in a new session of the process
// (its login applies: after libp11's login, the private ones too). Empty
// when the token is not found.
QList<TokenKeyObject> tokenPrivateKeys(const QString &uri);

// An initialised token the module shows.
struct TokenInfo {
    QString label, manufacturer, model, serial;
    unsigned long flags = 0; // CK_TOKEN_INFO flags (describeTokenFlags)
    // "pkcs11:token=<label>" (with manufacturer, model and serial when another token has the same label).
    QString uri;
};

// The initialised tokens of the module: modulePath, or (empty) the one a
// URI without module-path= uses (tokenModulePath(): p11-kit's proxy, which
// offers every registered module). Not thread-safe with other RawModule
// users of the same module (C_Initialize/C_Finalize): one call at a time.
Result<QList<TokenInfo>> availableTokens(const QString &modulePath = {});

// The private key objects of the token the URI names, read after a login
// with pin (C_Login as the user; the login ends with the call unless the
// process was logged in already, as libp11 stays). A PIN the token refuses:
// ErrorCode::WrongPassphrase with the token's state (describeTokenFlags),
// never retried; the PIN is never part of a message.
Result<QList<TokenKeyObject>> tokenPrivateKeysWithPin(const QString &uri, const SecretBytes &pin);

} // namespace dwb
