// Helpers shared by the GUI tests: certificates made with the openssl
// command line (the external oracle), tree lookups in the inspector,
// screenshots for the docs, the wizard tests' sandbox fixture.
#pragma once

#include "core/cloud/RegistryClient.h"
#include "gui/common/Prompts.h"
#include "gui/inspector/InspectorWidget.h"
#include "support/Sandbox.h"
#include "support/TestEnv.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QWizard>

#include <memory>

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
    gui::Prompts::messageHook = {};
}

// Counts the ticks of a 10 ms timer from construction to stop(): the event
// loop kept running (the window kept painting) while a job worked.
class UiTicks {
public:
    UiTicks()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { ++m_ticks; });
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    int count() const { return m_ticks; }

private:
    QTimer m_timer;
    int m_ticks = 0;
};

// Base of the wizard tests: a temporary folder, a real drogue-sandbox
// (no broker), the wizards' client and a second one to check the server.
class WizardTestBase : public QObject {
protected:
    QTemporaryDir m_tmp;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<RegistryClient> m_client;  // the wizards'
    std::unique_ptr<RegistryClient> m_checker; // a second client to check the server

    // For initTestCase; on a failed check the test is marked failed (the
    // caller returns when QTest::currentTestFailed()).
    void startSandbox()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!openssl().isEmpty(), "openssl command line needed");
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY2(m_sandbox->start({QStringLiteral("--no-broker")}), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<RegistryClient>(m_sandbox->connectionSettings());
        m_checker = std::make_unique<RegistryClient>(m_sandbox->connectionSettings());
    }

    // For cleanupTestCase: the clients first, then the sandbox (exit code 0).
    void stopSandbox()
    {
        m_client.reset();
        m_checker.reset();
        if (m_sandbox)
            QCOMPARE(m_sandbox->stop(), 0);
    }

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    // A click as a user makes it: on the button once it is shown and enabled
    // (within a minute: a loaded machine), with the mouse.
    void click(QAbstractButton *b)
    {
        QVERIFY(b);
        QTRY_VERIFY_WITH_TIMEOUT(b->isVisible() && b->isEnabled(), 60000);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    template <typename T>
    T *child(QWidget *w, const QString &name)
    {
        T *c = w->findChild<T *>(name);
        if (!c)
            qWarning("no child %s", qPrintable(name));
        return c;
    }

    void shoot(QWidget *w, const QString &name) { saveScreenshot(w, name); }

    // The button a user presses to go on: Next, or on a commit page the
    // commit button ("Create Anchor", "Enroll Devices").
    static QAbstractButton *forwardButton(QWizard *w)
    {
        QAbstractButton *next = w->button(QWizard::NextButton);
        return next->isVisible() ? next : w->button(QWizard::CommitButton);
    }

    // Presses `which` with the mouse, as a user does: false (with a warning
    // saying why) when the button is hidden or disabled, i.e. when a user
    // could not press it. QWizard::next()/back() would pass regardless.
    static bool press(QWizard *w, QAbstractButton *b)
    {
        if (!b || !b->isVisible()) {
            qWarning("page %d: the button is not shown", w->currentId());
            return false;
        }
        if (!b->isEnabled()) {
            qWarning("page %d: '%s' is disabled", w->currentId(), qPrintable(b->text()));
            return false;
        }
        QTest::mouseClick(b, Qt::LeftButton);
        return true;
    }
    static bool clickNext(QWizard *w) { return press(w, forwardButton(w)); }
    static bool clickBack(QWizard *w) { return press(w, w->button(QWizard::BackButton)); }

    // Next is shown but disabled, and a click on it leaves the page as it is.
    static bool nextIsGated(QWizard *w)
    {
        QAbstractButton *b = forwardButton(w);
        const int before = w->currentId();
        if (!b->isVisible() || b->isEnabled()) {
            qWarning("page %d: '%s' is %s", before, qPrintable(b->text()), b->isVisible() ? "enabled" : "hidden");
            return false;
        }
        QTest::mouseClick(b, Qt::LeftButton);
        return w->currentId() == before;
    }
};

} // namespace dwb::test
