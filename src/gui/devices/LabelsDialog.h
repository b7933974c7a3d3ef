// Edits a resource's labels as a key=value table.
#pragma once

#include <QDialog>
#include <QMap>

#include <memory>

namespace Ui { class LabelsDialog; }

namespace dwb::gui {

class LabelsDialog : public QDialog {
    Q_OBJECT
public:
    explicit LabelsDialog(const QString &what, const QMap<QString, QString> &labels,
                          QWidget *parent = nullptr);
    ~LabelsDialog() override;
    QMap<QString, QString> labels() const;
    void accept() override;

private:
    void addRow(const QString &key, const QString &value);
    std::unique_ptr<Ui::LabelsDialog> ui;
};

} // namespace dwb::gui
