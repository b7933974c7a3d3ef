#pragma once

#include <QLocale>
#include <QStringList>

namespace dwb::gui {

// Installs the application's translation for `locale` (compiled into the
// program from translations/drogue-workbench_<lang>.ts, resource :/i18n)
// and Qt's own (qtbase_<lang>.qm from Qt's translations folder, when the
// Debian package qt6-translations-l10n is installed) on the running
// QCoreApplication. Call once after the application object exists.
// Returns the files that were loaded (empty for English, or an unknown
// language: the source texts are English).
QStringList installTranslations(const QLocale &locale = QLocale::system());

} // namespace dwb::gui
