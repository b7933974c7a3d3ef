// The fuzz targets' bodies (tests/fuzz/fuzz_*.h) in the normal build, without
// clang or libFuzzer: every input of tests/fuzz/regressions/<target>/ (inputs
// that once crashed a target, kept so the bug stays fixed) and of the seed
// corpus tests/fuzz/corpus/<target>/ goes through its target once. A broken
// invariant aborts the test; a crash is a crash. Under ./run sanitize the
// same replay runs with ASan/UBSan/LSan.
#include "fuzz/fuzz_certificate.h"
#include "fuzz/fuzz_cloudevent.h"
#include "fuzz/fuzz_csr.h"
#include "fuzz/fuzz_drgconfig.h"
#include "fuzz/fuzz_endpoints.h"
#include "fuzz/fuzz_import.h"
#include "fuzz/fuzz_registry_answer.h"
#include "fuzz/fuzz_resources.h"
#include "fuzz/fuzz_sandbox_request.h"
#include "core/util/SafeFile.h"
#include "support/TestEnv.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Target = int (*)(const uint8_t *, size_t);

const QList<std::pair<QString, Target>> &targets()
{
    static const QList<std::pair<QString, Target>> list{
        {u"fuzz_certificate"_s, &dwb::fuzz::certificateInput},
        {u"fuzz_cloudevent"_s, &dwb::fuzz::cloudEventInput},
        {u"fuzz_csr"_s, &dwb::fuzz::csrInput},
        {u"fuzz_drgconfig"_s, &dwb::fuzz::drgConfigInput},
        {u"fuzz_endpoints"_s, &dwb::fuzz::endpointsInput},
        {u"fuzz_import"_s, &dwb::fuzz::importInput},
        {u"fuzz_registry_answer"_s, &dwb::fuzz::registryAnswerInput},
        {u"fuzz_resources"_s, &dwb::fuzz::resourcesInput},
        {u"fuzz_sandbox_request"_s, &dwb::fuzz::sandboxRequestInput},
    };
    return list;
}

Target targetNamed(const QString &name)
{
    for (const auto &[n, fn] : targets())
        if (n == name)
            return fn;
    return nullptr;
}

// One row per file of <root>/<target>/.
int addRows(const QString &root)
{
    int rows = 0;
    for (const auto &[name, fn] : targets()) {
        const QDir dir(root + u'/' + name);
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &f : files) {
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(f)) << name << dir.filePath(f);
            ++rows;
        }
    }
    return rows;
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasASeedCorpus()
    {
        for (const auto &[name, fn] : targets()) {
            const QDir dir(dwb::test::sourceDir() + u"/tests/fuzz/corpus/"_s + name);
            QVERIFY2(dir.entryList(QDir::Files).size() >= 5, qPrintable(name));
        }
    }

    void regressions_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        addRows(dwb::test::sourceDir() + u"/tests/fuzz/regressions"_s);
        // No regression yet is fine; the test still checks the corpus below.
    }
    void regressions()
    {
        replay();
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        QVERIFY(addRows(dwb::test::sourceDir() + u"/tests/fuzz/corpus"_s) > 0);
    }
    void corpus()
    {
        replay();
    }

    // The inputs of regressions/fuzz_import/ that ask for 2^31 PBKDF2 rounds
    // (PKCS#8 DER and PEM, a PKCS#12 MAC) or scrypt with p = 30000 kept
    // importData() busy for hours; now they are refused at once, with the
    // passphrase given, and say why.
    void costlyKeyDerivationRefused()
    {
        const QDir dir(dwb::test::sourceDir() + u"/tests/fuzz/regressions/fuzz_import"_s);
        const QStringList files = dir.entryList({u"*iterations*"_s, u"*scrypt*"_s}, QDir::Files);
        QVERIFY(files.size() >= 4);
        for (const QString &f : files) {
            const QByteArray data = dwb::test::readFile(dir.filePath(f)).mid(1); // minus the switch byte
            QElapsedTimer t;
            t.start();
            auto r = dwb::importData(data, dwb::SecretBytes(QByteArrayLiteral("test")));
            QVERIFY2(!r, qPrintable(f));
            QCOMPARE(r.error().code, dwb::ErrorCode::UnsupportedKey);
            QVERIFY2(r.error().message.contains(u"refused"_s), qPrintable(r.error().message));
            QVERIFY2(t.elapsed() < 2000, qPrintable(f));
        }
    }

    // A strong but real count stays importable: openssl's PKCS#8 with
    // 1,000,000 PBKDF2 iterations (the workbench writes 600,000).
    void strongRealCountStillImports()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString key = tmp.filePath(u"k.pem"_s), enc = tmp.filePath(u"k.p8"_s);
        QCOMPARE(dwb::test::openssl({u"genpkey"_s, u"-algorithm"_s, u"ED25519"_s, u"-out"_s, key}), 0);
        QCOMPARE(dwb::test::openssl({u"pkcs8"_s, u"-topk8"_s, u"-in"_s, key, u"-v2"_s, u"aes-256-cbc"_s,
                                     u"-iter"_s, u"1000000"_s, u"-passout"_s, u"pass:test"_s, u"-out"_s, enc}),
                 0);
        auto r = dwb::importPrivateKey(dwb::test::readFile(enc), dwb::SecretBytes(QByteArrayLiteral("test")));
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    }

    // fuzz_sandbox_request ran out of memory on its first saved registry:
    // readWholeFile() allocated its whole limit before reading (1 GiB for
    // Registry::open, 64 MiB for every key file). Now it allocates what it
    // reads: a limit no machine could allocate still reads a small file.
    void readWholeFileAllocatesWhatItReads()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString file = tmp.filePath(u"registry.json"_s);
        const QByteArray content = R"({"version":1,"applications":[]})";
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(content), content.size());
        out.close();
        auto r = dwb::readWholeFile(file, qint64(1) << 42);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(*r, content);
        auto tooLarge = dwb::readWholeFile(file, 8);
        QVERIFY(!tooLarge);
        QVERIFY2(tooLarge.error().message.contains(u"too large"_s), qPrintable(tooLarge.error().message));
    }

private:
    static void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        const Target fn = targetNamed(target);
        QVERIFY(fn);
        const QByteArray data = dwb::test::readFile(file);
        QCOMPARE(fn(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
