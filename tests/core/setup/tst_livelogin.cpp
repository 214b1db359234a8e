// The login test's controller without its page: LiveLogin against the
// session and the sandbox, with this test as the browser. The embedded
// route hands the callback over (isCallback/handleCallback); the system
// browser route listens on loopback. The outcome's rows and findings are
// what the page and the report show, and the session keeps the result.
#include "core/setup/LiveLogin.h"
#include "core/setup/SetupSession.h"
#include "sandbox/Sandbox.h"
#include "support/SandboxHelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace fss;
using namespace fss::test;

// One login attempt, as the page starts it: the URL it opened and the outcome.
struct Attempt
{
    explicit Attempt(SetupSession *session)
        : login(session)
        , opened(&login, &LiveLogin::openUrl)
    {
        QObject::connect(&login, &LiveLogin::finished, &login, [this](const LiveLoginOutcome &o) { outcome = o; });
    }
    // Starts; the login page's address, or an empty URL when none opened.
    QUrl start(LiveLogin::Mode mode, LiveLogin::Route route)
    {
        login.start(mode, route, std::chrono::seconds(30));
        return QTest::qWaitFor([&] { return opened.count() == 1; }, 20000) ? opened.first().first().toUrl() : QUrl();
    }

    LiveLogin login;
    QSignalSpy opened;
    std::optional<LiveLoginOutcome> outcome;
};

class TestLiveLogin : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SetupSession> m_session;
    QNetworkAccessManager m_browser;

    SandboxApp &app() { return m_sandbox->feishu().config().apps.first(); }

    static const LiveLoginRow *row(const LiveLoginOutcome &o, const QString &key)
    {
        for (const LiveLoginRow &r : o.rows) {
            if (r.key == key)
                return &r;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->start());
        m_session = std::make_unique<SetupSession>();
        m_session->usePrefill(m_sandbox->prefill());
    }

    void cleanup()
    {
        m_session.reset();
        m_sandbox.reset();
    }

    void feishuLoginInTheEmbeddedBrowser()
    {
        Attempt a(m_session.get());
        const QUrl authorize = a.start(LiveLogin::Mode::Feishu, LiveLogin::Route::Embedded);
        QCOMPARE(authorize.path(), QStringLiteral("/open-apis/authen/v1/authorize"));
        LiveLogin &login = a.login;
        std::optional<LiveLoginOutcome> &outcome = a.outcome;

        // The person signs in; the browser is sent to the registered redirect URL.
        const SandboxUser &user = app().users.first();
        const PageAnswer answer = submitLogin(m_browser, authorize, user.openId);
        QCOMPARE(answer.status, 302);
        QVERIFY2(login.isCallback(answer.location), qPrintable(answer.location.toString()));
        QVERIFY(!login.isCallback(QUrl(QStringLiteral("https://example.com/elsewhere"))));
        login.handleCallback(answer.location);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY2(outcome->ok(), qPrintable(outcome->error.message));
        QVERIFY(row(*outcome, QStringLiteral("open_id")) && row(*outcome, QStringLiteral("open_id"))->cells.contains(user.openId));
        // The first person to pass: ask for a second one (the availability range).
        QVERIFY(outcome->askAnotherPerson);
        // The report masks what is personal.
        QVERIFY(!outcome->report.isEmpty());
        QVERIFY2(!outcome->report.contains(user.email), qPrintable(outcome->report));
        // The session keeps it for the setup report.
        QVERIFY(m_session->report({}).feishuLogin.has_value());
    }

    void aForgedCallbackEndsTheAttemptWithoutLoggingIn()
    {
        Attempt a(m_session.get());
        const QUrl authorize = a.start(LiveLogin::Mode::Feishu, LiveLogin::Route::Embedded);
        QVERIFY(authorize.isValid());
        LiveLogin &login = a.login;
        std::optional<LiveLoginOutcome> &outcome = a.outcome;
        const PageAnswer answer = submitLogin(m_browser, authorize, app().users.first().openId);
        QUrl forged = answer.location;
        QUrlQuery query(forged);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
        forged.setQuery(query);
        login.handleCallback(forged);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY(!outcome->ok());
        QVERIFY(!m_session->report({}).feishuLogin.has_value() || !m_session->report({}).feishuLogin->ok());
    }

    void systemBrowserWaitsOnLoopback()
    {
        Attempt a(m_session.get());
        const QUrl authorize = a.start(LiveLogin::Mode::Feishu, LiveLogin::Route::SystemBrowser);
        QVERIFY(authorize.isValid());
        std::optional<LiveLoginOutcome> &outcome = a.outcome;
        const QString callback = a.login.loopbackRedirectUri();
        QVERIFY2(callback.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(callback));
        app().redirectUrls.append(callback); // the operator registers it, as the page says
        const PageAnswer answer = submitLogin(m_browser, authorize, app().users.first().openId);
        QCOMPARE(answer.status, 302);
        QVERIFY(answer.location.toString().startsWith(callback));
        QCOMPARE(fetch(m_browser, QNetworkRequest(answer.location)).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY2(outcome->ok(), qPrintable(outcome->error.message));
    }

    void endToEndThroughGenAuthTwiceIsTheSameUser()
    {
        connectGenAuth(*m_sandbox, m_session->profile().identifier);
        LiveLogin login(m_session.get());
        const auto run = [&]() -> std::optional<LiveLoginOutcome> {
            QSignalSpy opened(&login, &LiveLogin::openUrl);
            std::optional<LiveLoginOutcome> outcome;
            const auto c = connect(&login, &LiveLogin::finished, this, [&](const LiveLoginOutcome &o) { outcome = o; });
            login.start(LiveLogin::Mode::GenAuth, LiveLogin::Route::Embedded, std::chrono::seconds(30));
            if (!QTest::qWaitFor([&] { return opened.count() == 1; }, 20000))
                return std::nullopt;
            QString where;
            const QUrl back = loginThroughGenAuth(m_browser, opened.first().first().toUrl(), app().users.first().openId, &where);
            if (!login.isCallback(back)) {
                qWarning() << "no callback:" << where;
                return std::nullopt;
            }
            login.handleCallback(back);
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
                return std::nullopt;
            disconnect(c);
            return outcome;
        };
        const auto sameUser = [](const LiveLoginOutcome &o) -> const LoginFinding * {
            for (const LoginFinding &f : o.findings) {
                if (f.key == QLatin1String("same-user"))
                    return &f;
            }
            return nullptr;
        };
        const std::optional<LiveLoginOutcome> first = run();
        QVERIFY(first);
        QVERIFY2(first->ok(), qPrintable(first->error.message));
        QVERIFY(!first->issuer.isEmpty());
        QVERIFY(m_session->report({}).genAuthLogin.has_value());
        // The first run asks for a second; the second says it is the same user.
        QVERIFY(sameUser(*first) && !sameUser(*first)->problem);
        QVERIFY2(sameUser(*first)->text.contains(QLatin1String("again")), qPrintable(sameUser(*first)->text));
        const std::optional<LiveLoginOutcome> second = run();
        QVERIFY(second && second->ok());
        QVERIFY(sameUser(*second) && !sameUser(*second)->problem);
        QVERIFY2(sameUser(*second)->text.contains(QLatin1String("same user")), qPrintable(sameUser(*second)->text));
    }

    void aSystemBrowserNeedsALoopbackCallback()
    {
        m_session->setField(Field::OidcCallback, QStringLiteral("https://app.example.com/callback"));
        LiveLogin login(m_session.get());
        QSignalSpy opened(&login, &LiveLogin::openUrl);
        QSignalSpy failed(&login, &LiveLogin::failedToStart);
        login.start(LiveLogin::Mode::GenAuth, LiveLogin::Route::SystemBrowser, std::chrono::seconds(30));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("127.0.0.1")));
        QCOMPARE(opened.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLiveLogin)
#include "tst_livelogin.moc"
