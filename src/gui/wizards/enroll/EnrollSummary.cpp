#include "gui/wizards/enroll/EnrollSummary.h"

#include "core/crypto/Profiles.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/enroll/EnrollDraft.h"

#include <QCoreApplication>
#include <QLocale>

#include <ctime>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {

class EnrollSummaryText {
    Q_DECLARE_TR_FUNCTIONS(dwb::gui::EnrollSummaryText)
public:
    static QString anchor(const AnchorMatch &m, const QString &caKeyPath)
    {
        return htmlRow(tr("Trust anchor:"), tr("#%1, %2 (CA key %3)")
                                                .arg(m.index)
                                                .arg(m.certificate.subjectString(), nativePath(caKeyPath)));
    }

    // "N day(s) from now", and when the anchor ends sooner, that the
    // certificate ends with it (deviceValidityEnd, the rule of the signing).
    static QString validity(int days, const std::optional<AnchorMatch> &m)
    {
        QString text = tr("%n day(s) from now", nullptr, days);
        if (!m)
            return text;
        const time_t now = std::time(nullptr);
        const Result<time_t> end = deviceValidityEnd(now, days, m->certificate);
        if (!end)
            return text + u' ' + tr("(refused: %1)").arg(end.error().message);
        // Said when it costs a day or more (an anchor made a moment ago for as
        // many days as the device ends a few seconds sooner: not worth a word).
        if (*end + 86400 <= now + static_cast<time_t>(days) * 86400)
            text += u' '
                + tr("(ends with its trust anchor on %1)")
                      .arg(QLocale().toString(m->certificate.notAfter().toLocalTime(), QLocale::ShortFormat));
        return text;
    }

    static QString batch(const EnrollDraft &d)
    {
        const int total = int(d.list.devices.size());
        bool labels = false, aliases = false;
        for (const DeviceListEntry &e : d.list.devices) {
            labels = labels || !e.labels.isEmpty();
            aliases = aliases || !e.aliases.isEmpty();
        }
        const QString first = d.list.devices.isEmpty() ? QString() : d.list.devices.first().name;
        QString html = u"<table cellspacing='6'>"_s;
        html += htmlRow(tr("Application:"), d.app);
        if (d.fromRequests)
            html += htmlRow(tr("Devices:"), tr("%n board(s) from the certificate requests in %1: %2 new, %3 exist (the "
                                               "alias is added, the rest of the device is kept)", nullptr, total)
                                                .arg(nativePath(d.requestDir))
                                                .arg(total - d.existingCount)
                                                .arg(d.existingCount));
        else
            html += htmlRow(tr("Devices:"), tr("%n device(s) from the list: %1 new, %2 exist (the alias is added, the "
                                               "rest of the device is kept)", nullptr, total)
                                                .arg(total - d.existingCount)
                                                .arg(d.existingCount));
        if (d.caMatch)
            html += anchor(*d.caMatch, d.caKeyPath);
        if (d.fromRequests) {
            html += htmlRow(tr("Device keys:"), tr("stay on the boards (each certificate is for its request's key)"));
            html += htmlRow(tr("Device names:"), d.requestNaming == RequestNaming::FileName
                                                     ? tr("from the file names")
                                                     : tr("from the requests' common names (CN)"));
            html += htmlRow(tr("Subject alternative names:"), d.copySubjectAltNames ? tr("copied from the requests")
                                                                                   : tr("none (not copied)"));
        } else {
            html += htmlRow(tr("Device keys:"), tr("a new %1 key each").arg(algorithmDisplayName(d.algorithm)));
        }
        html += htmlRow(tr("Certificate subjects:"),
                        tr("%1, … (one per device)").arg(deviceSubjectString(first, d.app)));
        html += htmlRow(tr("Validity:"), validity(d.days, d.caMatch));
        html += htmlRow(tr("Folder:"), nativePath(d.outputDir));
        if (d.fromRequests)
            html += htmlRow(tr("Files per device:"), d.writeDer ? tr("certificate (PEM and DER), no key file")
                                                                : tr("certificate (PEM), no key file"));
        else
            html += htmlRow(tr("Files per device:"), d.writePkcs12 ? tr("key (0600), certificate, PKCS#12 (0600)")
                                                                   : tr("key (0600), certificate"));
        QString alias = tr("the certificate subject");
        if (aliases)
            alias += tr(", and the aliases of the list");
        html += htmlRow(tr("Aliases to add:"), alias);
        if (labels)
            html += htmlRow(tr("Labels:"), tr("from the list, added to the devices' labels"));
        html += u"</table>"_s;
        return html;
    }

    static QString single(const EnrollDraft &d)
    {
        const EnrollRequest r = enrollRequest(d);
        QString html = u"<table cellspacing='6'>"_s;
        html += htmlRow(tr("Application:"), r.app);
        html += htmlRow(tr("Device:"), d.deviceExists ? tr("%1 (exists: the alias is added)").arg(r.device)
                                                      : tr("%1 (will be created)").arg(r.device));
        if (d.caMatch && !d.isRegistering())
            html += anchor(*d.caMatch, r.caKeyPath);
        switch (r.source) {
        case EnrollRequest::Source::NewKey:
            html += htmlRow(tr("Device key:"), tr("new %1 key").arg(algorithmDisplayName(r.algorithm)));
            break;
        case EnrollRequest::Source::ImportedKey:
            html += htmlRow(tr("Device key:"), tr("imported, %1").arg(r.deviceKey.typeName()));
            break;
        case EnrollRequest::Source::ExistingCertificate:
            html += htmlRow(tr("Certificate:"), tr("existing, registered as it is"));
            break;
        case EnrollRequest::Source::Request:
            html += htmlRow(tr("Device key:"), tr("stays on the board (certificate request)"));
            break;
        }
        if (r.source != EnrollRequest::Source::ExistingCertificate) {
            const bool ownSubject = r.source == EnrollRequest::Source::Request && r.requestSigning.keepSubject;
            html += htmlRow(tr("Certificate subject:"), ownSubject ? r.certificateRequest.subjectString()
                                                                   : deviceSubjectString(r.device, r.app));
            html += htmlRow(tr("Validity:"), validity(r.days, d.caMatch));
            QStringList shown;
            for (const QString &p : enrollOutputPaths(d))
                shown << nativePath(p);
            html += htmlRow(tr("Files:"), shown.join(u", "_s));
            html += htmlRow(tr("Alias to add:"), deviceSubjectString(r.device, r.app));
        } else {
            html += htmlRow(tr("Certificate subject:"), r.deviceCertificate.subjectString());
            html += htmlRow(tr("Alias to add:"), r.deviceCertificate.subjectString());
        }
        html += u"</table>"_s;
        return html;
    }
};

} // namespace

QString enrollSummary(const EnrollDraft &draft)
{
    return draft.isBatch() ? EnrollSummaryText::batch(draft) : EnrollSummaryText::single(draft);
}

} // namespace dwb::gui
