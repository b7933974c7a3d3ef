#include "gui/certificates/ExpiryWarning.h"

#include "gui/common/MessageBar.h"

#include "core/crypto/Certificate.h"
#include "core/crypto/ExtensionText.h"
#include "core/ledger/Ledger.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dwb::gui {

QList<AnchorExpiry> anchorExpiries(const Application &app)
{
    QList<AnchorExpiry> out;
    for (const QByteArray &pem : app.trustAnchorPems()) {
        const Result<Certificate> cert = Certificate::fromPem(pem);
        if (!cert)
            continue;
        out << AnchorExpiry{app.name(), cert->subjectString(),
                            colonHex(cert->fingerprint(QCryptographicHash::Sha256)), cert->notAfter()};
    }
    return out;
}

std::optional<AnchorExpiry> shownAnchorExpiry(const Application &app, const QDateTime &now)
{
    std::optional<AnchorExpiry> live, dead;
    for (const AnchorExpiry &a : anchorExpiries(app)) {
        if (a.notAfter > now) {
            if (!live || a.notAfter < live->notAfter)
                live = a;
        } else if (!dead || a.notAfter > dead->notAfter) {
            dead = a;
        }
    }
    return live ? live : dead;
}

ExpiryReport connectionExpiryReport(const QList<Application> &apps, const QString &context, int warningDays)
{
    QList<AnchorExpiry> anchors;
    QSet<QString> fingerprints, names;
    for (const Application &app : apps) {
        names.insert(app.name());
        for (const AnchorExpiry &a : anchorExpiries(app)) {
            anchors << a;
            fingerprints.insert(a.fingerprint);
        }
    }
    QList<LedgerRecord> records;
    const QString path = Ledger::defaultPath();
    if (QFileInfo::exists(path)) {
        if (Result<std::unique_ptr<Ledger>> ledger = Ledger::open(path)) {
            LedgerFilter current;
            current.currentOnly = true;
            if (Result<QList<LedgerRecord>> found = (*ledger)->find(current)) {
                for (const LedgerRecord &r : std::as_const(*found)) {
                    const bool ours = (!context.isEmpty() && r.context == context)
                                      || (names.contains(r.application) && fingerprints.contains(r.anchorFingerprint));
                    if (ours)
                        records << r;
                }
            }
        }
    }
    return ExpiryReport::make(records, anchors, warningDays);
}

bool showExpiryWarning(MessageBar *bar, const ExpiryReport &report, std::function<void()> show)
{
    if (report.isEmpty())
        return false;
    bar->showMessage(MessageBar::Kind::Warning, report.sentence(), QCoreApplication::translate("dwb::gui::ExpiryWarning", "&Show"),
                     std::move(show));
    return true;
}

} // namespace dwb::gui
