// The window with the real desktop key store: a private D-Bus session bus
// and gnome-keyring-daemon unlocked with a known password
// (support/KeyStoreSession), the application's own KeychainSecretStore
// (QtKeychain, libsecret), the sandbox's OIDC issuer in process with 6 s
// tokens, the test playing the browser. secret-tool is the outside judge.
//  - File ▸ Sign In… puts the tokens in the key store (nothing in a file
//    under HOME); the background renewals are written back to it;
//  - deleting the context (dwb context delete, on the same settings and key
//    store: the window has no command of its own for it) removes the secret;
//  - a locked keyring: a window opening the context says the key store is
//    locked (not "no saved sign-in") within a bound, and a new sign-in asks
//    where to keep the secret, saying why.
#include "GuiTestUtil.h"

#include "core/cloud/OidcClient.h"
#include "core/config/Context.h"
#include "core/config/DrgConfig.h"
#include "core/config/SecretStore.h"
#include "gui/MainWindow.h"
#include "gui/apps/AppListModel.h"
#include "gui/common/MessageBar.h"
#include "gui/connection/ConnectionBar.h"
#include "gui/login/SignInDialog.h"
#include "sandbox/SandboxServer.h"
#include "support/KeyStoreSession.h"

#include <QAction>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace dwb;
using namespace dwb::gui;
using namespace Qt::StringLiterals;

static constexpr int kTimeout = 20000;
static constexpr qint64 kLockedBoundMs = 10000;
static const QString kService = u"Drogue Workbench"_s; // the application's (KeychainSecretStore's default)

namespace {

// The browser, asynchronous (it runs inside the dialog's modal loop): POST
// the credentials to the authorize URL, follow the 302 to the dialog.
class BrowserPlayer : public QObject {
public:
    QString user, password;
    int landingStatus = 0;

    void play(const QUrl &authorize)
    {
        QNetworkRequest req(authorize);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_nam.post(req, "username=" + QUrl::toPercentEncoding(user)
                                                   + "&password=" + QUrl::toPercentEncoding(password));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
                return;
            QNetworkReply *landing = m_nam.get(QNetworkRequest(QUrl::fromEncoded(reply->rawHeader("Location"))));
            connect(landing, &QNetworkReply::finished, this, [this, landing] {
                landing->deleteLater();
                landingStatus = landing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            });
        });
    }

private:
    QNetworkAccessManager m_nam;
};

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

class TestKeyStoreGui : public QObject {
    Q_OBJECT
    test::KeyStoreSession m_keys;
    QTemporaryDir m_tmp;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QString m_oidcUser, m_oidcPassword;

    void signInThroughWindow(MainWindow &w, const QString &name, BrowserPlayer &player)
    {
        player.user = m_oidcUser;
        player.password = m_oidcPassword;
        whenSignInDialog([&](SignInDialog *d) {
            d->setValues(name, m_server->apiUrl().toString());
            d->setBrowserHook([&player](const QUrl &u) { player.play(u); });
            d->browserButton()->click();
        });
        w.action(u"actionSignIn"_s)->trigger(); // returns when the dialog closes
    }

    // The secret of `key` as secret-tool reads it ("" when there is none).
    QString lookup(const QString &key, int *exitCode = nullptr)
    {
        QByteArray out;
        const int rc = m_keys.secretTool({u"lookup"_s, u"server"_s, kService, u"user"_s, key}, &out);
        if (exitCode)
            *exitCode = rc;
        return QString::fromUtf8(out);
    }

    QString storedAccessToken(const QString &key)
    {
        const auto tokens = parseOidcTokensSecret(lookup(key));
        return tokens ? tokens->accessToken : QString();
    }

    QStringList filesHolding(const QByteArray &needle) const
    {
        QStringList found;
        QDirIterator it(m_keys.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (test::readAll(f).contains(needle))
                found << f;
        }
        return found;
    }

    int dwb(const QStringList &args, QByteArray *err)
    {
        QProcess p;
        p.setProcessEnvironment(m_keys.environment());
        p.start(test::program(u"dwb"_s), args);
        if (!p.waitForFinished(60000))
            return -1;
        *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Before anything in this process reads settings or the key store.
        QVERIFY2(m_keys.start(), qPrintable(m_keys.errorString()));
        m_keys.applyToThisProcess();
        qInfo("private bus %s, gnome-keyring unlocked, HOME %s", qPrintable(m_keys.busAddress()),
              qPrintable(m_keys.home()));

        sandbox::SandboxOptions o;
        o.dataDir = m_tmp.filePath(u"sandbox"_s);
        o.broker = false;
        o.tokenLifetime = 6;
        m_server = std::make_unique<sandbox::SandboxServer>(o);
        const Status st = m_server->start();
        QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        const QJsonObject info = QJsonDocument::fromJson(test::readAll(m_server->infoFile())).object();
        m_oidcUser = info.value(u"oidc"_s).toObject().value(u"username"_s).toString();
        m_oidcPassword = info.value(u"oidc"_s).toObject().value(u"password"_s).toString();
        auto sb = readSandboxInfo(o.dataDir);
        QVERIFY(sb.ok());
        ConnectionSettings cs;
        cs.apiUrl = sb->api;
        cs.credentials = Credentials::accessToken(sb->user, sb->token);
        RegistryClient admin(cs);
        const Status created = await(admin.createApp(Application::create(u"keystore-app"_s)));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    }

    void cleanup() { test::resetPrompts(); }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
        m_keys.stop();
    }

    void signInRenewalAndDeletion()
    {
        ContextStore contexts;
        KeychainSecretStore secrets; // as src/app/main.cpp
        QString first, renewed, refresh;
        {
            MainWindow w(&contexts, &secrets);
            w.resize(1100, 700);
            w.show();
            BrowserPlayer player;
            signInThroughWindow(w, u"lab-gui"_s, player);
            QCOMPARE(player.landingStatus, 200);
            const auto c = contexts.find(u"lab-gui"_s);
            QVERIFY(c);
            QCOMPARE(c->credentialsRef, u"oidc:lab-gui"_s);
            QVERIFY(c->secretStore.isEmpty()); // the key store, not a fallback
            QTRY_COMPARE_WITH_TIMEOUT(w.connectionBar()->state(), ConnectionBar::State::Connected, kTimeout);
            QTRY_VERIFY_WITH_TIMEOUT(w.appModel()->rowOf(u"keystore-app"_s) >= 0, kTimeout);
            QVERIFY(w.oidcClient());

            // In the key store, as secret-tool finds it.
            const QByteArray items = m_keys.searchService(kService);
            qInfo().noquote() << "after sign-in, secret-tool search --all server" << kService << "->\n"
                              << items.trimmed();
            QVERIFY2(items.contains("attribute.user = oidc:lab-gui"), items.constData());
            first = storedAccessToken(u"oidc:lab-gui"_s);
            QVERIFY(!first.isEmpty());
            refresh = parseOidcTokensSecret(lookup(u"oidc:lab-gui"_s))->refreshToken;
            QVERIFY(!refresh.isEmpty());

            // 6 s tokens: each renewal is written back to the key store.
            QElapsedTimer t;
            t.start();
            QTRY_VERIFY_WITH_TIMEOUT(w.oidcClient()->refreshCount() >= 2, kTimeout);
            QTRY_VERIFY_WITH_TIMEOUT(storedAccessToken(u"oidc:lab-gui"_s) == w.oidcClient()->tokens().accessToken,
                                     kTimeout);
            renewed = storedAccessToken(u"oidc:lab-gui"_s);
            qInfo("%d renewals in %lld ms, the key store holds the current access token",
                  w.oidcClient()->refreshCount(), t.elapsed());
            QVERIFY(renewed != first);
            QSignalSpy loaded(&w, &MainWindow::applicationsLoaded);
            w.refresh();
            QVERIFY(loaded.wait(kTimeout));
            QCOMPARE(w.connectionBar()->state(), ConnectionBar::State::Connected);
            w.close();
        }
        // No plain-text copy anywhere under HOME (settings, keyring files, caches).
        for (const QString &secret : {first, renewed, refresh})
            QCOMPARE(filesHolding(secret.toUtf8()), QStringList());

        // Deleting the context removes its secret from the key store.
        QByteArray err;
        QCOMPARE(dwb({u"context"_s, u"delete"_s, u"lab-gui"_s}, &err), 0);
        int rc = 0;
        QCOMPARE(lookup(u"oidc:lab-gui"_s, &rc), QString());
        QCOMPARE(rc, 1);
        const QByteArray items = m_keys.searchService(kService);
        qInfo().noquote() << "after deleting the context, secret-tool search ->" << (items.isEmpty() ? "nothing" : items);
        QVERIFY2(!items.contains("oidc:lab-gui"), items.constData());
    }

    void lockedKeyStore()
    {
        ContextStore contexts;
        {
            KeychainSecretStore secrets;
            MainWindow w(&contexts, &secrets);
            w.show();
            BrowserPlayer player;
            signInThroughWindow(w, u"lab-locked"_s, player);
            QCOMPARE(player.landingStatus, 200);
            QTRY_COMPARE_WITH_TIMEOUT(w.connectionBar()->state(), ConnectionBar::State::Connected, kTimeout);
            w.close();
        }
        QVERIFY(!lookup(u"oidc:lab-locked"_s).isEmpty());
        QVERIFY2(m_keys.lock(), qPrintable(m_keys.errorString()));

        // A window started on the locked key store with the last context, as
        // src/app/main.cpp starts it.
        KeychainSecretStore secrets;
        MainWindow w(&contexts, &secrets);
        w.show();
        QElapsedTimer t;
        t.start();
        w.switchToContext(u"lab-locked"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.connectionBar()->isSignInAgainShown(), kLockedBoundMs);
        const qint64 ms = t.elapsed();
        const QString shown = w.messageBar()->text();
        qInfo().noquote() << "locked key store, after" << ms << "ms the window says:" << shown;
        QVERIFY2(shown.contains(u"key store is locked"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(u"no saved sign-in"_s), qPrintable(shown));
        QVERIFY(ms < kLockedBoundMs);

        // A new sign-in while locked: the window asks where to keep the
        // secret and says why; cancelled, nothing is saved.
        QStringList asked;
        Prompts::choiceHook = [&](const Prompts::Question &q) -> std::optional<int> {
            asked << q.text;
            return std::nullopt;
        };
        BrowserPlayer player;
        signInThroughWindow(w, u"lab-while-locked"_s, player);
        QCOMPARE(asked.size(), 1);
        qInfo().noquote() << "sign-in while locked asks:" << asked.first();
        QVERIFY2(asked.first().contains(u"key store is locked"_s), qPrintable(asked.first()));
        QVERIFY(!contexts.find(u"lab-while-locked"_s));
        QVERIFY2(w.messageBar()->text().contains(u"not saved"_s), qPrintable(w.messageBar()->text()));

        // Unlocked again: the same context connects.
        QVERIFY2(m_keys.unlock(), qPrintable(m_keys.errorString()));
        QVERIFY(w.switchToContext(u"lab-locked"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(w.connectionBar()->state() == ConnectionBar::State::Connected,
                                  qPrintable(w.messageBar()->text()), kTimeout);
        w.close();
    }
};

QTEST_MAIN(TestKeyStoreGui)
#include "test_keystore_gui.moc"
