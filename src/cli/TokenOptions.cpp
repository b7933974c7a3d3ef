#include "cli/TokenOptions.h"

#include "cli/Verb.h"
#include "core/token/TokenKeys.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dwb", text);
}

// The PIN from the terminal, echo off; never printed.
Result<SecretBytes> askPinOnTerminal(const QString &token)
{
    if (!isatty(STDIN_FILENO))
        return Error(ErrorCode::NeedsPassphrase,
                     tr("The token '%1' needs its user PIN: give --pin-file or DWB_PKCS11_PIN.").arg(token));
    std::fprintf(stderr, "%s", qPrintable(tr("PIN of token '%1': ").arg(token)));
    std::fflush(stderr);
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    QByteArray pin;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        pin += static_cast<char>(c);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fprintf(stderr, "\n");
    return SecretBytes(std::move(pin));
}
} // namespace

Status takeTokenOptions(QStringList &args)
{
    TokenSettings settings;
    for (qsizetype i = 0; i < args.size();) {
        const QString &a = args.at(i);
        if (a != "--pin-file"_L1 && a != "--pkcs11-module"_L1) {
            ++i;
            continue;
        }
        if (i + 1 >= args.size())
            return Error(ErrorCode::InvalidArgument, tr("%1 needs a value.").arg(a));
        const QString value = args.at(i + 1);
        if (a == "--pin-file"_L1) {
            auto pin = readPassphraseFile(value);
            if (!pin)
                return pin.error();
            settings.pin = std::move(*pin);
        } else {
            settings.modulePath = value;
        }
        args.remove(i, 2);
    }
    settings.askPin = askPinOnTerminal;
    setTokenSettings(std::move(settings));
    return {};
}

} // namespace dwb::cli
