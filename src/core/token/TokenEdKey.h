// An Ed25519 private key object on a PKCS#11 token (CKK_EC_EDWARDS), which
// libp11 0.4.12 cannot use: found and used through the module's C API
// (RawModule). It signs with CKM_EDDSA (C_SignInit + C_Sign) in the one
// session of its token, which a mutex guards (a PKCS#11 session is not
// thread-safe; the batch's threads take turns). The session is opened after
// the process logged in to the token (libp11's login in loadTokenKeyWithPin:
// a PKCS#11 login is the application's, for every session of the token),
// and lives, like libp11's, as long as the process.
//
// loadTokenEdKey hands the key to OpenSSL as a normal EVP_PKEY of type
// ED25519 through the built-in provider (TokenEdProvider), so X509_sign,
// X509_REQ_sign and the batch's EVP_DigestSign sign with it unchanged.
#pragma once

#include "core/crypto/PrivateKey.h"
#include "core/token/Pkcs11Uri.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace dwb {

struct TokenEdSession;

class TokenEdKey {
public:
    TokenEdKey(std::shared_ptr<TokenEdSession> session, unsigned long object, QByteArray publicKey);
    ~TokenEdKey();
    TokenEdKey(const TokenEdKey &) = delete;
    TokenEdKey &operator=(const TokenEdKey &) = delete;

    // The 32 bytes of the public key (the public key object's CKA_EC_POINT).
    const QByteArray &publicKey() const { return m_publicKey; }
    // The 64-byte signature of data (PureEdDSA: the token hashes), or the
    // module's return value (CK_RV) when it refused: a pulled token answers
    // CKR_DEVICE_REMOVED, CKR_TOKEN_NOT_PRESENT, CKR_SESSION_HANDLE_INVALID, ...
    bool sign(const unsigned char *data, size_t len, unsigned char signature[64], unsigned long *rv) const;

private:
    std::shared_ptr<TokenEdSession> m_session;
    unsigned long m_object;
    QByteArray m_publicKey;
};

// The Ed25519 private key the URI names (object= and/or id=) on its token,
// in a process that has logged in to that token (loadTokenKeyWithPin, after
// libp11's login). nullopt when the token has no Ed25519 private key of that
// name; an error when it has one that cannot sign here (no public key
// object beside it, an Ed448 key, a session that will not open).
Result<std::optional<PrivateKey>> loadTokenEdKey(const Pkcs11Uri &uri, const QString &modulePath);

} // namespace dwb
