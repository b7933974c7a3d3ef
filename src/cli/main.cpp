// Placeholder until the dwb verbs land (issue 3).
#include <QCoreApplication>
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return 0;
}
