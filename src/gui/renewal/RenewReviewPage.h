// The plan before anything is issued: each device to renew with its
// current certificate's expiry and the key its new certificate is for, and
// the devices that cannot be renewed with the reason. The commit button
// ("Renew N Devices") starts the batch.
#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace dwb::gui {

struct RenewDraft;

class RenewReviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RenewReviewPage(RenewDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QTreeWidget *tree() const { return m_tree; }

private:
    RenewDraft *m_draft;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace dwb::gui
