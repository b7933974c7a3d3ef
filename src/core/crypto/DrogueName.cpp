#include "core/crypto/DrogueName.h"

#include "core/crypto/Certificate.h"
#include "core/crypto/ExtensionText.h"

#include <QString>

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {

// x509-parser 0.14 src/objects.rs ABBREV_MAP first, then the short names of
// oid-registry 0.6.0 (features x509, pkcs9, as x509-parser loads them) for
// the attribute types a name can hold.
struct OidName {
    const char *oid;
    const char *name;
};
constexpr OidName kNames[] = {
    // ABBREV_MAP
    {"2.5.4.3", "CN"},
    {"2.5.4.6", "C"},
    {"2.5.4.7", "L"},
    {"2.5.4.8", "ST"},
    {"2.5.4.10", "O"},
    {"2.5.4.11", "OU"},
    {"0.9.2342.19200300.100.1.25", "DC"},
    {"1.2.840.113549.1.9.1", "Email"},
    // oid-registry short names
    {"0.9.2342.19200300.100.1.1", "uid"},
    {"1.3.6.1.4.1.311.60.2.1.1", "msJurisdictionLocality"},
    {"1.3.6.1.4.1.311.60.2.1.2", "msJurisdictionStateOrProvince"},
    {"1.3.6.1.4.1.311.60.2.1.3", "msJurisdictionCountry"},
    {"1.2.840.113549.1.9.2", "unstructuredName"},
    {"1.2.840.113549.1.9.3", "contentType"},
    {"1.2.840.113549.1.9.4", "id-messageDigest"},
    {"1.2.840.113549.1.9.5", "signing-time"},
    {"1.2.840.113549.1.9.14", "extensionRequest"},
    {"1.2.840.113549.1.9.15", "smimeCapabilities"},
    {"1.2.840.113549.1.9.20", "friendlyName"},
    {"2.5.4", "x509"},
    {"2.5.4.0", "objectClass"},
    {"2.5.4.1", "aliasedEntryName"},
    {"2.5.4.2", "knowledgeInformation"},
    {"2.5.4.4", "surname"},
    {"2.5.4.5", "serialNumber"},
    {"2.5.4.9", "streetAddress"},
    {"2.5.4.12", "title"},
    {"2.5.4.13", "description"},
    {"2.5.4.14", "searchGuide"},
    {"2.5.4.15", "businessCategory"},
    {"2.5.4.16", "postalAddress"},
    {"2.5.4.17", "postalCode"},
    {"2.5.4.41", "name"},
    {"2.5.4.42", "givenName"},
    {"2.5.4.43", "initials"},
    {"2.5.4.44", "generationQualifier"},
    {"2.5.4.45", "uniqueIdentifier"},
    {"2.5.4.46", "dnQualifier"},
};

// The universal tag numbers x509-parser 0.14 prints as text
// (attribute_value_to_string): Numeric, BMP, Visible, Printable, General,
// ObjectDescriptor, Graphic, T61 (Teletex), Videotex, UTF8, IA5. It matches
// on the tag number alone, whatever the class.
bool isStringTag(uint32_t tag)
{
    switch (tag) {
    case 18: case 30: case 26: case 19: case 27: case 7: case 25: case 20: case 21: case 12: case 22:
        return true;
    default:
        return false;
    }
}

struct Tlv {
    uint32_t tag = 0;
    bool constructed = false;
    const unsigned char *start = nullptr;   // the identifier octet
    const unsigned char *content = nullptr;
    size_t length = 0;
    const unsigned char *end() const { return content + length; }
};

// One DER header (definite lengths only).
std::optional<Tlv> readTlv(const unsigned char *p, const unsigned char *end)
{
    Tlv t;
    t.start = p;
    if (p >= end)
        return std::nullopt;
    const unsigned char id = *p++;
    t.constructed = id & 0x20;
    t.tag = id & 0x1f;
    if (t.tag == 0x1f) {
        t.tag = 0;
        for (int n = 0;; ++n) {
            if (p >= end || n > 4)
                return std::nullopt;
            const unsigned char b = *p++;
            t.tag = (t.tag << 7) | (b & 0x7f);
            if (!(b & 0x80))
                break;
        }
    }
    if (p >= end)
        return std::nullopt;
    size_t len = *p++;
    if (len & 0x80) {
        const int n = static_cast<int>(len & 0x7f);
        if (n == 0 || n > 4)
            return std::nullopt; // indefinite, or longer than any name
        len = 0;
        for (int i = 0; i < n; ++i) {
            if (p >= end)
                return std::nullopt;
            len = (len << 8) | *p++;
        }
    }
    if (len > static_cast<size_t>(end - p))
        return std::nullopt;
    t.content = p;
    t.length = len;
    return t;
}

// Rust's str::from_utf8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool validUtf8(const unsigned char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        unsigned char lo = 0x80, hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            more = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            more = 2;
            if (c == 0xe0)
                lo = 0xa0;
            else if (c == 0xed)
                hi = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            more = 3;
            if (c == 0xf0)
                lo = 0x90;
            else if (c == 0xf4)
                hi = 0x8f;
        } else {
            return false;
        }
        if (n - i <= static_cast<size_t>(more))
            return false;
        if (p[i + 1] < lo || p[i + 1] > hi)
            return false;
        for (int k = 2; k <= more; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
        }
        i += static_cast<size_t>(more) + 1;
    }
    return true;
}

// 2.5.4.N with N < 128 (CN, O, OU, C, L, ST: the names the workbench
// issues) is three content bytes: its dotted form into out, read without
// OpenSSL's OID decoding and without an allocation; false for another OID.
bool shortAttributeOid(const Tlv &oid, char (&out)[16])
{
    if (oid.length != 3 || oid.content[0] != 0x55 || oid.content[1] != 0x04 || oid.content[2] >= 0x80)
        return false;
    std::snprintf(out, sizeof out, "2.5.4.%u", unsigned(oid.content[2]));
    return true;
}

// The OID in dotted form, empty when it is not one.
QByteArray dottedOid(const Tlv &oid)
{
    if (char dotted[16]; shortAttributeOid(oid, dotted))
        return dotted;
    const unsigned char *q = oid.start;
    ASN1_OBJECT *obj = d2i_ASN1_OBJECT(nullptr, &q, static_cast<long>(oid.end() - oid.start));
    if (!obj) {
        ERR_clear_error();
        return {};
    }
    const int len = OBJ_obj2txt(nullptr, 0, obj, 1); // dotted, any arc size
    QByteArray dotted(len > 0 ? len + 1 : 0, '\0');
    if (len > 0)
        OBJ_obj2txt(dotted.data(), len + 1, obj, 1);
    ASN1_OBJECT_free(obj);
    if (len <= 0)
        return {};
    dotted.truncate(len);
    return dotted;
}

// Appends the attribute's name ("CN", or "OID(1.2.3)") to out; false when
// the OID is not one.
bool appendAttributeName(const Tlv &oid, QString &out)
{
    // 2.5.4.N (CN, O, OU: every name a batch issues) looked up without an
    // allocation: a batch reads one name per device (issue 20).
    if (char dotted[16]; shortAttributeOid(oid, dotted)) {
        for (const OidName &n : kNames) {
            if (std::strcmp(n.oid, dotted) == 0) {
                out += QLatin1StringView(n.name);
                return true;
            }
        }
    }
    const QByteArray dotted = dottedOid(oid);
    if (dotted.isEmpty())
        return false;
    for (const OidName &n : kNames) {
        if (std::strcmp(n.oid, dotted.constData()) == 0) {
            out += QLatin1StringView(n.name);
            return true;
        }
    }
    out += u"OID("_s + QLatin1StringView(dotted) + u')';
    return true;
}

} // namespace

QString drogueNameStringFromDer(const QByteArray &nameDer)
{
    const auto invalid = [] { return QString::fromLatin1(kDrogueInvalidName); };
    const auto *begin = reinterpret_cast<const unsigned char *>(nameDer.constData());
    const auto name = readTlv(begin, begin + nameDer.size());
    if (!name || name->tag != 16 || !name->constructed)
        return invalid();
    // Built in one string (a batch makes one per device): RDNs joined with
    // ", ", a multi-valued RDN's attributes with " + ".
    QString out;
    out.reserve(qsizetype(name->length) + 16);
    for (const unsigned char *p = name->content; p < name->end();) {
        const auto set = readTlv(p, name->end());
        if (!set || set->tag != 17 || !set->constructed || set->length == 0)
            return invalid();
        if (p != name->content)
            out += u", "_s;
        for (const unsigned char *a = set->content; a < set->end();) {
            const auto atv = readTlv(a, set->end());
            if (!atv || atv->tag != 16 || !atv->constructed)
                return invalid();
            const auto oid = readTlv(atv->content, atv->end());
            if (!oid || oid->tag != 6)
                return invalid();
            const auto value = readTlv(oid->end(), atv->end());
            if (!value)
                return invalid();
            if (a != set->content)
                out += u" + "_s;
            if (!appendAttributeName(*oid, out))
                return invalid();
            out += u'=';
            const auto *content = reinterpret_cast<const char *>(value->content);
            const auto length = static_cast<qsizetype>(value->length);
            if (isStringTag(value->tag)) {
                if (!validUtf8(value->content, value->length))
                    return invalid();
                if (std::all_of(content, content + length, [](char c) { return uchar(c) < 0x80; }))
                    out += QLatin1StringView(content, length); // ASCII: no decoding, no second string
                else
                    out += QString::fromUtf8(content, length);
            } else {
                out += upperHex(QByteArrayView(content, length));
            }
            a = atv->end();
        }
        p = set->end();
    }
    return out;
}

QString drogueNameString(const X509_NAME *name)
{
    if (!name)
        return {};
    const unsigned char *der = nullptr;
    size_t len = 0;
    if (X509_NAME_get0_der(name, &der, &len) != 1 || !der) {
        ERR_clear_error();
        return QString::fromLatin1(kDrogueInvalidName);
    }
    return drogueNameStringFromDer(QByteArray::fromRawData(reinterpret_cast<const char *>(der),
                                                           static_cast<qsizetype>(len)));
}

} // namespace dwb
