#include "gui/wizards/common/SummaryPage.h"

#include "ui_SummaryPage.h"

#include <QShowEvent>

namespace dwb::gui {

SummaryPage::SummaryPage(std::function<Content()> content, QWidget *parent)
    : QWizardPage(parent)
    , m_content(std::move(content))
    , ui(std::make_unique<Ui::SummaryPage>())
{
    ui->setupUi(this);
    setCommitPage(true);
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::initializePage()
{
    const Content c = m_content();
    setSubTitle(c.subTitle);
    setButtonText(QWizard::CommitButton, c.commitText);
    ui->summaryText->setText(c.html);
}

void SummaryPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    if (!isCommitPage())
        setCommitPage(true); // again after Back from a failed attempt
}

} // namespace dwb::gui
