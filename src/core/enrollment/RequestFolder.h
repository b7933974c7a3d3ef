// A tray of boards that keep their keys: a folder of certificate requests
// (PKCS#10: *.csr, *.req, *.pem, *.der, *.txt, PEM also as a serial console
// printed it), read for a batch enrollment (dwb enroll-batch --csr-dir).
//
// Each device is named by its request's common name (CN), or by the file's
// name without its extension (RequestNaming::FileName). Every problem is
// collected, one line per file, before anything is signed: a file that is
// no request, a request whose signature does not verify or whose key Drogue
// refuses, a name the registry refuses, and two files that give the same
// device name (both named).
#pragma once

#include "core/crypto/CertificateRequest.h"
#include "core/enrollment/DeviceList.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dwb {

enum class RequestNaming { CommonName, FileName };

struct RequestFolder {
    // devices[i] is made from requests[i]; DeviceListEntry::line is i + 1.
    // list.problems empty: every request can be signed.
    DeviceList list;
    QList<CertificateRequest> requests;
};

RequestFolder readRequestFolder(const QString &dir, RequestNaming naming);

} // namespace dwb
