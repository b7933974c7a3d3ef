#include "core/enrollment/BatchCrypto.h"

#include "core/crypto/Ossl.h"
#include "core/crypto/Profiles.h"
#include "core/crypto/RawKeys.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <atomic>
#include <array>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <mutex>
#include <thread>
#include <unordered_map>

#include <pthread.h>

namespace dwb {

namespace {

template <typename T, void (*F)(T *)>
struct Free {
    void operator()(T *p) const { F(p); }
};
using X509Ptr = std::unique_ptr<X509, Free<X509, X509_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Free<X509_EXTENSION, X509_EXTENSION_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Free<BIGNUM, BN_clear_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Free<EVP_MD_CTX, EVP_MD_CTX_free>>;

constexpr int kMaxCommonName = 64;
constexpr int kSerialSize = 16;
using Serial = std::array<unsigned char, kSerialSize>;

using rawkeys::Kind;
using rawkeys::kindOf;
using rawkeys::pemWrap;
using rawkeys::rawPublicKey;

// Random positive 128-bit serial, as the profile makes it (top byte 0x01..0x7f).
// Drawn from a per-thread pool of 64: each RAND_bytes() call costs ~2 us
// (its fork check is a getpid() system call), 5% of a certificate.
// A fork() (without exec) starts the pools anew in the child, so that
// parent and child never hand out the same serials.
std::atomic<unsigned> forkGeneration{0};

bool randomSerial(Serial *serial)
{
    static std::once_flag atfork;
    std::call_once(atfork, [] { ::pthread_atfork(nullptr, nullptr, [] { ++forkGeneration; }); });
    thread_local std::array<unsigned char, 64 * kSerialSize> pool;
    thread_local size_t used = pool.size();
    thread_local unsigned generation = 0;
    if (used == pool.size() || generation != forkGeneration.load(std::memory_order_relaxed)) {
        generation = forkGeneration.load(std::memory_order_relaxed);
        if (RAND_bytes(pool.data(), static_cast<int>(pool.size())) != 1)
            return false;
        used = 0;
    }
    std::memcpy(serial->data(), pool.data() + used, kSerialSize);
    used += kSerialSize;
    (*serial)[0] &= 0x7f;
    if ((*serial)[0] == 0)
        (*serial)[0] = 0x01;
    return true;
}

template <typename T, int (*I2d)(const T *, unsigned char **)>
QByteArray toDer(const T *obj)
{
    unsigned char *buf = nullptr;
    const int n = obj ? I2d(obj, &buf) : -1;
    QByteArray out = n > 0 ? QByteArray(reinterpret_cast<const char *>(buf), n) : QByteArray();
    OPENSSL_free(buf);
    return out;
}

// A minimal DER writer: tag, definite length (short or long form), contents.
namespace der {

enum Tag : unsigned char {
    Integer = 0x02,
    BitString = 0x03,
    Utf8String = 0x0c,
    UtcTime = 0x17,
    GeneralizedTime = 0x18,
    Sequence = 0x30,
    Set = 0x31,
    Extensions = 0xa3, // [3] EXPLICIT, constructed
};

QByteArray tlv(unsigned char tag, QByteArrayView contents)
{
    QByteArray out;
    out.reserve(contents.size() + 6);
    out.append(static_cast<char>(tag));
    const qsizetype n = contents.size();
    if (n < 0x80) {
        out.append(static_cast<char>(n));
    } else {
        char bytes[sizeof n];
        int k = 0;
        for (qsizetype v = n; v > 0; v >>= 8)
            bytes[k++] = static_cast<char>(v & 0xff);
        out.append(static_cast<char>(0x80 | k));
        while (k > 0)
            out.append(bytes[--k]);
    }
    out.append(contents);
    return out;
}

QByteArray tlv(unsigned char tag, const QByteArray &contents)
{
    return tlv(tag, QByteArrayView(contents));
}

// One RDN: SET { SEQUENCE { OID, UTF8String } }; oid is the OID's full TLV.
QByteArray rdn(QByteArrayView oid, QByteArrayView utf8)
{
    return tlv(Set, tlv(Sequence, oid.toByteArray() + tlv(Utf8String, utf8)));
}

// As ASN1_TIME_set() writes it (RFC 5280 4.1.2.5): UTCTime for 1950-2049,
// GeneralizedTime otherwise. Empty when the time cannot be converted.
QByteArray time(time_t t)
{
    std::tm tm{};
    if (!gmtime_r(&t, &tm))
        return {};
    const int year = tm.tm_year + 1900;
    char text[24];
    const bool utc = year >= 1950 && year <= 2049;
    const int n = utc ? std::snprintf(text, sizeof text, "%02d%02d%02d%02d%02d%02dZ", year % 100, tm.tm_mon + 1,
                                      tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec)
                      : std::snprintf(text, sizeof text, "%04d%02d%02d%02d%02d%02dZ", year, tm.tm_mon + 1,
                                      tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    if (n != (utc ? 13 : 15))
        return {};
    return tlv(utc ? UtcTime : GeneralizedTime, QByteArrayView(text, n));
}

const QByteArray kVersion3 = QByteArray::fromHex("a003020102");   // [0] EXPLICIT INTEGER 2
const QByteArray kOidCommonName = QByteArray::fromHex("0603550403"); // 2.5.4.3
const QByteArray kOidOrganization = QByteArray::fromHex("060355040a"); // 2.5.4.10
const QByteArray kOidOrganizationalUnit = QByteArray::fromHex("060355040b"); // 2.5.4.11

} // namespace der

// The parts of a device certificate's TBSCertificate that are the same for
// every device key of one kind in a batch, taken from a probe certificate
// that the object path made.
struct Template {
    std::once_flag once;
    std::atomic_bool ok{false};
    QByteArray sigAlg, issuer, spkiPrefix, eku, skiPrefix, akid;
};

int templateIndex(Kind kind)
{
    switch (kind) {
    case Kind::Ed25519: return 0;
    case Kind::P256: return 1;
    case Kind::P384: return 2;
    case Kind::Other: break;
    }
    return -1;
}

// A signing context initialised once per thread (EVP_DigestSignInit fetches
// the algorithm and sets up the key), copied for every signature.
struct SignContext {
    MdCtxPtr initialised, work;
};

std::atomic<quint64> nextIssuerId{1};

} // namespace

struct BatchIssuer::Private {
    QString app;
    PrivateKey caKey;
    Certificate anchor;
    int days = 365;
    time_t anchorEnd = 0; // the anchor's notAfter: no device certificate ends later (deviceValidityEnd)
    ExtPtr eku, akid;
    bool fast = false;

    // Template path.
    const quint64 id = nextIssuerId.fetch_add(1);
    QByteArray orgAndUnit; // the subject's O and OU RDNs
    size_t maxSignature = 0;
    Template templates[3];
    std::mutex mutex;
    std::unordered_map<std::thread::id, std::unique_ptr<SignContext>> signContexts;

    X509Ptr issueObject(const QString &device, const PrivateKey &key, const Serial &serial, time_t from);
    QByteArray tbs(const Template &t, const QByteArray &cn, const QByteArray &pub, const Serial &serial,
                   time_t from) const;
    QByteArray signedCertificate(const Template &t, const QByteArray &tbs);
    void prepare(Template &t, const PrivateKey &key, const QByteArray &pub);
    SignContext *signContext();
};

BatchIssuer::BatchIssuer(const QString &app, const PrivateKey &caKey, const Certificate &anchor, int days)
    : d(std::make_unique<Private>())
{
    d->app = app;
    d->caKey = caKey;
    d->anchor = anchor;
    d->days = days;
    d->anchorEnd = anchor.isNull() ? 0 : static_cast<time_t>(anchor.notAfter().toSecsSinceEpoch());
    // The profile's extensions, made once: extendedKeyUsage serverAuth +
    // clientAuth, authorityKeyIdentifier = the anchor's subjectKeyIdentifier.
    // Anything the profile would refuse (a non-CA anchor, a foreign key) goes
    // through issueDeviceCertificate, which says why.
    const ASN1_OCTET_STRING *skid = anchor.isNull() ? nullptr : X509_get0_subject_key_id(anchor.get());
    if (skid && days >= 1 && days <= 36500 && app.size() <= kMaxCommonName && !caKey.isNull()
        && caKey.hasPrivate() && anchor.isCa() && anchor.matches(caKey)) {
        d->eku.reset(X509V3_EXT_conf_nid(nullptr, nullptr, NID_ext_key_usage, "serverAuth,clientAuth"));
        AUTHORITY_KEYID *akid = AUTHORITY_KEYID_new();
        if (akid) {
            akid->keyid = ASN1_OCTET_STRING_dup(skid);
            if (akid->keyid)
                d->akid.reset(X509V3_EXT_i2d(NID_authority_key_identifier, 0, akid));
            AUTHORITY_KEYID_free(akid);
        }
        d->fast = d->eku && d->akid;
    }
    d->orgAndUnit = der::rdn(der::kOidOrganization, "Drogue IoT") + der::rdn(der::kOidOrganizationalUnit, app.toUtf8());
    // The template signs with the key types whose AlgorithmIdentifier depends
    // only on the key and digest (not RSA-PSS parameters, for example).
    switch (caKey.isNull() ? EVP_PKEY_NONE : EVP_PKEY_get_base_id(caKey.get())) {
    case EVP_PKEY_ED25519:
    case EVP_PKEY_ED448:
    case EVP_PKEY_EC:
    case EVP_PKEY_RSA: d->maxSignature = static_cast<size_t>(std::max(0, EVP_PKEY_get_size(caKey.get()))); break;
    default: break;
    }
    ERR_clear_error();
}

BatchIssuer::~BatchIssuer() = default;

Result<PrivateKey> BatchIssuer::generateKey(KeyAlgorithm alg, const std::atomic_bool *cancel) const
{
    return PrivateKey::generate(alg, cancel); // per-thread keygen contexts (RawKeys.h)
}

Result<SecretBytes> BatchIssuer::keyPem(const PrivateKey &key) const
{
    return key.toPkcs8Pem(); // raw PKCS#8 for Ed25519/EC (RawKeys.h)
}

// The certificate through OpenSSL's objects, signed; null on failure.
X509Ptr BatchIssuer::Private::issueObject(const QString &device, const PrivateKey &key, const Serial &serial,
                                          time_t from)
{
    X509Ptr x(X509_new());
    if (!x || X509_set_version(x.get(), X509_VERSION_3) != 1)
        return {};
    BnPtr bn(BN_bin2bn(serial.data(), kSerialSize, nullptr));
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(x.get())))
        return {};
    const Result<time_t> until = deviceValidityEnd(from, days, anchorEnd, {});
    if (!until)
        return {};
    // The subject is filled in place (X509_set_subject_name would copy it
    // through an encode/decode round trip).
    X509_NAME *subject = X509_get_subject_name(x.get());
    if (!subject)
        return {};
    const QByteArray cn = device.toUtf8(), org("Drogue IoT"), ou = app.toUtf8();
    for (auto [nid, value] : {std::pair{NID_commonName, &cn}, std::pair{NID_organizationName, &org},
                              std::pair{NID_organizationalUnitName, &ou}}) {
        if (X509_NAME_add_entry_by_NID(subject, nid, MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char *>(value->constData()),
                                       static_cast<int>(value->size()), -1, 0)
            != 1)
            return {};
    }
    if (!ASN1_TIME_set(X509_getm_notBefore(x.get()), from) || !ASN1_TIME_set(X509_getm_notAfter(x.get()), *until)
        || X509_set_issuer_name(x.get(), X509_get_subject_name(anchor.get())) != 1)
        return {};

    // The public key from its raw bytes (no encode/decode round trip).
    QByteArray pub;
    if (!rawPublicKey(key.get(), kindOf(key.get()), &pub) || !rawkeys::setRawPublicKey(x.get(), key.get()))
        return {};

    // extendedKeyUsage, subjectKeyIdentifier (SHA-1 of the public key bits,
    // as "hash" does), authorityKeyIdentifier: the profile's order.
    const QByteArray skidBytes = QCryptographicHash::hash(pub, QCryptographicHash::Sha1);
    ASN1_OCTET_STRING *skid = ASN1_OCTET_STRING_new();
    if (!skid
        || ASN1_OCTET_STRING_set(skid, reinterpret_cast<const unsigned char *>(skidBytes.constData()),
                                 static_cast<int>(skidBytes.size()))
               != 1) {
        ASN1_OCTET_STRING_free(skid);
        return {};
    }
    const int added = X509_add_ext(x.get(), eku.get(), -1) == 1
                      && X509_add1_ext_i2d(x.get(), NID_subject_key_identifier, skid, 0, X509V3_ADD_DEFAULT) == 1
                      && X509_add_ext(x.get(), akid.get(), -1) == 1;
    ASN1_OCTET_STRING_free(skid);
    if (!added || X509_sign(x.get(), caKey.get(), ossl::signingDigest(caKey.get())) <= 0)
        return {};
    return x;
}

// TBSCertificate ::= SEQUENCE { [0] version, serialNumber, signature, issuer,
// validity, subject, subjectPublicKeyInfo, [3] extensions } (RFC 5280 4.1).
QByteArray BatchIssuer::Private::tbs(const Template &t, const QByteArray &cn, const QByteArray &pub,
                                     const Serial &serial, time_t from) const
{
    const Result<time_t> until = deviceValidityEnd(from, days, anchorEnd, {});
    if (!until)
        return {};
    const QByteArray notBefore = der::time(from), notAfter = der::time(*until);
    if (notBefore.isEmpty() || notAfter.isEmpty())
        return {};
    const QByteArray skid = QCryptographicHash::hash(pub, QCryptographicHash::Sha1);
    QByteArray body;
    body.reserve(512);
    body += der::kVersion3;
    body += der::tlv(der::Integer,
                     QByteArrayView(reinterpret_cast<const char *>(serial.data()), kSerialSize));
    body += t.sigAlg;
    body += t.issuer;
    body += der::tlv(der::Sequence, notBefore + notAfter);
    body += der::tlv(der::Sequence, der::rdn(der::kOidCommonName, cn) + orgAndUnit);
    body += t.spkiPrefix;
    body += pub;
    body += der::tlv(der::Extensions, der::tlv(der::Sequence, t.eku + t.skiPrefix + skid + t.akid));
    return der::tlv(der::Sequence, body);
}

SignContext *BatchIssuer::Private::signContext()
{
    // Each pool thread finds its context without the lock after its first
    // certificate; the contexts belong to the issuer and die with it, so a
    // stale cache entry of a thread (another issuer's id) is never used.
    struct Cache {
        quint64 issuer = 0;
        SignContext *context = nullptr;
    };
    thread_local Cache cache;
    if (cache.issuer == id)
        return cache.context;
    std::lock_guard lock(mutex);
    std::unique_ptr<SignContext> &slot = signContexts[std::this_thread::get_id()];
    if (!slot) {
        auto c = std::make_unique<SignContext>();
        c->initialised.reset(EVP_MD_CTX_new());
        c->work.reset(EVP_MD_CTX_new());
        if (!c->initialised || !c->work
            || EVP_DigestSignInit(c->initialised.get(), nullptr, ossl::signingDigest(caKey.get()), nullptr, caKey.get())
                   != 1)
            return nullptr;
        slot = std::move(c);
    }
    cache = {id, slot.get()};
    return slot.get();
}

// Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING }.
QByteArray BatchIssuer::Private::signedCertificate(const Template &t, const QByteArray &tbs)
{
    SignContext *c = signContext();
    if (!c || tbs.isEmpty() || EVP_MD_CTX_copy_ex(c->work.get(), c->initialised.get()) != 1)
        return {};
    QByteArray signature(static_cast<qsizetype>(maxSignature) + 1, '\0'); // 0x00: no unused bits
    size_t len = maxSignature;
    if (EVP_DigestSign(c->work.get(), reinterpret_cast<unsigned char *>(signature.data()) + 1, &len,
                       reinterpret_cast<const unsigned char *>(tbs.constData()), static_cast<size_t>(tbs.size()))
        != 1)
        return {};
    signature.truncate(static_cast<qsizetype>(len) + 1);
    return der::tlv(der::Sequence, tbs + t.sigAlg + der::tlv(der::BitString, signature));
}

// Takes the template's parts from a probe certificate that the object path
// issues for this key (fixed serial and name, the current time), and enables
// the template only when the TBSCertificate it assembles for the probe is the
// object path's byte for byte and the certificate verifies with the anchor's
// key. Whatever OpenSSL would do differently for this CA (string types,
// algorithm parameters, time formats) leaves the object path in charge.
void BatchIssuer::Private::prepare(Template &t, const PrivateKey &key, const QByteArray &pub)
{
    if (maxSignature == 0)
        return;
    const Serial serial{0x5a, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    const time_t from = std::time(nullptr);
    const QString device = QStringLiteral("probe");
    X509Ptr probe = issueObject(device, key, serial, from);
    if (!probe || X509_get_ext_count(probe.get()) != 3) {
        ERR_clear_error();
        return;
    }
    t.sigAlg = toDer<X509_ALGOR, i2d_X509_ALGOR>(X509_get0_tbs_sigalg(probe.get()));
    t.issuer = toDer<X509_NAME, i2d_X509_NAME>(X509_get_issuer_name(probe.get()));
    const QByteArray spki = toDer<X509_PUBKEY, i2d_X509_PUBKEY>(X509_get_X509_PUBKEY(probe.get()));
    t.eku = toDer<X509_EXTENSION, i2d_X509_EXTENSION>(X509_get_ext(probe.get(), 0));
    const QByteArray ski = toDer<X509_EXTENSION, i2d_X509_EXTENSION>(X509_get_ext(probe.get(), 1));
    t.akid = toDer<X509_EXTENSION, i2d_X509_EXTENSION>(X509_get_ext(probe.get(), 2));
    const QByteArray skid = QCryptographicHash::hash(pub, QCryptographicHash::Sha1);
    if (!spki.endsWith(pub) || !ski.endsWith(skid)) {
        ERR_clear_error();
        return;
    }
    t.spkiPrefix = spki.chopped(pub.size());
    t.skiPrefix = ski.chopped(skid.size());

    const QByteArray objectTbs = [&] {
        unsigned char *buf = nullptr;
        const int n = i2d_re_X509_tbs(probe.get(), &buf);
        QByteArray out = n > 0 ? QByteArray(reinterpret_cast<const char *>(buf), n) : QByteArray();
        OPENSSL_free(buf);
        return out;
    }();
    const QByteArray templateTbs = tbs(t, device.toUtf8(), pub, serial, from);
    if (objectTbs.isEmpty() || templateTbs != objectTbs) {
        ERR_clear_error();
        return;
    }
    const QByteArray cert = signedCertificate(t, templateTbs);
    const auto *p = reinterpret_cast<const unsigned char *>(cert.constData());
    X509Ptr parsed(cert.isEmpty() ? nullptr : d2i_X509(nullptr, &p, cert.size()));
    t.ok = parsed && p == reinterpret_cast<const unsigned char *>(cert.constData()) + cert.size()
           && X509_verify(parsed.get(), X509_get0_pubkey(anchor.get())) == 1;
    ERR_clear_error();
}

Result<QByteArray> BatchIssuer::issuePem(const QString &device, const PrivateKey &deviceKey, QByteArray *der) const
{
    auto wrap = [der](const QByteArray &certDer) {
        if (der)
            *der = certDer;
        return pemWrap(certDer, "CERTIFICATE");
    };
    auto generic = [&]() -> Result<QByteArray> {
        auto cert = issueDeviceCertificate(device, d->app, deviceKey, d->caKey, d->anchor, d->days);
        if (!cert)
            return cert.error();
        return wrap(cert->toDer());
    };
    const Kind kind = deviceKey.isNull() ? Kind::Other : kindOf(deviceKey.get());
    if (!d->fast || kind == Kind::Other || device.isEmpty() || device.size() > kMaxCommonName)
        return generic();
    QByteArray pub;
    Serial serial;
    if (!rawPublicKey(deviceKey.get(), kind, &pub) || !randomSerial(&serial))
        return generic();
    const time_t from = std::time(nullptr);
    if (from >= d->anchorEnd)
        return generic(); // which says that the anchor has expired

    // The template, checked against the object path on this kind's first key.
    Template &t = d->templates[templateIndex(kind)];
    std::call_once(t.once, [&] { d->prepare(t, deviceKey, pub); });
    if (t.ok) {
        const QByteArray cert = d->signedCertificate(t, d->tbs(t, device.toUtf8(), pub, serial, from));
        if (!cert.isEmpty())
            return wrap(cert);
        ERR_clear_error();
    }

    X509Ptr x = d->issueObject(device, deviceKey, serial, from);
    unsigned char *buf = nullptr;
    const int n = x ? i2d_X509(x.get(), &buf) : -1;
    if (n <= 0)
        return generic();
    QByteArray pem = wrap(QByteArray(reinterpret_cast<const char *>(buf), n));
    OPENSSL_free(buf);
    return pem;
}

bool BatchIssuer::usesTemplate(KeyAlgorithm alg) const
{
    const int i = alg == KeyAlgorithm::Ed25519     ? 0
                  : alg == KeyAlgorithm::EcdsaP256 ? 1
                  : alg == KeyAlgorithm::EcdsaP384 ? 2
                                                   : -1;
    return i >= 0 && d->templates[i].ok;
}

} // namespace dwb
