// Placeholder until the sandbox lands (issue 4).
#include <QCoreApplication>
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return 0;
}
