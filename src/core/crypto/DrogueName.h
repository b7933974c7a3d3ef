// The Drogue subject string: how Drogue Cloud names an application (the
// issuer of a device certificate, the subject of a trust anchor) and a device
// (the subject of its certificate). Drogue Cloud 0.11 prints the name with
// x509-parser 0.14 (`X509Name` as Display, `x509name_to_string`) and
// oid-registry 0.6; docs/drogue-contract.md section 5 has the rules, and
// tests/support/drogue_subject.py is a second implementation that judges this one.
#pragma once

#include <QByteArray>
#include <QString>

typedef struct X509_name_st X509_NAME;

namespace dwb {

// From the name's DER encoding: RDNs in DER order joined by ", ", the
// attributes of a multi-valued RDN joined by " + " in DER order, each
// ABBREV=value; string types printed as their bytes (UTF-8, no escaping),
// other types as upper-case hex of the content bytes; an attribute type
// outside the table as OID(1.2.3). A string value that is not valid UTF-8
// (BMPString or TeletexString with non-ASCII characters) makes the whole
// name kDrogueInvalidName, as it does on Drogue Cloud.
// drogueNameString(const X509_NAME *) is declared in Certificate.h.
QString drogueNameStringFromDer(const QByteArray &nameDer);

inline constexpr char kDrogueInvalidName[] = "<X509Error: Invalid X.509 name>";

} // namespace dwb
