// Helpers shared by the GUI tests: certificates made with the openssl
// command line (the external oracle), tree lookups in the inspector,
// screenshots for the docs.
#pragma once

#include "gui/common/Prompts.h"
#include "gui/inspector/InspectorWidget.h"
#include "support/TestEnv.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace dwb::test {

inline QString openssl()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

// Runs openssl; returns "" on success, else its stderr.
inline QString runOpenssl(const QStringList &args, const QString &dir)
{
    QByteArray out, err;
    QStringList full = args;
    const QString cwd = QDir::currentPath();
    QDir::setCurrent(dir);
    const int rc = run(openssl(), full, &out, &err, 60000);
    QDir::setCurrent(cwd);
    if (rc == 0)
        return {};
    return QStringLiteral("openssl %1 failed (%2): %3").arg(args.join(u' ')).arg(rc).arg(QString::fromUtf8(err));
}

// A self-signed CA "CN=<cn>, O=Drogue IoT, OU=Cloud": <base>.pem, <base>.key.
// With keyUsage: verifyChain checks with X509_V_FLAG_X509_STRICT, which
// refuses a CA certificate without it.
inline QString makeCa(const QString &dir, const QString &base, const QString &cn)
{
    return runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-out"),
                       base + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("30"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=%1/O=Drogue IoT/OU=Cloud").arg(cn),
                       QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                      dir);
}

// A device certificate "CN=<cn>, O=Drogue IoT, OU=<ou>" signed by <ca>.
inline QString makeLeaf(const QString &dir, const QString &base, const QString &cn, const QString &ou,
                        const QString &ca)
{
    QFile ext(QDir(dir).filePath(QStringLiteral("leaf.ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write leaf.ext");
    ext.write("basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth,clientAuth\n"
              "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
    ext.close();
    QString e = runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                            QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-out"),
                            base + QStringLiteral(".csr"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=%1/O=Drogue IoT/OU=%2").arg(cn, ou)},
                           dir);
    if (!e.isEmpty())
        return e;
    return runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), base + QStringLiteral(".csr"),
                       QStringLiteral("-CA"), ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"), ca + QStringLiteral(".key"),
                       QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("30"),
                       QStringLiteral("-extfile"), QStringLiteral("leaf.ext"), QStringLiteral("-out"),
                       base + QStringLiteral(".pem")},
                      dir);
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Items of the inspector tree whose field key (FieldKeyRole) is `key`.
inline QList<QTreeWidgetItem *> fieldsWithKey(QTreeWidget *tree, const QString &key)
{
    QList<QTreeWidgetItem *> out;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, gui::InspectorWidget::FieldKeyRole).toString() == key)
            out << *it;
    return out;
}

inline QStringList fieldValues(QTreeWidget *tree, const QString &key)
{
    QStringList out;
    for (QTreeWidgetItem *item : fieldsWithKey(tree, key))
        out << item->text(1);
    return out;
}

// With DWB_SCREENSHOT_DIR set (docs/screenshots/take-wizards.sh runs the
// tests under Xvfb), saves a grab of the window as DIR/<name>.png once it
// has painted; without it, does nothing.
inline void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DWB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QTest::qWait(150);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

inline void resetPrompts()
{
    gui::Prompts::confirmHook = {};
    gui::Prompts::textHook = {};
    gui::Prompts::choiceHook = {};
    gui::Prompts::openFilesHook = {};
    gui::Prompts::saveFileHook = {};
}

} // namespace dwb::test
