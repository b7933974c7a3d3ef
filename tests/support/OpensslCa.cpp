#include "support/OpensslCa.h"

#include "support/TestEnv.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace dwb::test {

namespace {
QString asn1Time(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyyMMddHHmmss"_s) + u'Z';
}
} // namespace

bool OpensslCa::openssl(const QStringList &args)
{
    QByteArray out, err;
    if (run(u"openssl"_s, args, &out, &err) == 0)
        return true;
    m_error = u"openssl %1: %2"_s.arg(args.join(u' '), QString::fromUtf8(err));
    return false;
}

bool OpensslCa::create(const QString &folder, const QString &app)
{
    m_folder = QDir(folder).absolutePath();
    m_app = app;
    if (!QDir().mkpath(m_folder + u"/issued"_s))
        return false;
    const QByteArray config =
        "[ ca ]\ndefault_ca = lab\n"
        "[ lab ]\n"
        "dir = " + m_folder.toUtf8() + "\n"
        "database = $dir/index.txt\nnew_certs_dir = $dir/issued\nserial = $dir/serial\n"
        "default_md = sha256\npolicy = any\nunique_subject = no\ncopy_extensions = none\nemail_in_dn = no\n"
        "[ any ]\ncommonName = supplied\norganizationName = optional\norganizationalUnitName = optional\n"
        "[ device ]\nbasicConstraints = critical, CA:FALSE\nkeyUsage = critical, digitalSignature\n"
        "extendedKeyUsage = clientAuth, serverAuth\nsubjectKeyIdentifier = hash\n"
        "authorityKeyIdentifier = keyid\n"
        "[ req ]\ndistinguished_name = dn\n[ dn ]\n"
        "[ anchor ]\nbasicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign, cRLSign\n"
        "subjectKeyIdentifier = hash\n";
    if (!writeFile(m_folder + u"/ca.cnf"_s, config) || !writeFile(m_folder + u"/index.txt"_s, {})
        || !writeFile(m_folder + u"/serial"_s, "1000\n"))
        return false;
    const QString subject = u"/CN=%1-anchor/O=Drogue IoT/OU=%1"_s.arg(app);
    return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                    u"-nodes"_s, u"-keyout"_s, anchorKey(), u"-out"_s, anchorPem(), u"-subj"_s, subject,
                    u"-days"_s, u"3650"_s, u"-config"_s, m_folder + u"/ca.cnf"_s, u"-extensions"_s, u"anchor"_s});
}

QString OpensslCa::issue(const QString &device, const QDateTime &notBefore, const QDateTime &notAfter)
{
    const QString key = m_folder + u'/' + device + u".key"_s;
    const QString csr = m_folder + u'/' + device + u".csr"_s;
    const QString pem = m_folder + u'/' + device + u".pem"_s;
    const QString subject = u"/CN=%1/O=Drogue IoT/OU=%2"_s.arg(device, m_app);
    if (!openssl({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                  u"-nodes"_s, u"-keyout"_s, key, u"-out"_s, csr, u"-subj"_s, subject, u"-config"_s,
                  m_folder + u"/ca.cnf"_s}))
        return {};
    if (!openssl({u"ca"_s, u"-batch"_s, u"-config"_s, m_folder + u"/ca.cnf"_s, u"-cert"_s, anchorPem(),
                  u"-keyfile"_s, anchorKey(), u"-in"_s, csr, u"-out"_s, pem, u"-notext"_s, u"-extensions"_s,
                  u"device"_s, u"-startdate"_s, asn1Time(notBefore), u"-enddate"_s, asn1Time(notAfter)}))
        return {};
    return pem;
}

} // namespace dwb::test
