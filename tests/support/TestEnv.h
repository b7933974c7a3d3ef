// Where the tests find the project's programs and data.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dwb::test {

QString binDir();                 // build/bin: dwb, drogue-sandbox, drogue-workbench
QString libDir();                 // build/lib: the broker plugin
QString program(const QString &name); // binDir()/name
QString dataDir();                // tests/data
QString sourceDir();              // project root
// Runs a program (no shell), returns exit code; output captured. -1 if it could not start
// or did not finish within timeoutMs.
int run(const QString &program, const QStringList &args, QByteArray *stdOut = nullptr,
        QByteArray *stdErr = nullptr, int timeoutMs = 60000, const QByteArray &stdIn = {});
// The openssl command line, the outside judge of our files; its stderr goes
// to a warning when it fails.
int openssl(const QStringList &args, QByteArray *stdOut = nullptr, QByteArray *stdErr = nullptr);
// openssl verify -x509_strict -purpose sslclient of many certificates against
// one anchor in one call: the number of "OK" lines, -1 when openssl fails;
// *output: what it printed (stdout, then stderr).
int opensslVerifyAll(const QString &anchorFile, const QStringList &certFiles, QByteArray *output);
// What `openssl x509 -noout -fingerprint -sha256` prints for a PEM
// certificate file ("AB:CD:…"); empty when openssl fails.
QString opensslFingerprint(const QString &pemFile);
QByteArray readFile(const QString &path);                     // empty when unreadable
bool writeFile(const QString &path, const QByteArray &data);  // truncates

} // namespace dwb::test
