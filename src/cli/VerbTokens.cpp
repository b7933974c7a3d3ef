// dwb tokens: the PKCS#11 tokens and their key objects (core/token).
#include "cli/Verb.h"
#include "core/token/TokenKeyGen.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace dwb::cli {

namespace {
const QString kTokensUsage = u"dwb tokens [--pkcs11-module PATH] [--pin-file F]\n"
                             "  (with a PIN: the key objects too, with their flags sensitive and extractable)"_s;

int tokens(VerbContext &ctx)
{
    ArgParser p;
    QString error;
    if (!p.parse(ctx.args, 0, 0, &error))
        return usageError(ctx, kTokensUsage, error);
    auto lines = listTokens();
    if (!lines)
        return failure(ctx, lines.error());
    if (lines->isEmpty())
        ctx.out << QCoreApplication::translate("dwb", "No initialised token found.") << '\n';
    for (const QString &line : *lines)
        ctx.out << line << '\n';
    return 0;
}

const RegisterVerb tokensVerb({u"tokens"_s, QT_TRANSLATE_NOOP("dwb", "List PKCS#11 tokens and their keys"),
                               kTokensUsage, tokens});
} // namespace

} // namespace dwb::cli
