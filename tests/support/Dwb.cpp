#include "support/Dwb.h"

#include "support/TestEnv.h"

#include <QDir>
#include <QProcess>

namespace dwb::test {

QString DwbRun::both() const
{
    return QStringLiteral("stdout: ") + out + QStringLiteral("\nstderr: ") + err;
}

QProcessEnvironment isolatedDwbEnvironment(const QString &home)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("HOME"), home);
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    e.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    e.insert(QStringLiteral("DRGCFG"), QDir(home).filePath(QStringLiteral("no-such-drg.yaml")));
    return e;
}

DwbRun runDwb(const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program(QStringLiteral("dwb")), args);
    DwbRun r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("dwb did not finish: ") + args.join(u' ');
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace dwb::test
