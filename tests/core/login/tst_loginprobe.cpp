// The login test's core against the sandbox, with a real network client
// playing the browser: callback recognised, state checked, code exchanged,
// user fields described; and every way it fails.
#include "support/SandboxHelpers.h"

#include "core/login/LoginProbe.h"

#include <QSignalSpy>
#include <QTest>

using namespace fss;
using namespace fss::test;
using namespace std::chrono_literals;

class TestLoginProbe : public QObject
{
    Q_OBJECT

    SandboxFixture m_fixture;
    QNetworkAccessManager m_browser;
    std::unique_ptr<LoginProbe> m_probe;
    const QString redirect = QStringLiteral("https://core.genauth.ai/connection/social/feishu/65a1b2c3d4e5f60718293a4b/callback");

    SandboxApp &app() { return m_fixture.app(); }

    std::optional<LoginResult> waitForResult(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(20000))
            return std::nullopt;
        return spy.first().first().value<LoginResult>();
    }

    // Signs in on the sandbox page as the given user and hands the redirect
    // to the probe, as the browser would.
    std::optional<LoginResult> login(int user = 0, bool cancel = false)
    {
        QSignalSpy finished(m_probe.get(), &LoginProbe::finished);
        const QUrl url = m_probe->start();
        const PageAnswer a = submitLogin(m_browser, url, app().users.value(user).openId, cancel);
        if (a.status != 302 || !m_probe->isCallback(a.location))
            return std::nullopt;
        m_probe->handleCallback(a.location);
        return waitForResult(finished);
    }

    static const LoginField *field(const LoginResult &r, const char *key)
    {
        for (const LoginField &f : r.fields) {
            if (f.key == QLatin1String(key))
                return &f;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { qRegisterMetaType<LoginResult>(); }

    void init()
    {
        QVERIFY(m_fixture.start());
        m_probe = std::make_unique<LoginProbe>(m_fixture.client.get());
        m_probe->setRedirectUri(redirect);
    }

    void cleanup()
    {
        m_probe.reset();
        m_fixture.stop();
    }

    void happyPath()
    {
        const auto r = login();
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        const SandboxUser &u = app().users.first();
        QCOMPARE(field(*r, "open_id")->value, u.openId);
        QCOMPARE(field(*r, "union_id")->value, u.unionId);
        QCOMPARE(field(*r, "email")->value, u.email);
        QCOMPARE(field(*r, "mobile")->value, u.mobile);
        QCOMPARE(field(*r, "user_id")->value, u.userId);
        QVERIFY(field(*r, "email")->scopeGranted);
        // Not one of the seven, not granted: missing, and rightly so.
        QVERIFY(!field(*r, "enterprise_email")->received());
        QVERIFY(!field(*r, "enterprise_email")->suspicious());
    }

    void missingScopeShowsAsMissing()
    {
        app().revoke(QStringLiteral("contact:user.phone:readonly"));
        const auto r = login();
        QVERIFY(r && r->ok());
        QVERIFY(!field(*r, "mobile")->received());
        QVERIFY(!field(*r, "mobile")->scopeGranted);
        QVERIFY(r->redactedReport().contains(QLatin1String("not received (contact:user.phone:readonly not granted)")));
    }

    void grantedButNotDeliveredIsMarked()
    {
        app().grantedScopes.append(QStringLiteral("contact:user.employee:readonly"));
        const auto r = login(1); // Li Si has no enterprise email
        QVERIFY(r && r->ok());
        QVERIFY(field(*r, "enterprise_email")->suspicious());
        QVERIFY(r->redactedReport().contains(QLatin1String("looks granted")));
    }

    void reportIsRedacted()
    {
        const auto r = login();
        QVERIFY(r && r->ok());
        const QString report = r->redactedReport();
        const SandboxUser &u = app().users.first();
        for (const QString &value : {u.email, u.mobile, u.openId, u.unionId, u.userId})
            QVERIFY2(!report.contains(value), qPrintable(value));
        QVERIFY(report.contains(QLatin1String("zha")));
    }

    void userOutsideTheAvailabilityIsRefusedAtTheExchange()
    {
        // Only Zhang San may use the app; Li Si signs in and is refused with
        // 20010, which names step 6 (docs/platforms.md F §4.1).
        app().visibleToAll = false;
        app().visibleUsers = {app().users.first().openId};
        QVERIFY(login(0) && login(0)->ok());
        const auto r = login(1);
        QVERIFY(r);
        QCOMPARE(r->error.code, QStringLiteral("20010"));
        QCOMPARE(int(r->error.step), int(Step::Publish));
        QVERIFY2(r->error.message.contains(QLatin1String("availability")), qPrintable(r->error.message));
    }

    void cancelIsAccessDenied()
    {
        const auto r = login(0, true);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("access_denied"));
    }

    void tamperedStateIsRefusedBeforeAnyExchange()
    {
        QSignalSpy finished(m_probe.get(), &LoginProbe::finished);
        const QUrl url = m_probe->start();
        const PageAnswer a = submitLogin(m_browser, url, app().users.first().openId);
        QUrl forged = a.location;
        QUrlQuery q(forged);
        q.removeAllQueryItems(QStringLiteral("state"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
        forged.setQuery(q);
        m_fixture.sandbox->server().clearRequestLog();
        m_probe->handleCallback(forged);
        const auto r = waitForResult(finished);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("state-mismatch"));
        QVERIFY(r->error.message.contains(QLatin1String("CSRF")));
        QVERIFY(m_fixture.sandbox->server().requestLog().isEmpty());
    }

    void unregisteredRedirectNamesStep4()
    {
        m_probe->setRedirectUri(QStringLiteral("https://core.genauth.ai/connection/social/other/65a1b2c3d4e5f60718293a4b/callback"));
        QSignalSpy finished(m_probe.get(), &LoginProbe::finished);
        const PageAnswer page = fetch(m_browser, QNetworkRequest(m_probe->start()));
        m_probe->handlePageText(QString::fromUtf8(page.body).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
        const auto r = waitForResult(finished);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("20029"));
        QCOMPARE(int(r->error.step), int(Step::RedirectUrl));
        QVERIFY(r->error.message.contains(QLatin1String("/connection/social/other/")));
    }

    void noCallbackTimesOutNamingSteps3And6()
    {
        app().webPage = false;
        m_probe->setTimeout(1s);
        QSignalSpy finished(m_probe.get(), &LoginProbe::finished);
        const PageAnswer page = fetch(m_browser, QNetworkRequest(m_probe->start()));
        QVERIFY(page.body.contains("not available"));
        m_probe->handlePageText(QString::fromUtf8(page.body)); // no code on that page: keep waiting
        QVERIFY(finished.isEmpty());
        const auto r = waitForResult(finished);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("no-callback"));
        QVERIFY(r->error.message.contains(QLatin1String("Step 3")));
        QVERIFY(r->error.message.contains(QLatin1String("Step 6")));
    }

    void reusedCodeFailsTheExchange()
    {
        QSignalSpy finished(m_probe.get(), &LoginProbe::finished);
        const QUrl url = m_probe->start();
        const PageAnswer a = submitLogin(m_browser, url, app().users.first().openId);
        m_probe->handleCallback(a.location);
        QVERIFY(waitForResult(finished)->ok());
        // The same callback again, as a replayed redirect would bring it.
        finished.clear();
        m_probe->start();
        QUrl replay = a.location;
        QUrlQuery q(replay);
        q.removeAllQueryItems(QStringLiteral("state"));
        q.addQueryItem(QStringLiteral("state"), m_probe->state());
        replay.setQuery(q);
        m_probe->handleCallback(replay);
        const auto r = waitForResult(finished);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("20065"));
    }

    void callbackMatching()
    {
        QVERIFY(m_probe->isCallback(QUrl(redirect + QStringLiteral("?code=x&state=y"))));
        QVERIFY(m_probe->isCallback(QUrl(QStringLiteral("https://core.genauth.ai:443/connection/social/feishu/65a1b2c3d4e5f60718293a4b/callback"))));
        QVERIFY(!m_probe->isCallback(QUrl(QStringLiteral("http://core.genauth.ai/connection/social/feishu/65a1b2c3d4e5f60718293a4b/callback"))));
        QVERIFY(!m_probe->isCallback(QUrl(redirect + QStringLiteral("/more"))));
        QVERIFY(!m_probe->isCallback(m_fixture.sandbox->url()));
    }
};

QTEST_GUILESS_MAIN(TestLoginProbe)
#include "tst_loginprobe.moc"
