// The enrollment wizard's CA key page (form: ui/EnrollCaPage.ui): the key
// file (its passphrase asked through Prompts), or a key on a hardware token
// (TokenKeyChooser: token, PIN, key; the draft keeps its URI, never the
// PIN), checked against the
// application's trust anchors as the server has them: the matching anchor
// is shown, or a clear refusal, and Next waits for a match.
#pragma once

#include "core/util/Result.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class EnrollCaPage;
}

namespace dwb {
class RegistryClient;
}

class QRadioButton;

namespace dwb::gui {

struct CheckedCaKey;
struct EnrollDraft;
class TokenKeyChooser;

class EnrollCaPage : public QWizardPage {
    Q_OBJECT
public:
    EnrollCaPage(EnrollDraft *draft, RegistryClient *client, QWidget *parent = nullptr);
    ~EnrollCaPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }

    // The CA key handed over with its anchor (the anchor wizard's "Enroll a Device…").
    void setCheckedKey(const QString &path);
    TokenKeyChooser *tokenChooser() const { return m_token; }

private:
    void verify();
    void verifyTokenKey();
    void sourceChanged();
    void showChecked(const QString &path, const QString &app, const Result<CheckedCaKey> &checked);
    bool onToken() const;

    EnrollDraft *m_draft;
    QPointer<RegistryClient> m_client;
    std::unique_ptr<Ui::EnrollCaPage> ui;
    QString m_app;
    bool m_checking = false;
    QRadioButton *m_fileRadio, *m_tokenRadio;
    TokenKeyChooser *m_token;
};

} // namespace dwb::gui
