// The certificate inspector on its own: PEM bundles, PKCS#12 passphrase
// prompts (wrong → asked again; cancel → listed as not opened), key to
// certificate matching, copy of a field and export checked with openssl.
#include "GuiTestUtil.h"

#include "gui/common/Icons.h"
#include "gui/inspector/InspectorHost.h"
#include "gui/inspector/InspectorWidget.h"

#include <QJsonArray>

#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

// The window around the inspector: one application (its anchors as the
// server reports them in status) and its devices.
class FakeHost : public InspectorHost {
public:
    std::optional<Application> app;
    std::optional<QList<Device>> devices;
    void setApp(const QString &name, const QByteArray &anchorPem, const QString &anchorSubject)
    {
        Application a = Application::create(name);
        a.addTrustAnchor(anchorPem);
        QJsonObject status;
        status.insert(u"trustAnchors"_s,
                      QJsonObject{{u"anchors"_s,
                                   QJsonArray{QJsonObject{
                                       {u"valid"_s, QJsonObject{{u"subject"_s, anchorSubject},
                                                                {u"certificate"_s,
                                                                 QString::fromLatin1(anchorPem.toBase64())}}}}}}});
        a.json().insert(u"status"_s, status);
        app = a;
    }
    std::optional<Application> selectedApplication() const override { return app; }
    std::optional<QList<Device>> loadedDevices(const QString &name) const override
    {
        return app && app->name() == name ? devices : std::nullopt;
    }
    RegistryClient *registryClient() const override { return nullptr; }
    void deviceUpdated(const Device &) override {}
    void showMessage(MessageBar::Kind, const QString &) override {}
};

class TestInspector : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!test::openssl().isEmpty(), "openssl command line not found");
        QString e = test::makeCa(m_dir.path(), u"ca"_s, u"inspector-app"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::makeLeaf(m_dir.path(), u"leaf"_s, u"device-1"_s, u"inspector-app"_s, u"ca"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::runOpenssl({u"pkcs12"_s, u"-export"_s, u"-inkey"_s, u"leaf.key"_s, u"-in"_s, u"leaf.pem"_s,
                              u"-certfile"_s, u"ca.pem"_s, u"-out"_s, u"leaf.p12"_s, u"-passout"_s,
                              u"pass:right-one"_s},
                             m_dir.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::runOpenssl({u"pkcs8"_s, u"-topk8"_s, u"-in"_s, u"leaf.key"_s, u"-out"_s, u"leaf-enc.key"_s,
                              u"-passout"_s, u"pass:secret"_s, u"-v2"_s, u"aes-256-cbc"_s},
                             m_dir.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void cleanup() { test::resetPrompts(); }

    void pemBundleListsEveryCertificate()
    {
        InspectorWidget w;
        QVERIFY(test::writeAll(path(u"bundle.pem"_s),
                               test::readAll(path(u"leaf.pem"_s)) + test::readAll(path(u"ca.pem"_s))));
        w.addFiles({path(u"bundle.pem"_s)});
        QCOMPARE(w.sourceCount(), 1);
        QCOMPARE(w.certificateCount(), 2);
        const QStringList subjects = test::fieldValues(w.tree(), u"subject"_s);
        QVERIFY2(subjects.contains(u"CN=device-1, O=Drogue IoT, OU=inspector-app"_s), qPrintable(subjects.join(u'|')));
        QVERIFY(subjects.contains(u"CN=inspector-app, O=Drogue IoT, OU=Cloud"_s));
        // RFC 4514 is the reversed, escaped form.
        QVERIFY(test::fieldValues(w.tree(), u"subjectRfc4514"_s).contains(u"OU=inspector-app,O=Drogue IoT,CN=device-1"_s));
        // No application at hand: the verdict covers the certificate's form
        // only, and the device certificate's form is acceptable.
        const auto verdicts = test::fieldValues(w.tree(), u"verdict"_s);
        QVERIFY2(verdicts.contains(u"form acceptable (the certificate's form only: no application selected)"_s),
                 qPrintable(verdicts.join(u'|')));
        QCOMPARE(w.tree()->topLevelItem(0)->text(0), u"bundle.pem"_s);
    }

    void fingerprintIsCopyableAndMatchesOpenssl()
    {
        InspectorWidget w;
        w.addFiles({path(u"leaf.pem"_s)});
        QByteArray out;
        QCOMPARE(test::run(test::openssl(), {u"x509"_s, u"-in"_s, path(u"leaf.pem"_s), u"-noout"_s,
                                             u"-fingerprint"_s, u"-sha256"_s}, &out),
                 0);
        const QString expected = QString::fromLatin1(out.trimmed()).section(u'=', 1);
        const auto items = test::fieldsWithKey(w.tree(), u"sha256"_s);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first()->text(1), expected);
        w.tree()->setCurrentItem(items.first());
        w.copyAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }

    void wrongPkcs12PassphraseAsksAgain()
    {
        InspectorWidget w;
        QStringList asked;
        Prompts::textHook = [&](const Prompts::Question &q) -> std::optional<QString> {
            asked << q.text;
            if (!q.secret)
                return std::nullopt;
            return asked.size() == 1 ? u"not-it"_s : u"right-one"_s;
        };
        w.addFiles({path(u"leaf.p12"_s)});
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.at(1).contains(u"wrong"_s), qPrintable(asked.at(1)));
        QCOMPARE(w.certificateCount(), 2); // leaf + CA from -certfile
        // The key is listed with its type and matched to the leaf.
        QVERIFY(test::fieldValues(w.tree(), u"type"_s).contains(u"EC P-256"_s));
        const auto matches = test::fieldValues(w.tree(), u"matches"_s);
        QCOMPARE(matches.size(), 1);
        QVERIFY2(matches.first().contains(u"CN=device-1"_s), qPrintable(matches.first()));
    }

    // The GUI's import path opens a PKCS#12 file as Windows and OpenSSL 1.x
    // write it (RC2-40 certificates, 3DES key, SHA-1 MAC) with one prompt.
    void legacyPkcs12OpensWithItsPassphrase()
    {
        const QString e = test::runOpenssl({u"pkcs12"_s, u"-export"_s, u"-legacy"_s, u"-inkey"_s, u"leaf.key"_s, u"-in"_s,
                                            u"leaf.pem"_s, u"-certfile"_s, u"ca.pem"_s, u"-out"_s, u"legacy.p12"_s,
                                            u"-passout"_s, u"pass:right-one"_s},
                                           m_dir.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
        InspectorWidget w;
        int prompts = 0;
        Prompts::textHook = [&](const Prompts::Question &q) -> std::optional<QString> {
            ++prompts;
            return q.secret ? std::optional<QString>(u"right-one"_s) : std::nullopt;
        };
        w.addFiles({path(u"legacy.p12"_s)});
        QCOMPARE(prompts, 1);
        QVERIFY2(!w.tree()->topLevelItem(0)->text(1).contains(u"not opened"_s),
                 qPrintable(w.tree()->topLevelItem(0)->text(1)));
        QCOMPARE(w.certificateCount(), 2);
        QVERIFY(test::fieldValues(w.tree(), u"type"_s).contains(u"EC P-256"_s));
    }

    void cancelledPassphraseListsTheFileAsNotOpened()
    {
        InspectorWidget w;
        int prompts = 0;
        Prompts::textHook = [&](const Prompts::Question &) -> std::optional<QString> {
            ++prompts;
            return std::nullopt;
        };
        w.addFiles({path(u"leaf-enc.key"_s)});
        QCOMPARE(prompts, 1);
        QCOMPARE(w.sourceCount(), 1);
        QCOMPARE(w.certificateCount(), 0);
        QVERIFY2(w.tree()->topLevelItem(0)->text(1).contains(u"not opened: passphrase needed"_s),
                 qPrintable(w.tree()->topLevelItem(0)->text(1)));
    }

    void encryptedKeyOpensWithItsPassphrase()
    {
        InspectorWidget w;
        Prompts::textHook = [](const Prompts::Question &) -> std::optional<QString> { return u"secret"_s; };
        w.addFiles({path(u"leaf-enc.key"_s)});
        QVERIFY(test::fieldValues(w.tree(), u"type"_s).contains(u"EC P-256"_s));
        QVERIFY(test::fieldValues(w.tree(), u"bits"_s).join(u' ').contains(u"256"_s));
    }

    void validityIsMarked_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("marker");
        QTest::newRow("expired") << u"20200101000000Z"_s << u"20210101000000Z"_s << u"EXPIRED"_s;
        QTest::newRow("not yet valid") << u"20990101000000Z"_s << u"20991231000000Z"_s << u"NOT YET VALID"_s;
    }
    void validityIsMarked()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, marker);
        // `openssl ca` can set any validity period: a self-signed certificate with it.
        QTemporaryDir ca;
        QVERIFY(test::writeAll(ca.filePath(u"ca.cnf"_s),
                               "[ca]\ndefault_ca=d\n[d]\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\n"
                               "default_md=sha256\npolicy=p\n[p]\ncommonName=supplied\n"));
        QVERIFY(test::writeAll(ca.filePath(u"index.txt"_s), {}));
        QVERIFY(test::writeAll(ca.filePath(u"serial"_s), "01\n"));
        QString e = test::runOpenssl({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                      u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, u"k.pem"_s,
                                      u"-out"_s, u"r.csr"_s, u"-subj"_s, u"/CN=old-device"_s},
                                     ca.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::runOpenssl({u"ca"_s, u"-batch"_s, u"-config"_s, u"ca.cnf"_s, u"-selfsign"_s, u"-keyfile"_s,
                              u"k.pem"_s, u"-in"_s, u"r.csr"_s, u"-startdate"_s, start, u"-enddate"_s, end,
                              u"-out"_s, u"c.pem"_s},
                             ca.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
        InspectorWidget w;
        w.addFiles({ca.filePath(u"c.pem"_s)});
        const auto validity = test::fieldsWithKey(w.tree(), u"validity"_s);
        QCOMPARE(validity.size(), 1);
        QVERIFY2(validity.first()->text(1).startsWith(marker), qPrintable(validity.first()->text(1)));
        // Coloured: not the default text colour of a valid certificate (green).
        QVERIFY(validity.first()->foreground(1).color() != QColor(0x2e, 0x8b, 0x47));
        const auto verdict = test::fieldValues(w.tree(), u"verdict"_s);
        QCOMPARE(verdict, QStringList{u"would be refused (the certificate's form only)"_s});
        QCOMPARE(test::fieldValues(w.tree(), u"verdict-validity"_s).size(), 1);
    }

    // The issue: a certificate of a CA that is not the application's anchor
    // was "accepted". With an application selected, the verdict is about it.
    void verdictJudgesTheSelectedApplication()
    {
        QString e = test::makeCa(m_dir.path(), u"stranger-ca"_s, u"inspector-app"_s); // same name, other key
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::makeLeaf(m_dir.path(), u"stranger"_s, u"device-1"_s, u"inspector-app"_s, u"stranger-ca"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        FakeHost host;
        host.setApp(u"inspector-app"_s, test::readAll(path(u"ca.pem"_s)), u"CN=inspector-app, O=Drogue IoT, OU=Cloud"_s);
        InspectorWidget w;
        w.setHost(&host);
        // Devices not loaded yet: not decided, and it says why.
        w.addFiles({path(u"leaf.pem"_s)});
        QCOMPARE(test::fieldValues(w.tree(), u"verdict"_s), QStringList{u"not decided (application inspector-app)"_s});
        QVERIFY(test::fieldValues(w.tree(), u"verdict-device"_s).first().contains(u"not loaded"_s));

        Device dev = Device::create(u"inspector-app"_s, u"device-1"_s);
        dev.setAliases({u"CN=device-1, O=Drogue IoT, OU=inspector-app"_s});
        host.devices = QList<Device>{dev};
        w.refreshVerdicts();
        QCOMPARE(test::fieldValues(w.tree(), u"verdict"_s), QStringList{u"would log in (application inspector-app)"_s});
        QCOMPARE(test::fieldValues(w.tree(), u"verdict-anchor"_s),
                 QStringList{u"Chains to trust anchor #1 of inspector-app (CN=inspector-app, O=Drogue IoT, OU=Cloud)."_s});
        QCOMPARE(test::fieldValues(w.tree(), u"verdict-device"_s),
                 QStringList{u"The subject is an alias of device “device-1”."_s});
        QCOMPARE(test::fieldValues(w.tree(), u"verdict-enabled"_s), QStringList{u"Device “device-1” is enabled."_s});
        for (const QString &key : {u"verdict-validity"_s, u"verdict-key_type"_s, u"verdict-client_auth"_s})
            QCOMPARE(test::fieldsWithKey(w.tree(), key).size(), 1);

        // The stranger: same subject and issuer name, another CA key.
        w.addFiles({path(u"stranger.pem"_s)});
        QStringList verdicts = test::fieldValues(w.tree(), u"verdict"_s);
        QCOMPARE(verdicts.size(), 2);
        QCOMPARE(verdicts.at(1), u"would be refused (application inspector-app)"_s);
        const QString anchorLine = test::fieldValues(w.tree(), u"verdict-anchor"_s).at(1);
        QVERIFY2(anchorLine.startsWith(u"Does not chain to any of the 1 valid trust anchor(s) of inspector-app"_s),
                 qPrintable(anchorLine));
        QVERIFY2(test::fieldValues(w.tree(), u"verdict-summary"_s).at(1).startsWith(
                     u"Would be refused by application inspector-app. Trust anchor: Does not chain"_s),
                 qPrintable(test::fieldValues(w.tree(), u"verdict-summary"_s).at(1)));

        // The device disabled in the window: the verdicts follow.
        dev.setDisabled(true);
        host.devices = QList<Device>{dev};
        w.refreshVerdicts();
        verdicts = test::fieldValues(w.tree(), u"verdict"_s);
        QCOMPARE(verdicts.at(0), u"would be refused (application inspector-app)"_s);
        QCOMPARE(test::fieldValues(w.tree(), u"verdict-enabled"_s).at(0), u"Device “device-1” is disabled."_s);

        // No application selected: the form only again.
        host.app.reset();
        w.refreshVerdicts();
        QCOMPARE(test::fieldValues(w.tree(), u"verdict"_s).at(0),
                 u"form acceptable (the certificate's form only: no application selected)"_s);
        QVERIFY(test::fieldsWithKey(w.tree(), u"verdict-anchor"_s).isEmpty());
    }

    // DSA keys (PKCS#8, plain and encrypted) are private keys too.
    void dsaPrivateKeyIsNamedPrivate()
    {
        QString e = test::runOpenssl({u"genpkey"_s, u"-genparam"_s, u"-algorithm"_s, u"DSA"_s, u"-pkeyopt"_s,
                                      u"dsa_paramgen_bits:1024"_s, u"-out"_s, u"dsa-params.pem"_s},
                                     m_dir.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::runOpenssl({u"genpkey"_s, u"-paramfile"_s, u"dsa-params.pem"_s, u"-out"_s, u"dsa.key"_s}, m_dir.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = test::runOpenssl({u"pkcs8"_s, u"-topk8"_s, u"-in"_s, u"dsa.key"_s, u"-out"_s, u"dsa-enc.key"_s, u"-passout"_s,
                              u"pass:secret"_s, u"-v2"_s, u"aes-256-cbc"_s},
                             m_dir.path());
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QVERIFY(test::readAll(path(u"dsa.key"_s)).startsWith("-----BEGIN PRIVATE KEY-----"));
        Prompts::textHook = [](const Prompts::Question &) -> std::optional<QString> { return u"secret"_s; };
        InspectorWidget w;
        w.addFiles({path(u"dsa.key"_s), path(u"dsa-enc.key"_s)});
        QCOMPARE(w.sourceCount(), 2);
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem *key = w.tree()->topLevelItem(i)->child(0);
            QVERIFY2(key, qPrintable(w.tree()->topLevelItem(i)->text(1)));
            QCOMPARE(key->text(0), u"Private key"_s);
            QCOMPARE(key->text(1), u"DSA"_s);
        }
    }

    void pastedTextIsInspected()
    {
        InspectorWidget w;
        QApplication::clipboard()->setText(QString::fromLatin1(test::readAll(path(u"ca.pem"_s))));
        w.pasteAction()->trigger();
        QCOMPARE(w.sourceCount(), 1);
        QCOMPARE(w.tree()->topLevelItem(0)->text(0), u"Pasted text"_s);
        QCOMPARE(w.certificateCount(), 1);
    }

    void exportsPemAndDerThatOpensslReads()
    {
        InspectorWidget w;
        w.addFiles({path(u"leaf.pem"_s)});
        w.selectObject(0);
        QString target = path(u"exported.der"_s);
        Prompts::saveFileHook = [&](const Prompts::Question &) { return QStringList{target}; };
        w.exportDerAction()->trigger();
        QByteArray out;
        QCOMPARE(test::run(test::openssl(), {u"x509"_s, u"-inform"_s, u"DER"_s, u"-in"_s, target, u"-noout"_s,
                                             u"-subject"_s, u"-nameopt"_s, u"RFC2253"_s}, &out),
                 0);
        QVERIFY2(out.contains("CN=device-1"), out.constData());
        target = path(u"exported.pem"_s);
        w.exportPemAction()->trigger();
        QCOMPARE(test::run(test::openssl(), {u"x509"_s, u"-in"_s, target, u"-noout"_s}, &out), 0);
    }
};

QTEST_MAIN(TestInspector)
#include "test_inspector.moc"
