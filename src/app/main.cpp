// drogue-workbench: a thin main. Everything lives in dwb_gui.
#include "core/config/Context.h"
#include "gui/MainWindow.h"
#include "gui/common/Icons.h"
#include "gui/inspector/InspectorWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Drogue IoT"_s);
    QCoreApplication::setApplicationName(u"Drogue Workbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DWB_VERSION));
    QGuiApplication::setDesktopFileName(u"io.drogue.Workbench"_s);
    dwb::gui::initResources();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Provision Drogue Cloud devices with x.509 certificates."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        u"sandbox"_s,
        QCoreApplication::translate("main", "Connect to the drogue-sandbox whose data folder is <dir> "
                                            "(reads <dir>/sandbox.json)."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption context(
        u"context"_s, QCoreApplication::translate("main", "Connect with the saved connection <name>."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption inspect(
        u"inspect"_s,
        QCoreApplication::translate("main", "Open <file> in the certificate inspector (repeatable; "
                                            "further file arguments are inspected too)."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(sandbox);
    parser.addOption(context);
    parser.addOption(inspect);
    parser.addPositionalArgument(u"files"_s, QCoreApplication::translate("main", "Files to inspect."),
                                 u"[file…]"_s);
    parser.process(app);

    dwb::ContextStore contexts;
    dwb::InMemorySecretStore secrets;
    dwb::gui::MainWindow window(&contexts, &secrets);
    window.show();

    QStringList files = parser.values(inspect);
    files += parser.positionalArguments();
    QTimer::singleShot(0, &window, [&] {
        if (parser.isSet(sandbox))
            window.openSandbox(parser.value(sandbox));
        else if (parser.isSet(context))
            window.switchToContext(parser.value(context));
        else if (!contexts.lastContext().isEmpty() && contexts.find(contexts.lastContext()))
            window.switchToContext(contexts.lastContext());
        if (!files.isEmpty()) {
            window.inspector()->addFiles(files);
            window.inspectorDock()->show();
        }
    });
    return app.exec();
}
