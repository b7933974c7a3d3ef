#pragma once

#include <QIcon>
#include <QString>

namespace dwb::gui {

// An icon of resources/icons/<name>.svg (drawn for the project).
QIcon icon(const QString &name);
// Registers the compiled-in resources (needed once: dwb_gui is static).
void initResources();

} // namespace dwb::gui
