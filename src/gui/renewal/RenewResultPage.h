// The renewal's outcome: how many devices got their new certificate (and
// were registered), where the files are, and in a rotation the way on to
// the old anchor's removal.
#pragma once

#include <QPointer>
#include <QWizardPage>

class QLabel;

namespace dwb {
class BatchEnrollJob;
}

namespace dwb::gui {

struct RenewDraft;

class RenewResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RenewResultPage(RenewDraft *draft, QWidget *parent = nullptr);

    void setJob(BatchEnrollJob *job) { m_job = job; }
    void initializePage() override;
    int nextId() const override;
    QLabel *textLabel() const { return m_text; }

private:
    RenewDraft *m_draft;
    QPointer<BatchEnrollJob> m_job;
    QLabel *m_text;
};

} // namespace dwb::gui
