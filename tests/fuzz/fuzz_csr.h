// Certificate requests (PKCS#10) as a board or a serial console hands them
// over: CertificateRequest::fromData on arbitrary bytes (PEM with text and
// CRLF around it, DER), every read accessor, the inspection and Drogue's
// verdict, a DER round trip, and for a request the verdict accepts, the
// device certificate issued for it (byte 0's low bits: keep the subject,
// copy the SANs) under a fixed Ed25519 anchor: it must carry the request's
// key and verify under the anchor.
#pragma once

#include "FuzzCheck.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/Profiles.h"
#include "core/crypto/RequestInspection.h"

#include <openssl/x509.h>

#include <cstddef>
#include <cstdint>

namespace dwb::fuzz {

namespace csr {

struct Anchor {
    PrivateKey key;
    Certificate certificate;
};

inline const Anchor &anchor()
{
    static const Anchor a = [] {
        Anchor out;
        auto key = PrivateKey::generate(KeyAlgorithm::Ed25519);
        check(bool(key), "the anchor key is made");
        out.key = *key;
        auto cert = createTrustAnchor(QStringLiteral("fuzz-app"), out.key, 30);
        check(bool(cert), "the anchor certificate is made");
        out.certificate = *cert;
        return out;
    }();
    return a;
}

} // namespace csr

inline int csrInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t how = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    auto request = CertificateRequest::fromData(bytes);
    if (!request)
        return 0;
    const RequestInfo info = inspectRequest(*request);
    (void)toJson(info);
    (void)request->subjectRfc4514();
    (void)request->commonName();
    (void)request->toPem();
    // Round trip: what we accepted must re-encode and parse again.
    auto again = CertificateRequest::fromDer(request->toDer());
    check(bool(again), "re-encoded request parses");
    check(again && again->subjectString() == request->subjectString(), "same subject after re-encoding");

    const DrogueVerdict verdict = drogueRequestVerdict(*request);
    RequestSigning signing;
    signing.keepSubject = how & 1;
    signing.copySubjectAltNames = how & 2;
    const csr::Anchor &a = csr::anchor();
    auto cert = issueDeviceCertificateForRequest(QStringLiteral("fuzz-device"), QStringLiteral("fuzz-app"), *request,
                                                 a.key, a.certificate, signing, 30);
    // Nothing the verdict refuses is signed; what it accepts is signed with
    // the device profile's subject (the request's own subject or SANs,
    // copied on demand, may still be refused by the encoder).
    check(verdict.accepted || !cert, "nothing signed that the verdict refuses");
    check(!verdict.accepted || bool(cert) || signing.keepSubject || signing.copySubjectAltNames,
          "an accepted request is signed under the device profile");
    if (cert) {
        check(cert->publicKey().publicKeyDer() == request->publicKey().publicKeyDer(), "the request's key");
        check(X509_verify(cert->get(), a.key.get()) == 1, "verifies under the anchor");
    }
    return 0;
}

} // namespace dwb::fuzz
