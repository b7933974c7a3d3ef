// Placeholder until the main window lands (issue 6).
#include <QApplication>
#include <QLabel>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Drogue Workbench"));
    label.show();
    return app.exec();
}
