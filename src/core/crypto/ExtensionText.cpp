#include "core/crypto/ExtensionText.h"

#include "core/crypto/Ossl.h"

#include <QJsonObject>

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

#include <utility>

namespace dwb {

namespace {

QString bioText(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(len)).trimmed();
}

QString oidText(const ASN1_OBJECT *obj)
{
    char buf[128];
    OBJ_obj2txt(buf, sizeof buf, obj, 1);
    return QString::fromLatin1(buf);
}

} // namespace

QString upperHex(QByteArrayView bytes, char16_t separator)
{
    // Written straight into the string (a batch makes two per device).
    static constexpr char16_t digits[] = u"0123456789ABCDEF";
    if (bytes.isEmpty())
        return {};
    QString out(bytes.size() * (separator ? 3 : 2) - (separator ? 1 : 0), Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i && separator)
            *o++ = separator;
        const auto b = static_cast<unsigned char>(bytes[i]);
        *o++ = digits[b >> 4];
        *o++ = digits[b & 0xf];
    }
    return out;
}

QString colonHex(const QByteArray &bytes)
{
    return upperHex(bytes, u':');
}

ExtensionInfo describeExtension(X509_EXTENSION *ext)
{
    ExtensionInfo e;
    const ASN1_OBJECT *obj = X509_EXTENSION_get_object(ext);
    const int nid = OBJ_obj2nid(obj);
    e.oid = oidText(obj);
    e.name = nid != NID_undef ? QString::fromLatin1(OBJ_nid2ln(nid)) : e.oid;
    e.critical = X509_EXTENSION_get_critical(ext) == 1;
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (X509V3_EXT_print(bio.get(), ext, 0, 0) != 1) {
        ERR_clear_error();
        ASN1_STRING_print(bio.get(), X509_EXTENSION_get_data(ext));
    }
    e.value = bioText(bio.get());
    return e;
}

QJsonArray extensionsToJson(const QList<ExtensionInfo> &extensions)
{
    QJsonArray out;
    for (const ExtensionInfo &e : extensions)
        out.append(QJsonObject{{QStringLiteral("name"), e.name},
                               {QStringLiteral("oid"), e.oid},
                               {QStringLiteral("critical"), e.critical},
                               {QStringLiteral("value"), e.value}});
    return out;
}

QStringList generalNamesText(const GENERAL_NAMES *names)
{
    QStringList out;
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names); ++i) {
        ossl::Bio bio(BIO_new(BIO_s_mem()));
        GENERAL_NAME_print(bio.get(), sk_GENERAL_NAME_value(names, i));
        out << bioText(bio.get());
    }
    return out;
}

QStringList keyUsageNames(std::uint32_t ku)
{
    static const std::pair<std::uint32_t, const char *> names[] = {
        {KU_DIGITAL_SIGNATURE, "Digital Signature"}, {KU_NON_REPUDIATION, "Non Repudiation"},
        {KU_KEY_ENCIPHERMENT, "Key Encipherment"},   {KU_DATA_ENCIPHERMENT, "Data Encipherment"},
        {KU_KEY_AGREEMENT, "Key Agreement"},         {KU_KEY_CERT_SIGN, "Certificate Sign"},
        {KU_CRL_SIGN, "CRL Sign"},                   {KU_ENCIPHER_ONLY, "Encipher Only"},
        {KU_DECIPHER_ONLY, "Decipher Only"}};
    QStringList out;
    for (const auto &[bit, name] : names) {
        if (ku & bit)
            out << QString::fromLatin1(name);
    }
    return out;
}

QStringList keyUsageNames(const ASN1_BIT_STRING *keyUsage)
{
    if (!keyUsage)
        return {};
    // As OpenSSL folds the bit string into its KU_* flags (v3_purp.c).
    const int len = ASN1_STRING_length(keyUsage);
    const unsigned char *data = ASN1_STRING_get0_data(keyUsage);
    std::uint32_t ku = len > 0 ? data[0] : 0;
    if (len > 1)
        ku |= std::uint32_t(data[1]) << 8;
    return keyUsageNames(ku);
}

} // namespace dwb
