// The test panel's list of CloudEvents that arrived on the application's
// integration side: one row per event (time, device, channel, data), the
// newest 500; an event delivered twice (the listener and the verification's
// own subscription, same "id") is shown once.
#pragma once

#include <QTreeWidget>

#include <optional>

class QJsonObject;

namespace dwb::gui {

class EventList : public QTreeWidget {
    Q_OBJECT
public:
    explicit EventList(QWidget *parent = nullptr);

    // What a CloudEvent carries, as the panel reports it.
    struct Event {
        QString source, subject;
        QByteArray data; // "data" as compact JSON, or "data_base64" decoded
    };
    // Adds the event's row; nothing when the same event is among the last 50 rows.
    std::optional<Event> add(const QJsonObject &cloudEvent);
};

} // namespace dwb::gui
