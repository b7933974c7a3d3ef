// dwb's PKCS#11 options, valid with every verb: --pin-file F (the token's
// user PIN), --pkcs11-module PATH (instead of p11-kit's registered modules).
// Without a PIN file or DWB_PKCS11_PIN, the PIN is asked on the terminal
// without echo (only when standard input is a terminal).
#pragma once

#include "core/util/Result.h"

#include <QStringList>

namespace dwb::cli {

// Takes the options out of args and hands them to core/token.
Status takeTokenOptions(QStringList &args);

} // namespace dwb::cli
