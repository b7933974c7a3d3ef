// SafeFile: modes, refusal to overwrite, no temporary files left, clear I/O
// errors (tests run as root: failures come from impossible paths, not modes).
#include "core/util/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace dwb;
Q_DECLARE_METATYPE(dwb::FolderWriter::Method)

namespace {

mode_t fileMode(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TestSafeFile : public QObject {
    Q_OBJECT
    mode_t m_oldUmask = 022;

private Q_SLOTS:
    void init() { m_oldUmask = ::umask(0077); }
    void cleanup() { ::umask(m_oldUmask); }

    void modes_data()
    {
        QTest::addColumn<bool>("noSync");
        QTest::addColumn<int>("umask");
        QTest::newRow("sync umask 077") << false << 0077;
        QTest::newRow("sync umask 000") << false << 0;
        QTest::newRow("nosync umask 077") << true << 0077;
        QTest::newRow("nosync umask 000") << true << 0;
    }

    void modes()
    {
        QFETCH(bool, noSync);
        QFETCH(int, umask);
        ::umask(mode_t(umask));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = noSync ? &writeFileAtomicallyNoSync : &writeFileAtomically;
        const QString secret = dir.filePath(u"secret.key"_s);
        const QString pub = dir.filePath(u"public.pem"_s);
        QVERIFY(write(secret, "secret", FileMode::Secret, Overwrite::Refuse));
        QVERIFY(write(pub, "public", FileMode::Public, Overwrite::Refuse));
        QCOMPARE(fileMode(secret), mode_t(0600));
        QCOMPARE(fileMode(pub), mode_t(0644));
        QCOMPARE(readFile(secret), QByteArray("secret"));
        QCOMPARE(readFile(pub), QByteArray("public"));
        QCOMPARE(entries(dir.path()), (QStringList{u"public.pem"_s, u"secret.key"_s}));

        // Overwriting keeps the requested mode, even when the old file had another.
        QVERIFY(write(pub, "now secret", FileMode::Secret, Overwrite::Allow));
        QCOMPARE(fileMode(pub), mode_t(0600));
        QVERIFY(::chmod(QFile::encodeName(secret).constData(), 0666) == 0);
        QVERIFY(write(secret, "again", FileMode::Secret, Overwrite::Allow));
        QCOMPARE(fileMode(secret), mode_t(0600));
        QCOMPARE(readFile(secret), QByteArray("again"));
        QCOMPARE(entries(dir.path()).size(), 2);
    }

    // FolderWriter: the same modes for any umask (read once at open, chmod
    // only when it removes bits), no overwrite unless asked, no temporary
    // files left, names only.
    void folderWriter_data()
    {
        using M = FolderWriter::Method;
        QTest::addColumn<int>("umask");
        QTest::addColumn<bool>("sync");
        QTest::addColumn<M>("method");
        for (auto [method, label] : {std::pair{M::Unnamed, "unnamed"}, std::pair{M::UnnamedViaProc, "via /proc"},
                                     std::pair{M::TemporaryName, "temporary name"}}) {
            QTest::addRow("%s, umask 022", label) << 0022 << false << method;
            QTest::addRow("%s, umask 077", label) << 0077 << false << method;
            QTest::addRow("%s, umask 277 (owner write removed)", label) << 0277 << false << method;
            QTest::addRow("%s, umask 000, sync", label) << 0 << true << method;
        }
    }

    void folderWriter()
    {
        QFETCH(int, umask);
        QFETCH(bool, sync);
        QFETCH(FolderWriter::Method, method);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ::umask(mode_t(umask));
        FolderWriter w;
        QVERIFY(!w.isOpen());
        QVERIFY(w.open(dir.path()));
        w.setMethodForTest(method);
        QVERIFY(w.write(u"dev.key"_s, "secret", FileMode::Secret, Overwrite::Refuse, sync));
        QVERIFY(w.write(u"dev.pem"_s, "public", FileMode::Public, Overwrite::Refuse, sync));
        QCOMPARE(fileMode(dir.filePath(u"dev.key"_s)), mode_t(0600));
        QCOMPARE(fileMode(dir.filePath(u"dev.pem"_s)), mode_t(0644));
        QCOMPARE(readFile(dir.filePath(u"dev.key"_s)), QByteArray("secret"));

        auto refused = w.write(u"dev.pem"_s, "other", FileMode::Public, Overwrite::Refuse, sync);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::AlreadyExists);
        QVERIFY2(refused.error().message.contains(dir.filePath(u"dev.pem"_s)), qPrintable(refused.error().message));
        QCOMPARE(readFile(dir.filePath(u"dev.pem"_s)), QByteArray("public"));
        QVERIFY(w.write(u"dev.pem"_s, "now secret", FileMode::Secret, Overwrite::Allow, sync));
        QCOMPARE(fileMode(dir.filePath(u"dev.pem"_s)), mode_t(0600));
        QCOMPARE(readFile(dir.filePath(u"dev.pem"_s)), QByteArray("now secret"));

        auto slash = w.write(u"sub/x.pem"_s, "x", FileMode::Public, Overwrite::Refuse, sync);
        QVERIFY(!slash);
        QCOMPARE(slash.error().code, ErrorCode::InvalidArgument);
        QVERIFY(QDir().mkdir(dir.filePath(u"folder"_s)));
        auto isDir = w.write(u"folder"_s, "x", FileMode::Public, Overwrite::Allow, sync);
        QVERIFY(!isDir);
        QVERIFY2(isDir.error().message.contains(u"folder"_s), qPrintable(isDir.error().message));
        QCOMPARE(entries(dir.path()), (QStringList{u"dev.key"_s, u"dev.pem"_s, u"folder"_s}));
        // The method held (tmpfs and ext4 have O_TMPFILE; the tests run as root).
        QCOMPARE(w.method(), method);
    }

    void folderWriterOnAMissingFolder()
    {
        QTemporaryDir dir;
        FolderWriter w;
        auto st = w.open(dir.filePath(u"missing"_s));
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(dir.filePath(u"missing"_s)), qPrintable(st.error().message));
        auto write = w.write(u"a.pem"_s, "x", FileMode::Public, Overwrite::Refuse, false);
        QVERIFY(!write);
        QVERIFY(!QFile::exists(dir.filePath(u"missing/a.pem"_s)));
    }

    void refusesOverwrite()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath(u"a.pem"_s);
        QVERIFY(writeFileAtomically(f, "first"));
        auto st = writeFileAtomically(f, "second");
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::AlreadyExists);
        QVERIFY2(st.error().message.contains(f), qPrintable(st.error().message));
        QCOMPARE(readFile(f), QByteArray("first"));
        auto st2 = writeFileAtomicallyNoSync(f, "second", FileMode::Secret);
        QVERIFY(!st2);
        QCOMPARE(st2.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(readFile(f), QByteArray("first"));
        QCOMPARE(entries(dir.path()), QStringList{u"a.pem"_s});
        QVERIFY(writeFileAtomically(f, "second", FileMode::Public, Overwrite::Allow));
        QCOMPARE(readFile(f), QByteArray("second"));
        QCOMPARE(entries(dir.path()), QStringList{u"a.pem"_s});
        // A dangling symlink counts as existing, and is not followed.
        const QString link = dir.filePath(u"link.pem"_s);
        QVERIFY(QFile::link(dir.filePath(u"nowhere"_s), link));
        QVERIFY(!writeFileAtomically(link, "x"));
        QVERIFY(!QFile::exists(dir.filePath(u"nowhere"_s)));
    }

    void emptyAndLarge()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(u"empty"_s);
        QVERIFY(writeFileAtomically(empty, QByteArrayView()));
        QCOMPARE(QFileInfo(empty).size(), 0);
        const QByteArray big(3 * 1024 * 1024 + 17, 'x');
        const QString bigFile = dir.filePath(u"big"_s);
        QVERIFY(writeFileAtomically(bigFile, big, FileMode::Secret));
        QCOMPARE(readFile(bigFile), big);
        auto r = readWholeFile(bigFile);
        QVERIFY(r);
        QCOMPARE(*r, big);
    }

    void failingWrites_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("parent is a file") << u"parentfile"_s;
        QTest::newRow("target is a directory") << u"dir"_s;
        QTest::newRow("parent missing") << u"missing"_s;
        QTest::newRow("proc") << u"proc"_s;
    }

    void failingWrites()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString target;
        if (kind == u"parentfile"_s) {
            QVERIFY(writeFileAtomically(dir.filePath(u"plain"_s), "x"));
            target = dir.filePath(u"plain/child.key"_s);
        } else if (kind == u"dir"_s) {
            QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
            target = dir.filePath(u"sub"_s);
        } else if (kind == u"missing"_s) {
            target = dir.filePath(u"no/such/dir/file.key"_s);
        } else {
            target = u"/proc/self/dwb-test-file"_s;
        }
        const QStringList before = entries(dir.path());
        for (Overwrite ow : {Overwrite::Refuse, Overwrite::Allow}) {
            auto st = writeFileAtomically(target, "data", FileMode::Secret, ow);
            QVERIFY(!st);
            if (kind == u"dir"_s && ow == Overwrite::Refuse)
                QCOMPARE(st.error().code, ErrorCode::AlreadyExists);
            else
                QCOMPARE(st.error().code, ErrorCode::Io);
            QVERIFY2(st.error().message.contains(target), qPrintable(st.error().message));
            QCOMPARE(entries(dir.path()), before);
        }
        if (kind == u"dir"_s)
            QVERIFY(QFileInfo(target).isDir());
    }

    void readErrors()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"missing.pem"_s);
        auto r = readWholeFile(missing);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY2(r.error().message.contains(missing), qPrintable(r.error().message));

        const QString f = dir.filePath(u"big.bin"_s);
        QVERIFY(writeFileAtomically(f, QByteArray(2048, 'a')));
        auto tooBig = readWholeFile(f, 1024);
        QVERIFY(!tooBig);
        QVERIFY2(tooBig.error().message.contains(f), qPrintable(tooBig.error().message));
        auto fits = readWholeFile(f, 2048);
        QVERIFY(fits);
        QCOMPARE(fits->size(), 2048);

        auto isDir = readWholeFile(dir.path());
        QVERIFY(!isDir);
        QVERIFY2(isDir.error().message.contains(dir.path()), qPrintable(isDir.error().message));
    }

    // The folders the workbench proposes (keys/, devices/<app>/) on a fresh
    // home: made with their parents, private ones 0700 whatever the umask;
    // a folder that exists keeps its mode.
    void makeFolderCreatesParents()
    {
        QTemporaryDir dir;
        ::umask(0022);
        const QString keys = dir.filePath(u"home/.local/share/Drogue IoT/Drogue Workbench/keys"_s);
        QVERIFY(makeFolder(keys, FolderMode::Private));
        QVERIFY(QFileInfo(keys).isDir());
        QCOMPARE(fileMode(keys), mode_t(0700));
        QCOMPARE(fileMode(dir.filePath(u"home/.local"_s)), mode_t(0700));
        QVERIFY(makeFolder(keys, FolderMode::Private)); // there already: fine

        const QString shared = dir.filePath(u"shared/certs"_s);
        QVERIFY(makeFolder(shared));
        QCOMPARE(fileMode(shared), mode_t(0755));

        ::chmod(QFile::encodeName(shared).constData(), 0750);
        QVERIFY(makeFolder(shared, FolderMode::Private));
        QCOMPARE(fileMode(shared), mode_t(0750)); // an existing folder is not changed

        const QString key = dir.filePath(u"other/keys/ca.key"_s);
        QVERIFY(makeFolderFor(key, FolderMode::Private));
        QCOMPARE(fileMode(dir.filePath(u"other/keys"_s)), mode_t(0700));
        QVERIFY(!QFile::exists(key));
        QVERIFY(writeFileAtomically(key, "k", FileMode::Secret));
    }

    // A file in the way (root can write anywhere else): the message names
    // the folder asked for and the file.
    void makeFolderNamesWhatIsInTheWay()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"a-file"_s);
        QVERIFY(writeFileAtomically(file, "x"));
        const QString wanted = file + u"/keys/app"_s;
        auto st = makeFolder(wanted, FolderMode::Private);
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::Io);
        QVERIFY2(st.error().message.contains(wanted), qPrintable(st.error().message));
        QVERIFY2(st.error().message.contains(u"(%1)"_s.arg(file)), qPrintable(st.error().message));
        QVERIFY(QFileInfo(file).isFile());

        auto self = makeFolder(file);
        QVERIFY(!self);
        QVERIFY2(self.error().message.contains(file), qPrintable(self.error().message));
        QVERIFY(!makeFolder(QString()));

        // Where nothing can be made, even by root.
        auto proc = makeFolderFor(u"/proc/self/no-such-folder/ca.key"_s, FolderMode::Private);
        QVERIFY(!proc);
        QVERIFY2(proc.error().message.contains(u"/proc/self/no-such-folder"_s), qPrintable(proc.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "test_safefile.moc"
