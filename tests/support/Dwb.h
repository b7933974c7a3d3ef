// The dwb program as a process, for the command line's tests
// (tests/integration/test_dwb_*): one way to run it and read what it said.
//
//   const dwb::test::DwbRun r = dwb::test::runDwb({u"get"_s, u"apps"_s}, env);
//   QVERIFY2(r.code == 0, qPrintable(r.both()));
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dwb::test {

// What one run of dwb printed and returned.
struct DwbRun {
    int code = -1;    // exit code; -1 when dwb did not start, crashed or did not finish in time
    QString out, err; // standard output and error (UTF-8); err names the command when it did not finish
    // Both outputs, for the message of a failed check.
    QString both() const;
};

// The environment of a dwb with a home of its own: HOME, XDG_CONFIG_HOME
// and XDG_DATA_HOME in home (no contexts, no settings of the user), and no
// drg configuration (DRGCFG names a file that does not exist).
QProcessEnvironment isolatedDwbEnvironment(const QString &home);

// Runs build/bin/dwb with args (no shell) in env.
DwbRun runDwb(const QStringList &args,
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 60000);

} // namespace dwb::test
