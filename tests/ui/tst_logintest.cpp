// The login test page in the real embedded browser (QtWebEngine, offscreen)
// against the sandbox's Feishu login page: the callback is caught whether it
// comes as a 302, a script redirect or a form post, and every failure names its step.
#include "support/GuiFixture.h"
#include "support/SandboxHelpers.h"
#include "sandbox/SandboxDefaults.h"
#include "support/TestSession.h"
#include "support/SandboxWizard.h"
#include "support/WizardDriver.h"

#include "core/setup/SecretStore.h"

#include <QClipboard>
#include <QDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace fss;
using namespace fss::test;

class TestLoginTest : public QObject, public GuiFixture
{
    Q_OBJECT

    std::unique_ptr<SetupWizard> m_wizard;

    template <class T>
    T *child(const char *name)
    {
        return test::child<T>(*m_wizard, name);
    }

    // A wizard in sandbox mode, walked to the login test page; with
    // `genAuthOrigin` as a private GenAuth host.
    void openAtLoginTest(const QString &identifier = {}, const QString &genAuthOrigin = {})
    {
        m_wizard = std::make_unique<SetupWizard>(ProfileStore(m_profiles->path()));
        if (!genAuthOrigin.isEmpty()) {
            m_wizard->setField(QStringLiteral("cloud"), int(Cloud::Custom));
            m_wizard->setField(QStringLiteral("customHost"), genAuthOrigin);
        }
        openSandboxWizard(*m_wizard, identifier);
        WizardDriver d(*m_wizard);
        d.typeProfile(QString::fromLatin1(QTest::currentTestFunction()));
        d.walkOn(Step::TestLogin);
    }

    QWebEnginePage *page() { return m_wizard->currentPage()->findChild<QWebEngineView *>(QStringLiteral("loginView"))->page(); }

    // Starts the test and waits for the sandbox's login page in the browser.
    bool startAndWaitForLoginPage()
    {
        QTest::mouseClick(child<QPushButton>("startLogin"), Qt::LeftButton);
        auto view = m_wizard->currentPage()->findChild<QWebEngineView *>(QStringLiteral("loginView"));
        if (!view)
            return false;
        return QTest::qWaitFor([&] { return view->title().contains(QLatin1String("sign in")); }, 30000);
    }

    void runJs(const QString &script) { page()->runJavaScript(script); }

    QString status() { return child<QLabel>("loginStatus")->text(); }

private slots:
    void initTestCase()
    {
        FSS_REQUIRE_SESSION("keyring");
        useSandboxKeychain();
    }

    void init()
    {
        QVERIFY(startSandbox());
    }

    void cleanup()
    {
        m_wizard.reset();
        stopSandbox();
    }

    void happyPath_data()
    {
        QTest::addColumn<QString>("style");
        QTest::newRow("302 redirect") << "http";
        QTest::newRow("script redirect") << "script";
        QTest::newRow("form post") << "form_post";
    }

    void happyPath()
    {
        QFETCH(QString, style);
        // GenAuth is a private host on this computer here, so that a request
        // to the callback would be seen: none may arrive.
        QTcpServer genAuth;
        QVERIFY(genAuth.listen(QHostAddress::LocalHost));
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(genAuth.serverPort());
        const QString callback = origin + QStringLiteral("/connection/social/feishu/%1/callback").arg(QLatin1String(SandboxDefaults::userPoolId));
        app().redirectUrls = {callback};
        app().redirectStyle = style;
        app().revoke(QStringLiteral("contact:user.phone:readonly"));
        openAtLoginTest({}, origin);
        auto intro = child<QLabel>("loginIntro");
        QVERIFY2(intro->text().contains(callback), qPrintable(intro->text()));
        QVERIFY(startAndWaitForLoginPage());
        runJs(QStringLiteral("document.getElementById('sign-in-0').click()"));
        auto fields = child<QTreeWidget>("loginFields");
        QTRY_VERIFY_WITH_TIMEOUT(fields->isVisible(), 30000);
        QVERIFY2(status().contains(QLatin1String("The login works")), qPrintable(status()));

        const SandboxUser &u = app().users.first();
        QHash<QString, QTreeWidgetItem *> rows;
        for (int i = 0; i < fields->topLevelItemCount(); ++i)
            rows.insert(fields->topLevelItem(i)->data(0, Qt::UserRole).toString(), fields->topLevelItem(i));
        QCOMPARE(rows.value(QStringLiteral("open_id"))->text(1), u.openId);
        QCOMPARE(rows.value(QStringLiteral("email"))->text(1), u.email);
        QCOMPARE(rows.value(QStringLiteral("name"))->text(1), u.name);
        // The scope that is not granted shows as missing.
        QCOMPARE(rows.value(QStringLiteral("mobile"))->text(1), QStringLiteral("—"));
        QVERIFY(rows.value(QStringLiteral("mobile"))->text(3).contains(QLatin1String("missing")));
        // The callback was caught in the browser: nothing reached "GenAuth".
        QVERIFY(!genAuth.waitForNewConnection(500));
        QVERIFY(!genAuth.hasPendingConnections());
        // The report for hand-over names the fields but masks their values.
        QTest::mouseClick(child<QPushButton>("copyReport"), Qt::LeftButton);
        const QString report = QGuiApplication::clipboard()->text();
        QVERIFY2(report.contains(QLatin1String("login test: passed")), qPrintable(report));
        QVERIFY(report.contains(QLatin1String("contact:user.phone:readonly not granted")));
        for (const QString &value : {u.email, u.openId, u.unionId})
            QVERIFY2(!report.contains(value), qPrintable(value));
    }

    void cancelIsAccessDenied()
    {
        openAtLoginTest();
        QVERIFY(startAndWaitForLoginPage());
        runJs(QStringLiteral("document.getElementById('cancel').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QLatin1String("access_denied")), 30000);
    }

    void tamperedStateIsRefused()
    {
        openAtLoginTest();
        QVERIFY(startAndWaitForLoginPage());
        runJs(QStringLiteral("document.querySelector('input[name=state]').value = 'forged';"
                             "document.getElementById('sign-in-0').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QLatin1String("state-mismatch")), 30000);
        QVERIFY(status().contains(QLatin1String("CSRF")));
        QVERIFY(!m_sandbox->server().requestLog().contains(QStringLiteral("POST /open-apis/authen/v2/oauth/token")));
    }

    void unregisteredRedirectNamesStep4()
    {
        openAtLoginTest(QStringLiteral("not-registered"));
        QTest::mouseClick(child<QPushButton>("startLogin"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QLatin1String("20029")), 30000);
        QVERIFY2(status().contains(QLatin1String("Step 4")), qPrintable(status()));
    }

    void unavailableAppTimesOutNamingSteps3And6_data()
    {
        QTest::addColumn<bool>("webPage");
        QTest::newRow("web page disabled") << false;
        QTest::newRow("never released") << true;
    }

    void unavailableAppTimesOutNamingSteps3And6()
    {
        QFETCH(bool, webPage);
        app().webPage = webPage;
        if (webPage)
            app().onlineVersion.clear();
        openAtLoginTest();
        child<QSpinBox>("loginTimeout")->setValue(5);
        QTest::mouseClick(child<QPushButton>("startLogin"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QLatin1String("no-callback")), 30000);
        QVERIFY(status().contains(QLatin1String("Step 3")));
        QVERIFY(status().contains(QLatin1String("Step 6")));
    }

    void signInAsSomeoneElseStartsAfresh()
    {
        openAtLoginTest();
        QVERIFY(startAndWaitForLoginPage());
        QWebEnginePage *before = page();
        QTest::mouseClick(child<QPushButton>("signInAgain"), Qt::LeftButton);
        // A new off-the-record profile, hence a new page, on the login page again.
        auto view = m_wizard->currentPage()->findChild<QWebEngineView *>(QStringLiteral("loginView"));
        QTRY_VERIFY_WITH_TIMEOUT(view && view->title().contains(QLatin1String("sign in")), 30000);
        QVERIFY(page() != before);
        QVERIFY(page()->profile()->isOffTheRecord());
    }

    // The second mode: an OpenID Connect login at the sandbox's GenAuth
    // application, handed over to sandbox Feishu and back, the final
    // redirect caught in the browser and the ID token checked.
    void endToEndThroughGenAuth_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("valid token") << "" << "whole chain works";
        QTest::newRow("bad signature") << "bad-signature" << "id-token-signature";
        QTest::newRow("wrong audience") << "wrong-audience" << "id-token-audience";
        QTest::newRow("expired") << "expired" << "id-token-expired";
        QTest::newRow("nonce mismatch") << "nonce-mismatch" << "id-token-nonce";
    }

    void endToEndThroughGenAuth()
    {
        QFETCH(QString, fault);
        QFETCH(QString, expected);
        connectGenAuth(*m_sandbox);
        m_sandbox->genAuth().config().idTokenFault = fault;
        openAtLoginTest();
        QTest::mouseClick(child<QRadioButton>("throughGenAuth"), Qt::LeftButton);
        QVERIFY(child<QWidget>("genAuthAppHost")->isVisible());
        QTest::mouseClick(child<QPushButton>("startLogin"), Qt::LeftButton);
        auto view = m_wizard->currentPage()->findChild<QWebEngineView *>(QStringLiteral("loginView"));
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->title().startsWith(QLatin1String("GenAuth sandbox")), 30000);
        runJs(QStringLiteral("document.getElementById('social-feishu').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(view->title().startsWith(QLatin1String("Feishu sandbox")), 30000);
        runJs(QStringLiteral("document.getElementById('sign-in-0').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(expected), 30000);
        // The application's callback was caught: nothing listens on it.
        QVERIFY(!m_sandbox->genAuthServer().requestLog().isEmpty());
        auto fields = child<QTreeWidget>("loginFields");
        if (!fault.isEmpty()) {
            QVERIFY(!fields->isVisible()); // no claim of a refused token is shown
            return;
        }
        QVERIFY(fields->isVisible());
        QHash<QString, QString> claims;
        for (int i = 0; i < fields->topLevelItemCount(); ++i)
            claims.insert(fields->topLevelItem(i)->text(0), fields->topLevelItem(i)->text(1));
        QCOMPARE(claims.value(QStringLiteral("email")), app().users.first().email);
        QCOMPARE(claims.value(QStringLiteral("aud")), QLatin1String(GenAuthSandboxConfig::defaultAppId));
        QCOMPARE(claims.value(QStringLiteral("sub")), m_sandbox->genAuth().users().first().id);
        QTest::mouseClick(child<QPushButton>("copyReport"), Qt::LeftButton);
        const QString report = QGuiApplication::clipboard()->text();
        QVERIFY2(report.contains(QLatin1String("through GenAuth: passed")), qPrintable(report));
        QVERIFY(!report.contains(app().users.first().email));
    }

    // The whole promise: from an empty GenAuth user pool, whose
    // application does not even know the login test's callback, to a
    // verified end-to-end login, without the GenAuth console.
    void fromEmptyPoolToEndToEndLogin()
    {
        GenAuthSandboxConfig &pool = m_sandbox->genAuth().config();
        QVERIFY(pool.extIdps.isEmpty());
        pool.apps.first().redirectUris.clear();
        m_wizard = std::make_unique<SetupWizard>(ProfileStore(m_profiles->path()));
        m_wizard->useSandbox(sandboxSettings(*m_sandbox));
        m_wizard->show();
        WizardDriver d(*m_wizard);
        d.typeProfile(QStringLiteral("empty-pool"));
        d.walkOn(Step::Credentials);
        QTest::mouseClick(child<QPushButton>("createInGenAuth"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_wizard->findChild<QDialog *>(QStringLiteral("genAuthApply"))) && dialog->isVisible(), 20000);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendToGenAuth")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(QStringLiteral("applyStatus"))->text().contains(QLatin1String("Changes made in GenAuth: 4.")), 20000);
        dialog->accept();
        QCOMPARE(pool.apps.first().redirectUris, QStringList{QLatin1String(SetupProfile::defaultOidcCallback)});

        d.walkOn(Step::TestLogin);
        QTest::mouseClick(child<QRadioButton>("throughGenAuth"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("startLogin"), Qt::LeftButton);
        auto view = m_wizard->currentPage()->findChild<QWebEngineView *>(QStringLiteral("loginView"));
        QTRY_VERIFY_WITH_TIMEOUT(view && view->title().startsWith(QLatin1String("GenAuth sandbox")), 30000);
        runJs(QStringLiteral("document.getElementById('social-feishu').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(view->title().startsWith(QLatin1String("Feishu sandbox")), 30000);
        runJs(QStringLiteral("document.getElementById('sign-in-0').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QLatin1String("whole chain works")), 30000);

        // And the Summary agrees: every check, Feishu's and GenAuth's, passes.
        d.walkOn(Step::Summary);
        auto verdict = child<QLabel>("checksVerdict");
        QTRY_COMPARE_WITH_TIMEOUT(verdict->text(), QStringLiteral("Every check passed."), 20000);

        // Done testing: the loopback callback comes off the application again.
        auto remove = child<QPushButton>("removeTestCallback");
        QVERIFY(remove->isVisible());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(verdict->text().startsWith(QLatin1String("Removed ")), 20000);
        QVERIFY(pool.apps.first().redirectUris.isEmpty());
        QVERIFY(!remove->isEnabled());
    }
};

QTEST_MAIN(TestLoginTest)
#include "tst_logintest.moc"
