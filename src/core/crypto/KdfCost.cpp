#include "core/crypto/KdfCost.h"

#include <QCoreApplication>

#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pkcs7.h>

#include <cstdint>
#include <memory>

namespace dwb {

namespace {

// The messages keep the translation context of the importer they came from.
QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

// Key derivation cost a file may ask for. The iteration count (PBKDF2, PKCS#12
// PBE and MAC) and scrypt's N*r*p come from the file: 2^31 PBKDF2 rounds keep
// the importer busy for hours, so more than these bounds is refused before
// any derivation runs. The workbench writes 600,000 (PrivateKey.cpp).
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
constexpr long kMaxPbeIterations = 10'000'000;
constexpr uint64_t kMaxScryptWork = uint64_t(1) << 26; // N * r * p
#else
// The libFuzzer build only (./run fuzz, never shipped): a derivation costs at
// most a few dozen rounds, so that fuzz_import keeps thousands of runs a
// second; its seeds encrypt with counts below these (tests/fuzz/make-corpus.sh)
// and still reach every decrypting path.
constexpr long kMaxPbeIterations = 64;
constexpr uint64_t kMaxScryptWork = uint64_t(1) << 11;
#endif

Error tooCostly(const QString &what, const QString &detail)
{
    return Error(ErrorCode::UnsupportedKey,
                 tr("%1 asks for a key derivation far costlier than any real file (%2); it is refused.")
                     .arg(what, detail));
}

// An iteration count within the bound (absent: 1). Negative or zero counts are
// left to OpenSSL, which refuses them.
bool iterationsOk(const ASN1_INTEGER *iter)
{
    if (!iter)
        return true;
    int64_t v = 0;
    if (ASN1_INTEGER_get_int64(&v, iter) != 1) {
        ERR_clear_error();
        return false; // does not fit in 64 bits
    }
    return v <= kMaxPbeIterations;
}

template <typename T>
using AsnPtr = std::unique_ptr<T, void (*)(T *)>;

template <typename T>
AsnPtr<T> unpack(const ASN1_TYPE *param, const ASN1_ITEM *item, void (*freeFn)(T *))
{
    T *obj = param ? static_cast<T *>(ASN1_TYPE_unpack_sequence(item, param)) : nullptr;
    if (!obj)
        ERR_clear_error();
    return AsnPtr<T>(obj, freeFn);
}

} // namespace

Status checkPbeCost(const X509_ALGOR *alg, const QString &what)
{
    if (!alg)
        return {};
    if (OBJ_obj2nid(alg->algorithm) == NID_pbes2) {
        auto pbe2 = unpack<PBE2PARAM>(alg->parameter, ASN1_ITEM_rptr(PBE2PARAM), PBE2PARAM_free);
        if (!pbe2 || !pbe2->keyfunc)
            return {};
        const int kdf = OBJ_obj2nid(pbe2->keyfunc->algorithm);
        if (kdf == NID_id_pbkdf2) {
            auto p = unpack<PBKDF2PARAM>(pbe2->keyfunc->parameter, ASN1_ITEM_rptr(PBKDF2PARAM),
                                         PBKDF2PARAM_free);
            if (p && !iterationsOk(p->iter))
                return tooCostly(what, tr("PBKDF2 with more than %L1 iterations").arg(kMaxPbeIterations));
        } else if (kdf == NID_id_scrypt) {
            auto p = unpack<SCRYPT_PARAMS>(pbe2->keyfunc->parameter, ASN1_ITEM_rptr(SCRYPT_PARAMS),
                                           SCRYPT_PARAMS_free);
            uint64_t n = 0, r = 0, par = 0;
            if (p && ASN1_INTEGER_get_uint64(&n, p->costParameter) == 1
                && ASN1_INTEGER_get_uint64(&r, p->blockSize) == 1
                && ASN1_INTEGER_get_uint64(&par, p->parallelizationParameter) == 1) {
                if (n > kMaxScryptWork || r > kMaxScryptWork || par > kMaxScryptWork
                    || n * r > kMaxScryptWork || n * r * par > kMaxScryptWork)
                    return tooCostly(what, tr("scrypt with N*r*p above %L1").arg(qulonglong(kMaxScryptWork)));
            }
            ERR_clear_error();
        }
        return {};
    }
    // PKCS#5 v1 and PKCS#12 PBE algorithms: PBEParameter {salt, iterations}.
    auto p = unpack<PBEPARAM>(alg->parameter, ASN1_ITEM_rptr(PBEPARAM), PBEPARAM_free);
    if (p && !iterationsOk(p->iter))
        return tooCostly(what, tr("more than %L1 iterations").arg(kMaxPbeIterations));
    return {};
}

namespace {

// Every shrouded key bag, also in nested safe contents.
Status checkBagsCost(const STACK_OF(PKCS12_SAFEBAG) *bags, const QString &what, int depth = 0)
{
    for (int i = 0; bags && depth < 8 && i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, i);
        const int nid = PKCS12_SAFEBAG_get_nid(bag);
        if (nid == NID_pkcs8ShroudedKeyBag) {
            const X509_ALGOR *alg = nullptr;
            if (const X509_SIG *sig = PKCS12_SAFEBAG_get0_pkcs8(bag))
                X509_SIG_get0(sig, &alg, nullptr);
            if (Status st = checkPbeCost(alg, what); !st)
                return st;
        } else if (nid == NID_safeContentsBag) {
            if (Status st = checkBagsCost(PKCS12_SAFEBAG_get0_safes(bag), what, depth + 1); !st)
                return st;
        }
    }
    return {};
}

} // namespace

Status checkPkcs12Cost(PKCS12 *p12, const QByteArray &pass, const QString &what)
{
    if (PKCS12_mac_present(p12)) {
        const ASN1_INTEGER *macIter = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &macIter, p12);
        if (!iterationsOk(macIter))
            return tooCostly(what, tr("a MAC with more than %L1 iterations").arg(kMaxPbeIterations));
    }
    using Safes = std::unique_ptr<STACK_OF(PKCS7), void (*)(STACK_OF(PKCS7) *)>;
    using Bags = std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), void (*)(STACK_OF(PKCS12_SAFEBAG) *)>;
    const auto freeSafes = [](STACK_OF(PKCS7) *s) { sk_PKCS7_pop_free(s, PKCS7_free); };
    const auto freeBags = [](STACK_OF(PKCS12_SAFEBAG) *b) { sk_PKCS12_SAFEBAG_pop_free(b, PKCS12_SAFEBAG_free); };
    Safes safes(PKCS12_unpack_authsafes(p12), freeSafes);
    ERR_clear_error();
    for (int i = 0; safes && i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7 *p7 = sk_PKCS7_value(safes.get(), i);
        Bags bags(nullptr, freeBags);
        const int nid = OBJ_obj2nid(p7->type);
        if (nid == NID_pkcs7_data) {
            bags.reset(PKCS12_unpack_p7data(p7));
        } else if (nid == NID_pkcs7_encrypted) {
            if (p7->d.encrypted && p7->d.encrypted->enc_data) {
                if (Status st = checkPbeCost(p7->d.encrypted->enc_data->algorithm, what); !st)
                    return st;
            }
            // Its bags can only be seen decrypted (cost checked just now); with
            // no passphrase, PKCS12_parse tries an empty and an absent one.
            bags.reset(PKCS12_unpack_p7encdata(p7, pass.isEmpty() ? "" : pass.constData(),
                                               static_cast<int>(pass.size())));
            if (!bags && pass.isEmpty())
                bags.reset(PKCS12_unpack_p7encdata(p7, nullptr, 0));
        }
        ERR_clear_error();
        if (Status st = checkBagsCost(bags.get(), what); !st)
            return st;
    }
    return {};
}

} // namespace dwb
