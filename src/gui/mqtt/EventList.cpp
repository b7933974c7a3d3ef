#include "gui/mqtt/EventList.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

using namespace Qt::StringLiterals;

namespace dwb::gui {

EventList::EventList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"events"_s);
    setHeaderLabels({tr("Time"), tr("Device"), tr("Channel"), tr("Data")});
    setRootIsDecorated(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

std::optional<EventList::Event> EventList::add(const QJsonObject &ev)
{
    const QString key = ev.contains("id"_L1) ? ev.value("id"_L1).toString()
                                             : QString::fromUtf8(QJsonDocument(ev).toJson(QJsonDocument::Compact));
    const int rows = topLevelItemCount();
    for (int i = rows - 1; i >= 0 && i >= rows - 50; --i)
        if (topLevelItem(i)->data(0, Qt::UserRole).toString() == key)
            return std::nullopt;
    Event e{ev.value("source"_L1).toString(), ev.value("subject"_L1).toString(), {}};
    if (ev.contains("data"_L1)) {
        const QJsonValue v = ev.value("data"_L1);
        e.data = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
            : v.isArray()     ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                              : QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    } else {
        e.data = QByteArray::fromBase64(ev.value("data_base64"_L1).toString().toLatin1());
    }
    auto *item = new QTreeWidgetItem(this);
    item->setText(0, QTime::currentTime().toString(u"HH:mm:ss.zzz"_s));
    item->setText(1, e.source.section(u'/', 1));
    item->setText(2, e.subject);
    item->setText(3, QString::fromUtf8(e.data));
    item->setData(0, Qt::UserRole, key);
    scrollToItem(item);
    while (topLevelItemCount() > 500)
        delete takeTopLevelItem(0);
    return e;
}

} // namespace dwb::gui
