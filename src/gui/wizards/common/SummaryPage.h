// The page before the work starts, in both wizards (form: ui/SummaryPage.ui):
// the summary made from the wizard's draft, and the commit button ("Create",
// "Enroll"). It is a commit page again when shown after a failed attempt.
#pragma once

#include <QWizardPage>

#include <functional>
#include <memory>

namespace Ui {
class SummaryPage;
}

namespace dwb::gui {

class SummaryPage : public QWizardPage {
    Q_OBJECT
public:
    // What the page shows when it is entered: the summary (HTML), the
    // subtitle and the commit button's text.
    struct Content {
        QString html, subTitle, commitText;
    };
    SummaryPage(std::function<Content()> content, QWidget *parent = nullptr);
    ~SummaryPage() override;

    void initializePage() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::function<Content()> m_content;
    std::unique_ptr<Ui::SummaryPage> ui;
};

} // namespace dwb::gui
