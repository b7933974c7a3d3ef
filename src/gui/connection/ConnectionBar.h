// The connection bar: context switcher, server URL, user and the state
// (connecting / connected / error with the message).
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace dwb::gui {

class ConnectionBar : public QWidget {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Error };
    explicit ConnectionBar(QWidget *parent = nullptr);

    void setContexts(const QStringList &names, const QString &current);
    void setServer(const QString &url, const QString &user);
    void setState(State state, const QString &message = {});
    State state() const { return m_state; }
    QString stateText() const;
    QComboBox *contextCombo() const { return m_combo; }
    void setAddAction(QAction *action);

Q_SIGNALS:
    void contextChosen(const QString &name);

private:
    QComboBox *m_combo;
    QLabel *m_server;
    QLabel *m_user;
    QLabel *m_stateIcon;
    QLabel *m_stateLabel;
    QToolButton *m_add;
    State m_state = State::Disconnected;
};

} // namespace dwb::gui
