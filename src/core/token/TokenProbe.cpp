#include "core/token/TokenProbe.h"

#include "core/token/Pkcs11Uri.h"
#include "core/token/RawModule.h"
#include "core/token/TokenKeys.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace dwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::Token", text);
}

QString modulePathOf(const Pkcs11Uri &uri)
{
    return !uri.modulePath.isEmpty() ? uri.modulePath : tokenModulePath();
}

// "ECDSA P-256", "RSA 2048", "Ed25519": from CKA_EC_PARAMS (the curve's
// DER OID) or CKA_MODULUS (its length), which a sensitive key still shows.
QString kindOf(unsigned long type, const QByteArray &ecParams, qsizetype modulusBytes)
{
    switch (type) {
    case CKK_RSA:
        return modulusBytes > 0 ? QStringLiteral("RSA %1").arg(modulusBytes * 8) : QStringLiteral("RSA");
    case CKK_EC:
        if (ecParams == QByteArray::fromHex("06082a8648ce3d030107"))
            return QStringLiteral("ECDSA P-256");
        if (ecParams == QByteArray::fromHex("06052b81040022"))
            return QStringLiteral("ECDSA P-384");
        if (ecParams == QByteArray::fromHex("06052b81040023"))
            return QStringLiteral("ECDSA P-521");
        return QStringLiteral("ECDSA");
    case CKK_EC_EDWARDS: // RFC 8410's OID 1.3.101.113 or PKCS#11's PrintableString "edwards448"
        if (ecParams.startsWith(QByteArray::fromHex("06032b6571")) || ecParams.contains("edwards448"))
            return QStringLiteral("Ed448");
        return QStringLiteral("Ed25519");
    default:
        return tr("key type 0x%1").arg(type, 0, 16);
    }
}

// The private key objects the session sees (after a login: the private ones too).
QList<TokenKeyObject> listPrivateKeys(CK_FUNCTION_LIST *f, CK_SESSION_HANDLE h)
{
    QList<TokenKeyObject> keys;
    CK_OBJECT_CLASS privClass = CKO_PRIVATE_KEY;
    CK_ATTRIBUTE query = {CKA_CLASS, &privClass, sizeof privClass};
    if (f->C_FindObjectsInit(h, &query, 1) != CKR_OK)
        return keys;
    CK_OBJECT_HANDLE found[64];
    CK_ULONG count = 0;
    f->C_FindObjects(h, found, 64, &count);
    f->C_FindObjectsFinal(h);
    for (CK_ULONG i = 0; i < count; ++i) {
        CK_KEY_TYPE type = 0;
        char label[256] = {};
        unsigned char id[128] = {};
        unsigned char params[64] = {};
        unsigned char modulus[1024] = {};
        CK_ATTRIBUTE a[] = {{CKA_KEY_TYPE, &type, sizeof type},
                            {CKA_LABEL, label, sizeof label - 1},
                            {CKA_ID, id, sizeof id},
                            {CKA_EC_PARAMS, params, sizeof params},
                            {CKA_MODULUS, modulus, sizeof modulus}};
        f->C_GetAttributeValue(h, found[i], a, 5); // an attribute it lacks comes back unavailable
        TokenKeyObject k;
        k.keyType = static_cast<unsigned long>(type);
        if (a[1].ulValueLen != CK_UNAVAILABLE_INFORMATION)
            k.label = QString::fromUtf8(label, static_cast<qsizetype>(a[1].ulValueLen));
        if (a[2].ulValueLen != CK_UNAVAILABLE_INFORMATION)
            k.id = QByteArray(reinterpret_cast<const char *>(id), static_cast<qsizetype>(a[2].ulValueLen));
        const QByteArray ec = a[3].ulValueLen == CK_UNAVAILABLE_INFORMATION
                                  ? QByteArray()
                                  : QByteArray(reinterpret_cast<const char *>(params), qsizetype(a[3].ulValueLen));
        const qsizetype modulusBytes = a[4].ulValueLen == CK_UNAVAILABLE_INFORMATION ? 0 : qsizetype(a[4].ulValueLen);
        k.kind = kindOf(k.keyType, ec, modulusBytes);
        keys << k;
    }
    const auto other = std::find_if(keys.cbegin(), keys.cend(), [](const TokenKeyObject &k) {
        return k.keyType != CKK_RSA && k.keyType != CKK_EC;
    });
    const QString blocking = other == keys.cend()
                                 ? QString()
                                 : tr("libp11 0.4.12 reads no RSA or ECDSA key of a token that also holds a key of "
                                      "another type ('%1', %2). Keep RSA and ECDSA keys on a token without such keys, "
                                      "or use an Ed25519 key.")
                                       .arg(other->label, other->kind);
    for (TokenKeyObject &k : keys) {
        if (k.keyType == CKK_RSA || k.keyType == CKK_EC) {
            k.refusal = blocking;
        } else if (k.kind != u"Ed25519") {
            k.refusal = tr("the workbench signs with Ed25519, ECDSA and RSA keys; this is %1.").arg(k.kind);
        }
    }
    return keys;
}
} // namespace

bool tokenPresent(const QString &text)
{
    auto uri = Pkcs11Uri::parse(text);
    if (!uri)
        return false;
    RawModule m;
    if (!m.open(modulePathOf(*uri)))
        return false;
    CK_SLOT_ID slot = 0;
    CK_TOKEN_INFO info {};
    return m.findToken(*uri, &slot, &info);
}

QList<TokenKeyObject> tokenPrivateKeys(const QString &text)
{
    auto uri = Pkcs11Uri::parse(text);
    if (!uri)
        return {};
    RawModule m;
    if (!m.open(modulePathOf(*uri)))
        return {};
    CK_SLOT_ID slot = 0;
    CK_TOKEN_INFO info {};
    if (!m.findToken(*uri, &slot, &info))
        return {};
    RawModule::Session s{m.f};
    if (m.f->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &s.h) != CKR_OK)
        return {};
    return listPrivateKeys(m.f, s.h);
}

Result<QList<TokenInfo>> availableTokens(const QString &modulePath)
{
    const QString path = modulePath.isEmpty() ? tokenModulePath() : modulePath;
    RawModule m;
    if (Status st = m.open(path); !st)
        return st.error();
    CK_ULONG nslots = 0;
    if (m.f->C_GetSlotList(CK_TRUE, nullptr, &nslots) != CKR_OK)
        return Error(ErrorCode::Io, tr("The PKCS#11 module %1 lists no slots.").arg(path));
    std::vector<CK_SLOT_ID> slots(nslots);
    if (nslots > 0 && m.f->C_GetSlotList(CK_TRUE, slots.data(), &nslots) != CKR_OK)
        return Error(ErrorCode::Io, tr("The PKCS#11 module %1 lists no slots.").arg(path));
    QList<TokenInfo> tokens;
    for (CK_ULONG i = 0; i < nslots; ++i) {
        CK_TOKEN_INFO t {};
        if (m.f->C_GetTokenInfo(slots[i], &t) != CKR_OK || !(t.flags & CKF_TOKEN_INITIALIZED))
            continue;
        TokenInfo info;
        info.label = pkcs11Field(t.label, sizeof t.label);
        info.manufacturer = pkcs11Field(t.manufacturerID, sizeof t.manufacturerID);
        info.model = pkcs11Field(t.model, sizeof t.model);
        info.serial = pkcs11Field(t.serialNumber, sizeof t.serialNumber);
        info.flags = static_cast<unsigned long>(t.flags);
        tokens << info;
    }
    for (TokenInfo &t : tokens) {
        Pkcs11Uri uri;
        uri.token = t.label;
        const bool twin = std::count_if(tokens.cbegin(), tokens.cend(),
                                        [&t](const TokenInfo &o) { return o.label == t.label; })
                          > 1;
        if (twin) { // the label alone would find the first of them
            uri.manufacturer = t.manufacturer;
            uri.model = t.model;
            uri.serial = t.serial;
        }
        t.uri = uri.toString();
        if (modulePath != tokenModulePath() && !modulePath.isEmpty())
            t.uri += QStringLiteral("?module-path=") + modulePath;
    }
    return tokens;
}

Result<QList<TokenKeyObject>> tokenPrivateKeysWithPin(const QString &text, const SecretBytes &pin)
{
    auto uri = Pkcs11Uri::parse(text);
    if (!uri)
        return uri.error();
    const QString path = modulePathOf(*uri);
    RawModule m;
    CK_SLOT_ID slot = 0;
    CK_TOKEN_INFO info {};
    if (Status st = m.openToken(path, *uri, &slot, &info); !st)
        return st.error();
    const QString label = pkcs11Field(info.label, sizeof info.label);
    if (info.flags & CKF_USER_PIN_LOCKED)
        return Error(ErrorCode::WrongPassphrase, tr("The user PIN of token '%1' is locked.").arg(label));
    RawModule::Session s{m.f};
    if (m.f->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &s.h) != CKR_OK)
        return Error(ErrorCode::Io, tr("Cannot open a session on token '%1'.").arg(label));
    if (Status st = s.login(slot, pin.bytes(), label); !st)
        return st.error();
    return listPrivateKeys(m.f, s.h);
}

} // namespace dwb
