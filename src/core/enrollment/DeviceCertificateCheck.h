// The one check of a device certificate that is registered as it is (issued
// elsewhere, e.g. with the openssl command line, and no CA key at hand):
// `dwb trust enroll DEVICE --cert-input DEV.pem`, the enrollment wizard's
// "Register an existing device certificate" and EnrollJob
// (EnrollRequest::Source::ExistingCertificate) all go through it.
//
//  1. it chains to a valid trust anchor of the application as read from the
//     server (findAnchorForCertificate: the refusal names why each anchor did
//     not do);
//  2. Drogue Cloud would accept it as a device certificate
//     (drogueDeviceVerdict: the refusal names every rule that fails);
//  3. a device key, when given, belongs to it; a CA key, when given, belongs
//     to the anchor it chains to.
#pragma once

#include "core/cloud/Resources.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/util/Result.h"

#include <QString>

namespace dwb {

// The anchor the certificate chains to, or the refusal: ErrorCode::Mismatch
// when it chains to no anchor (or a given key does not belong),
// ErrorCode::InvalidArgument when only Drogue's device rules refuse it.
// Both reasons are given when both checks fail.
Result<AnchorMatch> checkExistingDeviceCertificate(const Application &app, const Certificate &cert,
                                                   const PrivateKey &deviceKey = {},
                                                   const PrivateKey &caKey = {},
                                                   const QString &caKeyLabel = {});

} // namespace dwb
