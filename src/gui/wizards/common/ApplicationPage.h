// First page of both wizards: the application (preselected from the main
// window) and its trust anchors; the anchor wizard also offers "Remove
// anchor", which names the devices whose certificate aliases would stop
// working.
#pragma once

#include "core/cloud/Resources.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

class ApplicationPage : public QWizardPage {
    Q_OBJECT
public:
    ApplicationPage(RegistryClient *client, const QString &preselect, bool allowRemove,
                    QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }

    QString applicationName() const;
    // The selected application as last read (with its anchors), if loaded.
    const std::optional<Application> &application() const { return m_app; }
    bool isLoading() const { return m_loading > 0; }
    QComboBox *appCombo() const { return m_combo; }
    QTreeWidget *anchorsList() const { return m_anchors; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *statusLabel() const { return m_status; }

    void reloadApplication();
    void removeSelectedAnchor();

Q_SIGNALS:
    void applicationLoaded();

private:
    void loadApplications();
    void showAnchors();

    QPointer<RegistryClient> m_client;
    QString m_preselect;
    QComboBox *m_combo;
    QTreeWidget *m_anchors;
    QPushButton *m_remove = nullptr;
    QLabel *m_status;
    std::optional<Application> m_app;
    int m_loading = 0;
    bool m_appsLoaded = false;
};

} // namespace dwb::gui
