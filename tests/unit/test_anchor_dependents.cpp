// The one rule for a device's current certificate (CurrentCertificates.h)
// and for the devices that still depend on an anchor (AnchorDependents.h),
// on a real ledger file: the newest record of (context, application,
// device) that no record replaces; dependents are current, unexpired and
// issued by the anchor (fingerprint compared without regard to case), in
// the context or offline; the message names the first 20 and "and N more".
#include "core/ledger/AnchorDependents.h"
#include "core/ledger/CurrentCertificates.h"
#include "core/ledger/Ledger.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dwb;

class TestAnchorDependents : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();

    qint64 add(const QString &context, const QString &device, const QString &anchor, int daysLeft,
               qint64 replaces = 0, const QString &app = u"lab"_s)
    {
        static int serial = 0;
        LedgerRecord r;
        r.context = context;
        r.application = app;
        r.device = device;
        r.serial = QString::number(++serial);
        r.subject = u"CN=%1, O=Drogue IoT, OU=%2"_s.arg(device, app);
        r.fingerprint = u"FP:%1"_s.arg(serial);
        r.keyAlgorithm = u"ed25519"_s;
        r.notAfter = m_now.addDays(daysLeft);
        r.notBefore = r.notAfter.addDays(-365);
        r.anchorFingerprint = anchor;
        r.source = replaces ? u"renew"_s : u"batch"_s;
        r.replaces = replaces;
        auto id = m_ledger->add(r);
        return id ? *id : -1;
    }

    static QStringList names(const Result<QList<LedgerRecord>> &records)
    {
        QStringList out;
        if (records)
            for (const LedgerRecord &r : *records)
                out << r.device;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto l = Ledger::open(m_dir.filePath(u"ledger.sqlite"_s));
        QVERIFY(l.ok());
        m_ledger = std::move(*l);
    }

    void currentAndDependents()
    {
        const qint64 d1 = add(u"sb"_s, u"d1"_s, u"AA:01"_s, 300);
        add(u"sb"_s, u"d1"_s, u"BB:02"_s, 365, d1);   // renewed under B
        add(u"sb"_s, u"d2"_s, u"AA:01"_s, 300);        // still on A
        add(u"sb"_s, u"d3"_s, u"AA:01"_s, -1);         // on A, expired
        add(u"sb"_s, u"d4"_s, u"AA:01"_s, 100);
        add(u"sb"_s, u"d4"_s, u"BB:02"_s, 365);        // enrolled again (newer, not a renewal)
        add({}, u"off-1"_s, u"AA:01"_s, 50);           // offline, on A
        add(u"other"_s, u"x1"_s, u"AA:01"_s, 50);      // another context
        add(u"sb"_s, u"y1"_s, u"AA:01"_s, 50, 0, u"other-app"_s);

        auto current = currentDeviceRecords(*m_ledger, u"sb"_s, u"lab"_s);
        QVERIFY(current.ok());
        QCOMPARE(names(current), (QStringList{u"d1"_s, u"d2"_s, u"d3"_s, u"d4"_s}));
        for (const LedgerRecord &r : *current)
            if (r.device == u"d1"_s || r.device == u"d4"_s)
                QCOMPARE(r.anchorFingerprint, u"BB:02"_s);
        QCOMPARE(names(currentDeviceRecords(*m_ledger, {}, u"lab"_s)), QStringList{u"off-1"_s});

        QCOMPARE(names(anchorDependents(*m_ledger, u"sb"_s, u"lab"_s, u"aa:01"_s, m_now)),
                 (QStringList{u"d2"_s, u"off-1"_s}));
        QCOMPARE(names(anchorDependents(*m_ledger, u"sb"_s, u"lab"_s, u"BB:02"_s, m_now)),
                 (QStringList{u"d1"_s, u"d4"_s}));
        QCOMPARE(names(anchorDependents(*m_ledger, {}, u"lab"_s, u"AA:01"_s, m_now)), QStringList{u"off-1"_s});
        QVERIFY(names(anchorDependents(*m_ledger, u"sb"_s, u"lab"_s, u"CC:03"_s, m_now)).isEmpty());
        // d2 expires in 300 days: a year from now it no longer counts
        QCOMPARE(names(anchorDependents(*m_ledger, u"sb"_s, u"lab"_s, u"AA:01"_s, m_now.addDays(301))),
                 QStringList{});
    }

    void description()
    {
        QList<LedgerRecord> many;
        for (int i = 0; i < 23; ++i) {
            LedgerRecord r;
            r.device = u"dev-%1"_s.arg(i, 2, 10, QChar(u'0'));
            many << r;
        }
        const QString text = describeDependents(many);
        QVERIFY2(text.startsWith(u"dev-00, dev-01, "_s), qPrintable(text));
        QVERIFY2(text.contains(u"dev-19"_s) && !text.contains(u"dev-20"_s), qPrintable(text));
        QVERIFY2(text.endsWith(u" and 3 more"_s), qPrintable(text));
        QCOMPARE(describeDependents(many.mid(0, 2)), u"dev-00, dev-01"_s);
    }
};

QTEST_GUILESS_MAIN(TestAnchorDependents)
#include "test_anchor_dependents.moc"
