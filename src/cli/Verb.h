// dwb's verbs. Each verb lives in its own file and registers itself with a
// static object, so a new verb needs no change to main.cpp:
//
//   static const dwb::cli::RegisterVerb publishVerb({
//       u"publish"_s,                               // one or more words
//       QT_TRANSLATE_NOOP("dwb", "Publish a message as a device"),
//       u"dwb publish --app APP --device DEV --cert DEV.pem --key DEV.key [--verify]"_s,
//       [](dwb::cli::VerbContext &ctx) { … return 0; }});
//
// ctx.args holds the arguments after the verb's words, with the global
// connection options (--url, --token, --sandbox, --ca, --context, --timeout)
// already taken out into ctx.online (they may stand anywhere on the command
// line). Exit codes: 0 success, 1 failure (failure(): the message on ctx.err),
// 2 usage error (usageError()). The table is the one usage source: `dwb help`
// lists every verb with its summary and forms, `dwb help VERB` and
// `dwb VERB --help` print the verb's forms (printHelp, printVerbUsage).
#pragma once

#include "cli/OnlineCommands.h"
#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace dwb::cli {

struct VerbContext {
    QStringList args;
    OnlineOptions online;
    QTextStream &out;
    QTextStream &err;
};

struct Verb {
    QString name;          // "trust create"
    const char *summary;   // translated with QCoreApplication::translate("dwb", …)
    // Its usage: one form, or several, each starting on a line with "dwb "
    // (continuation lines are indented); see usageForms().
    QString usage;
    std::function<int(VerbContext &)> run;
    QStringList aliases = {}; // other names of the same verb ("get app" for "get apps")
};

const QList<Verb> &allVerbs();
// The registered verb whose words (name or an alias) start args (longest
// match), or nullptr; *words receives how many arguments its name used.
const Verb *findVerb(const QStringList &args, int *words);
// The forms of a verb's usage, in the order given.
QStringList usageForms(const QString &usage);

// dwb's help: every verb with its summary, then every form, the global
// connection options, the algorithms and the exit codes.
void printHelp(QTextStream &out);
// "usage: FORM" for each form of the verb.
void printVerbUsage(QTextStream &out, const Verb &verb);

struct RegisterVerb {
    explicit RegisterVerb(Verb verb);
};

// Prints "dwb: message" and the verb's usage on ctx.err; returns 2.
int usageError(VerbContext &ctx, const QString &usage, const QString &message);
// A usage error for a verb form that needs a server and got none: names
// the options that give one (and --offline); returns 2.
int needsServer(VerbContext &ctx, const QString &usage);
// The one error printer: "dwb: error.message" (and the detail, when it says
// more) on ctx.err; returns 1.
int failure(VerbContext &ctx, const Error &error);

// A per-verb option parser on QCommandLineParser: positional arguments and
// --options (single-dash words are long options).
class ArgParser {
public:
    void flag(const QString &name);
    void option(const QString &name, const QString &valueName = QStringLiteral("VALUE"));
    // false and *error set when the arguments do not fit; minPositional..maxPositional
    bool parse(const QStringList &args, int minPositional, int maxPositional, QString *error);
    QStringList positional() const { return m_parser.positionalArguments(); }
    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }

private:
    QList<QCommandLineOption> m_options;
    QCommandLineParser m_parser;
};

// The first line of a passphrase file (without its line ending).
Result<SecretBytes> readPassphraseFile(const QString &path);

} // namespace dwb::cli
