// Anchor rotation, last step: the old anchor's removal. The page counts
// again the ledger's devices still on it (the rule of dwb trust delete);
// with none, "Remove Old Anchor" asks once; with some, it names them and
// asks to remove it anyway (dwb trust delete --force). The anchor is
// removed by its certificate, never by an index that may have moved.
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

struct RenewDraft;

class RetireAnchorPage : public QWizardPage {
    Q_OBJECT
public:
    RetireAnchorPage(RenewDraft *draft, RegistryClient *client, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override { return !m_busy; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *statusLabel() const { return m_status; }
    bool removed() const { return m_removed; }

Q_SIGNALS:
    void anchorRemoved();

private:
    void remove();

    RenewDraft *m_draft;
    RegistryClient *m_client;
    QLabel *m_text, *m_status;
    QPushButton *m_remove;
    int m_dependents = 0;
    QString m_dependentNames;
    bool m_busy = false, m_removed = false;
};

} // namespace dwb::gui
