// A non-modal message bar at the top of the central area: icon, text,
// close button, and optionally one action button ("Show"). Server errors
// land here with the server's message.
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;

namespace dwb::gui {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information, Success };
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    // The same with a button (actionText) that runs onAction and closes the bar.
    void showMessage(Kind kind, const QString &text, const QString &actionText, std::function<void()> onAction);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void showInformation(const QString &text) { showMessage(Kind::Information, text); }
    QString text() const;
    Kind kind() const { return m_kind; }
    QToolButton *actionButton() const { return m_action; } // hidden when the message has no action

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_onAction;
    Kind m_kind = Kind::Information;
};

} // namespace dwb::gui
