// SoftHSM2 tokens for the tests of CA keys on tokens (core/token): a token
// store of the test's own in a temporary folder (DIR/softhsm2.conf naming
// DIR/tokens, SOFTHSM2_CONF set for the test process and for the dwb it
// runs), tokens initialised by softhsm2-util, keys made by pkcs11-tool.
//
//   dwb::test::SoftHsmTokens tokens;
//   QVERIFY(tokens.setUp(dir.path()));
//   QVERIFY(tokens.initToken(u"lab"_s, u"123456"_s));
//   tokens.tool({u"--token-label"_s, u"lab"_s, u"--login"_s, ...});
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dwb::test {

class SoftHsmTokens {
public:
    // Debian's SoftHSM2 module.
    static QString module();

    // Writes DIR/softhsm2.conf (tokens in DIR/tokens, file store) and sets
    // SOFTHSM2_CONF for this process. False when the folder cannot be made.
    bool setUp(const QString &dir);
    QString confPath() const { return m_dir + QStringLiteral("/softhsm2.conf"); }
    QString tokenDir() const { return m_dir + QStringLiteral("/tokens"); }
    // env with SOFTHSM2_CONF, for a dwb the test starts.
    QProcessEnvironment withConf(QProcessEnvironment env) const;

    // softhsm2-util --init-token --free with this label and user PIN (SO PIN
    // 654321); *out: what it printed.
    bool initToken(const QString &label, const QString &pin, QByteArray *out = nullptr) const;
    // pkcs11-tool --module module() args: its exit code; *out: stdout + stderr.
    int tool(const QStringList &args, QByteArray *out = nullptr) const;
    // A key pair made by pkcs11-tool on the token (logged in with pin):
    // keyType as --key-type takes it ("EC:prime256v1", "EC:edwards25519",
    // "rsa:2048"), the private key sensitive. *out: what it printed.
    bool keyPair(const QString &token, const QString &pin, const QString &keyType, const QString &label,
                 const QString &id, QByteArray *out = nullptr) const;
    // "pkcs11:token=T;object=O?module-path=<module()>"
    static QString uri(const QString &token, const QString &object);

private:
    QString m_dir;
};

} // namespace dwb::test
