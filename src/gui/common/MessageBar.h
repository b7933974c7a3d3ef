// A non-modal message bar at the top of the central area: icon, text,
// close button. Server errors land here with the server's message.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace dwb::gui {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information, Success };
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void showInformation(const QString &text) { showMessage(Kind::Information, text); }
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace dwb::gui
