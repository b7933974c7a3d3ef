#include "core/crypto/Ossl.h"

#include "core/crypto/PrivateKeyDer.h"

#include <cstdlib>
#include <openssl/crypto.h>

#include <QRegularExpression>
#include <QStringList>

#include <openssl/err.h>
#include <openssl/provider.h>

#include <mutex>

namespace dwb::ossl {

namespace {

// Reasons that mean "this build has no implementation of that algorithm", as
// opposed to a wrong passphrase (PKCS12_R_MAC_VERIFY_FAILURE, bad decrypt).
// The decoder's and store's "unsupported" ("No supported data to decode") is
// not one: it says that no decoder recognised the bytes. A wrong passphrase
// gets there whenever its garbage plaintext happens to end in valid CBC
// padding (about one time in 300 for a PEM key), while a missing algorithm
// always leaves EVP's own "unsupported" (a fetch failure) in the queue.
bool isUnsupported(unsigned long code)
{
    const int lib = ERR_GET_LIB(code);
    if (lib == ERR_LIB_OSSL_DECODER || lib == ERR_LIB_OSSL_STORE)
        return false;
    const int reason = ERR_GET_REASON(code);
    if (reason == ERR_R_UNSUPPORTED || reason == ERR_R_FETCH_FAILED)
        return true;
    if (lib == ERR_LIB_EVP) {
        switch (reason) {
        case EVP_R_UNSUPPORTED_ALGORITHM:
        case EVP_R_UNSUPPORTED_CIPHER:
        case EVP_R_UNKNOWN_CIPHER:
        case EVP_R_UNKNOWN_DIGEST:
        case EVP_R_UNKNOWN_PBE_ALGORITHM:
        case EVP_R_UNSUPPORTED_KEY_DERIVATION_FUNCTION:
        case EVP_R_UNSUPPORTED_PRF:
        case EVP_R_UNSUPPORTED_KEYLENGTH:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

ErrorQueue takeErrorQueue()
{
    // OpenSSL 3 fetch errors carry "..., Algorithm (RC2-40-CBC : 0), Properties (...)".
    static const QRegularExpression algorithmRe(QStringLiteral("Algorithm \\(([^ :()]+)"));
    ErrorQueue q;
    QStringList parts;
    unsigned long code = 0;
    const char *data = nullptr;
    int flags = 0;
    while ((code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) != 0) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        QString part = QString::fromLatin1(buf);
        const QString extra = data && (flags & ERR_TXT_STRING) && *data ? QString::fromUtf8(data) : QString();
        if (!extra.isEmpty())
            part += u" (" + extra + u')';
        parts << part;
        if (isUnsupported(code)) {
            q.unsupported = true;
            if (q.algorithm.isEmpty()) {
                if (const auto m = algorithmRe.match(extra); m.hasMatch())
                    q.algorithm = m.captured(1);
            }
        }
    }
    q.text = parts.join(QStringLiteral("; "));
    return q;
}

QString takeErrors()
{
    return takeErrorQueue().text;
}

namespace {
OSSL_PROVIDER *g_defaultProvider = nullptr;
OSSL_PROVIDER *g_legacyProvider = nullptr;

// At exit, before OpenSSL's own cleanup (registered earlier, so run later):
// the references taken by OSSL_PROVIDER_load are given back, or LeakSanitizer
// reports the providers' state as leaked.
void unloadProviders()
{
    if (g_legacyProvider)
        OSSL_PROVIDER_unload(g_legacyProvider);
    if (g_defaultProvider)
        OSSL_PROVIDER_unload(g_defaultProvider);
    g_legacyProvider = g_defaultProvider = nullptr;
}
} // namespace

const LegacyProvider &loadLegacyProvider()
{
    static LegacyProvider state;
    static std::once_flag once;
    std::call_once(once, [] {
        // Kept loaded for the life of the process (objects made with its
        // algorithms may outlive any caller); given back at exit.
        OPENSSL_init_crypto(0, nullptr); // its atexit cleanup first, so ours runs before it
        g_defaultProvider = OSSL_PROVIDER_load(nullptr, "default");
        g_legacyProvider = g_defaultProvider ? OSSL_PROVIDER_try_load(nullptr, "legacy", 1) : nullptr;
        state.loaded = g_legacyProvider != nullptr;
        if (!state.loaded)
            state.error = takeErrors();
        ERR_clear_error();
        std::atexit(unloadProviders);
    });
    return state;
}

const EVP_MD *signingDigest(EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_ED25519:
    case EVP_PKEY_ED448: return nullptr;
    case EVP_PKEY_EC: return EVP_PKEY_get_bits(key) > 256 ? EVP_sha384() : EVP_sha256();
    default: return EVP_sha256();
    }
}

ThreadStateRelease::~ThreadStateRelease()
{
    keyder::releaseThreadDecoders();
    OPENSSL_thread_stop();
}

} // namespace dwb::ossl
