#include "gui/export/ExportFirmwareDialog.h"

#include "core/enrollment/DeviceList.h"
#include "core/export/DevicePackage.h"
#include "core/export/PackageWriter.h"
#include "gui/wizards/WizardWidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dwb::gui {

ExportFirmwareDialog::ExportFirmwareDialog(ExportSource source, QWidget *parent)
    : QDialog(parent)
    , m_source(std::move(source))
{
    setObjectName(u"exportFirmwareDialog"_s);
    setWindowTitle(tr("Export for Firmware — %1").arg(m_source.device));
    auto *intro = new QLabel(tr("Write the credentials of <b>%1</b> (application %2) in the form its firmware reads.")
                                 .arg(m_source.device.toHtmlEscaped(), m_source.application.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->setAccessibleName(tr("Format"));
    for (const QString &f : PackageWriter::formats())
        m_format->addItem(PackageWriter::create(f)->description(), f);
    m_destination = new FileField(FileField::Mode::Folder, tr("Folder for the Device Package"), {}, this);
    m_destination->lineEdit()->setObjectName(u"exportDestination"_s);
    m_destination->lineEdit()->setAccessibleName(tr("Destination folder"));
    m_destination->setPath(defaultFolder(m_source.application, m_source.device));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(u"exportPassphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("PKCS#12 passphrase"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(u"exportPassphraseRepeat"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("PKCS#12 passphrase, again"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setWordWrap(true);
    m_files = new QTreeWidget(this);
    m_files->setObjectName(u"exportedFiles"_s);
    m_files->setAccessibleName(tr("Files written"));
    m_files->setHeaderLabels({tr("File"), tr("Private key")});
    m_files->setRootIsDecorated(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Destination:"), m_destination);
    m_passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_repeatLabel = new QLabel(tr("&Repeat:"), this);
    m_repeatLabel->setBuddy(m_repeat);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_repeatLabel, m_repeat);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { exportNow(); });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportFirmwareDialog::formatChanged);

    auto *lay = new QVBoxLayout(this);
    lay->addWidget(intro);
    lay->addLayout(form);
    lay->addWidget(m_status);
    lay->addWidget(m_files, 1);
    lay->addWidget(buttons);
    chainTabOrder({m_format, m_destination, m_passphrase, m_repeat, m_export});
    formatChanged();
    resize(640, 420);
}

QString ExportFirmwareDialog::defaultFolder(const QString &application, const QString &device)
{
    return workbenchDataPath(u"firmware/"_s + deviceFileStem(application) + u'/' + deviceFileStem(device));
}

QString ExportFirmwareDialog::format() const { return m_format->currentData().toString(); }

void ExportFirmwareDialog::setFormat(const QString &format)
{
    const int i = m_format->findData(format);
    if (i >= 0)
        m_format->setCurrentIndex(i);
}

QString ExportFirmwareDialog::destination() const { return m_destination->path(); }

void ExportFirmwareDialog::setDestination(const QString &folder) { m_destination->setPath(folder); }

void ExportFirmwareDialog::formatChanged()
{
    const auto writer = PackageWriter::create(format());
    const bool pass = writer && writer->needsPassphrase();
    for (QWidget *w : std::initializer_list<QWidget *>{m_passphrase, m_repeat, m_passphraseLabel, m_repeatLabel})
        w->setEnabled(pass);
    if (!pass) { // a passphrase is not kept where it is not used
        m_passphrase->clear();
        m_repeat->clear();
    }
    m_status->clear();
}

bool ExportFirmwareDialog::exportNow()
{
    m_files->clear();
    const auto writer = PackageWriter::create(format());
    if (!writer)
        return false;
    ExportOptions options;
    options.outDir = destination();
    if (writer->needsPassphrase()) {
        if (m_passphrase->text().isEmpty()) {
            setStatusText(m_status, tr("Give the passphrase of the PKCS#12 file."), true);
            return false;
        }
        if (m_passphrase->text() != m_repeat->text()) {
            setStatusText(m_status, tr("The two passphrases differ."), true);
            return false;
        }
        options.passphrase = std::make_shared<SecretBytes>(SecretBytes::fromString(m_passphrase->text()));
    }
    // An encrypted key: its passphrase is asked (Prompts), then the same loading as dwb's.
    SecretBytes keyPassphrase;
    if (auto key = loadKeyAsking(this, m_source.keyPath, tr("device key"), &keyPassphrase); !key) {
        if (key.error().code != ErrorCode::Cancelled)
            setStatusText(m_status, key.error().message, true);
        return false;
    }
    auto package = DevicePackage::fromFiles(m_source.application, m_source.device, m_source.certPath,
                                            m_source.keyPath, keyPassphrase);
    if (!package) {
        setStatusText(m_status, package.error().message, true);
        return false;
    }
    if (Status st = package->setServer(m_source.endpoints, m_source.serverCaFile); !st) {
        setStatusText(m_status, st.error().message, true);
        return false;
    }
    package->setChainFromAnchors(m_source.anchors);
    auto files = exportPackage(*writer, *package, options);
    if (!files) {
        setStatusText(m_status, files.error().message, true);
        return false;
    }
    QStringList paths;
    int withKey = 0;
    for (const ExportedFile &f : *files) {
        auto *item = new QTreeWidgetItem(m_files, {QFileInfo(f.path).fileName(),
                                                    f.holdsKey ? tr("yes (mode 0600)") : tr("no")});
        item->setToolTip(0, nativePath(f.path));
        item->setData(0, Qt::UserRole, f.path);
        item->setData(1, Qt::UserRole, f.holdsKey);
        paths << f.path;
        withKey += f.holdsKey ? 1 : 0;
    }
    setStatusText(m_status,
                  withKey == 0 ? tr("%n file(s) written to %1; none holds the private key.", nullptr,
                                    int(files->size())).arg(nativePath(options.outDir))
                               : tr("%n file(s) written to %1. Those marked hold the private key: keep them "
                                    "out of version control and off shared drives.", nullptr,
                                    int(files->size())).arg(nativePath(options.outDir)),
                  false);
    Q_EMIT exported(paths);
    return true;
}

} // namespace dwb::gui
