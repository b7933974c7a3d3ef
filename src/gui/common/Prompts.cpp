#include "gui/common/Prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace dwb::gui {

bool Prompts::confirm(QWidget *parent, const QString &title, const QString &text,
                      const QString &acceptText)
{
    if (confirmHook)
        return confirmHook({title, text, {}, {}, false, acceptText});
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

std::optional<QString> Prompts::text(QWidget *parent, const QString &title, const QString &label,
                                     const QString &initial)
{
    if (textHook)
        return textHook({title, label, {}, initial, false});
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<QString> Prompts::passphrase(QWidget *parent, const QString &title,
                                           const QString &label)
{
    if (textHook)
        return textHook({title, label, {}, {}, true});
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<int> Prompts::choose(QWidget *parent, const QString &title, const QString &label,
                                   const QStringList &items, int current)
{
    if (choiceHook)
        return choiceHook({title, label, items, items.value(current), false});
    bool ok = false;
    const QString value = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    if (!ok)
        return std::nullopt;
    const auto index = items.indexOf(value);
    if (index < 0)
        return std::nullopt;
    return int(index);
}

QStringList Prompts::openFiles(QWidget *parent, const QString &title, const QString &filter)
{
    if (openFilesHook)
        return openFilesHook({title, {}, {filter}, {}, false});
    return QFileDialog::getOpenFileNames(parent, title, {}, filter);
}

QString Prompts::saveFile(QWidget *parent, const QString &title, const QString &suggested,
                          const QString &filter)
{
    if (saveFileHook)
        return saveFileHook({title, {}, {filter}, suggested, false}).value(0);
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void Prompts::message(QWidget *parent, const QString &title, const QString &text, bool error)
{
    if (messageHook) {
        messageHook({title, text, {error ? u"error"_s : u"information"_s}, {}, false});
        return;
    }
    QMessageBox box(error ? QMessageBox::Warning : QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.exec();
}

} // namespace dwb::gui
