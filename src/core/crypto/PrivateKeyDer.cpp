#include "core/crypto/PrivateKeyDer.h"

#include <openssl/asn1.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evperr.h>
#include <openssl/objects.h>

namespace dwb::keyder {

namespace {

// The private-key forms, told apart by the element after the version:
// PKCS#8 PrivateKeyInfo (an AlgorithmIdentifier), EC's ECPrivateKey (an
// OCTET STRING), DSA's six INTEGERs, RSA's nine or more.
enum class Shape { None, Pkcs8, Ec, Dsa, Rsa };

struct Header {
    bool ok = false;
    bool constructed = false;
    bool indefinite = false; // BER: ends with two zero bytes
    int tag = -1;
    int cls = -1;
    long length = 0;
    const unsigned char *content = nullptr;

    bool is(int universalTag) const { return ok && cls == V_ASN1_UNIVERSAL && tag == universalTag; }
};

// One DER/BER header within `available` bytes (errors stay in the queue: the
// caller has set a mark).
Header readHeader(const unsigned char *p, long available)
{
    Header h;
    h.content = p;
    const int ret = ASN1_get_object(&h.content, &h.length, &h.tag, &h.cls, available);
    h.ok = (ret & 0x80) == 0;
    h.constructed = (ret & V_ASN1_CONSTRUCTED) != 0;
    h.indefinite = (ret & 1) != 0;
    return h;
}

// The form of the bytes, from their headers only (the same tests as OpenSSL's
// own d2i_AutoPrivateKey fallback, which counts the elements). Whether the
// contents are a valid key is left to the decoder.
Shape shapeOf(const QByteArray &der)
{
    const auto *start = reinterpret_cast<const unsigned char *>(der.constData());
    ERR_set_mark();
    Shape shape = Shape::None;
    const Header seq = readHeader(start, long(der.size()));
    if (seq.is(V_ASN1_SEQUENCE) && seq.constructed) {
        const unsigned char *end = seq.indefinite ? start + der.size() : seq.content + seq.length;
        const unsigned char *p = seq.content;
        int integers = 0;
        for (int i = 0; i < 8 && p < end; ++i) {
            const Header e = readHeader(p, long(end - p));
            if (i == 1 && e.is(V_ASN1_SEQUENCE) && e.constructed) {
                shape = Shape::Pkcs8;
                break;
            }
            if (i == 1 && e.is(V_ASN1_OCTET_STRING)) {
                shape = Shape::Ec;
                break;
            }
            if (!e.is(V_ASN1_INTEGER) || e.constructed)
                break;
            ++integers;
            p = e.content + e.length;
        }
        const bool atEnd = p == end || (seq.indefinite && end - p >= 2 && p[0] == 0 && p[1] == 0);
        if (shape == Shape::None && integers >= 2)
            shape = integers == 6 && atEnd ? Shape::Dsa : Shape::Rsa;
    }
    ERR_pop_to_mark();
    return shape;
}

// OpenSSL's decoders for one structure and key type; keytype names a key
// manager (its name or OID, as the providers list them).
EVP_PKEY *decodeAs(const unsigned char *der, size_t len, const char *structure, const char *keytype)
{
    EVP_PKEY *pkey = nullptr;
    OSSL_DECODER_CTX *ctx = OSSL_DECODER_CTX_new_for_pkey(&pkey, "DER", structure, keytype, EVP_PKEY_KEYPAIR,
                                                          nullptr, nullptr);
    if (!ctx)
        return nullptr;
    if (OSSL_DECODER_CTX_get_num_decoders(ctx) == 0) {
        // No key manager of that name: OpenSSL's generic readers say so
        // with these two reasons (EVP_PKEY_set_type), which tell "an
        // algorithm this build does not have" from a wrong passphrase.
        OSSL_DECODER_CTX_free(ctx);
        ERR_raise(ERR_LIB_EVP, EVP_R_UNSUPPORTED_ALGORITHM);
        ERR_raise_data(ERR_LIB_EVP, EVP_R_UNSUPPORTED_PRIVATE_KEY_ALGORITHM, "TYPE=%s", keytype);
        return nullptr;
    }
    const unsigned char *p = der;
    size_t left = len;
    const bool ok = OSSL_DECODER_from_data(ctx, &p, &left) == 1;
    OSSL_DECODER_CTX_free(ctx);
    if (!ok) {
        EVP_PKEY_free(pkey);
        return nullptr;
    }
    return pkey;
}

// The key type of a PKCS#8 structure: its algorithm's OID in dotted form,
// which every key manager lists among its names ("EC:id-ecPublicKey:1.2.840.10045.2.1").
struct KeyTypeName {
    char text[80] = {};
    bool ok = false;
};

KeyTypeName keyTypeOf(const PKCS8_PRIV_KEY_INFO *p8)
{
    KeyTypeName name;
    const ASN1_OBJECT *oid = nullptr;
    if (PKCS8_pkey_get0(&oid, nullptr, nullptr, nullptr, p8) == 1 && oid) {
        const int n = OBJ_obj2txt(name.text, sizeof name.text, oid, 1);
        name.ok = n > 0 && n < int(sizeof name.text);
    }
    return name;
}

} // namespace

EVP_PKEY *decode(const QByteArray &der, Expect expect)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    const size_t len = size_t(der.size());
    const Shape shape = shapeOf(der);
    if (shape == Shape::None || (shape != Shape::Pkcs8 && expect == Expect::Pkcs8)) {
        ERR_raise_data(ERR_LIB_ASN1, ASN1_R_ASN1_PARSE_ERROR, "not a private key of the expected form");
        return nullptr;
    }
    const char *labelType = expect == Expect::Rsa ? "RSA" : expect == Expect::Ec ? "EC" : nullptr;
    if (shape == Shape::Pkcs8) {
        if (labelType)
            return decodeAs(bytes, len, "PrivateKeyInfo", labelType);
        const unsigned char *p = bytes;
        PKCS8_PRIV_KEY_INFO *p8 = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(len));
        const KeyTypeName type = p8 ? keyTypeOf(p8) : KeyTypeName{};
        PKCS8_PRIV_KEY_INFO_free(p8);
        return type.ok ? decodeAs(bytes, len, "PrivateKeyInfo", type.text) : nullptr;
    }
    const char *shapeType = shape == Shape::Ec ? "EC" : shape == Shape::Dsa ? "DSA" : "RSA";
    return decodeAs(bytes, len, "type-specific", labelType ? labelType : shapeType);
}

EVP_PKEY *fromPkcs8(const PKCS8_PRIV_KEY_INFO *p8)
{
    const KeyTypeName type = keyTypeOf(p8);
    unsigned char *der = nullptr;
    const int len = type.ok ? i2d_PKCS8_PRIV_KEY_INFO(p8, &der) : 0;
    EVP_PKEY *pkey = len > 0 ? decodeAs(der, size_t(len), "PrivateKeyInfo", type.text) : nullptr;
    OPENSSL_clear_free(der, size_t(len > 0 ? len : 0));
    return pkey;
}

} // namespace dwb::keyder
