// The login test page of a build without QtWebEngine: the system browser
// (played here by a real network client, the URL caught from
// QDesktopServices) and a loopback listener for the callback.
#include "support/GuiFixture.h"
#include "support/SandboxHelpers.h"
#include "support/TestSession.h"
#include "support/WizardDriver.h"

#include "core/setup/SecretStore.h"

#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace fss;
using namespace fss::test;

class TestLoginTestLoopback : public QObject, public GuiFixture
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QUrl m_opened;

public slots:
    // Stands in for the system browser.
    void openUrl(const QUrl &url) { m_opened = url; }

private slots:
    void initTestCase()
    {
        FSS_REQUIRE_SESSION("keyring");
        useSandboxKeychain();
        QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
        QVERIFY(startSandbox());
    }

    void loginThroughTheSystemBrowser()
    {
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        d.typeProfile(QStringLiteral("loopback"));
        d.walkOn(Step::TestLogin);
        auto status = w.currentPage()->findChild<QLabel *>(QStringLiteral("loginStatus"));
        QTest::mouseClick(w.currentPage()->findChild<QPushButton *>(QStringLiteral("startLogin")), Qt::LeftButton);
        QTRY_VERIFY(m_opened.isValid());
        QCOMPARE(m_opened.path(), QStringLiteral("/open-apis/authen/v1/authorize"));

        // The page names the extra redirect URL; the operator registers it.
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/callback")).match(status->text());
        QVERIFY2(m.hasMatch(), qPrintable(status->text()));
        const QString callback = m.captured(0);
        app().redirectUrls.append(callback);

        // A forged callback is refused and the listener keeps waiting.
        QCOMPARE(fetch(m_nam, QNetworkRequest(QUrl(callback + QStringLiteral("?code=x&state=forged")))).status, 400);
        QVERIFY(!w.currentPage()->findChild<QTreeWidget *>(QStringLiteral("loginFields"))->isVisible());

        // The browser signs in and follows the redirect to the listener.
        const PageAnswer login = submitLogin(m_nam, m_opened, app().users.first().openId);
        QCOMPARE(login.status, 302);
        QVERIFY(login.location.toString().startsWith(callback));
        QCOMPARE(fetch(m_nam, QNetworkRequest(login.location)).status, 200);
        auto fields = w.currentPage()->findChild<QTreeWidget *>(QStringLiteral("loginFields"));
        QTRY_VERIFY_WITH_TIMEOUT(fields->isVisible(), 20000);
        QVERIFY(fields->findItems(app().users.first().openId, Qt::MatchExactly, 1).size() == 1);

        // One callback only: the port is closed afterwards.
        QTcpSocket again;
        again.connectToHost(QHostAddress::LocalHost, quint16(m.captured(1).toUInt()));
        QVERIFY(!again.waitForConnected(2000));
    }

    // Through GenAuth without an embedded browser: this computer listens on
    // the application's loopback callback for the final redirect.
    void endToEndThroughGenAuth()
    {
        connectGenAuth(*m_sandbox);
        m_opened.clear();
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        d.typeProfile(QStringLiteral("loopback-genauth"));
        d.walkOn(Step::TestLogin);
        QTest::mouseClick(w.currentPage()->findChild<QRadioButton *>(QStringLiteral("throughGenAuth")), Qt::LeftButton);
        QTest::mouseClick(w.currentPage()->findChild<QPushButton *>(QStringLiteral("startLogin")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_opened.isValid(), 20000);
        QCOMPARE(m_opened.path(), QStringLiteral("/oidc/auth"));
        QString where;
        const QUrl back = loginThroughGenAuth(m_nam, m_opened, app().users.first().openId, &where);
        QVERIFY2(back.toString().startsWith(QLatin1String(SetupProfile::defaultOidcCallback)), qPrintable(where + back.toString()));
        QCOMPARE(fetch(m_nam, QNetworkRequest(back)).status, 200);
        auto status = w.currentPage()->findChild<QLabel *>(QStringLiteral("loginStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("whole chain works")), 20000);
        auto fields = w.currentPage()->findChild<QTreeWidget *>(QStringLiteral("loginFields"));
        QVERIFY(fields->findItems(app().users.first().email, Qt::MatchExactly, 1).size() == 1);
    }
};

QTEST_MAIN(TestLoginTestLoopback)
#include "tst_logintest_loopback.moc"
