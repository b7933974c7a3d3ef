// dwb's online verbs on the command line: global connection options and the
// dispatch of `create|delete|get …` and the online `trust …` verbs to
// OnlineCommands.
#pragma once

#include "cli/OnlineCommands.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace dwb::cli {

// Removes the global connection options from args, wherever they are
// (before or after the verb): --url URL, --token USER:TOKEN, --sandbox DIR,
// --ca FILE, --timeout SECONDS; also as --option=value.
Result<OnlineOptions> takeOnlineOptions(QStringList &args);

// True when args (without the global options) start with an online verb:
// create, delete, get, trust list/delete, and trust create/enroll when
// connection options are given.
bool isOnlineVerb(const QStringList &args, const OnlineOptions &options);

// Runs it; returns the exit code (0 ok, 1 failed, 2 usage error). Errors go to err.
int runOnlineVerb(const QStringList &args, const OnlineOptions &options, QTextStream &out, QTextStream &err);

// Usage lines of the online verbs, for dwb's help.
QString onlineUsage();
// The usage of each form of `dwb trust enroll` with a server: issue a
// certificate with the CA key, or register a certificate as it is.
QString trustEnrollOnlineUsage();
QString trustRegisterUsage();

} // namespace dwb::cli
