#include "gui/details/AnchorBackupActions.h"

#include "core/crypto/SecretBytes.h"
#include "core/enrollment/AnchorBackup.h"
#include "core/enrollment/EnrollSupport.h"
#include "gui/common/Prompts.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {

std::optional<SecretBytes> askTwice(QWidget *parent, const QString &title, const QString &file)
{
    auto first = Prompts::passphrase(parent, title,
                                     AnchorBackupActions::tr("Passphrase that protects %1:").arg(file));
    if (!first)
        return std::nullopt;
    if (first->isEmpty()) {
        Prompts::message(parent, title, AnchorBackupActions::tr("An empty passphrase is refused: nothing was written."),
                         true);
        return std::nullopt;
    }
    auto second = Prompts::passphrase(parent, title, AnchorBackupActions::tr("The same passphrase again:"));
    if (!second)
        return std::nullopt;
    if (*second != *first) {
        Prompts::message(parent, title, AnchorBackupActions::tr("The two passphrases differ: nothing was written."),
                         true);
        return std::nullopt;
    }
    return SecretBytes::fromString(*first);
}

} // namespace

QString AnchorBackupActions::backUp(QWidget *parent, const Application &app, int selected)
{
    const QString title = tr("Back Up Trust Anchor");
    const QString keyPath =
        Prompts::openFiles(parent, tr("CA key of the trust anchor"), tr("Keys (*.key *.pem *.der *.p8);;All files (*)"))
            .value(0);
    if (keyPath.isEmpty())
        return {};
    auto key = loadPrivateKeyFile(keyPath);
    if (!key && key.error().code == ErrorCode::NeedsPassphrase) {
        auto pass = Prompts::passphrase(parent, title, tr("Passphrase of the CA key %1:").arg(keyPath));
        if (!pass)
            return {};
        key = loadPrivateKeyFile(keyPath, SecretBytes::fromString(*pass));
    }
    if (!key) {
        Prompts::message(parent, title, key.error().message, true);
        return {};
    }
    Certificate anchor;
    const auto pems = app.trustAnchorPems();
    if (selected >= 0 && selected < pems.size()) {
        auto cert = Certificate::fromPem(pems.at(selected));
        if (cert && cert->matches(*key))
            anchor = *cert;
    }
    if (anchor.isNull()) {
        auto found = AnchorBackup::anchorOf(app, *key, keyPath);
        if (!found) {
            Prompts::message(parent, title, found.error().message, true);
            return {};
        }
        anchor = *found;
    }
    const QString suggested = QDir::home().filePath(app.name() + u"-anchor.p12"_s);
    const QString out = Prompts::saveFile(parent, tr("Save the backup as"), suggested, tr("PKCS#12 (*.p12 *.pfx)"));
    if (out.isEmpty())
        return {};
    if (QFileInfo::exists(out)) {
        Prompts::message(parent, title, tr("%1 exists already: it is not overwritten. Choose another file.").arg(out),
                         true);
        return {};
    }
    auto pass = askTwice(parent, title, QFileInfo(out).fileName());
    if (!pass)
        return {};
    if (Status st = AnchorBackup::write(out, *key, anchor, *pass, app.name()); !st) {
        Prompts::message(parent, title, st.error().message, true);
        return {};
    }
    Prompts::message(parent, title,
                     tr("The trust anchor \"%1\" and its CA key are in %2 (mode 0600). Keep the file and its "
                        "passphrase apart.")
                         .arg(anchor.subjectString(), out),
                     false);
    return out;
}

QString AnchorBackupActions::restore(QWidget *parent, const Application &app)
{
    const QString title = tr("Restore Trust Anchor");
    const QString in =
        Prompts::openFiles(parent, tr("Trust anchor backup"), tr("PKCS#12 (*.p12 *.pfx);;All files (*)")).value(0);
    if (in.isEmpty())
        return {};
    auto pass = Prompts::passphrase(parent, title, tr("Passphrase of %1:").arg(QFileInfo(in).fileName()));
    if (!pass)
        return {};
    auto contents = AnchorBackup::read(in, SecretBytes::fromString(*pass));
    if (!contents) {
        Prompts::message(parent, title, contents.error().message, true);
        return {};
    }
    const QString suggested = QDir::home().filePath(app.name() + u"-ca.key"_s);
    const QString keyOut = Prompts::saveFile(parent, tr("Save the CA key as"), suggested, tr("Keys (*.key *.pem)"));
    if (keyOut.isEmpty())
        return {};
    if (Status st = AnchorBackup::restore(*contents, keyOut, {}, {}); !st) {
        Prompts::message(parent, title, st.error().message, true);
        return {};
    }
    const bool isAnchor = AnchorBackup::isAnchorOf(app, contents->certificate);
    Prompts::message(parent, title,
                     (isAnchor ? tr("The CA key of \"%1\" is in %2 (mode 0600). It is a trust anchor of %3.")
                               : tr("The CA key of \"%1\" is in %2 (mode 0600). It is not a trust anchor of %3 "
                                    "(any more)."))
                         .arg(contents->certificate.subjectString(), keyOut, app.name()),
                     !isAnchor);
    return keyOut;
}

} // namespace dwb::gui
