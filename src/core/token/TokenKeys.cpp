#include "core/token/TokenKeys.h"

#include "core/token/Pkcs11Uri.h"
#include "core/token/TokenEdKey.h"
#include "core/token/TokenProbe.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>

#include <openssl/evp.h>
#include <openssl/err.h>
#include <openssl/x509.h>

// libp11 0.4's header declares its RSA_METHOD / EC_KEY_METHOD getters, whose
// types OpenSSL hides under OPENSSL_NO_DEPRECATED; the workbench never calls
// them, so the two names are declared here as the incomplete types they are.
typedef struct rsa_meth_st RSA_METHOD;
typedef struct ec_key_method_st EC_KEY_METHOD;
#include <libp11.h>

#include <memory>
#include <optional>
#include <vector>

#include <p11-kit/pkcs11.h>

#ifndef DWB_P11_KIT_PROXY
#define DWB_P11_KIT_PROXY "p11-kit-proxy.so"
#endif

namespace dwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::Token", text);
}

QMutex g_mutex;
TokenSettings g_settings;

// A loaded module with its slots; kept while a key of it lives (the process).
struct Module {
    QString path;
    PKCS11_CTX *ctx = nullptr;
    PKCS11_SLOT *slots = nullptr;
    unsigned int count = 0;
};
std::vector<std::unique_ptr<Module>> g_modules;

QString s(const char *c) { return c ? QString::fromUtf8(c).trimmed() : QString(); }

Result<Module *> openModule(const QString &path)
{
    for (const auto &loaded : g_modules) // one context per module for the process
        if (loaded->path == path)
            return loaded.get();
    auto m = std::make_unique<Module>();
    m->path = path;
    m->ctx = PKCS11_CTX_new();
    if (!m->ctx)
        return Error(ErrorCode::Crypto, tr("Out of memory."));
    const QByteArray p = QFile::encodeName(path);
    if (PKCS11_CTX_load(m->ctx, p.constData()) != 0) {
        ERR_clear_error();
        PKCS11_CTX_free(m->ctx);
        return Error(ErrorCode::Io, tr("Cannot load the PKCS#11 module %1.").arg(path));
    }
    if (PKCS11_enumerate_slots(m->ctx, &m->slots, &m->count) != 0) {
        ERR_clear_error();
        PKCS11_CTX_unload(m->ctx);
        PKCS11_CTX_free(m->ctx);
        return Error(ErrorCode::Io, tr("The PKCS#11 module %1 lists no slots.").arg(path));
    }
    g_modules.push_back(std::move(m));
    return g_modules.back().get();
}

unsigned long flagsOf(const PKCS11_TOKEN *t)
{
    // The CKF_USER_PIN_* bits of CK_TOKEN_INFO (PKCS#11 2.40 table 11).
    return (t->userPinCountLow ? 0x10000UL : 0) | (t->userPinFinalTry ? 0x20000UL : 0)
           | (t->userPinLocked ? 0x40000UL : 0);
}

bool isNamed(const Pkcs11Uri &uri, const TokenKeyObject &k)
{
    return (uri.object.isEmpty() || k.label == uri.object) && (uri.id.isEmpty() || k.id == uri.id);
}

// The named key when it is one the workbench cannot sign with, with the
// reason (TokenKeyObject::refusal): a type it does not know, or an RSA or
// ECDSA key on a token that also holds another type of key (libp11 0.4.12
// then fails to list any of the token's keys).
std::optional<Error> unusableKey(const Pkcs11Uri &uri, const QString &text, const QString &token)
{
    const QList<TokenKeyObject> keys = tokenPrivateKeys(text);
    for (const TokenKeyObject &k : keys)
        if (isNamed(uri, k) && !k.usable())
            return Error(ErrorCode::UnsupportedKey,
                         tr("The key %1 on token '%2' cannot sign here: %3").arg(uri.toString(), token, k.refusal));
    return std::nullopt;
}

} // namespace

Result<SecretBytes> tokenPin(const Pkcs11Uri &uri)
{
    if (!g_settings.pin.isEmpty())
        return g_settings.pin.clone();
    const QByteArray env = qgetenv("DWB_PKCS11_PIN");
    if (!env.isEmpty())
        return SecretBytes(env);
    if (!uri.pinSource.isEmpty()) {
        QString path = uri.pinSource;
        if (path.startsWith(QLatin1String("file:")))
            path = path.mid(5);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("Cannot read the PIN file %1.").arg(path));
        QByteArray pin = f.readAll();
        while (pin.endsWith('\n') || pin.endsWith('\r'))
            pin.chop(1);
        return SecretBytes(std::move(pin));
    }
    if (!uri.pinValue.isEmpty())
        return SecretBytes(uri.pinValue.toUtf8());
    if (g_settings.askPin)
        return g_settings.askPin(uri.token);
    return Error(ErrorCode::NeedsPassphrase,
                 tr("The token '%1' needs its user PIN: give --pin-file or DWB_PKCS11_PIN.").arg(uri.token));
}

bool tokenPinConfigured()
{
    return !g_settings.pin.isEmpty();
}

QString tokenModulePath()
{
    return g_settings.modulePath.isEmpty() ? QStringLiteral(DWB_P11_KIT_PROXY) : g_settings.modulePath;
}

void setTokenSettings(TokenSettings settings)
{
    QMutexLocker lock(&g_mutex);
    g_settings = std::move(settings);
}

QString describeTokenFlags(unsigned long flags)
{
    QStringList words;
    if (flags & 0x10000UL)
        words << tr("user PIN count low (a wrong PIN was entered)");
    if (flags & 0x20000UL)
        words << tr("final try (one more wrong PIN locks it)");
    if (flags & 0x40000UL)
        words << tr("user PIN locked");
    return words.isEmpty() ? tr("no PIN warnings") : words.join(QLatin1String(", "));
}

Result<PrivateKey> loadTokenKey(const QString &text)
{
    return loadTokenKeyWithPin(text, SecretBytes());
}

Result<PrivateKey> loadTokenKeyWithPin(const QString &text, SecretBytes givenPin)
{
    auto uri = Pkcs11Uri::parse(text);
    if (!uri)
        return uri.error();
    if (uri->object.isEmpty() && uri->id.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("%1 names no key: give object= or id=.").arg(text));
    QMutexLocker lock(&g_mutex);
    const QString modulePath = !uri->modulePath.isEmpty() ? uri->modulePath : tokenModulePath();
    auto module = openModule(modulePath);
    if (!module)
        return module.error();
    Module *m = *module;
    PKCS11_SLOT *slot = nullptr;
    for (unsigned int i = 0; i < m->count && !slot; ++i) {
        PKCS11_TOKEN *t = m->slots[i].token;
        if (t && t->initialized && uri->matchesToken(s(t->label), s(t->manufacturer), s(t->model), s(t->serialnr)))
            slot = &m->slots[i];
    }
    if (!slot)
        return Error(ErrorCode::NotFound, tr("No token matches %1 (module %2).").arg(uri->toString(), modulePath));
    const QString label = s(slot->token->label);
    if (slot->token->userPinLocked)
        return Error(ErrorCode::WrongPassphrase, tr("The user PIN of token '%1' is locked.").arg(label));
    Result<SecretBytes> pin = givenPin.isEmpty() ? tokenPin(*uri) : Result<SecretBytes>(std::move(givenPin));
    if (!pin)
        return pin.error();
    // NUL-terminated for libp11 (SecretBytes' array is; clone to be sure).
    SecretBytes pinText(pin->bytes() + QByteArray(1, '\0'));
    // The session libp11 opens on login is read-only; signing needs no more.
    const int loggedIn = PKCS11_login(slot, 0, pinText.constData());
    pinText.clear();
    if (loggedIn != 0) {
        ERR_clear_error();
        // The token's flags after the failed login (re-read from the module).
        unsigned long flags = flagsOf(slot->token);
        PKCS11_SLOT *again = nullptr;
        unsigned int n = 0;
        if (PKCS11_enumerate_slots(m->ctx, &again, &n) == 0) {
            for (unsigned int i = 0; i < n; ++i)
                if (again[i].token && s(again[i].token->label) == label)
                    flags = flagsOf(again[i].token);
            PKCS11_release_all_slots(m->ctx, again, n);
        }
        ERR_clear_error();
        return Error(ErrorCode::WrongPassphrase,
                     tr("The token '%1' refused the PIN (not retried). Token state: %2.")
                         .arg(label, describeTokenFlags(flags)));
    }
    // An Ed25519 key (libp11 0.4.12 knows RSA and EC keys only, and fails to
    // list the keys of a token that holds another type): through the
    // module's C API, in a session of the token the process is now logged in to.
    PKCS11_KEY *keys = nullptr;
    unsigned int nkeys = 0;
    const bool listed = PKCS11_enumerate_keys(slot->token, &keys, &nkeys) == 0;
    ERR_clear_error();
    auto edKey = [&]() -> std::optional<Result<PrivateKey>> {
        auto ed = loadTokenEdKey(*uri, modulePath);
        if (!ed)
            return Result<PrivateKey>(ed.error());
        if (*ed)
            return Result<PrivateKey>(std::move(**ed));
        if (auto refused = unusableKey(*uri, text, label))
            return Result<PrivateKey>(*refused);
        return std::nullopt;
    };
    if (!listed) {
        if (auto ed = edKey())
            return *ed;
        return Error(ErrorCode::Io, tr("Cannot list the keys of token '%1'.").arg(label));
    }
    for (unsigned int i = 0; i < nkeys; ++i) {
        PKCS11_KEY *k = &keys[i];
        if (!uri->object.isEmpty() && s(k->label) != uri->object)
            continue;
        if (!uri->id.isEmpty()
            && QByteArray(reinterpret_cast<const char *>(k->id), static_cast<qsizetype>(k->id_len)) != uri->id)
            continue;
        EVP_PKEY *pkey = PKCS11_get_private_key(k);
        if (!pkey) {
            ERR_clear_error();
            return Error(ErrorCode::UnsupportedKey, tr("The key %1 on token '%2' cannot sign here.").arg(text, label));
        }
        return PrivateKey(pkey); // provider-less: PrivateKey treats it as a token key
    }
    if (auto ed = edKey())
        return *ed;
    return Error(ErrorCode::NotFound, tr("Token '%1' has no private key %2.").arg(label, uri->toString()));
}

} // namespace dwb
