#include "gui/wizards/enroll/EnrollResultPage.h"

#include "core/cloud/RegistryClient.h"
#include "core/crypto/Inspection.h"
#include "core/crypto/Profiles.h"
#include "gui/wizards/EnrollWizard.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/enroll/BatchDeviceChooser.h"
#include "gui/wizards/enroll/EnrollDraft.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

EnrollResultPage::EnrollResultPage(EnrollDraft *draft, EnrollWizard *wizard)
    : QWizardPage(wizard)
    , m_draft(draft)
    , m_wizard(wizard)
{
    setTitle(tr("Device Enrolled"));
    setSubTitle(tr("The device can connect with its certificate: try it with Test Connection."));
    m_text = new QLabel(this);
    m_text->setObjectName(u"resultText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_test = new QPushButton(tr("&Test Connection…"), this);
    m_test->setObjectName(u"testConnectionButton"_s);
    m_test->setToolTip(tr("Connect to the MQTT endpoint as this device, publish, and see the message arrive"));
    m_failures = new QTreeWidget(this);
    m_failures->setObjectName(u"batchFailures"_s);
    m_failures->setAccessibleName(tr("Devices that failed"));
    m_failures->setHeaderLabels({tr("Device"), tr("Line"), tr("Reason")});
    m_failures->setRootIsDecorated(false);
    m_failures->setAlternatingRowColors(true);
    m_failures->hide();
    m_chooser = new BatchDeviceChooser(this);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_text);
    lay->addWidget(m_failures, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_chooser->label());
    row->addWidget(m_chooser->combo());
    row->addWidget(m_test);
    row->addStretch(1);
    lay->addLayout(row);
    lay->addWidget(m_chooser->errorLabel());
    lay->addStretch(0);
    connect(m_test, &QPushButton::clicked, this, &EnrollResultPage::testConnection);
}

void EnrollResultPage::initializePage()
{
    m_chooser->setVisible(false);
    m_chooser->clearError();
    if (m_draft->isBatch())
        showBatch();
    else
        showSingle();
}

void EnrollResultPage::testConnection()
{
    if (m_draft->isBatch()) {
        QString device, certFile, keyFile;
        if (m_chooser->chosenFiles(m_draft->list, m_draft->outputDir, &device, &certFile, &keyFile))
            Q_EMIT m_wizard->testConnectionRequested(m_draft->app, device, certFile, keyFile);
        return;
    }
    const EnrollJob *job = m_wizard->job();
    if (!job || !job->isFinished() || !job->result().ok())
        return;
    const EnrollOutcome &o = *job->result();
    Q_EMIT m_wizard->testConnectionRequested(o.app, o.device, o.certPath, o.keyPath);
}

void EnrollResultPage::showSingle()
{
    setTitle(tr("Device Enrolled"));
    setSubTitle(tr("The device can connect with its certificate: try it with Test Connection."));
    m_test->show();
    m_failures->hide();
    const EnrollJob *job = m_wizard->job();
    if (!job || !job->isFinished() || !job->result().ok())
        return;
    const EnrollOutcome &o = *job->result();
    const QLocale l;
    QString html = u"<table cellspacing='6'>"_s;
    html += htmlRow(tr("Application:"), o.app);
    html += htmlRow(tr("Device:"), o.created ? tr("%1 (created)").arg(o.device) : tr("%1 (updated)").arg(o.device));
    html += htmlRow(tr("Certificate subject:"), o.certificate.subjectString());
    html += htmlRow(tr("Alias added:"), o.alias);
    html += htmlRow(tr("Issued by:"), tr("trust anchor #%1, %2").arg(o.anchorIndex).arg(o.anchor.subjectString()));
    html += htmlRow(tr("Valid until:"), l.toString(o.certificate.notAfter().toLocalTime(), QLocale::ShortFormat));
    html += htmlRow(tr("Key:"), inspectKey(o.certificate.publicKey()).keyType);
    const bool onBoard = m_draft->source == EnrollRequest::Source::Request;
    if (!o.keyPath.isEmpty())
        html += htmlRow(tr("Key file:"), nativePath(o.keyPath));
    else if (onBoard)
        html += htmlRow(tr("Key file:"), tr("none: the private key stays on the board"));
    if (!o.certPath.isEmpty())
        html += htmlRow(tr("Certificate file:"), nativePath(o.certPath));
    if (!o.pkcs12Path.isEmpty())
        html += htmlRow(tr("PKCS#12 file:"), nativePath(o.pkcs12Path));
    if (!o.derPath.isEmpty())
        html += htmlRow(tr("Certificate (DER):"), nativePath(o.derPath));
    if (!o.chainPath.isEmpty())
        html += htmlRow(tr("Chain file:"), nativePath(o.chainPath));
    html += u"</table>"_s;
    m_text->setText(html);
    m_test->setEnabled(!o.certPath.isEmpty() && !o.keyPath.isEmpty());
    if (onBoard) {
        setSubTitle(tr("The key stays on the board: give it the certificate file. Test Connection needs the key, "
                       "so test from the board itself."));
        m_test->setToolTip(tr("The private key is on the board, not here"));
    } else {
        m_test->setToolTip(tr("Connect to the MQTT endpoint as this device, publish, and see the message arrive"));
    }
}

void EnrollResultPage::showBatch()
{
    m_test->hide();
    m_failures->clear();
    const BatchEnrollJob *job = m_wizard->batchJob();
    if (!job)
        return;
    const BatchResult &r = job->result();
    const QLocale l;
    const int failed = int(r.failures.size());
    const bool boards = m_draft->fromRequests;
    setTitle(failed == 0 ? tr("Devices Enrolled") : tr("Devices Enrolled, Some Failed"));
    if (boards)
        setSubTitle(failed == 0 ? tr("Every board of the folder has its certificate and its alias. The keys stay on "
                                     "the boards: give each board its certificate.")
                                : tr("Run the same requests into the same folder again to retry the boards that "
                                     "failed; the others are skipped. The keys stay on the boards."));
    else
        setSubTitle(failed == 0 ? tr("Every device of the list has its key, its certificate and its alias.")
                                : tr("Run the same list into the same folder again to retry the devices that failed; "
                                     "the others are skipped."));
    const QString dir = m_draft->outputDir;
    const double rate = r.seconds > 0 ? (r.enrolled + r.skipped + failed) / r.seconds : 0.0;
    QString html = u"<table cellspacing='6'>"_s;
    html += htmlRow(tr("Application:"), m_draft->app);
    if (boards)
        html += htmlRow(tr("Boards (requests):"), tr("%1 in %2").arg(l.toString(r.total), nativePath(m_draft->requestDir)));
    else
        html += htmlRow(tr("Devices in the list:"), l.toString(r.total));
    html += htmlRow(tr("Enrolled now:"), l.toString(r.enrolled));
    html += htmlRow(tr("Skipped (done before):"), l.toString(r.skipped));
    html += htmlRow(tr("Failed:"), l.toString(failed));
    html += htmlRow(tr("Time:"), tr("%1 s (%2 devices/s)").arg(l.toString(r.seconds, 'f', 2), l.toString(rate, 'f', 1)));
    html += htmlRow(tr("Issued by:"), r.anchorSubject);
    html += htmlRow(tr("Alias added:"), deviceSubjectString(u"<device>"_s, m_draft->app));
    html += htmlRow(tr("Folder:"), nativePath(dir));
    if (boards) {
        html += htmlRow(tr("Files per board:"), m_draft->writeDer ? tr("certificate (PEM and DER)") : tr("certificate (PEM)"));
        html += htmlRow(tr("Key files:"), tr("none: the private keys stay on the boards"));
    }
    html += htmlRow(tr("Record of the batch:"), nativePath(BatchEnrollJob::manifestPath(dir)));
    html += u"</table>"_s;
    m_text->setText(html);
    for (const BatchFailure &f : r.failures) {
        auto *item = new QTreeWidgetItem(m_failures, {f.device, QString::number(f.line), f.reason});
        item->setToolTip(2, f.reason);
    }
    m_failures->setVisible(failed > 0);
    m_failures->resizeColumnToContents(0);
    m_failures->resizeColumnToContents(1);
    // Test Connection needs a device's key: the boards keep theirs.
    const bool any = !boards && m_chooser->fill(r, m_draft->list) > 0;
    m_chooser->setVisible(any);
    m_test->setVisible(any);
    m_test->setEnabled(any);
}

} // namespace dwb::gui
