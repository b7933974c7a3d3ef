// The Trust anchors tab's "Back Up…" and "Restore…": the same rules as dwb
// trust backup / trust restore (core/enrollment/AnchorBackup), every
// question through Prompts (CA key file, passphrase twice, output file),
// errors in a dialog; nothing is written unless every check passed.
#pragma once

#include "core/cloud/Resources.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace dwb::gui {

class AnchorBackupActions {
    Q_DECLARE_TR_FUNCTIONS(AnchorBackupActions)
public:
    // Backs up the anchor at index selected (or, when -1 or its key is
    // another, the anchor of the chosen key). Returns the file written, or
    // "" (cancelled or refused: the reason was shown).
    static QString backUp(QWidget *parent, const Application &app, int selected);
    // Restores a backup into a key file; says whether the certificate is
    // one of app's anchors. Returns the key file written, or "".
    static QString restore(QWidget *parent, const Application &app);
};

} // namespace dwb::gui
