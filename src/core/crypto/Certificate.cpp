#include "core/crypto/Certificate.h"

#include "core/crypto/Ossl.h"

#include <QCoreApplication>

#include <openssl/asn1.h>
#include <openssl/objects.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <cstring>

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Certificate", text);
}

QDateTime asn1TimeToDateTime(const ASN1_TIME *t)
{
    struct tm tm {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

} // namespace

QString rfc4514NameString(const X509_NAME *name)
{
    if (!name)
        return {};
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(len));
}

Certificate::Certificate(X509 *owned) : m_x509(owned) {}

Certificate::Certificate(const Certificate &other) : m_x509(other.m_x509)
{
    if (m_x509)
        X509_up_ref(m_x509);
}

Certificate &Certificate::operator=(const Certificate &other)
{
    if (this != &other) {
        if (other.m_x509)
            X509_up_ref(other.m_x509);
        X509_free(m_x509);
        m_x509 = other.m_x509;
    }
    return *this;
}

Certificate::Certificate(Certificate &&other) noexcept : m_x509(other.m_x509)
{
    other.m_x509 = nullptr;
}

Certificate &Certificate::operator=(Certificate &&other) noexcept
{
    if (this != &other) {
        X509_free(m_x509);
        m_x509 = other.m_x509;
        other.m_x509 = nullptr;
    }
    return *this;
}

Certificate::~Certificate() { X509_free(m_x509); }

namespace {

// Whether OpenSSL writes x back in a form it reads again. A certificate that
// OpenSSL reads but writes back unreadable (malformed parameters of its
// signature algorithm, found by fuzz_certificate) would be exported, stored
// and fingerprinted as bytes that nothing can read. read: the bytes x was
// read from, when known; written back the same, they are readable.
bool writesBackReadably(X509 *x, const unsigned char *read, size_t readSize)
{
    unsigned char *buf = nullptr;
    const int len = i2d_X509(x, &buf);
    if (len <= 0)
        return false;
    bool ok = read && size_t(len) == readSize && std::memcmp(buf, read, readSize) == 0;
    if (!ok) {
        const unsigned char *p = buf;
        X509 *again = d2i_X509(nullptr, &p, len);
        ok = again != nullptr;
        X509_free(again);
    }
    OPENSSL_free(buf);
    return ok;
}

} // namespace

Result<Certificate> Certificate::fromDer(const QByteArray &der)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *p = begin;
    X509 *x = d2i_X509(nullptr, &p, der.size());
    if (!x)
        return Error(ErrorCode::UnknownFormat, tr("The data is not a DER certificate."), ossl::takeErrors());
    if (!writesBackReadably(x, begin, size_t(p - begin))) {
        X509_free(x);
        ERR_clear_error();
        return Error(ErrorCode::UnknownFormat, tr("The data is not a DER certificate."),
                     QStringLiteral("OpenSSL cannot write it back readably"));
    }
    return Certificate(x);
}

Result<Certificate> Certificate::fromPem(const QByteArray &pem)
{
    ossl::Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    X509 *x = bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!x)
        return Error(ErrorCode::UnknownFormat, tr("The text holds no PEM certificate."), ossl::takeErrors());
    if (!writesBackReadably(x, nullptr, 0)) {
        X509_free(x);
        ERR_clear_error();
        return Error(ErrorCode::UnknownFormat, tr("The text holds no PEM certificate."),
                     QStringLiteral("OpenSSL cannot write it back readably"));
    }
    return Certificate(x);
}

QByteArray Certificate::toPem() const
{
    if (!m_x509)
        return {};
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), m_x509) != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

QByteArray Certificate::toDer() const
{
    if (!m_x509)
        return {};
    unsigned char *buf = nullptr;
    const int len = i2d_X509(m_x509, &buf);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

QString Certificate::subjectString() const { return m_x509 ? drogueNameString(X509_get_subject_name(m_x509)) : QString(); }
QString Certificate::issuerString() const { return m_x509 ? drogueNameString(X509_get_issuer_name(m_x509)) : QString(); }
QString Certificate::subjectRfc4514() const { return m_x509 ? rfc4514NameString(X509_get_subject_name(m_x509)) : QString(); }
QString Certificate::issuerRfc4514() const { return m_x509 ? rfc4514NameString(X509_get_issuer_name(m_x509)) : QString(); }

QString Certificate::serialHex() const
{
    if (!m_x509)
        return {};
    ossl::BignumPtr bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_x509), nullptr));
    if (!bn)
        return {};
    char *hex = BN_bn2hex(bn.get());
    QString out = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return out;
}

QDateTime Certificate::notBefore() const { return m_x509 ? asn1TimeToDateTime(X509_get0_notBefore(m_x509)) : QDateTime(); }
QDateTime Certificate::notAfter() const { return m_x509 ? asn1TimeToDateTime(X509_get0_notAfter(m_x509)) : QDateTime(); }
int Certificate::version() const { return m_x509 ? static_cast<int>(X509_get_version(m_x509)) + 1 : 0; }

bool Certificate::isCa() const
{
    // X509_check_ca also counts v1 self-signed roots; Drogue means basicConstraints CA:TRUE.
    return m_x509 && (X509_get_extension_flags(m_x509) & EXFLAG_CA);
}

bool Certificate::isSelfIssued() const
{
    return m_x509 && X509_NAME_cmp(X509_get_subject_name(m_x509), X509_get_issuer_name(m_x509)) == 0;
}

PrivateKey Certificate::publicKey() const
{
    if (!m_x509)
        return {};
    EVP_PKEY *pkey = X509_get_pubkey(m_x509); // new reference
    return PrivateKey(pkey);
}

bool Certificate::matches(const PrivateKey &key) const
{
    if (!m_x509 || key.isNull())
        return false;
    EVP_PKEY *pub = X509_get0_pubkey(m_x509);
    return pub && EVP_PKEY_eq(pub, key.get()) == 1;
}

QByteArray Certificate::fingerprint(QCryptographicHash::Algorithm alg) const
{
    return QCryptographicHash::hash(toDer(), alg);
}

bool Certificate::operator==(const Certificate &other) const
{
    if (m_x509 == other.m_x509)
        return true;
    if (!m_x509 || !other.m_x509)
        return false;
    return X509_cmp(m_x509, other.m_x509) == 0;
}

} // namespace dwb
