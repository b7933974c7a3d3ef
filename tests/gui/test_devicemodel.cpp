// The device table model and its filter proxy without a server: the
// certificate-alias detection, filter over name/alias/labels, sorting, and
// 10,000 rows filtered per keystroke well within a frame budget.
#include "gui/devices/DeviceFilterProxy.h"
#include "gui/devices/DeviceTableModel.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static Device makeDevice(int i)
{
    Device d = Device::create(u"fleet"_s, u"device-%1"_s.arg(i, 5, 10, QChar(u'0')));
    d.setLabels({{u"site"_s, u"lab-%1"_s.arg(i % 10)}});
    if (i % 4 == 0)
        d.setAliases({u"CN=device-%1, O=Drogue IoT, OU=fleet"_s.arg(i, 5, 10, QChar(u'0'))});
    else
        d.setAliases({u"serial-%1"_s.arg(i)});
    QJsonObject json = d.json();
    QJsonObject meta = json.value(u"metadata"_s).toObject();
    meta.insert(u"creationTimestamp"_s,
                QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(10000 - i).toString(Qt::ISODate));
    json.insert(u"metadata"_s, meta);
    return Device(json);
}

class TestDeviceModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void certificateAliasDetection_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<bool>("subject");
        QTest::newRow("drogue") << u"CN=device1, O=Drogue IoT, OU=demo-app"_s << true;
        QTest::newRow("cn only") << u"CN=device1"_s << true;
        QTest::newRow("serial") << u"serial-4711"_s << false;
        QTest::newRow("rfc4514 no space") << u"CN=a,O=b"_s << false;
        QTest::newRow("no cn") << u"O=Drogue IoT, OU=x"_s << false;
    }
    void certificateAliasDetection()
    {
        QFETCH(QString, alias);
        QFETCH(bool, subject);
        QCOMPARE(DeviceTableModel::looksLikeSubject(alias), subject);
    }

    void batchesFilterAndSort()
    {
        DeviceTableModel model;
        DeviceFilterProxy proxy(&model);
        proxy.sort(DeviceTableModel::NameColumn);
        model.reset(u"fleet"_s);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QList<Device> all;
        for (int i = 0; i < 10000; ++i)
            all << makeDevice(i);
        for (int i = 0; i < all.size(); i += 2500)
            model.appendDevices(all.mid(i, 2500));
        QCOMPARE(inserted.size(), 4);
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(proxy.rowCount(), 10000);
        QCOMPARE(model.data(model.index(0, DeviceTableModel::CertAliasColumn)).toString(), u"yes"_s);
        QCOMPARE(model.data(model.index(1, DeviceTableModel::CertAliasColumn)).toString(), u"no"_s);

        // Per keystroke: every prefix of the filter, each within budget.
        qint64 worst = 0;
        const QString word = u"device-0012"_s;
        for (int n = 1; n <= word.size(); ++n) {
            QElapsedTimer t;
            t.start();
            proxy.setFilterText(word.left(n));
            worst = std::max(worst, t.elapsed());
        }
        QCOMPARE(proxy.rowCount(), 10); // device-00120 … device-00129
        QVERIFY2(worst < 200, qPrintable(u"slowest keystroke %1 ms"_s.arg(worst)));
        proxy.setFilterText(u"LAB-3"_s); // labels, case-insensitive
        QCOMPARE(proxy.rowCount(), 1000);
        proxy.setFilterText(u"cn=device-0000"_s); // aliases
        QCOMPARE(proxy.rowCount(), 3); // 00000, 00004, 00008
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 10000);

        // Sorting by creation time: the last device was created first.
        proxy.sort(DeviceTableModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, 0)).toString(), u"device-09999"_s);
        proxy.sort(DeviceTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, 0)).toString(), u"device-09999"_s);
        proxy.sort(DeviceTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, 0)).toString(), u"device-00000"_s);

        // Updates and removals keep the proxy in step.
        Device d = model.device(model.rowOf(u"device-00001"_s));
        d.setDisabled(true);
        model.updateDevice(d);
        QCOMPARE(model.data(model.index(model.rowOf(u"device-00001"_s), DeviceTableModel::DisabledColumn)).toString(),
                 u"disabled"_s);
        QVERIFY(model.removeDevice(u"device-00002"_s));
        QCOMPARE(proxy.rowCount(), 9999);
        QCOMPARE(model.rowOf(u"device-00002"_s), -1);
    }
};

QTEST_MAIN(TestDeviceModel)
#include "test_devicemodel.moc"
