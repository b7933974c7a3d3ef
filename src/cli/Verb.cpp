#include "cli/Verb.h"

#include "core/util/ErrorDetail.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>

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
        const QStringList parts = v.name.split(u' ');
        if (parts.size() > args.size() || parts.size() <= bestWords)
            continue;
        if (args.mid(0, parts.size()) == parts) {
            best = &v;
            bestWords = static_cast<int>(parts.size());
        }
    }
    if (words)
        *words = bestWords;
    return best;
}

int usageError(VerbContext &ctx, const QString &usage, const QString &message)
{
    ctx.err << "dwb: " << message << '\n'
            << QCoreApplication::translate("dwb", "usage: %1").arg(usage) << '\n';
    ctx.err.flush();
    return 2;
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
