#include "gui/common/TokenPinDialog.h"

#include "core/token/TokenKeys.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {
// The CKF_USER_PIN_* bits that warn before a PIN is typed (PKCS#11 2.40 table 11).
constexpr unsigned long kPinWarnings = 0x10000UL | 0x20000UL | 0x40000UL;
} // namespace

TokenPinDialog::TokenPinDialog(const TokenInfo &token, QWidget *parent)
    : QDialog(parent)
    , m_pin(new QLineEdit(this))
{
    setObjectName(u"tokenPinDialog"_s);
    setWindowTitle(tr("Token PIN"));
    auto *text = new QLabel(tr("The user PIN of token '%1' (%2, %3, serial %4).\nIt is used for this window only, "
                               "never saved; a PIN the token refuses is not tried again.")
                                .arg(token.label, token.manufacturer, token.model, token.serial),
                            this);
    text->setObjectName(u"tokenPinText"_s);
    text->setWordWrap(true);
    auto *warning = new QLabel(this);
    warning->setObjectName(u"tokenPinWarning"_s);
    warning->setWordWrap(true);
    warning->setStyleSheet(u"color: #b00020;"_s);
    warning->setText(tr("Token state: %1.").arg(describeTokenFlags(token.flags)));
    warning->setVisible((token.flags & kPinWarnings) != 0);
    m_pin->setObjectName(u"tokenPinEdit"_s);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAccessibleName(tr("User PIN of token %1").arg(token.label));
    auto *form = new QFormLayout;
    form->addRow(tr("User &PIN:"), m_pin);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"tokenPinOk"_s);
    m_ok->setText(tr("&Unlock"));
    m_ok->setEnabled(false);
    connect(m_pin, &QLineEdit::textChanged, this, [this] { m_ok->setEnabled(!m_pin->text().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(text);
    lay->addWidget(warning);
    lay->addLayout(form);
    lay->addWidget(buttons);
    setWindowModality(Qt::WindowModal);
    m_pin->setFocus();
}

TokenPinDialog::~TokenPinDialog()
{
    m_pin->clear();
}

SecretBytes TokenPinDialog::takePin()
{
    SecretBytes pin = SecretBytes::fromString(m_pin->text());
    m_pin->clear();
    return pin;
}

void TokenPinDialog::done(int result)
{
    if (result != QDialog::Accepted)
        m_pin->clear(); // Cancel keeps nothing
    QDialog::done(result);
}

} // namespace dwb::gui
