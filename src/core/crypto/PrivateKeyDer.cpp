#include "core/crypto/PrivateKeyDer.h"

#include <openssl/asn1.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evperr.h>
#include <openssl/objects.h>

#include <deque>
#include <string>

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

// OpenSSL's decoders for one structure and key type (keytype: a key
// manager's name or OID, as the providers list them), set up once per thread
// and kept. Setting them up is most of the cost even for one key type (the
// walk over every decoder by name, under a global lock); a context decodes
// any number of times (3.2 keeps such contexts for the same reason): each
// OSSL_DECODER_from_data() starts afresh and clears its passphrase cache
// (none is set: these decode unencrypted keys), the key goes to the slot the
// context was made with, taken out after every call.
struct DecoderContext {
    std::string structure;
    std::string keytype;
    OSSL_DECODER_CTX *ctx = nullptr;
    EVP_PKEY *result = nullptr; // where ctx puts a decoded key
};

struct ThreadDecoders {
    // A deque: an element stays where it is, and its context writes to its result.
    std::deque<DecoderContext> contexts;
    ThreadDecoders() = default;
    ThreadDecoders(const ThreadDecoders &) = delete;
    ThreadDecoders &operator=(const ThreadDecoders &) = delete;
    ~ThreadDecoders() { clear(); }
    void clear()
    {
        for (DecoderContext &c : contexts)
            OSSL_DECODER_CTX_free(c.ctx);
        contexts.clear();
    }
};

thread_local ThreadDecoders t_decoders;

// At most this many contexts per thread: the key types come from the
// providers' key managers (about 15, by name or OID), never from the input
// (a name no key manager has gets none), so the bound is never met in practice.
constexpr size_t kMaxThreadDecoders = 32;

// The thread's context for a structure and key type, made on first use;
// nullptr (with OpenSSL's reasons, as its generic readers give them) for a
// key type this build has no decoder for.
DecoderContext *decoderFor(const char *structure, const char *keytype)
{
    DecoderContext *found = nullptr;
    for (DecoderContext &c : t_decoders.contexts) {
        if (c.structure == structure && c.keytype == keytype)
            found = &c;
    }
    if (!found) {
        // An OID or name that no key manager has (the key type of a PKCS#8
        // comes from the input): a lookup, no decoder set-up, nothing kept.
        ERR_set_mark();
        EVP_KEYMGMT *keymgmt = EVP_KEYMGMT_fetch(nullptr, keytype, nullptr);
        EVP_KEYMGMT_free(keymgmt);
        if (keymgmt && t_decoders.contexts.size() < kMaxThreadDecoders) {
            found = &t_decoders.contexts.emplace_back();
            found->structure = structure;
            found->keytype = keytype;
            found->ctx = OSSL_DECODER_CTX_new_for_pkey(&found->result, "DER", structure, keytype,
                                                       EVP_PKEY_KEYPAIR, nullptr, nullptr);
            if (found->ctx && OSSL_DECODER_CTX_get_num_decoders(found->ctx) == 0) {
                OSSL_DECODER_CTX_free(found->ctx); // kept as "none": a key manager without decoders
                found->ctx = nullptr;
            }
        }
        ERR_pop_to_mark();
    }
    if (found && found->ctx)
        return found;
    // OpenSSL's generic readers say so with these two reasons
    // (EVP_PKEY_set_type), which tell "an algorithm this build does not
    // have" from a wrong passphrase.
    ERR_raise(ERR_LIB_EVP, EVP_R_UNSUPPORTED_ALGORITHM);
    ERR_raise_data(ERR_LIB_EVP, EVP_R_UNSUPPORTED_PRIVATE_KEY_ALGORITHM, "TYPE=%s", keytype);
    return nullptr;
}

EVP_PKEY *decodeAs(const unsigned char *der, size_t len, const char *structure, const char *keytype)
{
    DecoderContext *decoder = decoderFor(structure, keytype);
    if (!decoder)
        return nullptr;
    const unsigned char *p = der;
    size_t left = len;
    const bool ok = OSSL_DECODER_from_data(decoder->ctx, &p, &left) == 1;
    EVP_PKEY *pkey = decoder->result;
    decoder->result = nullptr;
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

void releaseThreadDecoders()
{
    t_decoders.clear();
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
