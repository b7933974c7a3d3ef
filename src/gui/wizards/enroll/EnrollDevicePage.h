// The enrollment wizard's device page: one device (existing, or a new name
// validated as the server does; optionally "register an existing
// certificate"), or several devices from a list (pasted, or loaded from a
// text/CSV file) checked as the batch job checks it, every problem with its
// line; or several boards from a folder of their certificate requests
// (RequestFolderBox), every problem of it listed. Sets the draft's mode. Stays in code: its parts show and hide with
// the choice, and the list's problems are filled in as it is typed.
#pragma once

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

struct EnrollDraft;
class RequestFolderBox;

class EnrollDevicePage : public QWizardPage {
    Q_OBJECT
public:
    EnrollDevicePage(EnrollDraft *draft, RegistryClient *client, const QString &preselect,
                     QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }

private:
    void buildLayout();
    void update();
    void store();
    void parseList();
    void loadList();

    EnrollDraft *m_draft;
    QPointer<RegistryClient> m_client;
    QString m_preselect, m_loadedFor, m_listFile;
    QStringList m_names;
    QSet<QString> m_nameSet;
    bool m_loading = false;
    bool m_listIsFolder = false; // the draft's list is the folder's boards
    QRadioButton *m_one, *m_several, *m_existing, *m_create, *m_fromList, *m_fromFolder;
    QCheckBox *m_registerCert;
    QWidget *m_oneBox, *m_severalBox, *m_listBox, *m_stretch;
    RequestFolderBox *m_folderBox;
    QComboBox *m_devices;
    QLineEdit *m_name;
    QPlainTextEdit *m_listEdit;
    QPushButton *m_load;
    QLabel *m_listStatus, *m_status;
    QListWidget *m_problems;
};

} // namespace dwb::gui
