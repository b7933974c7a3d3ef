// Whether an error's technical detail is worth showing next to its message.
// dwb prints a detail on its own line after the message, and the system key
// store reports a failure it knows nothing about as "Unknown error": a line
// "(Unknown error)" after a good explanation only adds noise.
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace dwb {

// detail, trimmed, when it adds something to message: not empty, not a
// placeholder that says nothing ("Unknown error", "No error": what Qt,
// QtKeychain and D-Bus answer for a failure without a cause), not already
// part of message. Otherwise empty.
QString usefulDetail(const QString &message, const QString &detail);
inline QString usefulDetail(const Error &error) { return usefulDetail(error.message, error.detail); }

} // namespace dwb
