// A PKCS#11 URI (RFC 7512): which token and which object, e.g.
// "pkcs11:token=lab;object=app-ca" or "pkcs11:token=lab;id=%01?pin-source=file:/run/pin".
// The one parser of the workbench; values are percent-decoded.
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace dwb {

struct Pkcs11Uri {
    // Path attributes (which token, which object).
    QString token, manufacturer, model, serial, object, type; // type: private, public, cert, ...
    QByteArray id;                                            // CKA_ID, raw bytes
    // Query attributes.
    QString pinSource;  // "file:/path" or a plain path
    QString pinValue;   // discouraged by RFC 7512, accepted
    QString modulePath; // a PKCS#11 module (.so) to load instead of p11-kit's

    static bool looksLike(const QString &text); // starts with "pkcs11:"
    static Result<Pkcs11Uri> parse(const QString &text);
    // Whether the token described matches a token with these fields.
    bool matchesToken(const QString &label, const QString &manuf, const QString &mod, const QString &ser) const;
    QString toString() const; // the path part, for messages (never the PIN)
};

} // namespace dwb
