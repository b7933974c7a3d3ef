// Asking a passphrase on the terminal, without echo (dwb trust backup /
// trust restore). Only when standard input is a terminal: a script gives
// --passphrase-file instead, and is never left waiting.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QString>
#include <QTextStream>

namespace dwb::cli {

// prompt is printed on err; with confirm the passphrase is asked twice and
// the two must be the same. An empty passphrase is refused.
Result<SecretBytes> askPassphrase(QTextStream &err, const QString &prompt, bool confirm);

} // namespace dwb::cli
