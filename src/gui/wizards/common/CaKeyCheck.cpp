#include "gui/wizards/common/CaKeyCheck.h"

#include "core/cloud/RegistryClient.h"
#include "gui/common/Async.h"
#include "gui/wizards/WizardWidgets.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QWidget>

namespace dwb::gui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dwb::gui", text);
}

void matchKey(QWidget *parent, RegistryClient *client, const QString &app, const QString &path, const PrivateKey &key,
              std::shared_ptr<SecretBytes> passphrase, std::function<void(const Result<CheckedCaKey> &)> done)
{
    if (!client) {
        done(Error(ErrorCode::InvalidArgument, tr("Connect to a server first.")));
        return;
    }
    onFinished(parent, client->getApp(app),
               [app, path, passphrase, k = key, done = std::move(done)](const Result<Application> &r) {
                   if (!r) {
                       done(Error(r.error().code,
                                  tr("Could not read application '%1': %2").arg(app, r.error().message)));
                       return;
                   }
                   auto match = findAnchorForKey(*r, k, nativePath(path));
                   if (!match) {
                       done(match.error());
                       return;
                   }
                   done(CheckedCaKey{path, k, passphrase, *match, *r});
               });
}
} // namespace

void checkCaKey(QWidget *parent, RegistryClient *client, const QString &app, const QString &path,
                std::function<void(const Result<CheckedCaKey> &)> done)
{
    auto passphrase = std::make_shared<SecretBytes>();
    auto key = loadKeyAsking(parent, path, tr("the CA key"), passphrase.get());
    if (!key) {
        done(key.error());
        return;
    }
    matchKey(parent, client, app, path, *key, passphrase, std::move(done));
}

void matchCaKey(QWidget *parent, RegistryClient *client, const QString &app, const QString &label,
                const PrivateKey &key, std::function<void(const Result<CheckedCaKey> &)> done)
{
    matchKey(parent, client, app, label, key, std::make_shared<SecretBytes>(), std::move(done));
}

QString caMatchText(const QString &app, const AnchorMatch &match)
{
    const QLocale l;
    return tr("✔ Matches trust anchor #%1 of '%2': %3, valid until %4.")
        .arg(match.index)
        .arg(app, match.certificate.subjectString(),
             l.toString(match.certificate.notAfter().toLocalTime(), QLocale::ShortFormat));
}

} // namespace dwb::gui
