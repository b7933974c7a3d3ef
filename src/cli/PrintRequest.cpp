#include "cli/PrintRequest.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

} // namespace

void printRequest(QTextStream &out, const RequestInfo &i)
{
    auto line = [&out](const QString &label, const QString &value) {
        out << "  " << QString(label + u':').leftJustified(22) << ' ' << value << '\n';
    };
    line(tr("Subject"), i.subject);
    line(tr("Subject (RFC 4514)"), i.subjectRfc4514);
    line(tr("Key"), tr("%1, %2 bits").arg(i.keyType).arg(i.keyBits));
    line(tr("Public key SHA-256"), i.publicKeySha256);
    line(tr("Signature"), i.signatureValid ? tr("verifies (%1): the board holds the key").arg(i.signatureAlgorithm)
                                           : tr("DOES NOT VERIFY (%1)").arg(i.signatureAlgorithm));
    if (!i.subjectAltNames.isEmpty())
        line(tr("Requested alt. names"), i.subjectAltNames.join(u", "_s));
    if (!i.keyUsage.isEmpty())
        line(tr("Requested key usage"), i.keyUsage.join(u", "_s));
    for (const ExtensionInfo &e : i.extensions)
        line(tr("Requested extension"), e.name + (e.critical ? tr(" (critical)") : QString()) + u": "
                                            + QString(e.value).replace(u'\n', u"; "_s));
    line(tr("Drogue"), i.verdict.accepted ? tr("a certificate for this request would be accepted by Drogue")
                                          : tr("refused: %1").arg(i.verdict.reasons.join(u' ')));
}

} // namespace dwb::cli
