#include "core/crypto/RawKeys.h"

#include <algorithm>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/objects.h>

#include <memory>

namespace dwb::rawkeys {

namespace {

// One keygen context per thread and algorithm, made on first use.
struct KeygenContexts {
    EVP_PKEY_CTX *ed25519 = nullptr, *p256 = nullptr, *p384 = nullptr;
    KeygenContexts() = default;
    KeygenContexts(const KeygenContexts &) = delete;
    KeygenContexts &operator=(const KeygenContexts &) = delete;
    ~KeygenContexts()
    {
        EVP_PKEY_CTX_free(ed25519);
        EVP_PKEY_CTX_free(p256);
        EVP_PKEY_CTX_free(p384);
    }
};

// DER length octets (contents up to 64 KiB).
void appendLength(QByteArray &out, qsizetype len)
{
    if (len < 0x80) {
        out += static_cast<char>(len);
    } else if (len < 0x100) {
        out += '\x81';
        out += static_cast<char>(len);
    } else {
        out += '\x82';
        out += static_cast<char>(len >> 8);
        out += static_cast<char>(len & 0xff);
    }
}

void appendTlv(QByteArray &out, char tag, const QByteArray &content)
{
    out += tag;
    appendLength(out, content.size());
    out += content;
}

} // namespace

Kind kindOf(const EVP_PKEY *key)
{
    if (!key)
        return Kind::Other;
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_ED25519: return Kind::Ed25519;
    case EVP_PKEY_EC:
        switch (EVP_PKEY_get_bits(key)) {
        case 256: return Kind::P256;
        case 384: return Kind::P384;
        default: return Kind::Other;
        }
    default: return Kind::Other;
    }
}

EVP_PKEY_CTX *threadKeygenContext(KeyAlgorithm alg)
{
    if (alg != KeyAlgorithm::Ed25519 && alg != KeyAlgorithm::EcdsaP256 && alg != KeyAlgorithm::EcdsaP384)
        return nullptr;
    thread_local KeygenContexts contexts;
    EVP_PKEY_CTX **slot = alg == KeyAlgorithm::Ed25519     ? &contexts.ed25519
                          : alg == KeyAlgorithm::EcdsaP256 ? &contexts.p256
                                                           : &contexts.p384;
    if (!*slot) {
        EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, alg == KeyAlgorithm::Ed25519 ? "ED25519" : "EC", nullptr);
        if (!ctx || EVP_PKEY_keygen_init(ctx) <= 0
            || (alg != KeyAlgorithm::Ed25519
                && EVP_PKEY_CTX_set_group_name(ctx, alg == KeyAlgorithm::EcdsaP256 ? "P-256" : "P-384") <= 0)) {
            EVP_PKEY_CTX_free(ctx);
            return nullptr;
        }
        *slot = ctx;
    }
    return *slot;
}

bool rawPublicKey(const EVP_PKEY *key, Kind kind, QByteArray *out)
{
    unsigned char buf[160];
    size_t len = 0;
    if (kind == Kind::Ed25519) {
        len = 32;
        if (EVP_PKEY_get_raw_public_key(key, buf, &len) != 1 || len != 32)
            return false;
    } else if (kind == Kind::Other
               || EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, buf, sizeof buf, &len) != 1
               || len == 0 || buf[0] != 0x04) {
        return false;
    }
    *out = QByteArray(reinterpret_cast<const char *>(buf), static_cast<qsizetype>(len));
    return true;
}

QByteArray pkcs8Der(const EVP_PKEY *key)
{
    const Kind kind = kindOf(key);
    QByteArray der;
    if (kind == Kind::Other)
        return der;
    if (kind == Kind::Ed25519) {
        // RFC 8410: SEQUENCE { INTEGER 0, SEQUENCE { OID 1.3.101.112 }, OCTET STRING { OCTET STRING priv } }
        QByteArray priv(32, '\0');
        size_t len = 32;
        if (EVP_PKEY_get_raw_private_key(key, reinterpret_cast<unsigned char *>(priv.data()), &len) != 1
            || len != 32) {
            wipe(priv);
            return der;
        }
        der = QByteArray::fromHex("302e020100300506032b657004220420");
        der += priv;
        wipe(priv);
        return der;
    }
    // EC: the curve in the algorithm, ECPrivateKey { 1, priv, [1] public key }.
    const int size = kind == Kind::P256 ? 32 : 48;
    BIGNUM *bn = nullptr;
    QByteArray pub;
    if (EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_PRIV_KEY, &bn) != 1 || !rawPublicKey(key, kind, &pub)) {
        BN_clear_free(bn);
        return der;
    }
    std::unique_ptr<BIGNUM, decltype(&BN_clear_free)> owned(bn, &BN_clear_free);
    QByteArray priv(size, '\0');
    if (BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(priv.data()), size) != size) {
        wipe(priv);
        return der;
    }
    QByteArray ec("\x02\x01\x01", 3);
    appendTlv(ec, '\x04', priv);
    wipe(priv);
    QByteArray bits(1, '\0');
    bits += pub;
    QByteArray bitString;
    appendTlv(bitString, '\x03', bits);
    appendTlv(ec, '\xa1', bitString);
    QByteArray ecSeq;
    appendTlv(ecSeq, '\x30', ec);
    wipe(ec);
    QByteArray body("\x02\x01\x00", 3);
    body += kind == Kind::P256 ? QByteArray::fromHex("301306072a8648ce3d020106082a8648ce3d030107")
                               : QByteArray::fromHex("301006072a8648ce3d020106052b81040022");
    appendTlv(body, '\x04', ecSeq);
    wipe(ecSeq);
    appendTlv(der, '\x30', body);
    wipe(body);
    return der;
}

bool setRawPublicKey(X509 *x, const EVP_PKEY *key)
{
    const Kind kind = kindOf(key);
    QByteArray pub;
    X509_PUBKEY *spki = x ? X509_get_X509_PUBKEY(x) : nullptr;
    if (!spki || !rawPublicKey(key, kind, &pub))
        return false;
    auto *penc = static_cast<unsigned char *>(OPENSSL_memdup(pub.constData(), static_cast<size_t>(pub.size())));
    if (!penc)
        return false;
    int ok = 0;
    if (kind == Kind::Ed25519)
        ok = X509_PUBKEY_set0_param(spki, OBJ_nid2obj(NID_ED25519), V_ASN1_UNDEF, nullptr, penc,
                                    static_cast<int>(pub.size()));
    else
        ok = X509_PUBKEY_set0_param(spki, OBJ_nid2obj(NID_X9_62_id_ecPublicKey), V_ASN1_OBJECT,
                                    OBJ_nid2obj(kind == Kind::P256 ? NID_X9_62_prime256v1 : NID_secp384r1), penc,
                                    static_cast<int>(pub.size()));
    if (ok != 1)
        OPENSSL_free(penc);
    return ok == 1;
}

QByteArray pemWrap(const QByteArray &der, const char *label)
{
    QByteArray b64 = der.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 64 + 64);
    out += "-----BEGIN ";
    out += label;
    out += "-----\n";
    for (qsizetype i = 0; i < b64.size(); i += 64) {
        out.append(b64.constData() + i, std::min<qsizetype>(64, b64.size() - i)); // no copy per line
        out += '\n';
    }
    out += "-----END ";
    out += label;
    out += "-----\n";
    wipe(b64); // the base64 of a private key is a secret too
    return out;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace dwb::rawkeys
