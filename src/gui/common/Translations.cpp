#include "gui/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {

// Every context of the catalogue (generated from the .ts file by
// cmake/Translations.cmake).
constexpr const char *kCatalogueContexts[] = {
#include "TranslationContexts.inc"
};

// lupdate does not always name a context the way tr() does at run time:
// strings of free tr() helpers (QCoreApplication::translate("SafeFile", …)
// in core code) are filed under the scope of the call: the enclosing
// namespace ("dwb", "dwb::cli") or a class without Q_OBJECT ("FolderWriter",
// "dwb::Pkcs11Uri"); a class whose namespace lupdate cannot see is filed under
// its bare name ("MainWindow" for dwb::gui::MainWindow). This translator looks
// the text up in the exact context first, then under the bare class name,
// then in the shared namespaces, then in every other context of the
// catalogue: a text found nowhere under its own context is translated as it
// is anywhere else (six source texts have two wordings in two contexts; they
// are all GUI texts, found in their exact context). gui.test_translation
// checks core messages of such contexts in German and French.
class AppTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString r = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!r.isNull() || !context || !sourceText || !*sourceText)
            return r;
        const QByteArray ctx(context);
        const qsizetype cut = ctx.lastIndexOf("::");
        if (cut >= 0) {
            r = QTranslator::translate(ctx.mid(cut + 2).constData(), sourceText, disambiguation, n);
            if (!r.isNull())
                return r;
        }
        for (const char *fallback : {"dwb", "dwb::cli", "dwb::gui"}) {
            if (ctx == fallback)
                continue;
            r = QTranslator::translate(fallback, sourceText, disambiguation, n);
            if (!r.isNull())
                return r;
        }
        for (const char *other : kCatalogueContexts) {
            if (ctx == other)
                continue;
            r = QTranslator::translate(other, sourceText, disambiguation, n);
            if (!r.isNull())
                return r;
        }
        return r;
    }
};

} // namespace

QStringList installTranslations(const QLocale &locale)
{
    QStringList loaded;
    auto tryLoad = [&](QTranslator *t, const QString &name, const QString &dir) {
        if (t->load(locale, name, u"_"_s, dir) && QCoreApplication::installTranslator(t)) {
            loaded << t->filePath();
            return;
        }
        delete t;
    };
    QObject *app = QCoreApplication::instance();
    tryLoad(new QTranslator(app), u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    tryLoad(new AppTranslator(app), u"drogue-workbench"_s, u":/i18n"_s);
    return loaded;
}

} // namespace dwb::gui
