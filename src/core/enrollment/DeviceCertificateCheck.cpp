#include "core/enrollment/DeviceCertificateCheck.h"

#include "core/crypto/Inspection.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace dwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::Enrollment", text);
}
} // namespace

Result<AnchorMatch> checkExistingDeviceCertificate(const Application &app, const Certificate &cert,
                                                   const PrivateKey &deviceKey, const PrivateKey &caKey,
                                                   const QString &caKeyLabel)
{
    if (cert.isNull())
        return Error(ErrorCode::InvalidArgument, tr("Choose the device certificate to register."));
    const Result<AnchorMatch> match = findAnchorForCertificate(app, cert);
    const DrogueVerdict verdict = drogueDeviceVerdict(cert);
    QStringList problems;
    if (!match)
        problems << match.error().message;
    if (!verdict.accepted)
        problems << tr("Drogue Cloud would refuse '%1' as a device certificate: %2")
                        .arg(cert.subjectString(), verdict.reasons.join(u' '));
    if (!problems.isEmpty())
        return Error(match ? ErrorCode::InvalidArgument : ErrorCode::Mismatch, problems.join(u' '));
    if (!deviceKey.isNull() && !cert.matches(deviceKey))
        return Error(ErrorCode::Mismatch,
                     tr("The device key does not belong to the certificate '%1'.").arg(cert.subjectString()));
    if (!caKey.isNull() && !match->certificate.matches(caKey))
        return Error(ErrorCode::Mismatch,
                     tr("The CA key %1 does not belong to trust anchor #%2 (%3), under which '%4' was issued.")
                         .arg(caKeyLabel, QString::number(match->index), match->certificate.subjectString(),
                              cert.subjectString())); // one pass: a URI's "%0F" stays
    return match;
}

} // namespace dwb
