#include "gui/wizards/enroll/EnrollOutputPage.h"

#include "core/cloud/RegistryClient.h"
#include "gui/wizards/EnrollWizard.h"
#include "gui/wizards/WizardWidgets.h"
#include "gui/wizards/enroll/EnrollDraft.h"
#include "ui_EnrollOutputPage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dwb::gui {

EnrollOutputPage::EnrollOutputPage(EnrollDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , ui(std::make_unique<Ui::EnrollOutputPage>())
{
    ui->setupUi(this);
    ui->outputDirField->setup(FileField::Mode::Folder, tr("Folder for the Device's Files"), {});
    ui->outputDirField->lineEdit()->setObjectName(u"outputDir"_s);
    auto update = [this] {
        ui->pkcs12Passphrase->setEnabled(ui->writePkcs12->isChecked());
        ui->pkcs12PassphraseRepeat->setEnabled(ui->writePkcs12->isChecked());
        store();
        Q_EMIT completeChanged();
    };
    connect(ui->writePem, &QCheckBox::toggled, this, update);
    connect(ui->writePkcs12, &QCheckBox::toggled, this, update);
    connect(ui->writeDer, &QCheckBox::toggled, this, update);
    ui->writeDer->setObjectName(u"writeDer"_s);
    for (QLineEdit *e : {ui->outputDirField->lineEdit(), ui->pkcs12Passphrase, ui->pkcs12PassphraseRepeat})
        connect(e, &QLineEdit::textChanged, this, update);
    update();
}

EnrollOutputPage::~EnrollOutputPage() = default;

void EnrollOutputPage::store()
{
    m_draft->outputDir = ui->outputDirField->path();
    m_draft->writePem = ui->writePem->isChecked();
    m_draft->writePkcs12 = ui->writePkcs12->isChecked();
    m_draft->writeDer = m_draft->keysOnBoards() && ui->writeDer->isChecked();
    m_draft->pkcs12Passphrase = SecretBytes::fromString(ui->pkcs12Passphrase->text());
}

void EnrollOutputPage::initializePage()
{
    const QString app = m_draft->app;
    const bool batch = m_draft->isBatch();
    const QString suggestion = batch ? EnrollWizard::suggestedBatchDir(app) : EnrollWizard::suggestedOutputDir(app);
    // A folder the user chose stays; the suggestion follows the application and the mode.
    const QString folder = ui->outputDirField->path();
    if (folder.isEmpty() || m_app != app || folder == nativePath(m_suggested))
        ui->outputDirField->setPath(suggestion);
    m_suggested = suggestion;
    m_app = app;
    setSubTitle(batch ? tr("Where to write the devices' keys and certificates, one set per device, and the record "
                           "of the batch. Keys are readable by you only (0600).")
                      : tr("Where to write the device's key and certificate. Keys are readable by you only (0600)."));
    // A request (one board, or a folder of them): the certificate, no key.
    const bool request = m_draft->keysOnBoards();
    if (request)
        setSubTitle(batch ? tr("Where to write the boards' certificates, one per board, and the record of the batch. "
                               "There are no key files: the private keys stay on the boards.")
                          : tr("Where to write the device's certificate. There is no key file: the private key stays "
                               "on the board."));
    if (batch || request)
        ui->writePem->setChecked(true);
    if (request)
        ui->writePkcs12->setChecked(false);
    ui->writePem->setText(request ? tr("&PEM file: the certificate") : tr("&PEM files: key and certificate"));
    ui->writePem->setEnabled(!batch && !request);
    ui->writePem->setToolTip(batch ? tr("A batch always writes PEM files")
                             : request ? tr("A certificate request gets a PEM certificate") : QString());
    ui->writeDer->setVisible(request);
    if (!request)
        ui->writeDer->setChecked(false);
    ui->writePkcs12->setEnabled(!request);
    ui->writePkcs12->setToolTip(request ? tr("A PKCS#12 file would need the private key, which stays on the board")
                                        : QString());
    store();
    Q_EMIT completeChanged();
}

QString EnrollOutputPage::passphraseProblem(bool batch) const
{
    if (!ui->writePkcs12->isChecked())
        return {};
    if (ui->pkcs12Passphrase->text().isEmpty())
        return batch ? tr("Give the PKCS#12 files a passphrase.") : tr("Give the PKCS#12 file a passphrase.");
    if (ui->pkcs12Passphrase->text() != ui->pkcs12PassphraseRepeat->text())
        return tr("The two passphrases differ.");
    return {};
}

QString EnrollOutputPage::batchFolderProblem(QString *note) const
{
    const QString dir = m_draft->outputDir;
    const QString manifest = BatchEnrollJob::manifestPath(dir);
    QFile f(manifest);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(nativePath(manifest), f.errorString());
    const QJsonObject header = QJsonDocument::fromJson(f.readLine(64 * 1024)).object();
    const QString app = header.value(u"app"_s).toString();
    const QString alg = header.value(u"algorithm"_s).toString();
    if (!app.isEmpty() && app != m_draft->app)
        return tr("This folder holds a batch of application '%1': choose another folder.").arg(app);
    if (!alg.isEmpty() && alg != algorithmName(m_draft->algorithm)) {
        const auto parsed = parseAlgorithm(alg);
        return tr("This folder holds a batch made with %1 keys: choose %1 on the key page, or another folder.")
            .arg(parsed ? algorithmDisplayName(*parsed) : alg);
    }
    *note = tr("This folder holds an earlier batch: devices finished there are skipped, the rest is done now.");
    return {};
}

QString EnrollOutputPage::singleProblem() const
{
    QString why;
    const QStringList ps = enrollOutputPaths(*m_draft);
    if (m_draft->outputDir.isEmpty())
        why = tr("Choose a folder.");
    else if (!m_draft->writePem && !m_draft->writePkcs12)
        why = tr("Choose PEM files, a PKCS#12 file or both.");
    else
        why = passphraseProblem(false);
    for (const QString &p : ps)
        if (why.isEmpty() && QFileInfo::exists(p))
            why = tr("%1 exists already: choose another folder (nothing is overwritten).").arg(nativePath(p));
    QStringList shown;
    for (const QString &p : ps)
        shown << nativePath(p);
    ui->outputFiles->setText(tr("Files: %1").arg(shown.join(u", "_s)));
    return why;
}

QString EnrollOutputPage::batchProblem() const
{
    QString note;
    const QString dir = m_draft->outputDir;
    QString why = dir.isEmpty() ? tr("Choose a folder.") : passphraseProblem(true);
    if (why.isEmpty()) {
        if (QFileInfo fi(dir); fi.exists() && !fi.isDir())
            why = tr("%1 is a file, not a folder.").arg(nativePath(dir));
        else
            why = batchFolderProblem(&note);
    }
    const int n = int(m_draft->list.devices.size());
    const QString example = n > 0 ? m_draft->list.devices.first().fileStem : u"sensor-1"_s;
    const QString base = QDir(dir).filePath(example);
    QString text = m_draft->fromRequests
        ? (m_draft->writeDer
               ? tr("Files for each of the %n board(s): %1.pem and .der (for example), no key file; the record of "
                    "the batch: %2",
                    nullptr, n)
               : tr("Files for each of the %n board(s): %1.pem (for example), no key file; the record of the batch: "
                    "%2",
                    nullptr, n))
        : m_draft->writePkcs12
        ? tr("Files for each of the %n device(s): %1.key, .pem and .p12 (for example); the record of the batch: %2",
             nullptr, n)
        : tr("Files for each of the %n device(s): %1.key and .pem (for example); the record of the batch: %2",
             nullptr, n);
    text = text.arg(nativePath(base), nativePath(BatchEnrollJob::manifestPath(dir)));
    ui->outputFiles->setText(note.isEmpty() ? text : text + u"\n"_s + note);
    return why;
}

bool EnrollOutputPage::isComplete() const
{
    const QString why = m_draft->isBatch() ? batchProblem() : singleProblem();
    setStatusText(ui->outputStatus, why, true);
    return why.isEmpty();
}

} // namespace dwb::gui
