#include "core/token/TokenEdProvider.h"

#include "core/crypto/Ossl.h"
#include "core/token/TokenEdKey.h"

#include <QCoreApplication>

#include <openssl/core_dispatch.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/provider.h>

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::Token", text);
}

// The signature operation's name, asked of the keymgmt (query_operation_name):
// no other provider offers it, so OpenSSL fetches it from this provider for
// this provider's keys only, and never for the default provider's Ed25519 keys.
constexpr char kSignatureName[] = "DWB-TOKEN-ED25519";
constexpr char kProperties[] = "provider=dwb-token";
// An import parameter of this provider only: the address of a
// std::shared_ptr<const TokenEdKey> (tokenEdPrivateKey's), whose key the new
// key data shares.
constexpr char kTokenKeyParam[] = "dwb-token-key";
constexpr size_t kPublicKeySize = 32, kSignatureSize = 64;
// AlgorithmIdentifier { id-Ed25519 } (RFC 8410: parameters absent).
constexpr unsigned char kAlgorithmId[] = {0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70};

struct KeyData {
    QByteArray pub;                          // 32 bytes when set
    std::shared_ptr<const TokenEdKey> token; // the private half, on the token
};

struct SignContext {
    std::shared_ptr<const TokenEdKey> token;
};

template <typename F>
void (*fn(F *f))(void)
{
    return reinterpret_cast<void (*)(void)>(f);
}

void raise(const char *what)
{
    ERR_raise_data(ERR_LIB_PROV, ERR_R_OPERATION_FAIL, "%s", what);
}

// --- keymgmt ---------------------------------------------------------------

void *keyNew(void *)
{
    return new (std::nothrow) KeyData;
}

void keyFree(void *key)
{
    delete static_cast<KeyData *>(key);
}

void *keyDup(const void *key, int selection)
{
    auto *copy = new (std::nothrow) KeyData(*static_cast<const KeyData *>(key));
    if (copy && !(selection & OSSL_KEYMGMT_SELECT_PRIVATE_KEY))
        copy->token.reset();
    return copy;
}

int keyHas(const void *key, int selection)
{
    const auto *d = static_cast<const KeyData *>(key);
    if (!d)
        return 0;
    if ((selection & OSSL_KEYMGMT_SELECT_PUBLIC_KEY) && d->pub.size() != kPublicKeySize)
        return 0;
    if ((selection & OSSL_KEYMGMT_SELECT_PRIVATE_KEY) && !d->token)
        return 0;
    return 1; // Ed25519 has no domain parameters
}

int keyMatch(const void *a, const void *b, int selection)
{
    const auto *x = static_cast<const KeyData *>(a), *y = static_cast<const KeyData *>(b);
    if (!(selection & OSSL_KEYMGMT_SELECT_KEYPAIR))
        return 1;
    return !x->pub.isEmpty() && x->pub == y->pub;
}

// A public key (from another provider's key: EVP_PKEY_eq with a
// certificate's key, which OpenSSL exports to this keymgmt to compare), and
// with kTokenKeyParam the token key (tokenEdPrivateKey). A private key of
// another provider is never taken in: this keymgmt has only token keys.
int keyImport(void *key, int selection, const OSSL_PARAM params[])
{
    auto *d = static_cast<KeyData *>(key);
    if (!d || !(selection & OSSL_KEYMGMT_SELECT_KEYPAIR))
        return 0;
    const void *p = nullptr;
    size_t len = 0;
    const OSSL_PARAM *pub = OSSL_PARAM_locate_const(params, OSSL_PKEY_PARAM_PUB_KEY);
    if (!pub || OSSL_PARAM_get_octet_string_ptr(pub, &p, &len) != 1 || len != kPublicKeySize)
        return 0;
    d->pub = QByteArray(static_cast<const char *>(p), static_cast<qsizetype>(len));
    const OSSL_PARAM *token = OSSL_PARAM_locate_const(params, kTokenKeyParam);
    if (token && (selection & OSSL_KEYMGMT_SELECT_PRIVATE_KEY)) {
        if (OSSL_PARAM_get_octet_string_ptr(token, &p, &len) != 1 || len != sizeof(void *))
            return 0;
        const std::shared_ptr<const TokenEdKey> *source = nullptr;
        std::memcpy(&source, p, sizeof source);
        d->token = *source;
    }
    return 1;
}

const OSSL_PARAM *keyImportTypes(int)
{
    static const OSSL_PARAM types[] = {OSSL_PARAM_octet_string(OSSL_PKEY_PARAM_PUB_KEY, nullptr, 0),
                                       OSSL_PARAM_octet_string(kTokenKeyParam, nullptr, 0), OSSL_PARAM_END};
    return types;
}

// The public key only: the private key is on the token and cannot be
// exported. Refusing a selection with the private key also keeps OpenSSL
// from moving the key to the default provider to sign there (it would have
// no private key).
int keyExport(void *key, int selection, OSSL_CALLBACK *callback, void *arg)
{
    auto *d = static_cast<KeyData *>(key);
    if (!d || (selection & OSSL_KEYMGMT_SELECT_PRIVATE_KEY))
        return 0;
    OSSL_PARAM params[2] = {OSSL_PARAM_END, OSSL_PARAM_END};
    if (selection & OSSL_KEYMGMT_SELECT_PUBLIC_KEY) {
        if (d->pub.size() != kPublicKeySize)
            return 0;
        params[0] = OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, d->pub.data(), kPublicKeySize);
    }
    return callback(params, arg);
}

const OSSL_PARAM *keyExportTypes(int)
{
    static const OSSL_PARAM types[] = {OSSL_PARAM_octet_string(OSSL_PKEY_PARAM_PUB_KEY, nullptr, 0), OSSL_PARAM_END};
    return types;
}

// What the default provider's Ed25519 keymgmt says of a key (EVP_PKEY_get_bits,
// get_size, the "no digest" of EVP_DigestSignInit), and the public key.
int keyGetParams(void *key, OSSL_PARAM params[])
{
    const auto *d = static_cast<const KeyData *>(key);
    OSSL_PARAM *p = nullptr;
    if ((p = OSSL_PARAM_locate(params, OSSL_PKEY_PARAM_BITS)) && !OSSL_PARAM_set_int(p, 253))
        return 0;
    if ((p = OSSL_PARAM_locate(params, OSSL_PKEY_PARAM_SECURITY_BITS)) && !OSSL_PARAM_set_int(p, 128))
        return 0;
    if ((p = OSSL_PARAM_locate(params, OSSL_PKEY_PARAM_MAX_SIZE)) && !OSSL_PARAM_set_int(p, int(kSignatureSize)))
        return 0;
    if ((p = OSSL_PARAM_locate(params, OSSL_PKEY_PARAM_MANDATORY_DIGEST)) && !OSSL_PARAM_set_utf8_string(p, ""))
        return 0;
    for (const char *name : {OSSL_PKEY_PARAM_PUB_KEY, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY})
        if ((p = OSSL_PARAM_locate(params, name))
            && (d->pub.size() != kPublicKeySize || !OSSL_PARAM_set_octet_string(p, d->pub.constData(), kPublicKeySize)))
            return 0;
    return 1;
}

const OSSL_PARAM *keyGettableParams(void *)
{
    static const OSSL_PARAM types[] = {OSSL_PARAM_int(OSSL_PKEY_PARAM_BITS, nullptr),
                                       OSSL_PARAM_int(OSSL_PKEY_PARAM_SECURITY_BITS, nullptr),
                                       OSSL_PARAM_int(OSSL_PKEY_PARAM_MAX_SIZE, nullptr),
                                       OSSL_PARAM_utf8_string(OSSL_PKEY_PARAM_MANDATORY_DIGEST, nullptr, 0),
                                       OSSL_PARAM_octet_string(OSSL_PKEY_PARAM_PUB_KEY, nullptr, 0),
                                       OSSL_PARAM_octet_string(OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, nullptr, 0),
                                       OSSL_PARAM_END};
    return types;
}

const char *keyOperationName(int operation)
{
    return operation == OSSL_OP_SIGNATURE ? kSignatureName : nullptr;
}

const OSSL_DISPATCH kKeyManagement[] = {
    {OSSL_FUNC_KEYMGMT_NEW, fn(keyNew)},
    {OSSL_FUNC_KEYMGMT_FREE, fn(keyFree)},
    {OSSL_FUNC_KEYMGMT_DUP, fn(keyDup)},
    {OSSL_FUNC_KEYMGMT_HAS, fn(keyHas)},
    {OSSL_FUNC_KEYMGMT_MATCH, fn(keyMatch)},
    {OSSL_FUNC_KEYMGMT_IMPORT, fn(keyImport)},
    {OSSL_FUNC_KEYMGMT_IMPORT_TYPES, fn(keyImportTypes)},
    {OSSL_FUNC_KEYMGMT_EXPORT, fn(keyExport)},
    {OSSL_FUNC_KEYMGMT_EXPORT_TYPES, fn(keyExportTypes)},
    {OSSL_FUNC_KEYMGMT_GET_PARAMS, fn(keyGetParams)},
    {OSSL_FUNC_KEYMGMT_GETTABLE_PARAMS, fn(keyGettableParams)},
    {OSSL_FUNC_KEYMGMT_QUERY_OPERATION_NAME, fn(keyOperationName)},
    {0, nullptr}};

// --- signature -------------------------------------------------------------

void *signNew(void *, const char *)
{
    return new (std::nothrow) SignContext;
}

void signFree(void *ctx)
{
    delete static_cast<SignContext *>(ctx);
}

// EVP_MD_CTX_copy_ex: the batch's per-thread context, copied per certificate.
void *signDup(void *ctx)
{
    return new (std::nothrow) SignContext(*static_cast<const SignContext *>(ctx));
}

int signInit(void *ctx, const char *mdname, void *key, const OSSL_PARAM[])
{
    // Ed25519 hashes the message itself: no digest, as EVP_DigestSignInit
    // asks with the key's mandatory digest "" (or "UNDEF").
    if (mdname && mdname[0] != '\0' && std::strcmp(mdname, "UNDEF") != 0) {
        raise("Ed25519 takes no digest");
        return 0;
    }
    auto *c = static_cast<SignContext *>(ctx);
    const auto *d = static_cast<const KeyData *>(key);
    if (!c || !d || !d->token) {
        raise("not a key on a token");
        return 0;
    }
    c->token = d->token;
    return 1;
}

int signDigestSign(void *ctx, unsigned char *sig, size_t *siglen, size_t sigsize, const unsigned char *tbs,
                   size_t tbslen)
{
    const auto *c = static_cast<const SignContext *>(ctx);
    if (!sig) {
        *siglen = kSignatureSize;
        return 1;
    }
    if (!c || !c->token || sigsize < kSignatureSize) {
        raise("no token key, or no room for the signature");
        return 0;
    }
    unsigned long rv = 0;
    if (!c->token->sign(tbs, tbslen, sig, &rv)) {
        ERR_raise_data(ERR_LIB_PROV, ERR_R_OPERATION_FAIL, "the token did not sign (PKCS#11 error 0x%lx)", rv);
        return 0;
    }
    *siglen = kSignatureSize;
    return 1;
}

int signGetParams(void *, OSSL_PARAM params[])
{
    OSSL_PARAM *p = OSSL_PARAM_locate(params, OSSL_SIGNATURE_PARAM_ALGORITHM_ID);
    return !p || OSSL_PARAM_set_octet_string(p, kAlgorithmId, sizeof kAlgorithmId);
}

const OSSL_PARAM *signGettableParams(void *, void *)
{
    static const OSSL_PARAM types[] = {OSSL_PARAM_octet_string(OSSL_SIGNATURE_PARAM_ALGORITHM_ID, nullptr, 0),
                                       OSSL_PARAM_END};
    return types;
}

const OSSL_DISPATCH kSignature[] = {
    {OSSL_FUNC_SIGNATURE_NEWCTX, fn(signNew)},
    {OSSL_FUNC_SIGNATURE_FREECTX, fn(signFree)},
    {OSSL_FUNC_SIGNATURE_DUPCTX, fn(signDup)},
    {OSSL_FUNC_SIGNATURE_DIGEST_SIGN_INIT, fn(signInit)},
    {OSSL_FUNC_SIGNATURE_DIGEST_SIGN, fn(signDigestSign)},
    {OSSL_FUNC_SIGNATURE_GET_CTX_PARAMS, fn(signGetParams)},
    {OSSL_FUNC_SIGNATURE_GETTABLE_CTX_PARAMS, fn(signGettableParams)},
    {0, nullptr}};

// --- the provider ----------------------------------------------------------

const OSSL_ALGORITHM kKeyManagements[] = {{"ED25519", kProperties, kKeyManagement, "Ed25519 key on a PKCS#11 token"},
                                          {nullptr, nullptr, nullptr, nullptr}};
const OSSL_ALGORITHM kSignatures[] = {{kSignatureName, kProperties, kSignature, "Ed25519 (CKM_EDDSA) on a PKCS#11 token"},
                                      {nullptr, nullptr, nullptr, nullptr}};

const OSSL_ALGORITHM *providerQuery(void *, int operation, int *noCache)
{
    *noCache = 0;
    switch (operation) {
    case OSSL_OP_KEYMGMT: return kKeyManagements;
    case OSSL_OP_SIGNATURE: return kSignatures;
    default: return nullptr;
    }
}

const OSSL_DISPATCH kProvider[] = {{OSSL_FUNC_PROVIDER_QUERY_OPERATION, fn(providerQuery)}, {0, nullptr}};

int providerInit(const OSSL_CORE_HANDLE *, const OSSL_DISPATCH *, const OSSL_DISPATCH **out, void **context)
{
    static int tag = 0;
    *out = kProvider;
    *context = &tag;
    return 1;
}

OSSL_PROVIDER *g_provider = nullptr;

void unloadProvider()
{
    if (g_provider)
        OSSL_PROVIDER_unload(g_provider);
    g_provider = nullptr;
}

// Once per process: the default provider (loaded explicitly by
// loadLegacyProvider: loading any provider turns off the implicit one), this
// provider next to it, and the default provider preferred for every fetch
// that names none (key generation, decoding: OpenSSL must never pick this
// provider's keymgmt for a key it makes or reads).
bool providerLoaded()
{
    static bool loaded = false;
    static std::once_flag once;
    std::call_once(once, [] {
        ossl::loadLegacyProvider();
        if (OSSL_PROVIDER_add_builtin(nullptr, ossl::kTokenProviderName, providerInit) != 1)
            return;
        g_provider = OSSL_PROVIDER_load(nullptr, ossl::kTokenProviderName);
        if (!g_provider)
            return;
        std::atexit(unloadProvider); // after loadLegacyProvider's: runs before it
        loaded = EVP_set_default_properties(nullptr, "?provider=default") == 1;
    });
    return loaded;
}

} // namespace

Result<PrivateKey> tokenEdPrivateKey(std::shared_ptr<const TokenEdKey> key)
{
    if (!key || key->publicKey().size() != qsizetype(kPublicKeySize))
        return Error(ErrorCode::InvalidArgument, tr("The Ed25519 key on the token has no public key."));
    if (!providerLoaded())
        return Error(ErrorCode::Crypto, tr("OpenSSL does not take the workbench's token provider."), ossl::takeErrors());
    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "ED25519", kProperties));
    QByteArray pub = key->publicKey();
    const std::shared_ptr<const TokenEdKey> *address = &key;
    OSSL_PARAM params[] = {OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, pub.data(), kPublicKeySize),
                           OSSL_PARAM_construct_octet_string(kTokenKeyParam, &address, sizeof address),
                           OSSL_PARAM_construct_end()};
    EVP_PKEY *pkey = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_KEYPAIR, params) != 1 || !pkey) {
        EVP_PKEY_free(pkey);
        return Error(ErrorCode::Crypto, tr("Cannot make an OpenSSL key of the Ed25519 key on the token."),
                     ossl::takeErrors());
    }
    return PrivateKey(pkey);
}

} // namespace dwb
