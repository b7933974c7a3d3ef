// dwb: the command line twin of Drogue Workbench. Every verb, online or
// offline, is a row of the verb table (Verb.h); this file only finds it.
#include "cli/TokenOptions.h"
#include "cli/Verb.h"
#include "cli/VerbsOnline.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThreadPool>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"dwb"_s);
    QCoreApplication::setOrganizationName(u"Drogue IoT"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DWB_VERSION));
    QTextStream out(stdout), err(stderr);

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        dwb::cli::printHelp(err);
        return 2;
    }
    if (args.first() == "--help"_L1 || args.first() == "-h"_L1 || args == QStringList{u"help"_s}) {
        dwb::cli::printHelp(out);
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
    if (dwb::Status st = dwb::cli::takeTokenOptions(args); !st) {
        err << "dwb: " << st.error().message << '\n';
        return 2;
    }
    int words = 0;
    const dwb::cli::Verb *verb = dwb::cli::findVerb(args, &words);
    if (helpVerb || args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        if (verb)
            dwb::cli::printVerbUsage(out, *verb);
        else
            dwb::cli::printHelp(out);
        return 0;
    }
    if (!verb) {
        err << "dwb: " << QCoreApplication::translate("dwb", "Unknown command '%1'.").arg(args.join(u' ')) << '\n'
            << QCoreApplication::translate("dwb", "usage: dwb COMMAND [OPTIONS]  (dwb --help lists the commands)")
            << '\n';
        return 2;
    }
    dwb::cli::VerbContext ctx{args.mid(words), *online, out, err};
    const int code = verb->run(ctx);
    out.flush();
    err.flush();
    // The jobs ran key generation and signing on the global thread pool: its
    // threads are joined (waitForDone removes them) so that OpenSSL's
    // thread-exit handlers free their per-thread state before the process
    // ends (LeakSanitizer reported it otherwise).
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
