#include "support/TestEnv.h"

#include <QDir>
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

} // namespace dwb::test
