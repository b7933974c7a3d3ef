#include "gui/mqtt/CommandCheckBox.h"

#include "core/cloud/RegistryClient.h"
#include "core/enrollment/CommandCheckJob.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

CommandCheckBox::CommandCheckBox(RegistryClient *client, TargetProvider target, QWidget *parent)
    : QGroupBox(tr("Command to the device"), parent), m_client(client), m_target(std::move(target))
{
    setObjectName(u"commandCheck"_s);
    m_name = new QLineEdit(u"set-led"_s, this);
    m_name->setObjectName(u"commandName"_s);
    m_payload = new QLineEdit(u"{\"on\": true}"_s, this);
    m_payload->setObjectName(u"commandPayload"_s);
    m_button = new QPushButton(tr("Send &Command"), this);
    m_button->setObjectName(u"commandButton"_s);
    m_button->setToolTip(tr("Subscribe as the device to command/inbox/#, send the command through the server's "
                            "command API and wait for it to arrive"));
    m_result = new QLabel(this);
    m_result->setObjectName(u"commandResult"_s);
    m_result->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(m_button);
    auto *nameLabel = new QLabel(tr("Co&mmand:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, row);
    form->addRow(tr("Payl&oad:"), m_payload);
    auto *grid = new QGridLayout;
    const QString names[3] = {tr("Subscribed as the device (command/inbox/#)"), tr("Sent through the command API"),
                              tr("Arrived at the device")};
    for (int i = 0; i < 3; ++i) {
        m_marks[i] = new QLabel(this);
        m_marks[i]->setObjectName(u"commandStep%1"_s.arg(i));
        m_times[i] = new QLabel(this);
        m_times[i]->setObjectName(u"commandStepTime%1"_s.arg(i));
        m_times[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(m_marks[i], i, 0);
        grid->addWidget(new QLabel(names[i], this), i, 1);
        grid->addWidget(m_times[i], i, 2);
        setStep(i, StepState::Pending);
    }
    grid->setColumnStretch(1, 1);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(form);
    lay->addLayout(grid);
    lay->addWidget(m_result);
    connect(m_button, &QPushButton::clicked, this, &CommandCheckBox::runCheck);
}

QString CommandCheckBox::resultText() const
{
    return m_result->text();
}

void CommandCheckBox::setStep(int step, StepState state, qint64 ms)
{
    m_states[step] = state;
    m_ms[step] = ms;
    static const QString marks[] = {u"○"_s, u"…"_s, u"✔"_s, u"✘"_s};
    static const QString colours[] = {u"#777"_s, u"#555"_s, u"#1b5e20"_s, u"#b00020"_s};
    m_marks[step]->setText(u"<span style='font-size:14pt; color:%1'>%2</span>"_s.arg(colours[int(state)],
                                                                                    marks[int(state)]));
    m_marks[step]->setAccessibleName(state == StepState::Done     ? tr("done")
                                     : state == StepState::Failed ? tr("failed")
                                                                  : tr("pending"));
    m_times[step]->setText(ms >= 0 ? tr("%1 ms").arg(ms) : QString());
}

void CommandCheckBox::runCheck()
{
    if (m_busy)
        return;
    for (int i = 0; i < 3; ++i)
        setStep(i, StepState::Pending);
    m_result->clear();
    auto target = m_target ? m_target() : Result<Target>(Error(ErrorCode::InvalidArgument, tr("No device.")));
    if (!target) {
        setStep(0, StepState::Failed);
        m_result->setText(target.error().message);
        Q_EMIT logLine(target.error().message, true);
        Q_EMIT checkFinished(false);
        return;
    }
    CommandCheckOptions o;
    o.app = target->app;
    o.device = target->device;
    o.command = m_name->text().trimmed();
    o.payload = m_payload->text().toUtf8();
    o.deviceConnection = target->connection;
    m_busy = true;
    m_button->setEnabled(false);
    setStep(0, StepState::Running);
    Q_EMIT logLine(tr("Command check: device '%1' of '%2' subscribes to command/inbox/#, then '%3' is sent through "
                      "the command API…")
                       .arg(o.device, o.app, o.command),
                   false);
    auto *job = new CommandCheckJob(m_client, std::move(o), this);
    auto stage = std::make_shared<int>(0);
    connect(job, &Job::progress, this, [this, stage](const QString &text) {
        Q_EMIT logLine(text, false);
        if ((*stage)++ == 1) {
            setStep(0, StepState::Done);
            setStep(1, StepState::Running);
        }
    });
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        const CommandCheckResult &r = job->result();
        setStep(0, r.subscribed ? StepState::Done : StepState::Failed, r.subscribeMs);
        if (r.subscribed)
            setStep(1, r.sent ? StepState::Done : StepState::Failed, r.sendMs);
        if (r.sent)
            setStep(2, r.arrived ? StepState::Done : StepState::Failed, r.arriveMs);
        const QString text =
            r.ok() ? tr("Arrived: '%1' on %2 %3 ms after it was sent (the API answered in %4 ms).")
                         .arg(QString::fromUtf8(r.payload), r.topic)
                         .arg(r.arriveMs)
                         .arg(r.sendMs)
                   : r.error->toString();
        m_result->setText(text);
        m_result->setStyleSheet(r.ok() ? u"color:#1b5e20"_s : u"color:#b00020"_s);
        Q_EMIT logLine(text, !r.ok());
        m_busy = false;
        m_button->setEnabled(true);
        Q_EMIT checkFinished(r.ok());
    });
    job->start();
}

} // namespace dwb::gui
