// The enrollment wizard's files page (form: ui/EnrollOutputPage.ui): the
// folder (suggested under the user's data folder), PEM files and/or a
// PKCS#12 file with its passphrase. Nothing is overwritten: for one device
// the files must not exist; for several, a folder with an earlier batch of
// the same application and key algorithm is resumed.
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class EnrollOutputPage;
}

namespace dwb::gui {

struct EnrollDraft;

class EnrollOutputPage : public QWizardPage {
    Q_OBJECT
public:
    EnrollOutputPage(EnrollDraft *draft, QWidget *parent = nullptr);
    ~EnrollOutputPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }

private:
    void store();
    QString passphraseProblem(bool batch) const;
    QString singleProblem() const;
    QString batchProblem() const;
    // A batch folder: "" when it can take the batch, else why not; note: what is there.
    QString batchFolderProblem(QString *note) const;

    EnrollDraft *m_draft;
    std::unique_ptr<Ui::EnrollOutputPage> ui;
    QString m_app, m_suggested;
};

} // namespace dwb::gui
