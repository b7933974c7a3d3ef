#include "gui/connection/ConnectionBar.h"

#include "gui/common/Icons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace dwb::gui {

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_server(new QLabel(this))
    , m_user(new QLabel(this))
    , m_stateIcon(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_add(new QToolButton(this))
    , m_signIn(new QToolButton(this))
    , m_again(new QToolButton(this))
{
    setObjectName(u"connectionBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon0 = new QLabel(this);
    icon0->setPixmap(icon(u"connection"_s).pixmap(18, 18));
    layout->addWidget(icon0);
    auto *ctxLabel = new QLabel(tr("&Connection:"), this);
    ctxLabel->setBuddy(m_combo);
    layout->addWidget(ctxLabel);
    m_combo->setObjectName(u"contextCombo"_s);
    m_combo->setAccessibleName(tr("Connection"));
    m_combo->setMinimumContentsLength(16);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_combo);
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setAutoRaise(true);
    layout->addWidget(m_add);
    m_signIn->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_signIn->setAutoRaise(true);
    m_signIn->hide();
    layout->addWidget(m_signIn);
    layout->addSpacing(12);
    m_server->setObjectName(u"serverLabel"_s);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_server);
    layout->addSpacing(12);
    m_user->setObjectName(u"userLabel"_s);
    layout->addWidget(m_user);
    layout->addStretch(1);
    layout->addWidget(m_stateIcon);
    m_stateLabel->setObjectName(u"connectionState"_s);
    m_stateLabel->setAccessibleName(tr("Connection state"));
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel->setWordWrap(false);
    layout->addWidget(m_stateLabel);
    m_again->setObjectName(u"signInAgainButton"_s);
    m_again->setText(tr("Sign In A&gain"));
    m_again->setToolTip(tr("Sign in again to this server; the window keeps what it shows"));
    m_again->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_again->hide();
    layout->addWidget(m_again);
    connect(m_again, &QToolButton::clicked, this, &ConnectionBar::signInAgainRequested);
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { Q_EMIT contextChosen(m_combo->itemText(index)); });
    setState(State::Disconnected);
}

void ConnectionBar::setAddAction(QAction *action)
{
    m_add->setDefaultAction(action);
}

void ConnectionBar::setSignInAction(QAction *action)
{
    m_signIn->setDefaultAction(action);
    m_signIn->show();
}

void ConnectionBar::showSignInAgain(const QString &message)
{
    setState(State::Error, message);
    m_again->show();
}

bool ConnectionBar::isSignInAgainShown() const
{
    return !m_again->isHidden();
}

void ConnectionBar::setContexts(const QStringList &names, const QString &current)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItems(names);
    m_combo->setCurrentIndex(int(names.indexOf(current)));
    m_combo->setEnabled(!names.isEmpty());
}

void ConnectionBar::setServer(const QString &url, const QString &user)
{
    m_server->setText(url.isEmpty() ? QString() : tr("Server: <b>%1</b>").arg(url.toHtmlEscaped()));
    m_user->setText(user.isEmpty() ? QString() : tr("User: <b>%1</b>").arg(user.toHtmlEscaped()));
}

void ConnectionBar::setState(State state, const QString &message)
{
    m_state = state;
    m_again->hide();
    QString text, iconName, color;
    switch (state) {
    case State::Disconnected:
        text = tr("Not connected");
        iconName = u"info"_s;
        color = u"#606060"_s;
        break;
    case State::Connecting:
        text = tr("Connecting…");
        iconName = u"refresh"_s;
        color = u"#2f6db5"_s;
        break;
    case State::Connected:
        text = tr("Connected");
        iconName = u"valid"_s;
        color = u"#2e8b47"_s;
        break;
    case State::Error:
        text = message.isEmpty() ? tr("Error") : tr("Error: %1").arg(message);
        iconName = u"error"_s;
        color = u"#b03020"_s;
        break;
    }
    m_stateIcon->setPixmap(icon(iconName).pixmap(16, 16));
    m_stateLabel->setText(text);
    m_stateLabel->setToolTip(text);
    m_stateLabel->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(color));
}

QString ConnectionBar::stateText() const
{
    return m_stateLabel->text();
}

} // namespace dwb::gui
