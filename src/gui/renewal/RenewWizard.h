// Renewal and anchor rotation in the window (issue 20, items 3 and 4), on
// the same core as dwb renew / dwb trust delete: the plan (RenewPlanJob:
// planRenewal over the ledger) and the batch (BatchEnrollJob with
// BatchOptions::renewal: parallel, resumable, recorded as renewals).
//
// Renewal (the Certificates view's "Renew…"): setup → plan → review →
// batch → result. Rotation (the Trust anchors tab's "Rotate…"): the anchor
// to retire and the new one (the trust anchor wizard, through
// createAnchorRequested) → the same renewal for the devices still on the
// old anchor → its removal.
#pragma once

#include <QPointer>
#include <QWizard>

#include <memory>

namespace dwb {
class BatchEnrollJob;
class RegistryClient;
class RenewPlanJob;
} // namespace dwb

namespace dwb::gui {

class JobProgressPage;
class RenewResultPage;
class RenewSetupPage;
class RetireAnchorPage;
class RotateStartPage;
struct RenewDraft;

class RenewWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { RotatePageId, SetupPageId, PlanPageId, ReviewPageId, BatchPageId, ResultPageId, RetirePageId };

    // Renewal of the named devices of app.
    RenewWizard(RegistryClient *client, const QString &app, const QStringList &devices, QWidget *parent = nullptr);
    // Rotation of app's anchor at anchorIndex (the one selected; 0 when none).
    RenewWizard(RegistryClient *client, const QString &app, int anchorIndex, QWidget *parent = nullptr);
    ~RenewWizard() override;

    bool isRotation() const;
    // After the trust anchor wizard made the new anchor: the list is read
    // again and its CA key is the one the renewal uses.
    void useNewAnchorKey(const QString &keyPath);

    RenewSetupPage *setupPage() const { return m_setup; }
    RotateStartPage *rotatePage() const { return m_rotate; }
    RetireAnchorPage *retirePage() const { return m_retire; }
    BatchEnrollJob *batchJob() const;

Q_SIGNALS:
    void createAnchorRequested(const QString &app);
    void certificatesRenewed(const QString &app, int count);
    void anchorRemoved(const QString &app);

protected:
    void reject() override;

private:
    RenewWizard(RegistryClient *client, const QString &app, QWidget *parent);
    void addRenewalPages();

    QPointer<RegistryClient> m_client;
    std::unique_ptr<RenewDraft> m_draft;
    RotateStartPage *m_rotate = nullptr;
    RenewSetupPage *m_setup = nullptr;
    JobProgressPage *m_planPage = nullptr, *m_batchPage = nullptr;
    RenewResultPage *m_result = nullptr;
    RetireAnchorPage *m_retire = nullptr;
    QPointer<RenewPlanJob> m_plan;
    QPointer<BatchEnrollJob> m_batch;
};

} // namespace dwb::gui
