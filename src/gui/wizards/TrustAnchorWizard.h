// Create Trust Anchor wizard: application (with its anchors, and "Remove
// anchor"), key (new: algorithm with only the relevant size/curve and
// validity; or an existing key; or an existing CA certificate with its
// key; or a key on a hardware token, existing or made there), where to
// keep the CA key (file, optional passphrase; no page for a token's key), summary,
// progress (cancellable), result. Work starts in the progress page's
// initializePage; "Next" is gated with isComplete. The pages (anchor/,
// common/) fill an AnchorDraft that the wizard owns.
#pragma once

#include "core/enrollment/AnchorJob.h"

#include <QPointer>
#include <QWizard>

#include <memory>

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

struct AnchorDraft;
class AnchorKeyPage;
class ApplicationPage;

class TrustAnchorWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { AppPageId, KeyPageId, StoragePageId, SummaryPageId, ProgressPageId, ResultPageId };

    TrustAnchorWizard(RegistryClient *client, const QString &app, QWidget *parent = nullptr);
    ~TrustAnchorWizard() override;

    RegistryClient *client() const { return m_client; }
    ApplicationPage *applicationPage() const;
    QString applicationName() const;
    AnchorJob *job() const { return m_job; }

    // Built from the draft the pages fill (public for tests).
    AnchorRequest request() const;
    QString summaryText() const;

    // The suggested file for an application's CA key (never overwrites).
    static QString suggestedKeyPath(const QString &app);

    void reject() override;
    int nextId() const override;

Q_SIGNALS:
    void keyWritten(const QString &path);     // the job's hook, forwarded
    void anchorCreated(const QString &app);
    // The result page's "Enroll a Device…" (the wizard closes after it):
    // the next step, with the application and its new CA key.
    void enrollDeviceRequested(const dwb::AnchorOutcome &outcome);

protected:
    void initializePage(int id) override;

private:
    QPointer<RegistryClient> m_client;
    QPointer<AnchorJob> m_job;
    std::unique_ptr<AnchorDraft> m_draft;
    AnchorKeyPage *m_keyPage;
};

} // namespace dwb::gui
