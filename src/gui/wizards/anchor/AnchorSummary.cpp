#include "gui/wizards/anchor/AnchorSummary.h"

#include "core/crypto/Profiles.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/anchor/AnchorDraft.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {
class AnchorSummaryText {
    Q_DECLARE_TR_FUNCTIONS(dwb::gui::AnchorSummaryText)
public:
    static QString tokenHtml(const AnchorDraft &d, const AnchorRequest &r)
    {
        QString html = u"<table cellspacing='6'>"_s;
        html += htmlRow(tr("Application:"), r.app);
        if (r.source == AnchorRequest::Source::NewKey)
            html += htmlRow(tr("Key:"), tr("new %1 key, made on the token").arg(algorithmDisplayName(r.algorithm)));
        else
            html += htmlRow(tr("Key:"), tr("existing key on the token"));
        html += htmlRow(tr("CA key on the token:"), d.tokenUri);
        html += htmlRow(tr("Subject:"), anchorSubjectString(r.app));
        html += htmlRow(tr("Validity:"), tr("%n day(s) from now", nullptr, r.days));
        html += u"</table><p>"_s
            + tr("The key never leaves the token and no key file is written: the token signs the anchor "
                 "certificate, and later the device certificates.").toHtmlEscaped()
            + u"</p>"_s;
        return html;
    }

    static QString html(const AnchorDraft &d)
    {
        const AnchorRequest r = anchorRequest(d);
        QString html = u"<table cellspacing='6'>"_s;
        html += htmlRow(tr("Application:"), r.app);
        if (d.onToken()) // a key on a hardware token: it never leaves it
            return tokenHtml(d, r);
        switch (r.source) {
        case AnchorRequest::Source::NewKey:
            html += htmlRow(tr("Key:"), tr("new %1 key").arg(algorithmDisplayName(r.algorithm)));
            break;
        case AnchorRequest::Source::ExistingKey:
            html += htmlRow(tr("Key:"), tr("existing key %1").arg(nativePath(r.keyInputPath)));
            break;
        case AnchorRequest::Source::ExistingCertificate:
            html += htmlRow(tr("Certificate:"), tr("existing CA certificate '%1', registered as it is")
                                                    .arg(r.certificate.subjectString()));
            break;
        }
        if (r.source != AnchorRequest::Source::ExistingCertificate) {
            html += htmlRow(tr("Subject:"), anchorSubjectString(r.app));
            html += htmlRow(tr("Validity:"), tr("%n day(s) from now", nullptr, r.days));
        }
        if (!r.keyOutput.isEmpty())
            html += htmlRow(tr("CA key file:"),
                            nativePath(r.keyOutput) + u' '
                                + (r.keyPassphrase ? tr("(encrypted with your passphrase)")
                                                   : tr("(not encrypted, mode 0600)")));
        else
            html += htmlRow(tr("CA key file:"), tr("stays at %1").arg(nativePath(r.keyInputPath)));
        if (!r.certOutput.isEmpty())
            html += htmlRow(tr("Anchor certificate copy:"), nativePath(r.certOutput));
        html += u"</table><p>"_s
            + tr("The key file is written and read back before the anchor is sent to the server.").toHtmlEscaped()
            + u"</p>"_s;
        return html;
    }
};
} // namespace

QString anchorSummary(const AnchorDraft &draft)
{
    return AnchorSummaryText::html(draft);
}

} // namespace dwb::gui
