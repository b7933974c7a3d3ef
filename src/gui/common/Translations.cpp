#include "gui/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {

// lupdate does not always name a context the way tr() does at run time:
// strings of free tr() helpers (QCoreApplication::translate("dwb", …) in the
// CLI and core) are filed under the enclosing namespace ("dwb::cli"), and a
// class whose namespace lupdate cannot see is filed under its bare name
// ("MainWindow" for dwb::gui::MainWindow). This translator looks the text up
// in the exact context first, then in those (ts_tool.py lupdate carries
// translations over along the same path when contexts are renamed).
class AppTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString r = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!r.isNull() || !context)
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
