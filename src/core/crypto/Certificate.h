// An x.509 certificate: a shared, reference-counted X509.
#pragma once

#include "core/crypto/PrivateKey.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QList>
#include <QString>

typedef struct x509_st X509;
typedef struct X509_name_st X509_NAME;

namespace dwb {

// The Drogue subject string (contract section 5), as Drogue Cloud prints it:
// RDNs in DER order, ", ", multi-valued " + ", no escaping (DrogueName.cpp).
QString drogueNameString(const X509_NAME *name);
// RFC 4514 (reversed order, escaped), as OpenSSL's XN_FLAG_RFC2253.
QString rfc4514NameString(const X509_NAME *name);

class Certificate {
public:
    Certificate() = default;
    explicit Certificate(X509 *owned);  // takes ownership of one reference
    Certificate(const Certificate &other);
    Certificate &operator=(const Certificate &other);
    Certificate(Certificate &&other) noexcept;
    Certificate &operator=(Certificate &&other) noexcept;
    ~Certificate();

    static Result<Certificate> fromDer(const QByteArray &der);
    static Result<Certificate> fromPem(const QByteArray &pem); // first CERTIFICATE block

    bool isNull() const { return m_x509 == nullptr; }
    X509 *get() const { return m_x509; }

    QByteArray toPem() const;
    QByteArray toDer() const;

    QString subjectString() const;     // Drogue form
    QString issuerString() const;      // Drogue form
    QString subjectRfc4514() const;
    QString issuerRfc4514() const;
    QString serialHex() const;         // upper-case hex, no separators
    QDateTime notBefore() const;       // UTC
    QDateTime notAfter() const;        // UTC
    int version() const;               // 1, 2 or 3
    bool isCa() const;                 // basicConstraints CA:TRUE
    bool isSelfIssued() const;         // subject == issuer
    PrivateKey publicKey() const;      // public-only key
    bool matches(const PrivateKey &key) const;  // the key's public part is this certificate's
    QByteArray fingerprint(QCryptographicHash::Algorithm alg) const; // over the DER

    bool operator==(const Certificate &other) const; // same DER

private:
    X509 *m_x509 = nullptr;
};

} // namespace dwb
