// "Add connection…": API URL + user + access token (+ optional server CA),
// validated by discover() + whoami() before the dialog closes. The token
// is handed back to the caller only; it is kept for this session only.
#pragma once

#include "core/cloud/RegistryClient.h"
#include "core/config/Context.h"

#include <QDialog>

#include <memory>

namespace Ui { class AddConnectionDialog; }

namespace dwb::gui {

class AddConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddConnectionDialog(QWidget *parent = nullptr);
    ~AddConnectionDialog() override;

    Context context() const;   // the validated context (no secret in it)
    QString token() const;     // the secret, for the session store
    void setValues(const QString &name, const QString &url, const QString &user,
                   const QString &token, const QString &caFile = {});
    void accept() override;    // validates first, asynchronously

private:
    void setBusy(bool busy);
    void fail(const QString &message);
    std::unique_ptr<Ui::AddConnectionDialog> ui;
    std::unique_ptr<RegistryClient> m_probe;
    QString m_userId;
};

} // namespace dwb::gui
