// Questions to a token through the module's C API (RawModule) that libp11
// 0.4.12 cannot answer: is the token still there (a batch that cannot sign
// tells a pulled token from a failed signature), and which keys a token
// holds with their types (libp11 0.4.12 fails to list any key of a token
// that holds one it does not know, such as Ed25519: CKK_EC_EDWARDS).
#pragma once

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
};

// The private key objects of the token the URI names (its token attributes;
// object= and id= are not applied), read in a new session of the process
// (its login applies: after libp11's login, the private ones too). Empty
// when the token is not found.
QList<TokenKeyObject> tokenPrivateKeys(const QString &uri);

} // namespace dwb
