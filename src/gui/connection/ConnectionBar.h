// The connection bar: context switcher, "Add connection" and "Sign in"
// buttons, server URL, user and the state (connecting / connected / error
// with the message). When an OIDC session cannot be renewed, the bar says
// so and offers "Sign in again" (non-modal: the window keeps its state).
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
    void setSignInAction(QAction *action);
    // The session expired or could not be renewed: the message and a
    // "Sign in again" button (signInAgainRequested()); cleared by setState().
    void showSignInAgain(const QString &message);
    bool isSignInAgainShown() const;
    QToolButton *signInAgainButton() const { return m_again; }

Q_SIGNALS:
    void contextChosen(const QString &name);
    void signInAgainRequested();

private:
    QComboBox *m_combo;
    QLabel *m_server;
    QLabel *m_user;
    QLabel *m_stateIcon;
    QLabel *m_stateLabel;
    QToolButton *m_add;
    QToolButton *m_signIn;
    QToolButton *m_again;
    State m_state = State::Disconnected;
};

} // namespace dwb::gui
