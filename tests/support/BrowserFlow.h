// The browser's and the client's sides of the OIDC sign-in (authorization
// code with PKCE), for tests that play them by hand against the sandbox's
// issuer over real HTTP: the sign-in form posted, the redirect to the
// client's loopback handler followed (or forged), a code exchanged.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace dwb::test {

struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray location; // the Location header: redirects are not followed
};

// One HTTP exchange of the "browser": a GET, or with `form` a POST of an
// application/x-www-form-urlencoded body. caFile: the server's own CA (https).
HttpResult browse(QNetworkAccessManager &nam, const QUrl &url, const QByteArray *form = nullptr,
                  const QString &caFile = {}, int timeoutMs = 15000);

// The sign-in page's form: "username=…&password=…".
QByteArray credentialsForm(const QString &user, const QString &password);

// The redirect back to the client with its state replaced: a forged answer.
QUrl withState(QUrl url, const QString &state);

// The client's part by hand: the authorize URL of `issuer` (…/realms/drogue)
// for client "drogue" with the S256 challenge of `verifier`, the token
// endpoint, and the form that exchanges `code` with `verifier`.
QUrl authorizeUrl(const QString &issuer, const QString &redirectUri, const QString &state, const QByteArray &verifier);
QUrl tokenUrl(const QString &issuer);
QByteArray tokenForm(const QString &code, const QString &redirectUri, const QByteArray &verifier);
// The "code" query item of a redirect's Location.
QString codeOf(const QByteArray &location);

} // namespace dwb::test
