// Every question the GUI asks the user goes through here, so that tests
// can answer it: set a hook (a static std::function) and the dialog is not
// shown; reset it to {} to get the real dialog back.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace dwb::gui {

class Prompts {
public:
    struct Question {
        QString title;
        QString text;
        QStringList items;   // choose()
        QString initial;     // text() / choose()
        bool secret = false; // passphrase
        QString accept = {}; // confirm(): the text of the button that says yes
    };
    using ConfirmHook = std::function<bool(const Question &)>;
    using TextHook = std::function<std::optional<QString>(const Question &)>;
    using ChoiceHook = std::function<std::optional<int>(const Question &)>;
    using FileHook = std::function<QStringList(const Question &)>; // items: name filter

    static inline ConfirmHook confirmHook;
    static inline TextHook textHook;      // also used for passphrases (secret = true)
    static inline ChoiceHook choiceHook;
    static inline FileHook openFilesHook;
    static inline FileHook saveFileHook;
    using MessageHook = std::function<void(const Question &)>; // items: {"error"} or {"information"}
    static inline MessageHook messageHook;

    // A destructive action: "Delete"/"Cancel", Cancel is the default.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &acceptText);
    static std::optional<QString> text(QWidget *parent, const QString &title,
                                       const QString &label, const QString &initial = {});
    static std::optional<QString> passphrase(QWidget *parent, const QString &title,
                                             const QString &label);
    static std::optional<int> choose(QWidget *parent, const QString &title, const QString &label,
                                     const QStringList &items, int current = 0);
    static QStringList openFiles(QWidget *parent, const QString &title, const QString &filter);
    static QString saveFile(QWidget *parent, const QString &title, const QString &suggested,
                            const QString &filter);
    // A result the user must see: an error (warning icon) or information.
    static void message(QWidget *parent, const QString &title, const QString &text, bool error);
};

} // namespace dwb::gui
