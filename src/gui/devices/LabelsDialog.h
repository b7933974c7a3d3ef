// Edits a resource's labels as a key=value table.
#pragma once

#include <QDialog>
#include <QMap>

#include <functional>
#include <memory>
#include <optional>

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

    // Shows the dialog; nullopt when cancelled. Tests answer through `hook`
    // (what, current labels) instead of the dialog.
    using Hook = std::function<std::optional<QMap<QString, QString>>(const QString &,
                                                                     const QMap<QString, QString> &)>;
    static inline Hook hook;
    static std::optional<QMap<QString, QString>> edit(QWidget *parent, const QString &what,
                                                      const QMap<QString, QString> &labels);

private:
    void addRow(const QString &key, const QString &value);
    std::unique_ptr<Ui::LabelsDialog> ui;
};

} // namespace dwb::gui
