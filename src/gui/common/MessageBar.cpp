#include "gui/common/MessageBar.h"

#include "gui/common/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace dwb::gui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Messages"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(icon(u"close"_s));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    m_action->setObjectName(u"messageBarAction"_s);
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_action->hide();
    connect(m_action, &QToolButton::clicked, this, [this] {
        const std::function<void()> run = m_onAction;
        hide();
        if (run)
            run();
    });
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText,
                             std::function<void()> onAction)
{
    showMessage(kind, text);
    m_onAction = std::move(onAction);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText.isEmpty() ? QString() : QString(actionText).remove(u'&'));
    m_action->setVisible(!actionText.isEmpty());
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_onAction = nullptr;
    m_action->hide();
    QString name, bg, border;
    switch (kind) {
    case Kind::Error: name = u"error"_s; bg = u"#fdecea"_s; border = u"#e0877f"_s; break;
    case Kind::Warning: name = u"warning"_s; bg = u"#fff4e0"_s; border = u"#e5b55f"_s; break;
    case Kind::Information: name = u"info"_s; bg = u"#e8f1fb"_s; border = u"#8db4e0"_s; break;
    case Kind::Success: name = u"valid"_s; bg = u"#e9f6ea"_s; border = u"#86c08a"_s; break;
    }
    setStyleSheet(u"dwb--gui--MessageBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                  u" QLabel { color: #202020; }"_s.arg(bg, border));
    m_icon->setPixmap(icon(name).pixmap(20, 20));
    m_text->setText(text);
    show();
}

QString MessageBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace dwb::gui
