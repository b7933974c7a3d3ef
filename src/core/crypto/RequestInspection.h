// What the inspector and `dwb inspect` show about a certificate request
// (CSR), and whether the workbench may sign it for Drogue.
#pragma once

#include "core/crypto/CertificateRequest.h"
#include "core/crypto/Inspection.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dwb {

struct RequestInfo {
    QString subject;              // Drogue subject string
    QString subjectRfc4514;
    QString commonName;
    QString keyType;              // "EC P-256", "RSA", "Ed25519", ...
    int keyBits = 0;
    QString publicKeySha256;      // hex with colons: the board's key, to compare later
    QString signatureAlgorithm;
    bool signatureValid = false;  // the board holds the key
    QStringList subjectAltNames;  // requested
    QStringList keyUsage;         // requested
    QList<ExtensionInfo> extensions; // all requested extensions
    DrogueVerdict verdict;        // would Drogue accept a certificate for it
};

RequestInfo inspectRequest(const CertificateRequest &request);
// A certificate for this request would be accepted by Drogue, and the
// workbench may sign it: the signature verifies with the request's own key,
// the key is one Drogue accepts (EC P-256/P-384, Ed25519, RSA >= 2048), the
// subject is not empty. Otherwise the reasons, in words for the user.
DrogueVerdict drogueRequestVerdict(const CertificateRequest &request);
QJsonObject toJson(const RequestInfo &info);   // as toJson(CertificateInfo), "type": "certificate-request"

} // namespace dwb
