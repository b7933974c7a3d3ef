// On the enrollment wizard's result page after several devices: the device
// to test, one of the list that is complete (files written, registered).
// Editable, with a completer: a long list is capped, and any other complete
// device can be typed. Says why a device cannot be tested. Its widgets are
// children of the page, which lays them out.
#pragma once

#include <QObject>
#include <QSet>

class QComboBox;
class QLabel;
class QStringListModel;
class QWidget;

namespace dwb {
struct BatchResult;
struct DeviceList;
}

namespace dwb::gui {

class BatchDeviceChooser : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxListedDevices = 10000;

    explicit BatchDeviceChooser(QWidget *page);

    QLabel *label() const { return m_label; }
    QComboBox *combo() const { return m_combo; }
    QLabel *errorLabel() const { return m_error; }
    void setVisible(bool visible);

    // The devices of the list that are complete (not failed), in list order.
    // Returns how many there are.
    int fill(const BatchResult &result, const DeviceList &list);
    // The chosen device's files in the batch folder, or an error shown under
    // the field (false).
    bool chosenFiles(const DeviceList &list, const QString &dir, QString *device, QString *certFile,
                     QString *keyFile);
    void clearError();

private:
    QLabel *m_label;
    QComboBox *m_combo;
    QStringListModel *m_names;
    QLabel *m_error;
    QSet<QString> m_failed;
};

} // namespace dwb::gui
