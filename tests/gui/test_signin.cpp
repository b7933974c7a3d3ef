// Sign-in in the GUI against the sandbox's OIDC issuer (in process), with
// the test playing the browser: the dialog's browser hook receives the
// authorize URL, the test posts the sandbox's oidc.username/password (from
// sandbox.json) and follows the redirect to the dialog's loopback handler.
// The dialog ends with a context whose registry calls work with the bearer
// token; a wrong password, a tampered state and a browser that never comes
// back end in errors; without a browser the address is shown in a
// read-only field with Copy and the dialog keeps its width. In the window: sign-in from the connection bar,
// tokens renewed in the background and written back to the key store, a
// refused renewal shown with "Sign In Again" while the window keeps its
// state, the no-key-store choice (this session only / 0600 file after a
// warning), and drg configuration import with its report. With
// DWB_SCREENSHOT_DIR set, the dialog is saved as it opens and with a
// refused access token (docs/screenshots/take-wizards.sh runs this under Xvfb).
#include "GuiTestUtil.h"

#include "core/cloud/OidcClient.h"
#include "core/cloud/RegistryClient.h"
#include "core/config/Context.h"
#include "core/config/DrgConfig.h"
#include "core/config/SecretStore.h"
#include "gui/MainWindow.h"
#include "gui/apps/AppListModel.h"
#include "gui/common/MessageBar.h"
#include "gui/connection/ConnectionBar.h"
#include "gui/login/SecretStores.h"
#include "gui/login/SignInDialog.h"
#include "sandbox/OidcIssuer.h"
#include "sandbox/SandboxServer.h"
#include "support/Sandbox.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUrlQuery>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 20000;

namespace {

// The browser, asynchronous (it also runs inside a modal dialog's loop):
// POST the credentials to the authorize URL, follow the 302 to the loopback
// handler (optionally with a forged state).
class BrowserPlayer : public QObject {
public:
    QString user, password;
    bool forgeState = false;
    QUrl authorizeUrl;
    int formStatus = 0, landingStatus = 0;
    QByteArray formBody;

    void play(const QUrl &authorize)
    {
        authorizeUrl = authorize;
        QNetworkRequest req(authorize);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_nam.post(req, "username=" + QUrl::toPercentEncoding(user)
                                                   + "&password=" + QUrl::toPercentEncoding(password));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            formStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            formBody = reply->readAll();
            if (formStatus != 302)
                return; // the sign-in page again, with its error: the user gives up
            QUrl back = QUrl::fromEncoded(reply->rawHeader("Location"));
            if (forgeState) {
                QUrlQuery q(back);
                q.removeAllQueryItems(u"state"_s);
                q.addQueryItem(u"state"_s, u"forged"_s);
                back.setQuery(q);
            }
            QNetworkReply *landing = m_nam.get(QNetworkRequest(back));
            connect(landing, &QNetworkReply::finished, this, [this, landing] {
                landing->deleteLater();
                landingStatus = landing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            });
        });
    }

private:
    QNetworkAccessManager m_nam;
};

// Runs f on the SignInDialog once it is shown modally (exec()).
void whenSignInDialog(std::function<void(SignInDialog *)> f)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        if (auto *d = qobject_cast<SignInDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            f(d);
        }
    });
    timer->start();
}

} // namespace

class TestSignIn : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<RegistryClient> m_admin;
    QString m_oidcUser, m_oidcPassword;

    void setUpPlayer(BrowserPlayer &p)
    {
        p.user = m_oidcUser;
        p.password = m_oidcPassword;
    }

    QString settingsFile() const { return QSettings(u"Drogue IoT"_s, u"Drogue Workbench"_s).fileName(); }

    // Signs in through the window's File > Sign In… with the browser.
    void signInThroughWindow(MainWindow &w, const QString &name, BrowserPlayer &player)
    {
        whenSignInDialog([&](SignInDialog *d) {
            d->setValues(name, m_server->apiUrl().toString());
            d->setBrowserHook([&player](const QUrl &u) { player.play(u); });
            d->browserButton()->click();
        });
        w.action(u"actionSignIn"_s)->trigger(); // returns when the dialog closes
    }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions o;
        o.dataDir = m_tmp.filePath(u"sandbox"_s);
        o.broker = false;
        o.tokenLifetime = 6;
        m_server = std::make_unique<sandbox::SandboxServer>(o);
        const Status st = m_server->start();
        QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        // The credentials as a user finds them: in sandbox.json.
        const QJsonObject info = QJsonDocument::fromJson(test::readAll(m_server->infoFile())).object();
        m_oidcUser = info.value(u"oidc"_s).toObject().value(u"username"_s).toString();
        m_oidcPassword = info.value(u"oidc"_s).toObject().value(u"password"_s).toString();
        QVERIFY(!m_oidcUser.isEmpty() && !m_oidcPassword.isEmpty());
        auto sb = readSandboxInfo(o.dataDir);
        QVERIFY(sb.ok());
        ConnectionSettings cs;
        cs.apiUrl = sb->api;
        cs.credentials = Credentials::accessToken(sb->user, sb->token);
        m_admin = std::make_unique<RegistryClient>(cs);
        for (const QString &app : {u"signin-app"_s, u"other-app"_s}) {
            const Status created = await(m_admin->createApp(Application::create(app)));
            QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        }
    }

    void cleanup()
    {
        test::resetPrompts();
        QSettings(u"Drogue IoT"_s, u"Drogue Workbench"_s).clear();
    }

    void cleanupTestCase() { m_server->stop(); }

    void dialogSignsInWithTheBrowser()
    {
        SignInDialog d;
        d.setValues(u"lab"_s, m_server->apiUrl().toString());
        BrowserPlayer player;
        setUpPlayer(player);
        d.setBrowserHook([&player](const QUrl &u) { player.play(u); });
        d.show();
        test::saveScreenshot(&d, u"signin-browser"_s);
        QTest::mouseClick(d.browserButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(d.result(), int(QDialog::Accepted), kTimeout);
        const QUrlQuery q(player.authorizeUrl);
        QCOMPARE(q.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(q.queryItemValue(u"client_id"_s), u"drogue"_s);
        QCOMPARE(player.formStatus, 302);
        QCOMPARE(player.landingStatus, 200);
        QCOMPARE(d.mode(), SignInDialog::Mode::Browser);
        const Context c = d.context();
        QCOMPARE(c.name, u"lab"_s);
        QCOMPARE(c.credentialsRef, u"oidc:lab"_s);
        QCOMPARE(c.userId, m_server->user());
        QVERIFY(!d.tokens().refreshToken.isEmpty());
        const auto stored = parseOidcTokensSecret(d.secret());
        QVERIFY(stored);
        QCOMPARE(stored->accessToken, d.tokens().accessToken);

        // Registry calls with the bearer token.
        ConnectionSettings cs;
        cs.apiUrl = m_server->apiUrl();
        cs.credentials = Credentials::bearer(d.tokens().accessToken);
        RegistryClient client(cs);
        auto apps = await(client.listApps());
        QVERIFY2(apps.ok(), test::why(apps));
        QVERIFY(std::any_of(apps->begin(), apps->end(), [](const Application &a) { return a.name() == u"signin-app"_s; }));
    }

    // No web browser: the address (here 2,000+ characters) in a read-only
    // field with Copy; the dialog keeps its width.
    void noBrowserShowsTheAddressToCopy()
    {
        SignInDialog d;
        d.setValues(u"lab"_s, m_server->apiUrl().toString());
        QUrl shown;
        d.setBrowserHook([&d, &shown](const QUrl &authorize) {
            // What the dialog does when QDesktopServices cannot open a browser.
            shown = QUrl(authorize.toString(QUrl::FullyEncoded) + u"&padding="_s + QString(2000, u'x'));
            d.showAddress(shown);
        });
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const int width = d.width();
        const int hint = d.sizeHint().width();
        QVERIFY(!d.addressEdit()->isVisible());
        QTest::mouseClick(d.browserButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d.addressEdit()->isVisible(), kTimeout);
        const QString address = shown.toString(QUrl::FullyEncoded);
        QVERIFY(address.size() > 2000);
        QCOMPARE(d.addressEdit()->text(), address);
        QVERIFY(d.addressEdit()->isReadOnly());
        QVERIFY(d.copyAddressButton()->isVisible() && d.copyAddressButton()->isEnabled());
        QVERIFY2(!d.statusText().contains(u"http"_s), qPrintable(d.statusText())); // not in the wrapped label
        QApplication::processEvents();
        QVERIFY2(d.width() <= std::max(width, hint), qPrintable(u"%1 > %2"_s.arg(d.width()).arg(std::max(width, hint))));
        QVERIFY2(d.sizeHint().width() <= std::max(width, hint), qPrintable(QString::number(d.sizeHint().width())));
        QVERIFY(d.width() <= d.screen()->availableGeometry().width());
        test::saveScreenshot(&d, u"signin-no-browser"_s);

        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(d.copyAddressButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), address);
        QVERIFY(d.statusText().contains(u"copied"_s));
        d.reject();
    }

    void wrongPasswordAndTamperedStateRefused()
    {
        SignInDialog d;
        d.setValues(u"lab"_s, m_server->apiUrl().toString());
        d.setSignInTimeoutMs(1500);
        BrowserPlayer player;
        setUpPlayer(player);
        player.password = u"wrong"_s;
        d.setBrowserHook([&player](const QUrl &u) { player.play(u); });
        d.show();
        d.browserButton()->click();
        // A wrong password: the sign-in page again; the user gives up; the dialog says so.
        QTRY_COMPARE_WITH_TIMEOUT(player.formStatus, 401, kTimeout);
        QVERIFY(player.formBody.contains("Wrong user name or password"));
        QTRY_VERIFY_WITH_TIMEOUT(d.statusText().contains(u"timed out"_s), kTimeout);
        QVERIFY(d.browserButton()->isEnabled());
        QVERIFY(d.isVisible());

        // The right password, a forged state in the answer.
        player.password = m_oidcPassword;
        player.forgeState = true;
        player.landingStatus = 0;
        d.setSignInTimeoutMs(20000);
        d.browserButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(player.landingStatus, 400, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(d.statusText().contains(u"wrong state"_s), kTimeout);
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QVERIFY(d.isVisible());
        QCOMPARE(d.mode(), SignInDialog::Mode::None);
        QVERIFY(d.secret().isEmpty());

        // A refused access token.
        d.setAccessToken(m_server->user(), u"drg_wrong"_s);
        d.tokenButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(d.statusText().contains(u"refused"_s), kTimeout);
        QVERIFY(d.isVisible());
        test::saveScreenshot(&d, u"signin-token-error"_s); // the token field shows bullets
    }

    void windowSignInRenewalAndSignInAgain()
    {
        ContextStore contexts;
        TestSecretStore secrets;
        MainWindow w(&contexts, &secrets);
        w.resize(1100, 700);
        w.show();
        BrowserPlayer player;
        setUpPlayer(player);
        signInThroughWindow(w, u"lab-oidc"_s, player);
        QCOMPARE(player.landingStatus, 200);
        const auto c = contexts.find(u"lab-oidc"_s);
        QVERIFY(c);
        QCOMPARE(c->credentialsRef, u"oidc:lab-oidc"_s);
        QVERIFY(c->secretStore.isEmpty()); // the primary (key) store
        QTRY_COMPARE_WITH_TIMEOUT(w.connectionBar()->state(), ConnectionBar::State::Connected, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(w.appModel()->rowOf(u"signin-app"_s) >= 0, kTimeout);
        QVERIFY(w.oidcClient());
        const QString first = parseOidcTokensSecret(secrets.all().value(u"oidc:lab-oidc"_s))->accessToken;
        QVERIFY(!first.isEmpty());
        QSettings(u"Drogue IoT"_s, u"Drogue Workbench"_s).sync();
        QVERIFY(!test::readAll(settingsFile()).contains(first.toUtf8()));

        // 6 s tokens: renewed in the background, the store follows, calls keep working.
        QVERIFY(w.selectApplication(u"signin-app"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.oidcClient()->refreshCount() >= 2, kTimeout);
        const QString renewed = parseOidcTokensSecret(secrets.all().value(u"oidc:lab-oidc"_s))->accessToken;
        QVERIFY(renewed != first);
        QCOMPARE(renewed, w.oidcClient()->tokens().accessToken);
        QCOMPARE(w.registryClient()->settings().credentials.kind, Credentials::Kind::Bearer);
        QSignalSpy loaded(&w, &MainWindow::applicationsLoaded);
        w.refresh();
        QVERIFY(loaded.wait(kTimeout));
        QCOMPARE(w.connectionBar()->state(), ConnectionBar::State::Connected);
        QVERIFY(!test::readAll(settingsFile()).contains(renewed.toUtf8()));

        // The issuer forgets every session: the next renewal is refused; the
        // window asks to sign in again and keeps what it shows.
        QVERIFY(w.selectApplication(u"signin-app"_s));
        const int rows = w.appModel()->rowCount();
        m_server->oidc()->revokeAll();
        QTRY_VERIFY_WITH_TIMEOUT(w.connectionBar()->isSignInAgainShown(), kTimeout);
        QCOMPARE(w.connectionBar()->state(), ConnectionBar::State::Error);
        QVERIFY2(w.messageBar()->text().contains(u"sign in again"_s), qPrintable(w.messageBar()->text()));
        QCOMPARE(w.appModel()->rowCount(), rows);
        QCOMPARE(w.currentApplicationName(), u"signin-app"_s);

        // "Sign In Again": the browser once more; the same window, renewed tokens.
        BrowserPlayer again;
        setUpPlayer(again);
        whenSignInDialog([&](SignInDialog *d) {
            QVERIFY(d->windowTitle().contains(u"lab-oidc"_s));
            d->setBrowserHook([&again](const QUrl &u) { again.play(u); });
            d->browserButton()->click();
        });
        w.connectionBar()->signInAgainButton()->click();
        QCOMPARE(again.landingStatus, 200);
        QCOMPARE(w.connectionBar()->state(), ConnectionBar::State::Connected);
        QVERIFY(!w.connectionBar()->isSignInAgainShown());
        QCOMPARE(w.currentApplicationName(), u"signin-app"_s);
        QCOMPARE(w.appModel()->rowCount(), rows);
        const QString third = parseOidcTokensSecret(secrets.all().value(u"oidc:lab-oidc"_s))->accessToken;
        QCOMPARE(w.registryClient()->settings().credentials.secret, w.oidcClient()->tokens().accessToken);
        QVERIFY(!third.isEmpty());
        auto apps = await(w.registryClient()->listApps());
        QVERIFY2(apps.ok(), test::why(apps));
        w.close();
    }

    void noKeyStoreChoice()
    {
        ContextStore contexts;
        TestSecretStore secrets;
        secrets.setAvailable(false);
        auto sb = readSandboxInfo(m_tmp.filePath(u"sandbox"_s));
        QVERIFY(sb.ok());

        // "This session only".
        {
            MainWindow w(&contexts, &secrets);
            w.show();
            QStringList asked;
            Prompts::choiceHook = [&](const Prompts::Question &q) -> std::optional<int> {
                asked << q.text;
                return 0;
            };
            whenSignInDialog([&](SignInDialog *d) {
                d->setValues(u"lab-session"_s, m_server->apiUrl().toString());
                d->setAccessToken(sb->user, sb->token);
                d->tokenButton()->click();
            });
            w.action(u"actionSignIn"_s)->trigger();
            QCOMPARE(asked.size(), 1);
            QVERIFY2(asked.first().contains(u"No system key store"_s), qPrintable(asked.first()));
            const auto c = contexts.find(u"lab-session"_s);
            QVERIFY(c);
            QCOMPARE(c->credentialsRef, u"token:lab-session"_s);
            QCOMPARE(c->secretStore, u"session"_s);
            QVERIFY(secrets.all().isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(w.connectionBar()->state(), ConnectionBar::State::Connected, kTimeout);
        }

        // "A file readable only by me", after a warning.
        {
            MainWindow w(&contexts, &secrets);
            const QString file = m_tmp.filePath(u"secrets/secrets.json"_s);
            w.secretStores()->setFilePath(file);
            w.show();
            QStringList warned;
            Prompts::choiceHook = [](const Prompts::Question &) -> std::optional<int> { return 1; };
            Prompts::confirmHook = [&](const Prompts::Question &q) {
                warned << q.text;
                return true;
            };
            whenSignInDialog([&](SignInDialog *d) {
                d->setValues(u"lab-file"_s, m_server->apiUrl().toString());
                d->setAccessToken(sb->user, sb->token);
                d->tokenButton()->click();
            });
            w.action(u"actionSignIn"_s)->trigger();
            QCOMPARE(warned.size(), 1);
            QVERIFY2(warned.first().contains(u"plain text"_s), qPrintable(warned.first()));
            QCOMPARE(contexts.find(u"lab-file"_s)->secretStore, u"file"_s);
            QCOMPARE(test::fileMode(file), 0600);
            QVERIFY(test::readAll(file).contains(sb->token.toUtf8()));
            QTRY_COMPARE_WITH_TIMEOUT(w.connectionBar()->state(), ConnectionBar::State::Connected, kTimeout);
            QSettings(u"Drogue IoT"_s, u"Drogue Workbench"_s).sync();
            QVERIFY(!test::readAll(settingsFile()).contains(sb->token.toUtf8()));
        }
        // The session-only secret is gone with its window: sign in again is offered.
        {
            MainWindow w(&contexts, &secrets);
            w.show();
            QVERIFY(w.switchToContext(u"lab-session"_s));
            QVERIFY(w.connectionBar()->isSignInAgainShown());
        }
    }

    void importDrgFromTheMenu()
    {
        auto sb = readSandboxInfo(m_tmp.filePath(u"sandbox"_s));
        QVERIFY(sb.ok());
        const QString yaml = m_tmp.filePath(u"drg_config.yaml"_s);
        QVERIFY(test::writeFile(yaml, QStringLiteral("active_context: drg-lab\n"
                                                     "contexts:\n"
                                                     "  - name: drg-lab\n"
                                                     "    drogue_cloud_url: %1\n"
                                                     "    default_app: signin-app\n"
                                                     "    default_algo: EdDSA\n"
                                                     "    token:\n"
                                                     "      id: %2\n"
                                                     "      token: %3\n")
                                          .arg(m_server->apiUrl().toString(), sb->user, sb->token)
                                          .toUtf8()));
        ContextStore contexts;
        TestSecretStore secrets;
        {
            // Without a key store, the user declines both choices: contexts only.
            secrets.setAvailable(false);
            MainWindow w(&contexts, &secrets);
            w.show();
            Prompts::openFilesHook = [&](const Prompts::Question &) { return QStringList{yaml}; };
            Prompts::choiceHook = [](const Prompts::Question &) -> std::optional<int> { return std::nullopt; };
            w.action(u"actionImportDrg"_s)->trigger();
            const QString report = w.messageBar()->text();
            QVERIFY2(report.contains(u"drg-lab"_s) && report.contains(u"NOT stored"_s), qPrintable(report));
            QVERIFY2(report.contains(u"Sign In Again"_s), qPrintable(report));
            QVERIFY(contexts.find(u"drg-lab"_s));
            QVERIFY(secrets.all().isEmpty());
        }
        {
            secrets.setAvailable(true);
            MainWindow w(&contexts, &secrets);
            w.show();
            Prompts::openFilesHook = [&](const Prompts::Question &) { return QStringList{yaml}; };
            w.action(u"actionImportDrg"_s)->trigger();
            const QString report = w.messageBar()->text();
            QVERIFY2(report.contains(u"Imported 1 context"_s), qPrintable(report));
            QVERIFY2(report.contains(u"plain text"_s), qPrintable(report)); // drg's file still holds the token
            QVERIFY2(!report.contains(u"NOT stored"_s), qPrintable(report));
            const auto c = contexts.find(u"drg-lab"_s);
            QCOMPARE(c->defaultApp, u"signin-app"_s);
            QCOMPARE(c->defaultAlgorithm, u"ed25519"_s);
            QVERIFY(secrets.all().value(u"token:drg-lab"_s).contains(sb->token));
            QVERIFY(w.switchToContext(u"drg-lab"_s));
            QTRY_COMPARE_WITH_TIMEOUT(w.connectionBar()->state(), ConnectionBar::State::Connected, kTimeout);
            QTRY_COMPARE_WITH_TIMEOUT(w.currentApplicationName(), u"signin-app"_s, kTimeout); // default app
            QSettings(u"Drogue IoT"_s, u"Drogue Workbench"_s).sync();
            QVERIFY(!test::readAll(settingsFile()).contains(sb->token.toUtf8()));
        }
    }
};

int main(int argc, char **argv)
{
    // Settings, secrets files and drg's default path in a temporary home.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toLocal8Bit());
    qputenv("DRGCFG", home.filePath(u"none.yaml"_s).toLocal8Bit());
    QApplication app(argc, argv);
    TestSignIn test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_signin.moc"
