// A small CA run by the openssl command line, for certificates whose dates
// lie in the past or the near future (the ledger's expiry tests):
// `openssl x509` of OpenSSL 3.0 cannot set a start date, `openssl ca` can
// (-startdate/-enddate), with a minimal configuration in the folder given.
//
//   dwb::test::OpensslCa ca;
//   QVERIFY2(ca.create(dir.path(), u"lab"_s), qPrintable(ca.lastError()));
//   const QString pem = ca.issue(u"sensor-1"_s, now.addDays(-90), now.addDays(10));
#pragma once

#include <QDateTime>
#include <QString>

namespace dwb::test {

class OpensslCa {
public:
    // A P-256 anchor "CN=<app>-anchor, O=Drogue IoT, OU=<app>" (CA, keyCertSign),
    // valid from a year ago for ten years; files in folder.
    bool create(const QString &folder, const QString &app);
    // A P-256 device certificate CN=<device>, O=Drogue IoT, OU=<app>
    // (clientAuth) valid from notBefore to notAfter (UTC, to the second);
    // returns the PEM file's path, "" on failure (lastError() says why).
    QString issue(const QString &device, const QDateTime &notBefore, const QDateTime &notAfter);

    QString anchorPem() const { return m_folder + QStringLiteral("/anchor.pem"); }
    QString anchorKey() const { return m_folder + QStringLiteral("/anchor.key"); }
    QString lastError() const { return m_error; }

private:
    bool openssl(const QStringList &args);
    QString m_folder, m_app, m_error;
};

} // namespace dwb::test
