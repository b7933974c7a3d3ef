// A PKCS#10 certificate signing request (CSR): what a board whose key never
// leaves it (secure element, modem, TPM) hands the lab. Shared and
// immutable, like Certificate.
//
// fromData() finds the request in what a user has: a PEM block
// ("CERTIFICATE REQUEST" or the older "NEW CERTIFICATE REQUEST"), also with
// console text and CRLF line endings around it, or DER.
#pragma once

#include "core/crypto/ExtensionText.h"
#include "core/crypto/PrivateKey.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

typedef struct X509_req_st X509_REQ;

namespace dwb {

class CertificateRequest {
public:
    CertificateRequest() = default;
    explicit CertificateRequest(X509_REQ *owned);  // takes ownership

    static Result<CertificateRequest> fromData(const QByteArray &data);
    static Result<CertificateRequest> fromDer(const QByteArray &der);

    bool isNull() const { return !m_req; }
    X509_REQ *get() const { return m_req.get(); }

    QByteArray toDer() const;
    QByteArray toPem() const;

    QString subjectString() const;        // Drogue form (as Certificate::subjectString)
    QString subjectRfc4514() const;
    QString commonName() const;           // the first CN, empty when none
    bool hasSubject() const;              // at least one RDN
    PrivateKey publicKey() const;         // public-only key
    // The request's signature verifies with its own key: the proof that the
    // board holds the private key.
    bool signatureVerifies() const;
    QString signatureAlgorithm() const;   // "ecdsa-with-SHA256", "ED25519", ...

    // The requested extensions (extensionRequest attribute), as text.
    QStringList subjectAltNames() const;  // "DNS:board-7", "IP Address:10.0.0.7"
    QStringList keyUsage() const;         // "Digital Signature", ...
    QList<ExtensionInfo> extensions() const; // all of them

    bool operator==(const CertificateRequest &other) const; // same DER

private:
    std::shared_ptr<X509_REQ> m_req;
};

} // namespace dwb
