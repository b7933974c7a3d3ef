// One check of a CA key against an application's trust anchors, for every
// page that asks for one (the enrollment wizard's CA page, renewal and
// anchor rotation): the key file is read (or a token's key taken as loaded) (its passphrase asked through
// Prompts), the application read from the server, and the anchor whose
// public key it is found (findAnchorForKey), or a clear refusal.
#pragma once

#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/enrollment/EnrollSupport.h"
#include "core/util/Result.h"

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

struct CheckedCaKey {
    QString path;
    PrivateKey key;
    std::shared_ptr<SecretBytes> passphrase; // what opened the key (empty when not encrypted)
    AnchorMatch match;
    Application application;                 // as the server had it
};

// Reads the key at once (asking on parent); done(outcome) runs later on
// the GUI thread with the server's answer, never when parent is gone.
void checkCaKey(QWidget *parent, RegistryClient *client, const QString &app, const QString &path,
                std::function<void(const Result<CheckedCaKey> &)> done);

// The same check for a key already loaded (a token's key: label is its
// pkcs11: URI, which also becomes CheckedCaKey::path; no passphrase).
void matchCaKey(QWidget *parent, RegistryClient *client, const QString &app, const QString &label,
                const PrivateKey &key, std::function<void(const Result<CheckedCaKey> &)> done);

// "✔ Matches trust anchor #1 of 'app': subject, valid until …"
QString caMatchText(const QString &app, const AnchorMatch &match);

} // namespace dwb::gui
