#include "support/TestEnv.h"

#include <QDir>
#include <QDebug>
#include <QFile>
#include <QProcess>

namespace dwb::test {

QString binDir() { return QStringLiteral(DWB_BIN_DIR); }
QString libDir() { return QStringLiteral(DWB_LIB_DIR); }
QString program(const QString &name) { return QDir(binDir()).filePath(name); }
QString dataDir() { return QStringLiteral(DWB_TEST_DATA_DIR); }
QString sourceDir() { return QStringLiteral(DWB_SOURCE_DIR); }

int run(const QString &program, const QStringList &args, QByteArray *stdOut, QByteArray *stdErr,
        int timeoutMs, const QByteArray &stdIn)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    if (!stdIn.isEmpty())
        p.write(stdIn);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    if (stdOut)
        *stdOut = p.readAllStandardOutput();
    if (stdErr)
        *stdErr = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int opensslVerifyAll(const QString &anchorFile, const QStringList &certFiles, QByteArray *output)
{
    QStringList args{QStringLiteral("verify"), QStringLiteral("-x509_strict"), QStringLiteral("-purpose"),
                     QStringLiteral("sslclient"), QStringLiteral("-CAfile"), anchorFile};
    args += certFiles;
    QByteArray out, err;
    const int rc = run(QStringLiteral("openssl"), args, &out, &err, 120000);
    *output = out + err;
    return rc != 0 ? -1 : static_cast<int>(out.count(": OK\n"));
}

int openssl(const QStringList &args, QByteArray *stdOut, QByteArray *stdErr)
{
    QByteArray o, e;
    const int rc = run(QStringLiteral("openssl"), args, &o, &e);
    if (rc != 0)
        qWarning().noquote() << "openssl" << args.join(u' ') << "failed:" << e;
    if (stdOut)
        *stdOut = o;
    if (stdErr)
        *stdErr = e;
    return rc;
}

QString opensslFingerprint(const QString &pemFile)
{
    QByteArray out;
    if (openssl({QStringLiteral("x509"), QStringLiteral("-in"), pemFile, QStringLiteral("-noout"),
                 QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                &out)
        != 0)
        return {};
    return QString::fromLatin1(out).trimmed().section(u'=', 1);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace dwb::test
