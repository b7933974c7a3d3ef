// What QtKeychain does not tell about the freedesktop Secret Service (the
// desktop key store: gnome-keyring, KeePassXC, KWallet's Secret Service):
// whether a secret it did not return is there but locked, and whether new
// secrets would go into a locked collection. Without it a locked keyring
// reads as "no secret" (libsecret answers a refused unlock prompt with
// nothing, not with an error). Asked on the session bus only when the
// Secret Service already runs there: never starts one.
#pragma once

#include <QString>

namespace dwb {

class SecretServiceLock {
public:
    // An item with QtKeychain's attributes (server = service, user = key)
    // exists, but only in a locked collection.
    static bool itemLocked(const QString &service, const QString &key, int timeoutMs);
    // The default collection (where QtKeychain writes) is locked.
    static bool defaultCollectionLocked(int timeoutMs);
};

} // namespace dwb
