// dwb's registry verbs (create|delete|get …, trust list|delete) and what
// every verb that talks to Drogue Cloud shares: the global connection
// options and running a command against the server they name.
#pragma once

#include "cli/OnlineCommands.h"

#include <QStringList>

#include <functional>

namespace dwb::cli {

struct VerbContext;

// Removes the global connection options from args, wherever they are
// (before or after the verb): --url URL, --token USER:TOKEN, --sandbox DIR,
// --ca FILE, --context NAME, --secret-store KIND, --timeout SECONDS,
// --ledger FILE; also as
// --option=value.
Result<OnlineOptions> takeOnlineOptions(QStringList &args);

// Connects to the server of ctx.online and runs command; returns the exit
// code: 0, 1 (failure() printed the error) or 2 (connection options that
// do not fit: usageError() with usage).
int runOnline(VerbContext &ctx, const QString &usage, const std::function<Status(RegistryClient &)> &command);

// A positive whole number, or nullopt.
std::optional<int> positiveInt(const QString &text);

} // namespace dwb::cli
