// A PKCS#11 module through its C API (p11-kit's pkcs11.h), for what libp11
// 0.4.12 does not offer: key pairs made on the token, the listing of `dwb
// tokens`, the type of a key object libp11 skips (Ed25519), and whether a
// token is still there. dlopen, so any module works (p11-kit's proxy too).
// In a process where libp11 already initialised the same module, open()
// finds it initialised and leaves it so (no C_Finalize): the token's login
// is the process's, and a Session that did not log in never logs out.
#pragma once

#include "core/token/Pkcs11Uri.h"
#include "core/util/Result.h"

#include <QString>

#include <p11-kit/pkcs11.h>

namespace dwb {

struct RawModule {
    void *handle = nullptr;
    CK_FUNCTION_LIST *f = nullptr;
    bool initialised = false; // by this object: C_Finalize when it goes

    RawModule() = default;
    RawModule(const RawModule &) = delete;
    RawModule &operator=(const RawModule &) = delete;
    ~RawModule();
    Status open(const QString &path);

    // The initialised token the URI's token attributes match (the first); false when none does.
    bool findToken(const Pkcs11Uri &uri, CK_SLOT_ID *slot, CK_TOKEN_INFO *info) const;
    // open(path), then findToken(uri): the error names the URI and the module when no token matches.
    Status openToken(const QString &path, const Pkcs11Uri &uri, CK_SLOT_ID *slot, CK_TOKEN_INFO *info);

    struct Session {
        CK_FUNCTION_LIST *f;
        CK_SESSION_HANDLE h = CK_INVALID_HANDLE;
        bool loggedIn = false; // by this session: C_Logout when it goes
        ~Session();
        // C_Login as the user, once (a refusal is never retried, so the
        // token's tries are not spent): already logged in is fine; a refusal
        // names the token (`label`) and its state after it (describeTokenFlags).
        Status login(CK_SLOT_ID slot, QByteArrayView pin, const QString &label);
    };
};

// A fixed-width PKCS#11 text field (blank-padded), trimmed.
QString pkcs11Field(const unsigned char *p, size_t n);

} // namespace dwb
