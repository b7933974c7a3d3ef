#include "support/SoftHsmTokens.h"

#include "support/TestEnv.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace dwb::test {

QString SoftHsmTokens::module()
{
    return u"/usr/lib/softhsm/libsofthsm2.so"_s;
}

bool SoftHsmTokens::setUp(const QString &dir)
{
    m_dir = dir;
    if (!QDir().mkpath(tokenDir()))
        return false;
    if (!writeFile(confPath(), "directories.tokendir = " + QFile::encodeName(tokenDir()) + "\nobjectstore.backend = file\n"))
        return false;
    qputenv("SOFTHSM2_CONF", QFile::encodeName(confPath()));
    return true;
}

QProcessEnvironment SoftHsmTokens::withConf(QProcessEnvironment env) const
{
    env.insert(u"SOFTHSM2_CONF"_s, confPath());
    return env;
}

bool SoftHsmTokens::initToken(const QString &label, const QString &pin, QByteArray *out) const
{
    QByteArray o, e;
    const int rc = run(u"softhsm2-util"_s,
                       {u"--init-token"_s, u"--free"_s, u"--label"_s, label, u"--pin"_s, pin, u"--so-pin"_s, u"654321"_s},
                       &o, &e);
    if (out)
        *out = o + e;
    return rc == 0;
}

int SoftHsmTokens::tool(const QStringList &args, QByteArray *out) const
{
    QByteArray o, e;
    const int rc = run(u"pkcs11-tool"_s, QStringList{u"--module"_s, module()} + args, &o, &e);
    if (out)
        *out = o + e;
    return rc;
}

bool SoftHsmTokens::keyPair(const QString &token, const QString &pin, const QString &keyType, const QString &label,
                            const QString &id, QByteArray *out) const
{
    return tool({u"--token-label"_s, token, u"--login"_s, u"--pin"_s, pin, u"--keypairgen"_s, u"--key-type"_s, keyType,
                 u"--label"_s, label, u"--id"_s, id, u"--sensitive"_s},
                out)
           == 0;
}

QString SoftHsmTokens::uri(const QString &token, const QString &object)
{
    return u"pkcs11:token=%1;object=%2?module-path=%3"_s.arg(token, object, module());
}

} // namespace dwb::test
