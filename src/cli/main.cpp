// dwb: the command line twin of Drogue Workbench.
#include "cli/Verb.h"
#include "cli/VerbsOnline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dwb", text); }

void printHelp(QTextStream &out)
{
    out << tr("dwb %1: provision Drogue Cloud devices with x.509 certificates.").arg(QStringLiteral(DWB_VERSION))
        << "\n\n"
        << tr("usage: dwb VERB [ARGUMENTS] [--help]") << "\n\n";
    QList<dwb::cli::Verb> verbs = dwb::cli::allVerbs();
    std::sort(verbs.begin(), verbs.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    for (const auto &v : verbs)
        out << "  " << v.name.leftJustified(18) << ' ' << QCoreApplication::translate("dwb", v.summary) << '\n';
    out << '\n' << dwb::cli::onlineUsage() << '\n'
        << tr("Algorithms: rsa2048 rsa3072 rsa4096 ecdsa-p256 (default) ecdsa-p384 ed25519\n"
              "            (drg's RSA, ECDSA and EdDSA are accepted too).\n"
              "Exit codes: 0 success, 1 failure, 2 usage error.\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"dwb"_s);
    QCoreApplication::setOrganizationName(u"Drogue IoT"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DWB_VERSION));
    QTextStream out(stdout), err(stderr);

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        printHelp(err);
        return 2;
    }
    if (args.first() == "--help"_L1 || args.first() == "-h"_L1 || args == QStringList{u"help"_s}) {
        printHelp(out);
        return 0;
    }
    if (args.first() == "--version"_L1 || args.first() == "version"_L1) {
        out << "dwb " << DWB_VERSION << '\n';
        return 0;
    }
    const bool helpVerb = args.first() == "help"_L1;
    if (helpVerb)
        args.removeFirst();

    auto online = dwb::cli::takeOnlineOptions(args);
    if (!online) {
        err << "dwb: " << online.error().message << '\n';
        return 2;
    }
    const bool wantsHelp = helpVerb || args.contains(u"--help"_s) || args.contains(u"-h"_s);
    int words = 0;
    const dwb::cli::Verb *verb = dwb::cli::findVerb(args, &words);
    if (wantsHelp) {
        if (verb && verb->name == "trust enroll"_L1) // its forms with a server first
            out << tr("usage: %1").arg(dwb::cli::trustEnrollOnlineUsage()) << '\n'
                << tr("usage: %1").arg(dwb::cli::trustRegisterUsage()) << '\n';
        if (verb)
            out << tr("usage: %1").arg(verb->usage) << '\n';
        else
            out << dwb::cli::onlineUsage();
        return 0;
    }
    // trust create/enroll: --offline runs the registered offline verb,
    // otherwise the online one (which needs connection options).
    const bool offline = args.contains(u"--offline"_s);
    if (!offline && dwb::cli::isOnlineVerb(args, *online))
        return dwb::cli::runOnlineVerb(args, *online, out, err);
    if (!verb) {
        err << "dwb: " << tr("Unknown command '%1'.").arg(args.join(u' ')) << '\n'
            << tr("usage: dwb COMMAND [OPTIONS]  (dwb --help lists the commands)") << '\n';
        return 2;
    }
    dwb::cli::VerbContext ctx{args.mid(words), *online, out, err};
    const int code = verb->run(ctx);
    out.flush();
    err.flush();
    return code;
}
