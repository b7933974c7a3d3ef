#include "core/crypto/CertificateRequest.h"

#include "core/crypto/Certificate.h"
#include "core/crypto/ExtensionText.h"
#include "core/crypto/Ossl.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CertificateRequest", text);
}

using Extensions = std::unique_ptr<STACK_OF(X509_EXTENSION), void (*)(STACK_OF(X509_EXTENSION) *)>;

Extensions requestedExtensions(X509_REQ *req)
{
    auto freeAll = [](STACK_OF(X509_EXTENSION) *s) { sk_X509_EXTENSION_pop_free(s, X509_EXTENSION_free); };
    Extensions exts(req ? X509_REQ_get_extensions(req) : nullptr, freeAll);
    ERR_clear_error();
    return exts;
}

// The PEM block of a request, from its BEGIN line to its END line, with the
// line endings made \n; empty when there is none.
QByteArray pemBlock(const QByteArray &raw)
{
    QByteArray data = raw;
    data.replace("\r\n", "\n");
    data.replace('\r', '\n');
    for (const char *label : {"NEW CERTIFICATE REQUEST", "CERTIFICATE REQUEST"}) {
        const QByteArray begin = QByteArray("-----BEGIN ") + label + "-----";
        const QByteArray end = QByteArray("-----END ") + label + "-----";
        const qsizetype from = data.indexOf(begin);
        if (from < 0)
            continue;
        const qsizetype to = data.indexOf(end, from);
        if (to < 0)
            return data.mid(from); // cut short: the parser says so
        return data.mid(from, to + end.size() - from) + '\n';
    }
    return {};
}

} // namespace

CertificateRequest::CertificateRequest(X509_REQ *owned) : m_req(owned, X509_REQ_free) {}

Result<CertificateRequest> CertificateRequest::fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509_REQ *req = d2i_X509_REQ(nullptr, &p, static_cast<long>(der.size()));
    if (!req || p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        X509_REQ_free(req);
        return Error(ErrorCode::UnknownFormat, tr("The data is not a certificate request (PKCS#10)."),
                     ossl::takeErrors());
    }
    return CertificateRequest(req);
}

Result<CertificateRequest> CertificateRequest::fromData(const QByteArray &data)
{
    if (data.contains("-----BEGIN ")) {
        const QByteArray block = pemBlock(data);
        if (block.isEmpty())
            return Error(ErrorCode::UnknownFormat,
                         tr("The text holds no CERTIFICATE REQUEST block (a PKCS#10 request in PEM)."));
        ossl::Bio bio(BIO_new_mem_buf(block.constData(), static_cast<int>(block.size())));
        X509_REQ *req = PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr);
        if (!req)
            return Error(ErrorCode::Truncated, tr("The certificate request's PEM block is damaged or cut short."),
                         ossl::takeErrors());
        return CertificateRequest(req);
    }
    return fromDer(data);
}

QByteArray CertificateRequest::toDer() const
{
    if (!m_req)
        return {};
    unsigned char *out = nullptr;
    const int len = i2d_X509_REQ(m_req.get(), &out);
    if (len <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), len);
    OPENSSL_free(out);
    return der;
}

QByteArray CertificateRequest::toPem() const
{
    if (!m_req)
        return {};
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509_REQ(bio.get(), m_req.get()) != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

QString CertificateRequest::subjectString() const
{
    return m_req ? drogueNameString(X509_REQ_get_subject_name(m_req.get())) : QString();
}

QString CertificateRequest::subjectRfc4514() const
{
    return m_req ? rfc4514NameString(X509_REQ_get_subject_name(m_req.get())) : QString();
}

QString CertificateRequest::commonName() const
{
    const X509_NAME *name = m_req ? X509_REQ_get_subject_name(m_req.get()) : nullptr;
    const int i = name ? X509_NAME_get_index_by_NID(name, NID_commonName, -1) : -1;
    if (i < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i)));
    if (len < 0)
        return {};
    const QString cn = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return cn;
}

bool CertificateRequest::hasSubject() const
{
    return m_req && X509_NAME_entry_count(X509_REQ_get_subject_name(m_req.get())) > 0;
}

PrivateKey CertificateRequest::publicKey() const
{
    EVP_PKEY *key = m_req ? X509_REQ_get_pubkey(m_req.get()) : nullptr; // a new reference
    ERR_clear_error();
    return PrivateKey(key);
}

bool CertificateRequest::signatureVerifies() const
{
    if (!m_req)
        return false;
    EVP_PKEY *key = X509_REQ_get0_pubkey(m_req.get());
    const bool ok = key && X509_REQ_verify(m_req.get(), key) == 1;
    ERR_clear_error();
    return ok;
}

QString CertificateRequest::signatureAlgorithm() const
{
    return m_req ? QString::fromLatin1(OBJ_nid2ln(X509_REQ_get_signature_nid(m_req.get()))) : QString();
}

QStringList CertificateRequest::subjectAltNames() const
{
    Extensions exts = requestedExtensions(m_req.get());
    auto *names = static_cast<GENERAL_NAMES *>(X509V3_get_d2i(exts.get(), NID_subject_alt_name, nullptr, nullptr));
    const QStringList out = generalNamesText(names);
    GENERAL_NAMES_free(names);
    return out;
}

QStringList CertificateRequest::keyUsage() const
{
    Extensions exts = requestedExtensions(m_req.get());
    auto *ku = static_cast<ASN1_BIT_STRING *>(X509V3_get_d2i(exts.get(), NID_key_usage, nullptr, nullptr));
    const QStringList out = keyUsageNames(ku);
    ASN1_BIT_STRING_free(ku);
    return out;
}

QList<ExtensionInfo> CertificateRequest::extensions() const
{
    Extensions exts = requestedExtensions(m_req.get());
    QList<ExtensionInfo> out;
    for (int i = 0; exts && i < sk_X509_EXTENSION_num(exts.get()); ++i)
        out << describeExtension(sk_X509_EXTENSION_value(exts.get(), i));
    return out;
}

bool CertificateRequest::operator==(const CertificateRequest &other) const
{
    return toDer() == other.toDer();
}

} // namespace dwb
