// The MQTT test panel: connect as a device (client certificate) to the
// context's MQTT endpoint, publish on a channel, and watch the event arrive
// on the application's integration side. "Publish and Verify" shows three
// steps with ticks and timings (connected, published, delivered); the log
// says in plain words what happened; "Listen" shows the application's
// integration events live. The verification publishes over MQTT or, with
// the protocol choice "HTTP", as a POST to the server's HTTP endpoint; the
// "Command" box (CommandCheckBox) checks the other direction.
#pragma once

#include "core/mqtt/MqttClient.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QJsonObject;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

class FileField;
class CommandCheckBox;
class EventList;

class MqttPanel : public QDialog {
    Q_OBJECT
public:
    enum class Step { Connected, Published, Delivered };
    enum class StepState { Pending, Running, Done, Failed };

    explicit MqttPanel(RegistryClient *client, QWidget *parent = nullptr);
    ~MqttPanel() override;

    // Prefill with a device and its files (e.g. from the enrollment wizard).
    void setDevice(const QString &app, const QString &device, const QString &certFile,
                   const QString &keyFile);
    void setChannel(const QString &channel);
    void setPayload(const QString &payload);

    // Publish and Verify as soon as the endpoints are known (opened for a
    // device whose files are given: "Test Connection" was asked for).
    void verifyWhenReady();
    QString applicationName() const;

    StepState stepState(Step step) const { return m_steps[int(step)]; }
    qint64 stepMs(Step step) const { return m_stepMs[int(step)]; }
    bool isBusy() const { return m_busy; }
    QString logText() const;
    int eventCount() const;
    bool isListening() const;
    // The verification's protocol: false MQTT (default), true HTTP.
    void setHttp(bool http);
    CommandCheckBox *commandCheck() const { return m_commandCheck; }

public Q_SLOTS:
    void publish();
    void publishAndVerify();
    void setListening(bool on);

Q_SIGNALS:
    void verifyFinished(bool ok);
    void eventReceived(const QString &source, const QString &subject, const QByteArray &data);

private:
    void prefillFromClient();
    void log(const QString &text, bool error = false);
    void setStep(Step step, StepState state, qint64 ms = -1);
    void resetSteps();
    void startDevice();
    void deviceConnected();
    void devicePublished(int mid);
    void finishVerify(bool ok, const QString &why = {});
    bool checkPayload();
    Result<MqttOptions> deviceOptions();
    MqttOptions integrationOptions() const;
    void startIntegration();
    void onIntegrationMessage(const MqttMessage &message);
    void addEvent(const QJsonObject &event);
    void updateButtons();

    QPointer<RegistryClient> m_client;
    QLineEdit *m_host, *m_integrationHost, *m_app, *m_device, *m_channel;
    QSpinBox *m_port, *m_integrationPort;
    FileField *m_caFile, *m_certFile, *m_keyFile;
    QPlainTextEdit *m_payload, *m_log;
    QLabel *m_payloadState;
    QComboBox *m_qos, *m_protocol;
    QLineEdit *m_httpUrl;
    CommandCheckBox *m_commandCheck;
    QPushButton *m_publishButton, *m_verifyButton, *m_listenButton;
    QLabel *m_stepLabels[3];
    QLabel *m_stepTimes[3];
    EventList *m_events;

    MqttClient *m_deviceClient = nullptr;
    MqttClient *m_integration = nullptr;
    bool m_integrationReady = false;
    bool m_listenRequested = false;
    bool m_verifying = false;
    bool m_verifyWhenReady = false;
    bool m_busy = false;
    int m_publishMid = -1;
    QByteArray m_sentPayload;
    QString m_sentChannel;
    QElapsedTimer m_clock;
    StepState m_steps[3] = {StepState::Pending, StepState::Pending, StepState::Pending};
    qint64 m_stepMs[3] = {-1, -1, -1};
};

} // namespace dwb::gui
