// Anchor rotation, step 1: which trust anchor is retired (with how many
// devices of the ledger still depend on it), and the new anchor next to it
// ("Create New Anchor…" opens the trust anchor wizard for the same
// application; Drogue accepts several anchors at once). Next needs another
// anchor than the one retired; with no device left on the old anchor the
// wizard goes straight to its removal.
#pragma once

#include "core/cloud/Resources.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

struct RenewDraft;

class RotateStartPage : public QWizardPage {
    Q_OBJECT
public:
    RotateStartPage(RenewDraft *draft, RegistryClient *client, int anchorIndex, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // Reads the application again (after the anchor wizard added one).
    void reload();
    QTreeWidget *anchorTree() const { return m_tree; }
    QPushButton *createAnchorButton() const { return m_create; }
    QLabel *dependentsLabel() const { return m_dependents; }

Q_SIGNALS:
    void createAnchorRequested();

private:
    void showApplication(const Application &app);
    void selectionChanged();

    RenewDraft *m_draft;
    RegistryClient *m_client;
    int m_initialIndex;
    Application m_app;
    bool m_loaded = false;
    QTreeWidget *m_tree;
    QLabel *m_dependents, *m_status;
    QPushButton *m_create;
};

} // namespace dwb::gui
