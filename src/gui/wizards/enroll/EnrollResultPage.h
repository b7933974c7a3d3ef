// The enrollment wizard's last page: what was done, and "Test Connection…"
// (the MQTT panel with the device's files). One device: the certificate,
// its anchor and the files. Several: enrolled/skipped/failed (the failures
// listed with their line and reason) and the device of the list to test.
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace dwb::gui {

struct EnrollDraft;
class BatchDeviceChooser;
class EnrollWizard;

class EnrollResultPage : public QWizardPage {
    Q_OBJECT
public:
    EnrollResultPage(EnrollDraft *draft, EnrollWizard *wizard);

    void initializePage() override;

private:
    void showSingle();
    void showBatch();
    void testConnection();
    void exportForFirmware();

    EnrollDraft *m_draft;
    EnrollWizard *m_wizard;
    QLabel *m_text;
    QPushButton *m_test;
    QPushButton *m_export;
    QTreeWidget *m_failures;
    BatchDeviceChooser *m_chooser;
};

} // namespace dwb::gui
