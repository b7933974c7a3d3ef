#include "cli/TerminalPassphrase.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

// One line from standard input with echo off (restored afterwards).
bool readHiddenLine(QByteArray *line)
{
    termios old {};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    line->clear();
    bool ok = false;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        if (c == '\n') {
            ok = true;
            break;
        }
        line->append(c);
    }
    if (!ok && !line->isEmpty())
        ok = true;
    if (tty)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    if (line->endsWith('\r'))
        line->chop(1);
    return ok;
}

} // namespace

Result<SecretBytes> askPassphrase(QTextStream &err, const QString &prompt, bool confirm)
{
    if (!isatty(STDIN_FILENO))
        return Error(ErrorCode::NeedsPassphrase,
                     tr("A passphrase is needed and there is no terminal to ask it on: give --passphrase-file F."));
    err << prompt << ' ' << Qt::flush;
    QByteArray first;
    if (!readHiddenLine(&first))
        return Error(ErrorCode::NeedsPassphrase, tr("No passphrase was given."));
    SecretBytes pass(std::move(first));
    if (pass.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("An empty passphrase is refused."));
    if (confirm) {
        err << tr("Again:") << ' ' << Qt::flush;
        QByteArray second;
        readHiddenLine(&second);
        SecretBytes again(std::move(second));
        if (again.bytes() != pass.bytes())
            return Error(ErrorCode::InvalidArgument, tr("The two passphrases differ: nothing was written."));
    }
    return pass;
}

} // namespace dwb::cli
