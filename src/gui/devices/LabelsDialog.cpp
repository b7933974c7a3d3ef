#include "gui/devices/LabelsDialog.h"

#include "ui_LabelsDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dwb::gui {

LabelsDialog::LabelsDialog(const QString &what, const QMap<QString, QString> &labels,
                           QWidget *parent)
    : QDialog(parent), ui(new Ui::LabelsDialog)
{
    ui->setupUi(this);
    ui->intro->setText(tr("Labels of %1. Keys are names such as <i>site</i> or "
                          "<i>example.com/room</i>; values may be empty.").arg(what.toHtmlEscaped()));
    ui->table->horizontalHeader()->setStretchLastSection(true);
    ui->table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui->table->verticalHeader()->hide();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        addRow(it.key(), it.value());
    connect(ui->addButton, &QPushButton::clicked, this, [this] {
        addRow({}, {});
        ui->table->setCurrentCell(ui->table->rowCount() - 1, 0);
        ui->table->editItem(ui->table->item(ui->table->rowCount() - 1, 0));
    });
    connect(ui->removeButton, &QPushButton::clicked, this, [this] {
        const int row = ui->table->currentRow();
        if (row >= 0)
            ui->table->removeRow(row);
    });
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &LabelsDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &LabelsDialog::reject);
    ui->errorLabel->setStyleSheet(u"color: #b03020;"_s);
}

LabelsDialog::~LabelsDialog() = default;

std::optional<QMap<QString, QString>> LabelsDialog::edit(QWidget *parent, const QString &what,
                                                         const QMap<QString, QString> &labels)
{
    if (hook)
        return hook(what, labels);
    LabelsDialog dialog(what, labels, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.labels();
}

void LabelsDialog::addRow(const QString &key, const QString &value)
{
    const int row = ui->table->rowCount();
    ui->table->insertRow(row);
    ui->table->setItem(row, 0, new QTableWidgetItem(key));
    ui->table->setItem(row, 1, new QTableWidgetItem(value));
}

QMap<QString, QString> LabelsDialog::labels() const
{
    QMap<QString, QString> out;
    for (int row = 0; row < ui->table->rowCount(); ++row) {
        const QString key = ui->table->item(row, 0) ? ui->table->item(row, 0)->text().trimmed() : QString();
        const QString value = ui->table->item(row, 1) ? ui->table->item(row, 1)->text().trimmed() : QString();
        if (!key.isEmpty())
            out.insert(key, value);
    }
    return out;
}

void LabelsDialog::accept()
{
    // Kubernetes-style label keys: optional DNS prefix + "/" + name.
    static const QRegularExpression keyRe(
        u"^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"_s);
    QStringList seen;
    for (int row = 0; row < ui->table->rowCount(); ++row) {
        const QString key = ui->table->item(row, 0) ? ui->table->item(row, 0)->text().trimmed() : QString();
        if (key.isEmpty())
            continue;
        if (!keyRe.match(key).hasMatch()) {
            ui->errorLabel->setText(tr("“%1” is not a valid label key.").arg(key));
            return;
        }
        if (seen.contains(key)) {
            ui->errorLabel->setText(tr("The key “%1” appears twice.").arg(key));
            return;
        }
        seen << key;
    }
    QDialog::accept();
}

} // namespace dwb::gui
