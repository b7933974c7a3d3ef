#include "cli/Verb.h"

#include "core/util/ErrorDetail.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>

#include <algorithm>

namespace dwb::cli {

namespace {
QList<Verb> &registry()
{
    static QList<Verb> verbs;
    return verbs;
}
} // namespace

const QList<Verb> &allVerbs() { return registry(); }

RegisterVerb::RegisterVerb(Verb verb) { registry().append(std::move(verb)); }

const Verb *findVerb(const QStringList &args, int *words)
{
    const Verb *best = nullptr;
    int bestWords = 0;
    for (const Verb &v : registry()) {
        for (const QString &name : QStringList{v.name} + v.aliases) {
            const QStringList parts = name.split(u' ');
            if (parts.size() > args.size() || parts.size() <= bestWords)
                continue;
            if (args.mid(0, parts.size()) == parts) {
                best = &v;
                bestWords = static_cast<int>(parts.size());
            }
        }
    }
    if (words)
        *words = bestWords;
    return best;
}

QStringList usageForms(const QString &usage)
{
    QStringList forms;
    for (const QString &line : usage.split(u'\n')) {
        if (forms.isEmpty() || line.startsWith(QLatin1String("dwb ")))
            forms << line;
        else
            forms.last() += u'\n' + line;
    }
    return forms;
}

void printVerbUsage(QTextStream &out, const Verb &verb)
{
    for (const QString &form : usageForms(verb.usage))
        out << QCoreApplication::translate("dwb", "usage: %1").arg(form) << '\n';
}

void printHelp(QTextStream &out)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("dwb", text); };
    out << tr("dwb %1: provision Drogue Cloud devices with x.509 certificates.").arg(QStringLiteral(DWB_VERSION))
        << "\n\n"
        << tr("usage: dwb VERB [ARGUMENTS] [--help]") << "\n\n";
    QList<Verb> verbs = registry();
    std::sort(verbs.begin(), verbs.end(), [](const Verb &a, const Verb &b) { return a.name < b.name; });
    qsizetype width = 0;
    for (const Verb &v : verbs)
        width = std::max(width, v.name.size());
    for (const Verb &v : verbs)
        out << "  " << v.name.leftJustified(width) << "  " << QCoreApplication::translate("dwb", v.summary) << '\n';
    out << '\n' << tr("Forms:") << '\n';
    for (const Verb &v : verbs) {
        for (const QString &form : usageForms(v.usage))
            out << "  " << QString(form).replace(u'\n', QLatin1String("\n  ")) << '\n';
    }
    out << '\n'
        << tr("Verbs that talk to Drogue Cloud take the global options --url URL --token USER:TOKEN [--ca FILE],\n"
              "or --sandbox DIR, or --context NAME (default: the default context; see dwb context list);\n"
              "before or after the verb; --timeout SECONDS.\n"
              "--ledger FILE: the certificate ledger (default: $DWB_LEDGER, else\n"
              "~/.local/share/drogue-workbench/ledger.sqlite); trust create, trust enroll and enroll-batch\n"
              "record every certificate there before registering it (--no-ledger: not recommended).\n")
        << tr("Algorithms: rsa2048 rsa3072 rsa4096 ecdsa-p256 (default) ecdsa-p384 ed25519\n"
              "            (drg's RSA, ECDSA and EdDSA are accepted too).\n"
              "Exit codes: 0 success, 1 failure, 2 usage error.\n");
}

int usageError(VerbContext &ctx, const QString &usage, const QString &message)
{
    ctx.err << "dwb: " << message << '\n'
            << QCoreApplication::translate("dwb", "usage: %1").arg(usage) << '\n';
    ctx.err.flush();
    return 2;
}

int needsServer(VerbContext &ctx, const QString &usage)
{
    return usageError(ctx, usage,
                      QCoreApplication::translate("dwb", "This needs a server: give --sandbox DIR, --url URL --token "
                                                         "USER:TOKEN or --context NAME (or make a context the "
                                                         "default), or use --offline."));
}

int failure(VerbContext &ctx, const Error &error)
{
    ctx.err << "dwb: " << error.message << '\n';
    if (const QString detail = usefulDetail(error); !detail.isEmpty())
        ctx.err << "  (" << detail << ")\n";
    ctx.err.flush();
    return 1;
}

void ArgParser::flag(const QString &name) { m_options.append(QCommandLineOption(name)); }

void ArgParser::option(const QString &name, const QString &valueName)
{
    m_options.append(QCommandLineOption(name, QString(), valueName));
}

bool ArgParser::parse(const QStringList &args, int minPositional, int maxPositional, QString *error)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(m_options);
    if (!m_parser.parse(QStringList{QStringLiteral("dwb")} + args)) {
        *error = m_parser.errorText();
        return false;
    }
    const auto n = m_parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        if (n > maxPositional)
            *error = QCoreApplication::translate("dwb", "Unexpected argument '%1'.")
                         .arg(m_parser.positionalArguments().value(maxPositional));
        else
            *error = QCoreApplication::translate("dwb", "Missing argument.");
        return false;
    }
    return true;
}

Result<SecretBytes> readPassphraseFile(const QString &path)
{
    auto data = readWholeFile(path, 64 * 1024);
    if (!data)
        return data.error();
    QByteArray &bytes = *data;
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes.at(end - 1) == '\r')
        --end;
    SecretBytes pass(bytes.left(end));
    SecretBytes wipe(std::move(bytes)); // the whole file content is wiped too
    if (pass.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("dwb", "The passphrase file %1 is empty.").arg(path));
    return pass;
}

} // namespace dwb::cli
