// x.509 extensions as text, one implementation for certificates
// (Inspection) and certificate requests (CertificateRequest): the words
// `openssl x509 -text` and `openssl req -text` print.
#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

typedef struct X509_extension_st X509_EXTENSION;
typedef struct stack_st_GENERAL_NAME GENERAL_NAMES;
typedef struct asn1_string_st ASN1_BIT_STRING;

namespace dwb {

struct ExtensionInfo {
    QString name;    // "X509v3 Basic Constraints" style short text, or the OID
    QString oid;
    bool critical = false;
    QString value;   // human-readable, as `openssl x509 -text` prints it
};

ExtensionInfo describeExtension(X509_EXTENSION *ext);
QJsonArray extensionsToJson(const QList<ExtensionInfo> &extensions); // name, oid, critical, value
QStringList generalNamesText(const GENERAL_NAMES *names);    // "DNS:x", "IP Address:1.2.3.4"
QStringList keyUsageNames(std::uint32_t ku);                // KU_* flags as OpenSSL keeps them
QStringList keyUsageNames(const ASN1_BIT_STRING *keyUsage); // the extension's bit string
QString colonHex(const QByteArray &bytes);                  // "AB:CD:…", upper-case
QString upperHex(QByteArrayView bytes, char16_t separator = 0); // "ABCD" (or with a separator between bytes)

} // namespace dwb
