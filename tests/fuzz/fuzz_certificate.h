// Certificate::fromDer on arbitrary bytes, then every read accessor, among them
// the Drogue subject string (drogueNameString) and the RFC 4514 form.
#pragma once

#include "FuzzCheck.h"
#include "core/crypto/Certificate.h"

#include <cstddef>
#include <cstdint>

namespace dwb::fuzz {

inline int certificateInput(const uint8_t *data, size_t size)
{
    const QByteArray der(reinterpret_cast<const char *>(data), qsizetype(size));
    auto cert = Certificate::fromDer(der);
    if (!cert)
        return 0;
    (void)cert->subjectString();
    (void)cert->issuerString();
    (void)cert->subjectRfc4514();
    (void)cert->issuerRfc4514();
    (void)cert->serialHex();
    (void)cert->notBefore();
    (void)cert->notAfter();
    (void)cert->version();
    (void)cert->isCa();
    (void)cert->isSelfIssued();
    (void)cert->publicKey();
    (void)cert->fingerprint(QCryptographicHash::Sha256);
    (void)cert->toPem();
    // Round trip: what we accepted must re-encode and parse again.
    const QByteArray again = cert->toDer();
    auto cert2 = Certificate::fromDer(again);
    check(bool(cert2), "re-encoded certificate parses");
    check(cert2 && cert2->subjectString() == cert->subjectString(), "same subject after re-encoding");
    return 0;
}

} // namespace dwb::fuzz
