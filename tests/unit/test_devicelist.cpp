// The batch device list: text and CSV forms, every bad line reported at once
// with its line number, and the file name stems (safe, injective).
#include "core/enrollment/DeviceList.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using dwb::DeviceListFormat;
using dwb::parseDeviceList;

class TestDeviceList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textList()
    {
        const QByteArray data = "\xEF\xBB\xBF# devices of lab 2\r\n"
                                "dev-1\r\n"
                                "\r\n"
                                "  dev-2  \n"
                                "CN=sensor 7, O=Drogue IoT\n"
                                "   # indented comment\n"
                                "d\xC3\xA9v\xC3\xAD\xC3\xA7""e\n";
        const auto list = parseDeviceList(data, DeviceListFormat::Auto, u"devices.txt"_s);
        QVERIFY2(list.problems.isEmpty(), qPrintable(dwb::formatProblems(list.problems)));
        QVERIFY(!list.csv);
        QCOMPARE(list.devices.size(), 4);
        QCOMPARE(list.devices.at(0).name, u"dev-1"_s);
        QCOMPARE(list.devices.at(0).line, 2);
        QCOMPARE(list.devices.at(1).name, u"dev-2"_s);
        QCOMPARE(list.devices.at(1).line, 4);
        // A comma in a text list is part of the name (x.509 subjects are names).
        QCOMPARE(list.devices.at(2).name, u"CN=sensor 7, O=Drogue IoT"_s);
        QCOMPARE(list.devices.at(3).name, QString::fromUtf8("d\xC3\xA9v\xC3\xAD\xC3\xA7""e"));
    }

    void csvList()
    {
        const QByteArray data = "# exported from the lab sheet\n"
                                "name,labels,alias\n"
                                "dev-1,site=lab-2;rack=4,\n"
                                "\"CN=dev 2, O=Drogue IoT\",site=lab-3,old-2;older-2\n"
                                "\"quote \"\"q\"\"\",,\n"
                                "dev-4\n";
        const auto list = parseDeviceList(data, DeviceListFormat::Auto, u"devices.txt"_s);
        QVERIFY2(list.problems.isEmpty(), qPrintable(dwb::formatProblems(list.problems)));
        QVERIFY(list.csv);
        QCOMPARE(list.devices.size(), 4);
        QCOMPARE(list.devices.at(0).name, u"dev-1"_s);
        QCOMPARE(list.devices.at(0).line, 3);
        QCOMPARE(list.devices.at(0).labels.value(u"site"_s), u"lab-2"_s);
        QCOMPARE(list.devices.at(0).labels.value(u"rack"_s), u"4"_s);
        QVERIFY(list.devices.at(0).aliases.isEmpty());
        QCOMPARE(list.devices.at(1).name, u"CN=dev 2, O=Drogue IoT"_s);
        QCOMPARE(list.devices.at(1).aliases, (QStringList{u"old-2"_s, u"older-2"_s}));
        QCOMPARE(list.devices.at(2).name, u"quote \"q\""_s);
        QCOMPARE(list.devices.at(3).name, u"dev-4"_s);
        QVERIFY(list.devices.at(3).labels.isEmpty());

        // Column order is free; the .csv extension makes a header-only-name file CSV.
        const auto other = parseDeviceList("alias,name\na1,dev-9\n", DeviceListFormat::Auto, u"x.txt"_s);
        QVERIFY(other.problems.isEmpty());
        QCOMPARE(other.devices.at(0).name, u"dev-9"_s);
        QCOMPARE(other.devices.at(0).aliases, QStringList{u"a1"_s});
        const auto single = parseDeviceList("name\ndev-1\n", DeviceListFormat::Auto, u"list.CSV"_s);
        QVERIFY(single.csv);
        QCOMPARE(single.devices.size(), 1);
    }

    void allProblemsAtOnce()
    {
        const QByteArray data = "name,labels\n"          // 1
                                "dev-1,\n"               // 2
                                ",site=a\n"              // 3 empty name
                                "a/b,\n"                 // 4 slash
                                "dev-1,\n"               // 5 duplicate of 2
                                "dev-5,novalue\n"        // 6 bad label
                                "\"dev-6,\n"             // 7 unclosed quote
                                "dev-7,a=b,extra\n"      // 8 too many fields
                                "dev-8,k=v\n"            // 9 fine
                                + QByteArray(65, 'x') + ",\n"; // 10 too long for a CN
        const auto list = parseDeviceList(data);
        QList<int> lines;
        for (const auto &p : list.problems)
            lines.append(p.line);
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7, 8, 10}));
        QVERIFY(list.problems.at(2).message.contains(u"line 2"_s));
        const QString text = dwb::formatProblems(list.problems, u"l.csv"_s);
        QVERIFY2(text.contains(u"l.csv line 4: "_s), qPrintable(text));
        QCOMPARE(text.count(u'\n'), 6);

        QVERIFY(!parseDeviceList("# nothing\n\n").problems.isEmpty());
        QVERIFY(!parseDeviceList("x,y\n", DeviceListFormat::Csv).problems.isEmpty()); // no name column
    }

    void fileStems()
    {
        QCOMPARE(dwb::deviceFileStem(u"dev-1"_s), u"dev-1"_s);
        QCOMPARE(dwb::deviceFileStem(u"a.b_c"_s), u"a.b_c"_s);
        QCOMPARE(dwb::deviceFileStem(u"CN=a, O=b"_s), u"CN%3Da%2C%20O%3Db"_s);
        QCOMPARE(dwb::deviceFileStem(u".."_s), u"%2E."_s);
        QCOMPARE(dwb::deviceFileStem(u"."_s), u"%2E"_s);
        QCOMPARE(dwb::deviceFileStem(u"50%"_s), u"50%25"_s);
        QCOMPARE(dwb::deviceFileStem(QString::fromUtf8("\xC3\xA9")), u"%C3%A9"_s);

        // Injective on tricky names, and every stem is a plain file name.
        const QStringList names{u"a%2Fb"_s, u"a/b"_s, u"a b"_s, u"a%20b"_s, u".x"_s, u"%2Ex"_s, u"A"_s, u"a"_s,
                                u"x\\y"_s, u"..."_s, u"~"_s, QString(300, u'z'), QString(299, u'z') + u'y',
                                QString(200, u'/') + u'1', QString(200, u'/') + u'2'};
        QSet<QString> stems;
        for (const QString &n : names) {
            const QString s = dwb::deviceFileStem(n);
            QVERIFY2(!stems.contains(s), qPrintable(s));
            stems.insert(s);
            QVERIFY(s.size() <= 160);
            QVERIFY(!s.startsWith(u'.'));
            QVERIFY(!s.contains(u'/'));
            QVERIFY(!s.contains(u' '));
        }

        // The file system agrees: every stem can be created as a file in one folder.
        QTemporaryDir dir;
        for (const QString &s : std::as_const(stems)) {
            QFile f(dir.filePath(s + u".key"_s));
            QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(s));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), stems.size());
    }

    void sampleLists()
    {
        // The sample lists shipped in tests/data/batch parse without problems.
        const QDir dir(dwb::test::dataDir() + u"/batch"_s);
        const QStringList files = dir.entryList({u"*.txt"_s, u"*.csv"_s}, QDir::Files);
        QVERIFY(files.size() >= 2);
        for (const QString &f : files) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto list = parseDeviceList(file.readAll(), DeviceListFormat::Auto, f);
            if (f.startsWith(u"bad"_s)) {
                QVERIFY2(!list.problems.isEmpty(), qPrintable(f));
            } else {
                QVERIFY2(list.problems.isEmpty(), qPrintable(f + u": "_s + dwb::formatProblems(list.problems)));
                QVERIFY(!list.devices.isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDeviceList)
#include "test_devicelist.moc"
