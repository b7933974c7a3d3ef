// drogue-workbench: a thin main. Everything lives in dwb_gui.
#include "core/config/Context.h"
#include "core/config/SecretStore.h"
#include "gui/MainWindow.h"
#include "gui/common/Icons.h"
#include "gui/common/Translations.h"
#include "gui/inspector/InspectorWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Options {
    QCommandLineOption sandbox{
        u"sandbox"_s,
        QCoreApplication::translate("main", "Connect to the drogue-sandbox whose data folder is <dir> "
                                            "(reads <dir>/sandbox.json)."),
        QCoreApplication::translate("main", "dir")};
    QCommandLineOption context{
        u"context"_s, QCoreApplication::translate("main", "Connect with the saved connection <name>."),
        QCoreApplication::translate("main", "name")};
    QCommandLineOption inspect{
        u"inspect"_s,
        QCoreApplication::translate("main", "Open <file> in the certificate inspector (repeatable; "
                                            "further file arguments are inspected too)."),
        QCoreApplication::translate("main", "file")};
};

void setUp(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Provision Drogue Cloud devices with x.509 certificates."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(o.sandbox);
    parser.addOption(o.context);
    parser.addOption(o.inspect);
    parser.addPositionalArgument(u"files"_s, QCoreApplication::translate("main", "Files to inspect."),
                                 u"[file…]"_s);
}

void setNames()
{
    QCoreApplication::setOrganizationName(u"Drogue IoT"_s);
    QCoreApplication::setApplicationName(u"Drogue Workbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DWB_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    // --help / --version answer without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--version" || a == "-v") { // "<program> <version>", as dwb and drogue-sandbox
            std::puts("drogue-workbench " DWB_VERSION);
            return 0;
        }
        if (a == "--help" || a == "-h" || a == "--help-all") {
            QCoreApplication core(argc, argv);
            setNames();
            dwb::gui::installTranslations();
            QCommandLineParser parser;
            Options o;
            setUp(parser, o);
            parser.process(core); // prints and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    setNames();
    QGuiApplication::setDesktopFileName(u"io.drogue.Workbench"_s);
    dwb::gui::initResources();
    dwb::gui::installTranslations();

    QCommandLineParser parser;
    Options o;
    setUp(parser, o);
    parser.process(app);

    dwb::ContextStore contexts;
    dwb::KeychainSecretStore secrets; // the system key store; without one the user chooses (SecretStores)
    dwb::gui::MainWindow window(&contexts, &secrets);
    window.show();

    QStringList files = parser.values(o.inspect);
    files += parser.positionalArguments();
    QTimer::singleShot(0, &window, [&] {
        if (parser.isSet(o.sandbox))
            window.openSandbox(parser.value(o.sandbox));
        else if (parser.isSet(o.context))
            window.switchToContext(parser.value(o.context));
        else if (!contexts.lastContext().isEmpty() && contexts.find(contexts.lastContext()))
            window.switchToContext(contexts.lastContext());
        if (!files.isEmpty()) {
            window.inspector()->addFiles(files);
            window.inspectorDock()->show();
        }
    });
    return app.exec();
}
