#include "core/token/TokenEdKey.h"

#include "core/token/RawModule.h"
#include "core/token/TokenEdProvider.h"

#include <QCoreApplication>

#include <map>
#include <mutex>
#include <utility>
#include <vector>

namespace dwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::Token", text);
}
} // namespace

// The one session of a token, for its Ed25519 keys: PKCS#11 sessions are not
// thread-safe, so every C_SignInit + C_Sign pair holds the lock.
struct TokenEdSession {
    CK_FUNCTION_LIST *f = nullptr;
    CK_SESSION_HANDLE h = CK_INVALID_HANDLE;
    std::mutex lock;
};

namespace {

// The modules and sessions of the process's Ed25519 token keys, kept for its
// lifetime (as libp11 keeps its own): never finalised or closed, so a key
// signs as long as it lives. Found again while its session still answers.
struct Registry {
    std::mutex lock;
    std::map<QString, std::unique_ptr<RawModule>> modules;
    std::map<std::pair<QString, CK_SLOT_ID>, std::shared_ptr<TokenEdSession>> sessions;
};

Registry &registry()
{
    static auto *r = new Registry; // never destroyed: keys may sign until the process ends
    return *r;
}

QByteArray attribute(CK_FUNCTION_LIST *f, CK_SESSION_HANDLE h, CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type)
{
    unsigned char buf[256];
    CK_ATTRIBUTE a = {type, buf, sizeof buf};
    if (f->C_GetAttributeValue(h, object, &a, 1) != CKR_OK || a.ulValueLen == CK_UNAVAILABLE_INFORMATION)
        return {};
    return QByteArray(reinterpret_cast<const char *>(buf), static_cast<qsizetype>(a.ulValueLen));
}

// The first object of class cls and type CKK_EC_EDWARDS with this label and/or id.
CK_OBJECT_HANDLE findEdwards(CK_FUNCTION_LIST *f, CK_SESSION_HANDLE h, CK_OBJECT_CLASS cls, QByteArray label,
                             QByteArray id)
{
    CK_KEY_TYPE type = CKK_EC_EDWARDS;
    std::vector<CK_ATTRIBUTE> query = {{CKA_CLASS, &cls, sizeof cls}, {CKA_KEY_TYPE, &type, sizeof type}};
    if (!label.isEmpty())
        query.push_back({CKA_LABEL, label.data(), CK_ULONG(label.size())});
    if (!id.isEmpty())
        query.push_back({CKA_ID, id.data(), CK_ULONG(id.size())});
    CK_OBJECT_HANDLE found = CK_INVALID_HANDLE;
    CK_ULONG count = 0;
    if (f->C_FindObjectsInit(h, query.data(), CK_ULONG(query.size())) != CKR_OK)
        return CK_INVALID_HANDLE;
    f->C_FindObjects(h, &found, 1, &count);
    f->C_FindObjectsFinal(h);
    return count == 1 ? found : CK_INVALID_HANDLE;
}

// CKA_EC_POINT of an Edwards public key: the DER OCTET STRING of the encoded
// point (PKCS#11 3.0; SoftHSM2 2.6), or the raw point some modules give.
QByteArray edwardsPoint(const QByteArray &ecPoint)
{
    if (ecPoint.size() >= 2 && ecPoint.at(0) == 0x04 && uchar(ecPoint.at(1)) == ecPoint.size() - 2)
        return ecPoint.mid(2);
    return ecPoint;
}

// The token's session for Ed25519 keys: the one kept, while it still answers,
// or a new one (read-only: signing needs no more).
Result<std::shared_ptr<TokenEdSession>> tokenSession(const Pkcs11Uri &uri, const QString &modulePath, QString *label)
{
    Registry &r = registry();
    std::lock_guard guard(r.lock);
    std::unique_ptr<RawModule> &module = r.modules[modulePath];
    if (!module) {
        auto opened = std::make_unique<RawModule>();
        if (Status st = opened->open(modulePath); !st)
            return st.error();
        module = std::move(opened);
    }
    CK_SLOT_ID slot = 0;
    CK_TOKEN_INFO info {};
    if (!module->findToken(uri, &slot, &info))
        return Error(ErrorCode::NotFound, tr("No token matches %1 (module %2).").arg(uri.toString(), modulePath));
    *label = pkcs11Field(info.label, sizeof info.label);
    std::shared_ptr<TokenEdSession> &session = r.sessions[{modulePath, slot}];
    CK_SESSION_INFO state {};
    if (session && module->f->C_GetSessionInfo(session->h, &state) == CKR_OK)
        return session;
    auto fresh = std::make_shared<TokenEdSession>();
    fresh->f = module->f;
    if (module->f->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &fresh->h) != CKR_OK)
        return Error(ErrorCode::Io, tr("Cannot open a session on token '%1'.").arg(*label));
    session = fresh;
    return session;
}

} // namespace

TokenEdKey::TokenEdKey(std::shared_ptr<TokenEdSession> session, unsigned long object, QByteArray publicKey)
    : m_session(std::move(session)), m_object(object), m_publicKey(std::move(publicKey))
{
}

TokenEdKey::~TokenEdKey() = default;

bool TokenEdKey::sign(const unsigned char *data, size_t len, unsigned char signature[64], unsigned long *rv) const
{
    TokenEdSession &s = *m_session;
    CK_MECHANISM mechanism = {CKM_EDDSA, nullptr, 0}; // PureEdDSA, Ed25519 (no parameters)
    std::lock_guard guard(s.lock);
    CK_RV result = s.f->C_SignInit(s.h, &mechanism, m_object);
    if (result == CKR_OK) {
        CK_ULONG size = 64;
        result = s.f->C_Sign(s.h, const_cast<unsigned char *>(data), CK_ULONG(len), signature, &size);
        if (result == CKR_OK && size != 64)
            result = CKR_SIGNATURE_LEN_RANGE;
    }
    *rv = result;
    return result == CKR_OK;
}

Result<std::optional<PrivateKey>> loadTokenEdKey(const Pkcs11Uri &uri, const QString &modulePath)
{
    QString label;
    auto session = tokenSession(uri, modulePath, &label);
    if (!session)
        return session.error();
    CK_FUNCTION_LIST *f = (*session)->f;
    const CK_SESSION_HANDLE h = (*session)->h;
    // The session's lock: a batch of another key on this token may be signing.
    std::unique_lock guard((*session)->lock);
    const CK_OBJECT_HANDLE priv = findEdwards(f, h, CKO_PRIVATE_KEY, uri.object.toUtf8(), uri.id);
    if (priv == CK_INVALID_HANDLE)
        return std::optional<PrivateKey>();
    // Its public key object: the same id (pkcs11-tool and generateTokenKey
    // give both halves the same CKA_ID and CKA_LABEL), else the same label.
    const QByteArray id = attribute(f, h, priv, CKA_ID), objectLabel = attribute(f, h, priv, CKA_LABEL);
    CK_OBJECT_HANDLE pub = id.isEmpty() ? CK_INVALID_HANDLE : findEdwards(f, h, CKO_PUBLIC_KEY, {}, id);
    if (pub == CK_INVALID_HANDLE && !objectLabel.isEmpty())
        pub = findEdwards(f, h, CKO_PUBLIC_KEY, objectLabel, {});
    const QString name = uri.toString();
    if (pub == CK_INVALID_HANDLE)
        return Error(ErrorCode::UnsupportedKey,
                     tr("Token '%1' has no public key object beside the Ed25519 key %2 (the same CKA_ID or "
                        "CKA_LABEL): the public key is read from it.")
                         .arg(label, name));
    const QByteArray point = edwardsPoint(attribute(f, h, pub, CKA_EC_POINT));
    guard.unlock();
    if (point.size() == 57)
        return Error(ErrorCode::UnsupportedKey,
                     tr("The key %1 on token '%2' is an Ed448 key; Drogue takes Ed25519, ECDSA or RSA keys.")
                         .arg(name, label));
    if (point.size() != 32)
        return Error(ErrorCode::UnsupportedKey,
                     tr("The public key beside the Ed25519 key %1 on token '%2' is not an Ed25519 point.")
                         .arg(name, label));
    auto key = tokenEdPrivateKey(std::make_shared<const TokenEdKey>(*session, priv, point));
    if (!key)
        return key.error();
    return std::optional<PrivateKey>(std::move(*key));
}

} // namespace dwb
