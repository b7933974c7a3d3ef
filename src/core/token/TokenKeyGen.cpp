#include "core/token/TokenKeyGen.h"

#include "core/token/Pkcs11Uri.h"
#include "core/token/TokenKeys.h"
#include "core/token/RawModule.h"
#include "core/token/TokenProbe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>


#include <optional>
#include <vector>

namespace dwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::Token", text);
}

// DER of the named curve's OID (CKA_EC_PARAMS).
QByteArray curveOid(KeyAlgorithm alg)
{
    if (alg == KeyAlgorithm::EcdsaP256)
        return QByteArray::fromHex("06082a8648ce3d030107");
    if (alg == KeyAlgorithm::Ed25519)
        return QByteArray::fromHex("06032b6570"); // id-Ed25519 (RFC 8410), as SoftHSM2 2.6 takes it
    return QByteArray::fromHex("06052b81040022"); // secp384r1
}

// libp11 0.4.12 lists no key of a token that holds a key of a type it does
// not know (Ed25519 too): a new Ed25519 key beside RSA or ECDSA keys would
// make those unusable, and a new RSA or ECDSA key beside an Ed25519 key
// would be. Refused before anything is made (the session is logged in).
std::optional<Error> mixedKeyTypes(const QString &uri, KeyAlgorithm alg, const QString &token)
{
    const bool edwards = alg == KeyAlgorithm::Ed25519;
    for (const TokenKeyObject &k : tokenPrivateKeys(uri)) {
        const bool libp11Type = k.keyType == CKK_RSA || k.keyType == CKK_EC;
        if (edwards && libp11Type)
            return Error(ErrorCode::UnsupportedKey,
                         tr("Token '%1' holds RSA or ECDSA keys ('%2'), which libp11 0.4.12 reads no more once an "
                            "Ed25519 key is beside them: make the Ed25519 key on a token of its own, or choose "
                            "ECDSA or RSA.")
                             .arg(token, k.label));
        if (!edwards && !libp11Type)
            return Error(ErrorCode::UnsupportedKey,
                         tr("Token '%1' holds a key of another type ('%2', %3), and libp11 0.4.12 then reads no "
                            "RSA or ECDSA key of it: make this key on another token, or choose Ed25519.")
                             .arg(token, k.label, k.kind));
    }
    return std::nullopt;
}

bool hasObject(CK_FUNCTION_LIST *f, CK_SESSION_HANDLE h, CK_ATTRIBUTE *tmpl, CK_ULONG n)
{
    CK_OBJECT_HANDLE found = 0;
    CK_ULONG count = 0;
    if (f->C_FindObjectsInit(h, tmpl, n) != CKR_OK)
        return false;
    f->C_FindObjects(h, &found, 1, &count);
    f->C_FindObjectsFinal(h);
    return count > 0;
}
} // namespace

namespace {
// Makes the pair; returns the URI that loads it (label and id) and the PIN
// it logged in with. The module is finalised before the key is loaded.
Result<QString> makePair(const QString &text, KeyAlgorithm alg, SecretBytes givenPin, SecretBytes *pinOut)
{
    auto uri = Pkcs11Uri::parse(text);
    if (!uri)
        return uri.error();
    if (uri->object.isEmpty() && uri->id.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("%1 names no key: give object= (and id=).").arg(text));
    const QString path = !uri->modulePath.isEmpty() ? uri->modulePath : tokenModulePath();
    RawModule m;
    CK_SLOT_ID slot = 0;
    CK_TOKEN_INFO info {};
    if (Status st = m.openToken(path, *uri, &slot, &info); !st)
        return st.error();
    const QString label = pkcs11Field(info.label, sizeof info.label);
    RawModule::Session s{m.f};
    if (m.f->C_OpenSession(slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr, nullptr, &s.h) != CKR_OK)
        return Error(ErrorCode::Io, tr("Cannot open a read-write session on token '%1'.").arg(label));
    auto pin = givenPin.isEmpty() ? tokenPin(*uri) : Result<SecretBytes>(std::move(givenPin));
    if (!pin)
        return pin.error();
    if (Status st = s.login(slot, pin->bytes(), label); !st)
        return st.error();

    if (auto mixed = mixedKeyTypes(text, alg, label))
        return *mixed;

    QByteArray object = uri->object.toUtf8(), id = uri->id;
    CK_OBJECT_CLASS privClass = CKO_PRIVATE_KEY;
    if (!object.isEmpty()) {
        CK_ATTRIBUTE q[] = {{CKA_CLASS, &privClass, sizeof privClass}, {CKA_LABEL, object.data(), CK_ULONG(object.size())}};
        if (hasObject(m.f, s.h, q, 2))
            return Error(ErrorCode::AlreadyExists, tr("Token '%1' already has a key '%2'.").arg(label, uri->object));
    }
    if (!id.isEmpty()) {
        CK_ATTRIBUTE q[] = {{CKA_CLASS, &privClass, sizeof privClass}, {CKA_ID, id.data(), CK_ULONG(id.size())}};
        if (hasObject(m.f, s.h, q, 2))
            return Error(ErrorCode::AlreadyExists, tr("Token '%1' already has a key with that id.").arg(label));
    } else {
        id = QByteArray::number(static_cast<qulonglong>(QDateTime::currentMSecsSinceEpoch()), 16); // a fresh CKA_ID
    }
    if (object.isEmpty())
        object = QByteArray("ca");

    CK_BBOOL yes = CK_TRUE, no = CK_FALSE;
    const bool rsa = alg == KeyAlgorithm::Rsa2048 || alg == KeyAlgorithm::Rsa3072 || alg == KeyAlgorithm::Rsa4096;
    CK_ULONG bits = alg == KeyAlgorithm::Rsa4096 ? 4096 : alg == KeyAlgorithm::Rsa3072 ? 3072 : 2048;
    unsigned char exponent[] = {1, 0, 1};
    QByteArray params = curveOid(alg);
    std::vector<CK_ATTRIBUTE> pub = {{CKA_TOKEN, &yes, sizeof yes},
                                     {CKA_VERIFY, &yes, sizeof yes},
                                     {CKA_LABEL, object.data(), CK_ULONG(object.size())},
                                     {CKA_ID, id.data(), CK_ULONG(id.size())}};
    if (rsa) {
        pub.push_back({CKA_MODULUS_BITS, &bits, sizeof bits});
        pub.push_back({CKA_PUBLIC_EXPONENT, exponent, sizeof exponent});
    } else {
        pub.push_back({CKA_EC_PARAMS, params.data(), CK_ULONG(params.size())});
    }
    CK_ATTRIBUTE priv[] = {{CKA_TOKEN, &yes, sizeof yes},           {CKA_PRIVATE, &yes, sizeof yes},
                           {CKA_SENSITIVE, &yes, sizeof yes},       {CKA_EXTRACTABLE, &no, sizeof no},
                           {CKA_SIGN, &yes, sizeof yes},            {CKA_LABEL, object.data(), CK_ULONG(object.size())},
                           {CKA_ID, id.data(), CK_ULONG(id.size())}};
    CK_MECHANISM mech = {rsa                              ? CKM_RSA_PKCS_KEY_PAIR_GEN
                         : alg == KeyAlgorithm::Ed25519 ? CKM_EC_EDWARDS_KEY_PAIR_GEN
                                                        : CKM_EC_KEY_PAIR_GEN,
                         nullptr, 0};
    CK_OBJECT_HANDLE hpub = 0, hpriv = 0;
    const CK_RV g = m.f->C_GenerateKeyPair(s.h, &mech, pub.data(), CK_ULONG(pub.size()), priv,
                                           CK_ULONG(sizeof priv / sizeof priv[0]), &hpub, &hpriv);
    if (g != CKR_OK)
        return Error(ErrorCode::Crypto, tr("Token '%1' could not make the %2 key pair (PKCS#11 error 0x%3).")
                                            .arg(label, algorithmDisplayName(alg))
                                            .arg(static_cast<qulonglong>(g), 0, 16));
    // The key is loaded as every token key is: by label and id.
    Pkcs11Uri made = *uri;
    made.object = QString::fromUtf8(object);
    made.id = id;
    QString again = made.toString();
    if (!uri->modulePath.isEmpty())
        again += QStringLiteral("?module-path=") + uri->modulePath;
    *pinOut = std::move(*pin);
    return again;
}
} // namespace

Result<PrivateKey> generateTokenKey(const QString &text, KeyAlgorithm alg, SecretBytes givenPin)
{
    SecretBytes pin;
    auto made = makePair(text, alg, std::move(givenPin), &pin);
    if (!made)
        return made.error();
    return loadTokenKeyWithPin(*made, std::move(pin));
}

Result<QStringList> listTokens()
{
    const QString path = tokenModulePath();
    RawModule m;
    if (Status st = m.open(path); !st)
        return st.error();
    CK_ULONG nslots = 0;
    m.f->C_GetSlotList(CK_TRUE, nullptr, &nslots);
    std::vector<CK_SLOT_ID> slots(nslots);
    if (nslots > 0 && m.f->C_GetSlotList(CK_TRUE, slots.data(), &nslots) != CKR_OK)
        nslots = 0;
    QStringList lines;
    for (CK_ULONG i = 0; i < nslots; ++i) {
        CK_TOKEN_INFO info {};
        if (m.f->C_GetTokenInfo(slots[i], &info) != CKR_OK || !(info.flags & CKF_TOKEN_INITIALIZED))
            continue;
        const QString label = pkcs11Field(info.label, sizeof info.label);
        lines << tr("token \"%1\" (%2, %3, serial %4): %5")
                     .arg(label, pkcs11Field(info.manufacturerID, sizeof info.manufacturerID),
                          pkcs11Field(info.model, sizeof info.model), pkcs11Field(info.serialNumber, sizeof info.serialNumber),
                          describeTokenFlags(info.flags));
        RawModule::Session s{m.f};
        if (m.f->C_OpenSession(slots[i], CKF_SERIAL_SESSION, nullptr, nullptr, &s.h) != CKR_OK)
            continue;
        Pkcs11Uri uri;
        uri.token = label;
        const bool pinAtHand = !qgetenv("DWB_PKCS11_PIN").isEmpty() || tokenPinConfigured();
        if (pinAtHand) {
            auto pin = tokenPin(uri);
            if (pin && m.f->C_Login(s.h, CKU_USER, reinterpret_cast<CK_UTF8CHAR *>(const_cast<char *>(pin->constData())),
                                    static_cast<CK_ULONG>(pin->size()))
                           == CKR_OK)
                s.loggedIn = true;
        }
        if (m.f->C_FindObjectsInit(s.h, nullptr, 0) != CKR_OK)
            continue;
        CK_OBJECT_HANDLE objects[64];
        CK_ULONG count = 0;
        m.f->C_FindObjects(s.h, objects, 64, &count);
        m.f->C_FindObjectsFinal(s.h);
        for (CK_ULONG k = 0; k < count; ++k) {
            CK_OBJECT_CLASS cls = 0;
            CK_KEY_TYPE type = 0;
            CK_BBOOL sensitive = CK_FALSE, extractable = CK_FALSE;
            char labelBuf[256] = {};
            unsigned char idBuf[128] = {};
            CK_ATTRIBUTE a[] = {{CKA_CLASS, &cls, sizeof cls}, {CKA_KEY_TYPE, &type, sizeof type},
                                {CKA_LABEL, labelBuf, sizeof labelBuf - 1}, {CKA_ID, idBuf, sizeof idBuf},
                                {CKA_SENSITIVE, &sensitive, sizeof sensitive},
                                {CKA_EXTRACTABLE, &extractable, sizeof extractable}};
            m.f->C_GetAttributeValue(s.h, objects[k], a, 6); // attributes a class lacks come back unavailable
            if (cls != CKO_PRIVATE_KEY && cls != CKO_PUBLIC_KEY)
                continue;
            const QString kind = type == CKK_EC           ? QStringLiteral("EC")
                                 : type == CKK_RSA          ? QStringLiteral("RSA")
                                 : type == CKK_EC_EDWARDS ? QStringLiteral("EdDSA")
                                                            : QStringLiteral("other");
            const QString objLabel = a[2].ulValueLen == CK_UNAVAILABLE_INFORMATION
                                         ? QString()
                                         : QString::fromUtf8(labelBuf, static_cast<qsizetype>(a[2].ulValueLen));
            const QByteArray id = a[3].ulValueLen == CK_UNAVAILABLE_INFORMATION
                                      ? QByteArray()
                                      : QByteArray(reinterpret_cast<const char *>(idBuf), static_cast<qsizetype>(a[3].ulValueLen));
            QString line = tr("  %1 %2 key \"%3\" id %4").arg(cls == CKO_PRIVATE_KEY ? tr("private") : tr("public"), kind, objLabel,
                                                        QString::fromLatin1(id.toHex()));
            if (cls == CKO_PRIVATE_KEY)
                line += tr(", sensitive: %1, extractable: %2")
                            .arg(sensitive ? tr("yes") : tr("no"), extractable ? tr("yes") : tr("no"));
            lines << line;
        }
        if (!s.loggedIn)
            lines << tr("  (private keys are listed with a PIN: --pin-file or DWB_PKCS11_PIN)");
    }
    return lines;
}

} // namespace dwb
