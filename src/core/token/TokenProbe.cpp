#include "core/token/TokenProbe.h"

#include "core/token/Pkcs11Uri.h"
#include "core/token/RawModule.h"
#include "core/token/TokenKeys.h"

namespace dwb {

namespace {
QString modulePathOf(const Pkcs11Uri &uri)
{
    return !uri.modulePath.isEmpty() ? uri.modulePath : tokenModulePath();
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
    QList<TokenKeyObject> keys;
    auto uri = Pkcs11Uri::parse(text);
    if (!uri)
        return keys;
    RawModule m;
    if (!m.open(modulePathOf(*uri)))
        return keys;
    CK_SLOT_ID slot = 0;
    CK_TOKEN_INFO info {};
    if (!m.findToken(*uri, &slot, &info))
        return keys;
    RawModule::Session s{m.f};
    if (m.f->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &s.h) != CKR_OK)
        return keys;
    CK_OBJECT_CLASS privClass = CKO_PRIVATE_KEY;
    CK_ATTRIBUTE query = {CKA_CLASS, &privClass, sizeof privClass};
    if (m.f->C_FindObjectsInit(s.h, &query, 1) != CKR_OK)
        return keys;
    CK_OBJECT_HANDLE found[64];
    CK_ULONG count = 0;
    m.f->C_FindObjects(s.h, found, 64, &count);
    m.f->C_FindObjectsFinal(s.h);
    for (CK_ULONG i = 0; i < count; ++i) {
        CK_KEY_TYPE type = 0;
        char label[256] = {};
        unsigned char id[128] = {};
        CK_ATTRIBUTE a[] = {{CKA_KEY_TYPE, &type, sizeof type},
                            {CKA_LABEL, label, sizeof label - 1},
                            {CKA_ID, id, sizeof id}};
        m.f->C_GetAttributeValue(s.h, found[i], a, 3); // an attribute it lacks comes back unavailable
        TokenKeyObject k;
        k.keyType = static_cast<unsigned long>(type);
        if (a[1].ulValueLen != CK_UNAVAILABLE_INFORMATION)
            k.label = QString::fromUtf8(label, static_cast<qsizetype>(a[1].ulValueLen));
        if (a[2].ulValueLen != CK_UNAVAILABLE_INFORMATION)
            k.id = QByteArray(reinterpret_cast<const char *>(id), static_cast<qsizetype>(a[2].ulValueLen));
        keys << k;
    }
    return keys;
}

} // namespace dwb
