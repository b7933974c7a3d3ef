// The GUI in German and French: the translator is chosen from the system
// locale (LANG/LANGUAGE, as for the real program: main.cpp calls the same
// dwb::gui::installTranslations()), and the main window's menus and actions
// show the translated texts. The .qm files are compiled from the committed
// translations/*.ts by lrelease (qt_add_translations) and embedded.
#include "core/config/Context.h"
#include "core/token/Pkcs11Uri.h"
#include "core/util/SafeFile.h"
#include "gui/MainWindow.h"
#include "gui/common/Icons.h"
#include "gui/common/Translations.h"
#include "support/TestEnv.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

class TestTranslation : public QObject {
    Q_OBJECT
    std::unique_ptr<ContextStore> m_contexts;
    InMemorySecretStore m_secrets;

    static QStringList menuTitles(MainWindow &w)
    {
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            if (a->menu())
                titles << a->text();
        return titles;
    }

    static void removeTranslators()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        initResources();
        m_contexts = std::make_unique<ContextStore>();
    }

    // main() calls installTranslations(QLocale::system()); the test process
    // runs with LANG=de_DE.UTF-8 and LANGUAGE=de (set in main() below).
    void systemLocaleGivesGerman()
    {
        QCOMPARE(QLocale::system().language(), QLocale::German);
        const QStringList loaded = installTranslations();
        QVERIFY2(loaded.contains(u":/i18n/drogue-workbench_de.qm"_s), qPrintable(loaded.join(u", "_s)));

        MainWindow w(m_contexts.get(), &m_secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList titles = menuTitles(w);
        for (const QString &t : {u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Registry"_s, u"&Hilfe"_s})
            QVERIFY2(titles.contains(t), qPrintable(titles.join(u" | "_s)));
        QCOMPARE(w.action(u"actionRefresh"_s)->text(), u"&Aktualisieren"_s);
        // The mnemonics are the translation's own: in the Registry menu "&Aktualisieren"
        // has the A, so "Neue A&nwendung…" takes the N (test_accessibility checks that
        // no two entries of a menu share a letter, in every language).
        QCOMPARE(w.action(u"actionNewApplication"_s)->text(), u"Neue A&nwendung…"_s);
        QCOMPARE(w.action(u"actionQuit"_s)->text(), u"&Beenden"_s);
        QCOMPARE(w.action(u"actionAddConnection"_s)->toolTip(),
                 u"Mit einem Zugriffstoken zu einem Drogue-Cloud-Server verbinden"_s);
        // Strings of core (translated through QCoreApplication::translate) too.
        QCOMPARE(QCoreApplication::translate("dwb::RegistryClient", "Access refused"), u"Zugriff verweigert"_s);
        removeTranslators();
    }

    void frenchOnRequest()
    {
        const QStringList loaded = installTranslations(QLocale(QLocale::French, QLocale::France));
        QVERIFY2(loaded.contains(u":/i18n/drogue-workbench_fr.qm"_s), qPrintable(loaded.join(u", "_s)));
        MainWindow w(m_contexts.get(), &m_secrets);
        const QStringList titles = menuTitles(w);
        for (const QString &t : {u"&Fichier"_s, u"É&dition"_s, u"&Affichage"_s, u"&Registre"_s, u"Aid&e"_s})
            QVERIFY2(titles.contains(t), qPrintable(titles.join(u" | "_s)));
        QCOMPARE(w.action(u"actionQuit"_s)->text(), u"&Quitter"_s);
        QCOMPARE(w.action(u"actionEditLabels"_s)->text(), u"&Modifier les étiquettes…"_s);
        removeTranslators();
    }

    // Core code translates through free tr() helpers whose run-time context
    // ("SafeFile", "dwb::Token") is not the one lupdate files the string
    // under (the scope of the call: "dwb::FolderWriter", "dwb::Pkcs11Uri").
    // The messages of such calls, made by the real functions, come out
    // translated (before the catalogue-wide fallback they stayed English).
    void coreMessagesOfOtherContexts_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("notAFileName");
        QTest::addColumn<QString>("notAUri");
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << u"a/b ist kein Dateiname."_s
                            << u"x ist kein PKCS#11-URI (pkcs11:token=...;object=...)."_s;
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << u"a/b n'est pas un nom de fichier."_s
                            << u"x n'est pas une URI PKCS#11 (pkcs11:token=...;object=...)."_s;
    }
    void coreMessagesOfOtherContexts()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, notAFileName);
        QFETCH(QString, notAUri);
        QVERIFY(!installTranslations(locale).filter(u"drogue-workbench"_s).isEmpty());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FolderWriter writer;
        QVERIFY(writer.open(dir.path()).ok());
        const Status wrote = writer.write(u"a/b"_s, "x", FileMode::Public, Overwrite::Refuse, false);
        QVERIFY(!wrote.ok());
        QCOMPARE(wrote.error().message, notAFileName);
        const auto uri = Pkcs11Uri::parse(u"x"_s);
        QVERIFY(!uri.ok());
        QCOMPARE(uri.error().message, notAUri);
        removeTranslators();
    }

    // English (the source language) and unknown languages load nothing:
    // the texts stay English.
    void englishLoadsNothing()
    {
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates))
                    .filter(u"drogue-workbench"_s).isEmpty());
        QVERIFY(installTranslations(QLocale(QLocale::Japanese, QLocale::Japan))
                    .filter(u"drogue-workbench"_s).isEmpty());
        MainWindow w(m_contexts.get(), &m_secrets);
        QVERIFY(menuTitles(w).contains(u"&File"_s));
        removeTranslators();
    }

    // The program itself: its --help in German without a display.
    void programHelpInGerman()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"de"_s);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        env.remove(u"DISPLAY"_s);
        p.setProcessEnvironment(env);
        p.start(test::program(u"drogue-workbench"_s), {u"--help"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(u"Drogue-Cloud-Geräte mit X.509-Zertifikaten einrichten."_s), qPrintable(out));
        QVERIFY2(out.contains(u"Mit der gespeicherten Verbindung <name> verbinden."_s), qPrintable(out));
    }
};

int main(int argc, char **argv)
{
    // The system locale is read once, when the application starts.
    qputenv("LANG", "de_DE.UTF-8");
    qputenv("LANGUAGE", "de");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestTranslation t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_translation.moc"
