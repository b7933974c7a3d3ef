// The test panel's "Command" check (CommandCheckJob): subscribe as the
// device, send a command through the command API, show it arriving, with
// three steps and their timings. The panel gives the device's connection
// (its certificate and key, as for the verification) when the check starts.
#pragma once

#include "core/mqtt/MqttClient.h"
#include "core/util/Result.h"

#include <QGroupBox>
#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

class CommandCheckBox : public QGroupBox {
    Q_OBJECT
public:
    enum class StepState { Pending, Running, Done, Failed };
    struct Target {
        QString app;
        QString device;
        MqttOptions connection;
    };
    using TargetProvider = std::function<Result<Target>()>;

    CommandCheckBox(RegistryClient *client, TargetProvider target, QWidget *parent = nullptr);

    StepState stepState(int step) const { return m_states[step]; }   // 0 subscribed, 1 sent, 2 arrived
    qint64 stepMs(int step) const { return m_ms[step]; }
    QString resultText() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void runCheck();

Q_SIGNALS:
    void logLine(const QString &text, bool error);
    void checkFinished(bool ok);

private:
    void setStep(int step, StepState state, qint64 ms = -1);

    QPointer<RegistryClient> m_client;
    TargetProvider m_target;
    QLineEdit *m_name, *m_payload;
    QPushButton *m_button;
    QLabel *m_marks[3], *m_times[3];
    QLabel *m_result;
    StepState m_states[3] = {StepState::Pending, StepState::Pending, StepState::Pending};
    qint64 m_ms[3] = {-1, -1, -1};
    bool m_busy = false;
};

} // namespace dwb::gui
