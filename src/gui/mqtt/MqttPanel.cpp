#include "gui/mqtt/MqttPanel.h"

#include "gui/mqtt/EventList.h"

#include "core/cloud/RegistryClient.h"
#include "core/mqtt/VerifyDevice.h"
#include "gui/common/Async.h"
#include "gui/mqtt/CommandCheckBox.h"
#include "gui/wizards/WizardWidgets.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

static constexpr int kDeliveryTimeoutMs = 10000;

MqttPanel::MqttPanel(RegistryClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(u"mqttPanel"_s);
    setWindowTitle(tr("Test Connection"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(u"mqttHost"_s);
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"mqttPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(8883);
    m_integrationHost = new QLineEdit(this);
    m_integrationHost->setObjectName(u"integrationHost"_s);
    m_integrationPort = new QSpinBox(this);
    m_integrationPort->setObjectName(u"integrationPort"_s);
    m_integrationPort->setRange(1, 65535);
    m_integrationPort->setValue(8883);
    m_caFile = new FileField(FileField::Mode::Open, tr("Server CA"), tr("Certificates (*.pem *.crt);;All files (*)"), this);
    m_caFile->lineEdit()->setObjectName(u"serverCa"_s);
    m_caFile->lineEdit()->setPlaceholderText(tr("system CAs"));
    m_app = new QLineEdit(this);
    m_app->setObjectName(u"mqttApp"_s);
    m_device = new QLineEdit(this);
    m_device->setObjectName(u"mqttDevice"_s);
    m_certFile = new FileField(FileField::Mode::Open, tr("Device Certificate"), tr("Certificates (*.pem *.crt *.p12);;All files (*)"), this);
    m_certFile->lineEdit()->setObjectName(u"deviceCert"_s);
    m_keyFile = new FileField(FileField::Mode::Open, tr("Device Key"), tr("Keys (*.key *.pem *.p12);;All files (*)"), this);
    m_keyFile->lineEdit()->setObjectName(u"deviceKey"_s);
    m_channel = new QLineEdit(u"temp"_s, this);
    m_channel->setObjectName(u"channel"_s);
    m_qos = new QComboBox(this);
    m_qos->setObjectName(u"qos"_s);
    m_qos->addItem(tr("0: at most once"), 0);
    m_qos->addItem(tr("1: at least once"), 1);
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(u"protocol"_s);
    m_protocol->addItem(tr("MQTT"), false);
    m_protocol->addItem(tr("HTTP (POST /v1/channel)"), true);
    m_httpUrl = new QLineEdit(this);
    m_httpUrl->setObjectName(u"httpEndpoint"_s);
    m_httpUrl->setPlaceholderText(tr("none announced"));
    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(u"payload"_s);
    m_payload->setPlainText(u"{\"temp\": 21.5}"_s);
    m_payload->setTabChangesFocus(true);
    m_payload->setMaximumHeight(70);
    m_payloadState = new QLabel(this);
    m_payloadState->setObjectName(u"payloadState"_s);
    m_publishButton = new QPushButton(tr("&Publish"), this);
    m_publishButton->setObjectName(u"publishButton"_s);
    m_verifyButton = new QPushButton(tr("Publish and &Verify"), this);
    m_verifyButton->setObjectName(u"verifyButton"_s);
    m_verifyButton->setDefault(true);
    m_listenButton = new QPushButton(tr("&Listen"), this);
    m_listenButton->setObjectName(u"listenButton"_s);
    m_listenButton->setCheckable(true);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(u"log"_s);
    m_log->setReadOnly(true);
    m_log->setTabChangesFocus(true);
    m_events = new EventList(this);

    auto *conn = new QGroupBox(tr("Connection"), this);
    auto *cf = new QFormLayout(conn);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(m_port);
    auto *hostLabel = new QLabel(tr("&MQTT endpoint:"), this);
    hostLabel->setBuddy(m_host);
    cf->addRow(hostLabel, hostRow);
    auto *intRow = new QHBoxLayout;
    intRow->addWidget(m_integrationHost, 1);
    intRow->addWidget(m_integrationPort);
    auto *intLabel = new QLabel(tr("&Integration endpoint:"), this);
    intLabel->setBuddy(m_integrationHost);
    cf->addRow(intLabel, intRow);
    cf->addRow(tr("&HTTP endpoint:"), m_httpUrl);
    cf->addRow(tr("Server &CA:"), m_caFile);
    auto *dev = new QGroupBox(tr("Device"), this);
    auto *df = new QFormLayout(dev);
    df->addRow(tr("&Application:"), m_app);
    df->addRow(tr("&Device:"), m_device);
    df->addRow(tr("Certi&ficate:"), m_certFile);
    df->addRow(tr("&Key:"), m_keyFile);
    auto *msg = new QGroupBox(tr("Message"), this);
    auto *mf = new QFormLayout(msg);
    mf->addRow(tr("P&rotocol:"), m_protocol);
    mf->addRow(tr("C&hannel:"), m_channel);
    mf->addRow(tr("&QoS:"), m_qos);
    mf->addRow(tr("Pa&yload:"), m_payload);
    mf->addRow(QString(), m_payloadState);

    auto *steps = new QGroupBox(tr("Verification"), this);
    auto *sg = new QGridLayout(steps);
    const QString names[3] = {tr("Connected as the device"), tr("Published"),
                              tr("Delivered on the integration side")};
    for (int i = 0; i < 3; ++i) {
        m_stepLabels[i] = new QLabel(this);
        m_stepLabels[i]->setObjectName(u"step%1"_s.arg(i));
        m_stepTimes[i] = new QLabel(this);
        m_stepTimes[i]->setObjectName(u"stepTime%1"_s.arg(i));
        m_stepTimes[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *name = new QLabel(names[i], this);
        sg->addWidget(m_stepLabels[i], i, 0);
        sg->addWidget(name, i, 1);
        sg->addWidget(m_stepTimes[i], i, 2);
    }
    sg->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_publishButton);
    buttons->addWidget(m_verifyButton);
    buttons->addStretch(1);
    buttons->addWidget(m_listenButton);

    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(conn);
    ll->addWidget(dev);
    ll->addWidget(msg);
    ll->addLayout(buttons);
    ll->addWidget(steps);
    m_commandCheck = new CommandCheckBox(
        m_client,
        [this]() -> Result<CommandCheckBox::Target> {
            if (m_app->text().trimmed().isEmpty() || m_device->text().trimmed().isEmpty())
                return Error(ErrorCode::InvalidArgument, tr("Give the application and the device."));
            auto o = deviceOptions();
            if (!o)
                return o.error();
            return CommandCheckBox::Target{m_app->text().trimmed(), m_device->text().trimmed(), *o};
        },
        this);
    connect(m_commandCheck, &CommandCheckBox::logLine, this, [this](const QString &t, bool e) { log(t, e); });
    ll->addWidget(m_commandCheck);
    ll->addStretch(1);
    auto *right = new QSplitter(Qt::Vertical, this);
    auto *logBox = new QGroupBox(tr("Log"), this);
    (new QVBoxLayout(logBox))->addWidget(m_log);
    auto *evBox = new QGroupBox(tr("Integration events"), this);
    (new QVBoxLayout(evBox))->addWidget(m_events);
    right->addWidget(logBox);
    right->addWidget(evBox);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(split, 1);
    lay->addWidget(close);

    connect(m_publishButton, &QPushButton::clicked, this, &MqttPanel::publish);
    connect(m_verifyButton, &QPushButton::clicked, this, &MqttPanel::publishAndVerify);
    connect(m_listenButton, &QPushButton::toggled, this, &MqttPanel::setListening);
    connect(m_payload, &QPlainTextEdit::textChanged, this, [this] { checkPayload(); });
    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this] {
        m_qos->setEnabled(!m_protocol->currentData().toBool());
        updateButtons();
    });
    resetSteps();
    checkPayload();
    prefillFromClient();
    resize(1100, 680);
}

MqttPanel::~MqttPanel() = default;

void MqttPanel::prefillFromClient()
{
    if (!m_client)
        return;
    auto fill = [this](const Endpoints &e) {
        if (e.mqtt.isValid()) {
            m_host->setText(e.mqtt.host);
            m_port->setValue(e.mqtt.port);
        }
        if (e.mqttIntegration.isValid()) {
            m_integrationHost->setText(e.mqttIntegration.host);
            m_integrationPort->setValue(e.mqttIntegration.port);
        }
        if (e.http.isValid())
            m_httpUrl->setText(e.http.toString());
        if (m_verifyWhenReady) {
            m_verifyWhenReady = false;
            publishAndVerify();
        }
    };
    m_caFile->setPath(m_client->settings().serverCaFile);
    if (m_client->endpoints().mqtt.isValid()) {
        fill(m_client->endpoints());
    } else {
        onFinished(this, m_client->discover(), [this, fill](const Result<Endpoints> &e) {
            if (e)
                fill(*e);
            else
                log(tr("Could not read the server's endpoints: %1").arg(e.error().message), true);
        });
    }
}

void MqttPanel::setDevice(const QString &app, const QString &device, const QString &certFile,
                          const QString &keyFile)
{
    m_app->setText(app);
    m_device->setText(device);
    m_certFile->setPath(certFile);
    m_keyFile->setPath(keyFile);
}

void MqttPanel::verifyWhenReady()
{
    if (m_host->text().trimmed().isEmpty() && m_client) {
        m_verifyWhenReady = true; // the endpoints are on their way
        return;
    }
    QTimer::singleShot(0, this, &MqttPanel::publishAndVerify); // once the panel has shown
}

QString MqttPanel::applicationName() const
{
    return m_app->text().trimmed();
}

void MqttPanel::setChannel(const QString &channel)
{
    m_channel->setText(channel);
}

void MqttPanel::setPayload(const QString &payload)
{
    m_payload->setPlainText(payload);
}

QString MqttPanel::logText() const
{
    return m_log->toPlainText();
}

int MqttPanel::eventCount() const
{
    return m_events->topLevelItemCount();
}

bool MqttPanel::isListening() const
{
    return m_listenRequested && m_integrationReady;
}

void MqttPanel::log(const QString &text, bool error)
{
    const QString line = QTime::currentTime().toString(u"HH:mm:ss.zzz"_s) + u"  "_s + text;
    m_log->appendHtml((error ? u"<span style='color:#b00020'>"_s : u"<span>"_s) + line.toHtmlEscaped()
                      + u"</span>"_s);
}

void MqttPanel::resetSteps()
{
    for (int i = 0; i < 3; ++i)
        setStep(Step(i), StepState::Pending);
}

void MqttPanel::setStep(Step step, StepState state, qint64 ms)
{
    const int i = int(step);
    m_steps[i] = state;
    m_stepMs[i] = ms;
    static const QString marks[] = {u"○"_s, u"…"_s, u"✔"_s, u"✘"_s};
    static const QString colours[] = {u"#777"_s, u"#555"_s, u"#1b5e20"_s, u"#b00020"_s};
    m_stepLabels[i]->setText(u"<span style='font-size:14pt; color:%1'>%2</span>"_s.arg(colours[int(state)],
                                                                                      marks[int(state)]));
    m_stepLabels[i]->setAccessibleName(state == StepState::Done ? tr("done")
                                       : state == StepState::Failed ? tr("failed")
                                                                    : tr("pending"));
    m_stepTimes[i]->setText(ms >= 0 ? tr("%1 ms").arg(ms) : QString());
}

bool MqttPanel::checkPayload()
{
    const QByteArray text = m_payload->toPlainText().toUtf8();
    QJsonParseError pe;
    QJsonDocument::fromJson("[" + text + "]", &pe);
    const bool json = !text.trimmed().isEmpty() && pe.error == QJsonParseError::NoError;
    if (json) {
        m_payloadState->setText(tr("✔ valid JSON"));
        m_payloadState->setStyleSheet(u"color:#1b5e20"_s);
    } else {
        m_payloadState->setText(text.trimmed().isEmpty() ? tr("empty payload")
                                                         : tr("not JSON (%1 at offset %2): sent as bytes")
                                                               .arg(pe.errorString())
                                                               .arg(pe.offset - 1));
        m_payloadState->setStyleSheet(u"color:#8a5a00"_s);
    }
    return json;
}

Result<MqttOptions> MqttPanel::deviceOptions()
{
    if (m_host->text().trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Give the MQTT endpoint's host."));
    if (m_certFile->path().isEmpty() || m_keyFile->path().isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Choose the device's certificate and key files."));
    auto cert = loadCertificateAsking(this, m_certFile->path());
    if (!cert)
        return cert.error();
    auto key = loadKeyAsking(this, m_keyFile->path(), tr("the device key"));
    if (!key)
        return key.error();
    if (!cert->matches(*key))
        return Error(ErrorCode::Mismatch, tr("The key %1 does not belong to the certificate %2.")
                                              .arg(m_keyFile->path(), m_certFile->path()));
    MqttOptions o;
    o.host = m_host->text().trimmed();
    o.port = m_port->value();
    o.tls = true;
    o.caFile = m_caFile->path();
    o.clientCertificate = *cert;
    o.clientKey = *key;
    return o;
}

MqttOptions MqttPanel::integrationOptions() const
{
    MqttOptions o;
    o.host = m_integrationHost->text().trimmed();
    o.port = m_integrationPort->value();
    o.tls = true;
    o.caFile = m_caFile->path();
    if (m_client) {
        const Credentials &c = m_client->settings().credentials;
        o.username = c.user;
        o.password = c.secret.toUtf8();
    }
    return o;
}

void MqttPanel::setHttp(bool http)
{
    m_protocol->setCurrentIndex(http ? 1 : 0);
}

void MqttPanel::updateButtons()
{
    // Publish alone is MQTT's; over HTTP the verification posts.
    m_publishButton->setEnabled(!m_busy && !m_protocol->currentData().toBool());
    m_verifyButton->setEnabled(!m_busy);
}

void MqttPanel::publish()
{
    if (m_busy)
        return;
    resetSteps();
    startDevice();
}

void MqttPanel::publishAndVerify()
{
    if (m_busy)
        return;
    resetSteps();
    const QString app = m_app->text().trimmed();
    const QString device = m_device->text().trimmed();
    if (app.isEmpty()) {
        log(tr("Give the application whose integration side should see the event."), true);
        return;
    }
    auto options = deviceOptions();
    if (!options) {
        setStep(Step::Connected, StepState::Failed);
        log(options.error().message, true);
        return;
    }
    VerifyDeviceOptions vo;
    vo.app = app;
    vo.device = device;
    vo.channel = m_channel->text().trimmed();
    vo.message = m_payload->toPlainText().toUtf8();
    vo.qos = m_qos->currentData().toInt();
    vo.timeoutMs = kDeliveryTimeoutMs;
    vo.deviceConnection = *options;
    vo.integrationConnection = integrationOptions();
    const bool http = m_protocol->currentData().toBool();
    if (http) {
        vo.httpEndpoint = QUrl(m_httpUrl->text().trimmed());
        if (!vo.httpEndpoint.isValid() || vo.httpEndpoint.isEmpty()) {
            setStep(Step::Connected, StepState::Failed);
            log(tr("Give the server's HTTP endpoint (the server announced none)."), true);
            return;
        }
    }
    m_busy = true;
    m_verifying = true;
    updateButtons();
    log(tr("Verifying device '%1' (certificate '%2') on %3, events of '%4' on %5:%6…")
            .arg(device, options->clientCertificate.subjectString(),
                 http ? tr("%1 over HTTP").arg(vo.httpEndpoint.toString())
                      : u"%1:%2"_s.arg(options->host).arg(options->port))
            .arg(app, vo.integrationConnection.host)
            .arg(vo.integrationConnection.port));
    auto *job = new VerifyDeviceJob(std::move(vo), this);
    auto stage = std::make_shared<int>(0);
    m_clock.start();
    connect(job, &VerifyDeviceJob::progress, this, [this, stage](const QString &text) {
        log(text);
        // The job's steps, in order: integration, device connect, publish, wait.
        const qint64 ms = m_clock.restart();
        switch ((*stage)++) {
        case 1:
            setStep(Step::Connected, StepState::Running);
            break;
        case 2:
            setStep(Step::Connected, StepState::Done, ms);
            setStep(Step::Published, StepState::Running);
            break;
        case 3:
            setStep(Step::Published, StepState::Done, ms);
            setStep(Step::Delivered, StepState::Running);
            break;
        default:
            break;
        }
    });
    connect(job, &VerifyDeviceJob::finished, this, [this, job] {
        job->deleteLater();
        const VerifyDeviceResult &r = job->result();
        setStep(Step::Connected, r.connected ? StepState::Done : StepState::Failed, r.connected ? r.connectMs : -1);
        if (r.connected)
            setStep(Step::Published, r.published ? StepState::Done : StepState::Failed, r.published ? r.publishMs : -1);
        // A late delivery (after the timeout) is a failed step that still shows its time.
        if (r.published)
            setStep(Step::Delivered, r.ok() ? StepState::Done : StepState::Failed, r.delivered ? r.deliverMs : -1);
        QString why;
        if (r.error) {
            // The job's message names the case (refused, unreachable, TLS
            // fault, dropped after CONNACK, never delivered, delivered late);
            // a CONNACK refusal of the device is about its certificate.
            if (r.integrationReady && !r.connected && r.error->code == ErrorCode::Refused)
                why = tr("The broker refused the certificate: %1").arg(r.error->toString());
            else
                why = r.error->toString();
            if (r.delivered)
                addEvent(r.event);
        } else if (r.delivered) {
            // The event waited for is in the table, with or without Listen.
            addEvent(r.event);
            why = tr("Delivered: the event from '%1' on '%2' arrived on the integration side %3 ms after "
                     "publishing (connect %4 ms, publish %5 ms, total %6 ms).")
                      .arg(r.event.value("source"_L1).toString(), r.event.value("subject"_L1).toString())
                      .arg(r.deliverMs)
                      .arg(r.connectMs)
                      .arg(r.publishMs)
                      .arg(r.totalMs);
        }
        finishVerify(r.ok(), why);
    });
    job->start();
}

void MqttPanel::setListening(bool on)
{
    m_listenRequested = on;
    {
        const QSignalBlocker block(m_listenButton);
        m_listenButton->setChecked(on);
    }
    if (on && !m_integration)
        startIntegration();
    else if (!on && !m_verifying && m_integration) {
        m_integration->disconnectFromBroker();
        m_integration->deleteLater();
        m_integration = nullptr;
        m_integrationReady = false;
        log(tr("Stopped listening."));
    }
}

void MqttPanel::startIntegration()
{
    const QString app = m_app->text().trimmed();
    if (app.isEmpty()) {
        log(tr("Give the application to listen to."), true);
        return;
    }
    if (m_integration)
        m_integration->deleteLater();
    m_integrationReady = false;
    m_integration = new MqttClient(this);
    MqttClient *ic = m_integration;
    const MqttOptions o = integrationOptions();
    log(tr("Connecting to the integration endpoint %1:%2 as '%3'…").arg(o.host).arg(o.port).arg(o.username));
    connect(ic, &MqttClient::connected, this, [this, ic, app] {
        if (ic != m_integration)
            return;
        auto sub = ic->subscribe(u"app/"_s + app, 1);
        if (!sub)
            log(tr("Could not subscribe to the events of '%1': %2").arg(app, sub.error().message), true);
    });
    connect(ic, &MqttClient::subscribed, this, [this, ic, app](int) {
        if (ic != m_integration)
            return;
        m_integrationReady = true;
        log(tr("Listening to the integration events of '%1'.").arg(app));
    });
    connect(ic, &MqttClient::messageReceived, this, &MqttPanel::onIntegrationMessage);
    connect(ic, &MqttClient::errorOccurred, this, [this, ic](const Error &e) {
        if (ic != m_integration)
            return;
        log(tr("The integration endpoint refused or dropped the connection: %1").arg(e.toString()), true);
        m_integrationReady = false;
        m_integration->deleteLater();
        m_integration = nullptr;
    });
    if (Status st = ic->connectToBroker(o); !st) {
        log(tr("Cannot connect to the integration endpoint: %1").arg(st.error().toString()), true);
        m_integration->deleteLater();
        m_integration = nullptr;
    }
}

void MqttPanel::startDevice()
{
    m_busy = true;
    updateButtons();
    if (!checkPayload() && !m_payload->toPlainText().isEmpty())
        log(tr("The payload is not JSON: it is sent as it is."));
    auto options = deviceOptions();
    if (!options) {
        setStep(Step::Connected, StepState::Failed);
        finishVerify(false, options.error().message);
        return;
    }
    if (m_deviceClient)
        m_deviceClient->deleteLater();
    m_deviceClient = new MqttClient(this);
    MqttClient *dc = m_deviceClient;
    m_sentPayload = m_payload->toPlainText().toUtf8();
    m_sentChannel = m_channel->text().trimmed();
    log(tr("Connecting to %1:%2 as device '%3' (certificate '%4')…")
            .arg(options->host)
            .arg(options->port)
            .arg(m_device->text(), options->clientCertificate.subjectString()));
    setStep(Step::Connected, StepState::Running);
    connect(dc, &MqttClient::connected, this, [this, dc] {
        if (dc == m_deviceClient)
            deviceConnected();
    });
    connect(dc, &MqttClient::published, this, [this, dc](int mid) {
        if (dc == m_deviceClient)
            devicePublished(mid);
    });
    connect(dc, &MqttClient::errorOccurred, this, [this, dc](const Error &e) {
        if (dc != m_deviceClient)
            return;
        if (m_steps[int(Step::Connected)] != StepState::Done) {
            setStep(Step::Connected, StepState::Failed);
            finishVerify(false, tr("The broker refused the certificate: %1").arg(e.toString()));
        } else {
            finishVerify(false, tr("The broker closed the device's connection: %1").arg(e.toString()));
        }
    });
    m_clock.start();
    if (Status st = dc->connectToBroker(*options); !st) {
        setStep(Step::Connected, StepState::Failed);
        finishVerify(false, tr("Cannot connect as the device: %1").arg(st.error().toString()));
    }
}

void MqttPanel::deviceConnected()
{
    const qint64 ms = m_clock.elapsed();
    setStep(Step::Connected, StepState::Done, ms);
    log(tr("Connected: the broker accepted the certificate (%1 ms).").arg(ms));
    if (m_sentChannel.isEmpty()) {
        finishVerify(false, tr("Give a channel to publish to."));
        return;
    }
    setStep(Step::Published, StepState::Running);
    m_clock.restart();
    auto mid = m_deviceClient->publish(m_sentChannel, m_sentPayload, m_qos->currentData().toInt());
    if (!mid) {
        setStep(Step::Published, StepState::Failed);
        finishVerify(false, tr("Could not publish: %1").arg(mid.error().toString()));
        return;
    }
    m_publishMid = *mid;
}

void MqttPanel::devicePublished(int mid)
{
    if (mid != m_publishMid)
        return;
    const qint64 ms = m_clock.elapsed();
    setStep(Step::Published, StepState::Done, ms);
    log(tr("Published %n byte(s) to channel '%1' (QoS %2, %3 ms).", nullptr, int(m_sentPayload.size()))
            .arg(m_sentChannel)
            .arg(m_qos->currentData().toInt())
            .arg(ms));
    finishVerify(true);
}

void MqttPanel::onIntegrationMessage(const MqttMessage &message)
{
    addEvent(QJsonDocument::fromJson(message.payload).object());
}

void MqttPanel::addEvent(const QJsonObject &ev)
{
    if (const auto added = m_events->add(ev))
        Q_EMIT eventReceived(added->source, added->subject, added->data);
}

void MqttPanel::finishVerify(bool ok, const QString &why)
{
    if (!why.isEmpty())
        log(why, !ok);
    const bool wasVerifying = m_verifying;
    m_verifying = false;
    m_busy = false;
    if (m_deviceClient) {
        MqttClient *dc = m_deviceClient;
        m_deviceClient = nullptr;
        if (dc->isConnected())
            dc->disconnectFromBroker();
        dc->deleteLater();
    }
    if (wasVerifying)
        log(ok ? tr("Verified: the device can connect and its messages reach the application.")
               : tr("Verification failed."), !ok);
    updateButtons();
    Q_EMIT verifyFinished(ok);
}

} // namespace dwb::gui
