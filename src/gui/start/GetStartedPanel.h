// The main window's "Get started" panel: shown when the server has no
// application yet, it walks a new user through the four steps from an empty
// server to a device that publishes: create an application (its name typed
// in the panel), create its trust anchor, enroll a device, test the
// connection. Each step's button is enabled once the step before is done;
// a done step has a tick. Steps are read from what the window shows (the
// applications, the selected application's anchors and devices) and from
// what the wizards report (WizardActions: the enrolled device's files, a
// verified connection). It stays for the session until hidden (its Hide
// button, or View › Get Started), and comes back on a server without
// applications.
#pragma once

#include <QFrame>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dwb::gui {

class MainWindow;

class GetStartedPanel : public QFrame {
    Q_OBJECT
public:
    enum Step { CreateApplication, CreateTrustAnchor, EnrollDevice, TestConnection, StepCount };

    explicit GetStartedPanel(MainWindow *window);

    // View › Get Started (checkable): shows or hides the panel.
    QAction *toggleAction() const { return m_toggle; }
    bool isDone(Step step) const;
    QPushButton *button(Step step) const { return m_buttons[step]; }
    QLabel *mark(Step step) const { return m_marks[step]; }
    QLineEdit *applicationNameEdit() const { return m_name; }

    // What the wizards and the MQTT panel report.
    void deviceEnrolled(const QString &app, const QString &device, const QString &certFile,
                        const QString &keyFile);
    void connectionTested(const QString &app, bool ok);

private:
    void createApplication();
    void testConnection();
    void setWanted(bool wanted);
    void refresh();
    QString currentApp() const;

    MainWindow *m_window;
    QAction *m_toggle;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLabel *m_summary;
    QPushButton *m_buttons[StepCount];
    QLabel *m_marks[StepCount];
    bool m_loaded = false;   // the connection's applications have been listed
    bool m_wanted = false;   // shown (a server without applications, or asked for)
    bool m_done[StepCount] = {};
    // The device enrolled with the wizard (its files for Test Connection).
    QString m_enrolledApp, m_enrolledDevice, m_certFile, m_keyFile;
    QString m_pendingName;   // the application being created from the panel
    QString m_testedApp;     // the application whose device's connection was verified
};

} // namespace dwb::gui
