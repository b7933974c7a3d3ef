#include "gui/wizards/enroll/BatchDeviceChooser.h"

#include "core/enrollment/BatchEnrollJob.h"
#include "core/enrollment/DeviceList.h"
#include "gui/wizards/WizardWidgets.h"

#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QStringListModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dwb::gui {

BatchDeviceChooser::BatchDeviceChooser(QWidget *page)
    : QObject(page)
{
    m_label = new QLabel(tr("Test &device:"), page);
    m_combo = new QComboBox(page);
    m_combo->setObjectName(u"batchTestDevice"_s);
    m_combo->setAccessibleName(tr("Device to test"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMaxVisibleItems(20);
    // The width from a fixed length, not from measuring every item.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_names = new QStringListModel(this);
    m_combo->setModel(m_names);
    auto *completer = new QCompleter(m_names, m_combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setCompleter(completer);
    m_label->setBuddy(m_combo);
    m_error = new QLabel(page);
    m_error->setObjectName(u"batchTestError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    connect(m_combo, &QComboBox::currentTextChanged, this, &BatchDeviceChooser::clearError);
}

void BatchDeviceChooser::setVisible(bool visible)
{
    m_label->setVisible(visible);
    m_combo->setVisible(visible);
}

void BatchDeviceChooser::clearError()
{
    setStatusText(m_error, {}, true);
}

int BatchDeviceChooser::fill(const BatchResult &r, const DeviceList &list)
{
    m_failed.clear();
    for (const BatchFailure &f : r.failures)
        m_failed.insert(f.device);
    QStringList names;
    names.reserve(std::min<qsizetype>(list.devices.size(), kMaxListedDevices));
    int complete = 0;
    for (const DeviceListEntry &e : list.devices) {
        if (m_failed.contains(e.name))
            continue;
        ++complete;
        if (names.size() < kMaxListedDevices)
            names.append(e.name);
    }
    m_names->setStringList(names);
    m_combo->setCurrentIndex(names.isEmpty() ? -1 : 0);
    const QLocale l;
    m_combo->setToolTip(complete > names.size()
                            ? tr("The first %1 of %2 enrolled devices are listed; type the name of any other.")
                                  .arg(l.toString(names.size()), l.toString(complete))
                            : tr("An enrolled device of the list: its key and certificate in the folder"));
    clearError();
    return complete;
}

bool BatchDeviceChooser::chosenFiles(const DeviceList &list, const QString &dir, QString *device,
                                     QString *certFile, QString *keyFile)
{
    const QString name = m_combo->currentText().trimmed();
    if (name.isEmpty()) {
        setStatusText(m_error, tr("Choose a device of the list."), true);
        return false;
    }
    const int index = m_combo->currentIndex();
    bool listed = index >= 0 && m_combo->itemText(index) == name;
    if (!listed)
        listed = std::any_of(list.devices.cbegin(), list.devices.cend(),
                             [&](const DeviceListEntry &e) { return e.name == name; });
    if (!listed) {
        setStatusText(m_error, tr("'%1' is not a device of this list.").arg(name), true);
        return false;
    }
    if (m_failed.contains(name)) {
        setStatusText(m_error, tr("'%1' failed in this batch: it cannot be tested.").arg(name), true);
        return false;
    }
    const QString stem = deviceFileStem(name);
    *keyFile = BatchEnrollJob::keyPath(dir, stem);
    *certFile = BatchEnrollJob::certPath(dir, stem);
    QStringList missing;
    for (const QString *f : {keyFile, certFile})
        if (!QFileInfo::exists(*f))
            missing << nativePath(*f);
    if (!missing.isEmpty()) {
        setStatusText(m_error,
                      tr("Cannot test '%1': %2 is missing (moved or deleted since the batch). Run the same list "
                         "into the same folder again to make the device's files anew.")
                          .arg(name, missing.join(u", "_s)),
                      true);
        return false;
    }
    clearError();
    *device = name;
    return true;
}

} // namespace dwb::gui
