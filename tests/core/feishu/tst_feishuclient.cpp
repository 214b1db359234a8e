// The Feishu client against the sandbox on loopback: every success, every
// error the sandbox can produce, and the transport failures (stall, dropped
// connection, 500, a web page, nobody listening, plain http elsewhere).
#include "support/SandboxHelpers.h"

#include "core/login/Pkce.h"
#include "core/setup/SetupProfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>

using namespace fss;
using namespace fss::test;
using namespace std::chrono_literals;

class TestFeishuClient : public QObject
{
    Q_OBJECT

    SandboxFixture m_fixture;
    std::unique_ptr<Sandbox> &m_sandbox = m_fixture.sandbox;
    std::unique_ptr<ApiTransport> &m_transport = m_fixture.transport;
    std::unique_ptr<FeishuClient> &m_client = m_fixture.client;
    QNetworkAccessManager m_browser;

    SandboxApp &app() { return m_fixture.app(); }
    const QString redirect = QStringLiteral("https://core.genauth.ai/connection/social/feishu/65a1b2c3d4e5f60718293a4b/callback");

    int served(const QString &path) const { return int(m_sandbox->server().requestLog().count(path)); }

    std::optional<ApiResult<QString>> tenantToken()
    {
        return await<QString>([&](auto done) { m_client->tenantAccessToken(this, done); });
    }

    // Logs in as the first test user and returns the code from the callback.
    QString loginCode(const AuthorizeRequest &request)
    {
        const PageAnswer a = submitLogin(m_browser, m_client->authorizeUrl(request), app().users.first().openId);
        if (a.status != 302)
            return {};
        return QUrlQuery(a.location).queryItemValue(QStringLiteral("code"));
    }

private slots:
    void init()
    {
        QVERIFY(m_fixture.start());
        m_transport->setTimeout(1500ms);
        m_transport->setRetryDelay(50ms);
    }

    void cleanup() { m_fixture.stop(); }

    void tenantTokenIsIssuedAndReused()
    {
        auto first = tenantToken();
        QVERIFY(first && first->ok());
        QVERIFY(first->value.startsWith(QLatin1String("t-")));
        auto second = tenantToken();
        QVERIFY(second && second->ok());
        QCOMPARE(second->value, first->value);
        QCOMPARE(served(QStringLiteral("POST /open-apis/auth/v3/tenant_access_token/internal")), 1);
    }

    void concurrentCallersShareOneTokenRequest()
    {
        std::optional<ApiResult<QList<ScopeGrant>>> scopes;
        std::optional<ApiResult<bool>> probe;
        std::optional<ApiResult<AppRecord>> record;
        m_client->scopes(this, [&](const auto &r) { scopes = r; });
        m_client->probeUserIdByEmail(this, [&](const auto &r) { probe = r; });
        m_client->applicationInfo(this, [&](const auto &r) { record = r; });
        QTRY_VERIFY(scopes && probe && record);
        QVERIFY(scopes->ok() && probe->ok() && record->ok());
        QCOMPARE(served(QStringLiteral("POST /open-apis/auth/v3/tenant_access_token/internal")), 1);
    }

    void credentialErrors_data()
    {
        QTest::addColumn<QString>("appId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("disable");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong secret") << "cli_a1b2c3d4e5f60718" << "WrongSecret0123456789abcdefABCDEF" << false << "10014" << "App Secret is wrong";
        QTest::newRow("unknown app id") << "cli_ffffffffffffffff" << "x" << false << "10014" << "does not know this App ID";
        QTest::newRow("malformed app id") << "app-1" << "x" << false << "10003" << "malformed or unknown";
        QTest::newRow("empty secret") << "cli_a1b2c3d4e5f60718" << "" << false << "10003" << "malformed or unknown";
        QTest::newRow("disabled app") << "cli_a1b2c3d4e5f60718" << "SandboxAppSecret0123456789abcdef" << true << "10014" << "app is disabled";
    }

    void credentialErrors()
    {
        QFETCH(QString, appId);
        QFETCH(QString, secret);
        QFETCH(bool, disable);
        QFETCH(QString, code);
        QFETCH(QString, says);
        if (disable)
            app().status = 0;
        m_client->setCredentials(appId, secret);
        auto r = tenantToken();
        QVERIFY(r);
        QVERIFY(!r->ok());
        QCOMPARE(r->error.code, code);
        QCOMPARE(int(r->error.step), int(Step::Credentials));
        QVERIFY2(r->error.message.contains(says), qPrintable(r->error.message));
    }

    void scopesListWithoutPrefix()
    {
        auto r = await<QList<ScopeGrant>>([&](auto done) { m_client->scopes(this, done); });
        QVERIFY(r && r->ok());
        QStringList names;
        for (const ScopeGrant &g : r->value)
            names.append(g.name);
        // The doc's example shape: no "contact:" prefix (docs/platforms.md F §6.3).
        QVERIFY2(names.contains(QStringLiteral("user.email:readonly")), qPrintable(names.join(',')));
    }

    void missingScopeIsParsedWithConsoleLink()
    {
        app().revoke(QStringLiteral("contact:user.id:readonly"));
        auto r = await<bool>([&](auto done) { m_client->probeUserIdByEmail(this, done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("99991672"));
        QCOMPARE(r->error.httpStatus, 400);
        QCOMPARE(int(r->error.step), int(Step::Permissions));
        QCOMPARE(r->error.scopes, QStringList{QStringLiteral("contact:user.id:readonly")});
        QVERIFY(r->error.message.contains(QLatin1String("contact:user.id:readonly")));
        QVERIFY(r->error.fixUrl.toString().contains(QLatin1String("/app/cli_a1b2c3d4e5f60718/auth?q=contact:user.id:readonly")));
    }

    void contactScopeNamesAllThreeAlternatives()
    {
        app().revoke(QStringLiteral("contact:contact.base:readonly"));
        auto r = await<bool>([&](auto done) { m_client->probeContactScope(this, done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.scopes.size(), 3);
        QVERIFY(r->error.scopes.contains(QStringLiteral("contact:contact:access_as_app")));
    }

    void appRecordAndVersions()
    {
        app().reviewVersion = QStringLiteral("1.1.0");
        auto record = await<AppRecord>([&](auto done) { m_client->applicationInfo(this, done); });
        QVERIFY(record && record->ok());
        // The GenAuth callback, and the same path on the sandbox's GenAuth.
        QCOMPARE(record->value.redirectUrls,
                 QStringList({redirect, m_fixture.sandbox->genAuth().socialCallback(QStringLiteral("feishu"))}));
        QVERIFY(record->value.onlineVersionId.startsWith(QLatin1String("oav_")));
        QVERIFY(!record->value.unauditVersionId.isEmpty());
        QCOMPARE(record->value.status, 1);
        auto versions = await<QList<AppVersion>>([&](auto done) { m_client->appVersions(this, done); });
        QVERIFY(versions && versions->ok());
        QCOMPARE(versions->value.size(), 2);
        QCOMPARE(versions->value.at(1).versionId, record->value.onlineVersionId);
        QVERIFY(versions->value.at(1).webApp);
    }

    void versionsCarryTheirAvailabilityRange()
    {
        app().visibleToAll = false;
        app().visibleUsers = {app().users.first().openId};
        app().visibleDepartments = {QStringLiteral("od-sandbox-sales")};
        app().deniedUsers = {app().users.last().openId};
        auto versions = await<QList<AppVersion>>([&](auto done) { m_client->appVersions(this, done); });
        QVERIFY(versions && versions->ok());
        const AppVersion &online = versions->value.first();
        QVERIFY(online.visibility);
        QCOMPARE(online.visibility->toAll, false);
        QCOMPARE(online.visibility->users, QStringList{app().users.first().openId});
        QCOMPARE(online.visibility->departments, QStringList{QStringLiteral("od-sandbox-sales")});
        QCOMPARE(online.visibility->deniedUsers, QStringList{app().users.last().openId});
        // An answer without remark.visibility leaves it unknown, not "nobody".
        const QJsonObject bare{{QStringLiteral("data"), QJsonObject{{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0.0")}}}}}}};
        QVERIFY(!FeishuClient::parseVersions(bare).first().visibility);
    }

    void availabilityOfUsers()
    {
        app().visibleToAll = false;
        app().visibleDepartments = {QStringLiteral("od-sandbox-sales")}; // Zhang San's department
        app().deniedUsers = {app().users.last().openId};
        const QStringList ids{app().users.first().openId, app().users.last().openId};
        auto r = await<QList<UserAvailability>>([&](auto done) { m_client->checkAvailability(ids, this, done); });
        QVERIFY(r && r->ok());
        QCOMPARE(r->value.size(), 2);
        QCOMPARE(r->value.at(0).openId, ids.at(0));
        QVERIFY(r->value.at(0).allowed && !r->value.at(0).denied);
        QVERIFY(!r->value.at(1).allowed && r->value.at(1).denied);

        app().revoke(QStringLiteral("application:application:self_manage"));
        auto refused = await<QList<UserAvailability>>([&](auto done) { m_client->checkAvailability(ids, this, done); });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error.code, QStringLiteral("99991672"));
        QCOMPARE(int(refused->error.step), int(Step::Permissions)); // where the missing permission is granted
    }

    void appRecordNeedsSelfManage()
    {
        app().revoke(QStringLiteral("application:application:self_manage"));
        auto record = await<AppRecord>([&](auto done) { m_client->applicationInfo(this, done); });
        QVERIFY(record && !record->ok());
        QCOMPARE(record->error.code, QStringLiteral("99991672"));
        QVERIFY(record->error.scopes.contains(QStringLiteral("application:application:self_manage")));
    }

    void unreleasedAppHasNoScopeList()
    {
        app().onlineVersion.clear();
        auto r = await<QList<ScopeGrant>>([&](auto done) { m_client->scopes(this, done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("212100"));
        QCOMPARE(int(r->error.step), int(Step::Publish));
    }

    void expiredTenantTokenIsReported()
    {
        QVERIFY(tenantToken()->ok());
        m_sandbox->feishu().expireAll(); // the cached token is now stale on the server
        auto r = await<QList<ScopeGrant>>([&](auto done) { m_client->scopes(this, done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("99991663"));
    }

    void authorizeUrlHasEveryParameter()
    {
        const QUrl url = m_client->authorizeUrl({redirect, QStringLiteral("st4te"), Pkce::challengeS256(QStringLiteral("v")),
                                                 {QStringLiteral("contact:user.email:readonly"), QStringLiteral("offline_access")}});
        QCOMPARE(url.path(), QStringLiteral("/open-apis/authen/v1/authorize"));
        const QString q = url.query(QUrl::FullyEncoded);
        QVERIFY2(q.contains(QLatin1String("redirect_uri=https%3A%2F%2Fcore.genauth.ai%2Fconnection%2Fsocial%2F")), qPrintable(q));
        QVERIFY(q.contains(QLatin1String("client_id=cli_a1b2c3d4e5f60718")));
        QVERIFY(q.contains(QLatin1String("response_type=code")));
        QVERIFY(q.contains(QLatin1String("scope=contact%3Auser.email%3Areadonly%20offline_access")));
        QVERIFY(q.contains(QLatin1String("code_challenge_method=S256")));
        QVERIFY(q.contains(QLatin1String("state=st4te")));
        const PageAnswer page = fetch(m_browser, QNetworkRequest(url));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Sign in as"));
    }

    void loginPageRefusals_data()
    {
        QTest::addColumn<QString>("redirectUri");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QByteArray>("shows");
        QTest::newRow("unregistered redirect") << "https://core.genauth.ai/connection/social/other/65a1b2c3d4e5f60718293a4b/callback" << ""
                                               << QByteArray("20029");
        QTest::newRow("trailing slash differs") << redirect + "/" << "" << QByteArray("20029");
        QTest::newRow("scope not enabled") << redirect << "drive:drive" << QByteArray("20027");
    }

    void loginPageRefusals()
    {
        QFETCH(QString, redirectUri);
        QFETCH(QString, scope);
        QFETCH(QByteArray, shows);
        const QUrl url = m_client->authorizeUrl({redirectUri, QStringLiteral("s"), {}, scope.isEmpty() ? QStringList{} : QStringList{scope}});
        const PageAnswer page = fetch(m_browser, QNetworkRequest(url));
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.contains("错误码：" + shows), page.body.constData());
        // The error is on the page; no redirect ever reaches the callback.
        QVERIFY(page.location.isEmpty());
    }

    void cancelRedirectsWithAccessDenied()
    {
        const QUrl url = m_client->authorizeUrl({redirect, QStringLiteral("abc"), {}, {}});
        const PageAnswer a = submitLogin(m_browser, url, {}, true);
        QCOMPARE(a.status, 302);
        QCOMPARE(a.location.adjusted(QUrl::RemoveQuery).toString(), redirect);
        QCOMPARE(QUrlQuery(a.location).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(QUrlQuery(a.location).queryItemValue(QStringLiteral("state")), QStringLiteral("abc"));
    }

    void codeExchangeV2AndUserInfo()
    {
        const QString verifier = Pkce::randomVerifier();
        const QString code = loginCode({redirect, Pkce::randomState(), Pkce::challengeS256(verifier), {}});
        QVERIFY(code.size() >= 43);
        auto token = await<UserToken>([&](auto done) { m_client->exchangeCode(code, redirect, verifier, this, done); });
        QVERIFY(token && token->ok());
        QVERIFY(!token->value.accessToken.isEmpty());
        auto user = await<QJsonObject>([&](auto done) { m_client->userInfo(token->value.accessToken, this, done); });
        QVERIFY(user && user->ok());
        const SandboxUser &u = app().users.first();
        QCOMPARE(user->value.value(QLatin1String("open_id")).toString(), u.openId);
        QCOMPARE(user->value.value(QLatin1String("email")).toString(), u.email);
        QCOMPARE(user->value.value(QLatin1String("user_id")).toString(), u.userId);
        // Not granted in the default app: contact:user.employee:readonly.
        QVERIFY(!user->value.contains(QLatin1String("enterprise_email")));
    }

    void fieldsOfMissingScopesAreLeftOut()
    {
        app().revoke(QStringLiteral("contact:user.phone:readonly"));
        const QString code = loginCode({redirect, {}, {}, {}});
        auto token = await<UserToken>([&](auto done) { m_client->exchangeCode(code, redirect, {}, this, done); });
        QVERIFY(token && token->ok());
        auto user = await<QJsonObject>([&](auto done) { m_client->userInfo(token->value.accessToken, this, done); });
        QVERIFY(user && user->ok());
        QVERIFY(!user->value.contains(QLatin1String("mobile")));
        QVERIFY(user->value.contains(QLatin1String("email")));
    }

    void codeExchangeErrors_data()
    {
        QTest::addColumn<QString>("mistake");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("step");
        QTest::newRow("reused code") << "reuse" << "20065" << int(Step::TestLogin);
        QTest::newRow("expired code") << "expire" << "20004" << int(Step::TestLogin);
        QTest::newRow("unknown code") << "unknown" << "20003" << int(Step::TestLogin);
        QTest::newRow("other redirect URL") << "redirect" << "20071" << int(Step::RedirectUrl);
        QTest::newRow("wrong verifier") << "verifier" << "20049" << int(Step::TestLogin);
        QTest::newRow("wrong secret") << "secret" << "20002" << int(Step::Credentials);
    }

    void codeExchangeErrors()
    {
        QFETCH(QString, mistake);
        QFETCH(QString, code);
        QFETCH(int, step);
        const QString verifier = Pkce::randomVerifier();
        QString loginCodeValue = loginCode({redirect, {}, Pkce::challengeS256(verifier), {}});
        QVERIFY(!loginCodeValue.isEmpty());
        QString redirectUri = redirect;
        QString usedVerifier = verifier;
        if (mistake == QLatin1String("reuse")) {
            auto first = await<UserToken>([&](auto done) { m_client->exchangeCode(loginCodeValue, redirect, verifier, this, done); });
            QVERIFY(first && first->ok());
        } else if (mistake == QLatin1String("expire")) {
            m_sandbox->feishu().expireAll();
        } else if (mistake == QLatin1String("unknown")) {
            loginCodeValue = QStringLiteral("not-a-code");
        } else if (mistake == QLatin1String("redirect")) {
            redirectUri += QStringLiteral("?x=1");
        } else if (mistake == QLatin1String("verifier")) {
            usedVerifier = Pkce::randomVerifier();
        } else if (mistake == QLatin1String("secret")) {
            m_client->setCredentials(app().appId, QStringLiteral("WrongSecret0123456789abcdefABCDEF"));
        }
        m_sandbox->server().clearRequestLog();
        auto r = await<UserToken>([&](auto done) { m_client->exchangeCode(loginCodeValue, redirectUri, usedVerifier, this, done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, code);
        QCOMPARE(r->error.httpStatus, 400);
        QCOMPARE(int(r->error.step), step);
        QVERIFY(!r->error.message.isEmpty());
    }

    void codeExchangeV1()
    {
        m_client->setCodeExchangeVersion(CodeExchangeVersion::V1);
        const QString code = loginCode({redirect, {}, {}, {}});
        auto token = await<UserToken>([&](auto done) { m_client->exchangeCode(code, redirect, {}, this, done); });
        QVERIFY(token && token->ok());
        QVERIFY(token->value.accessToken.startsWith(QLatin1String("u-")));
        QCOMPARE(served(QStringLiteral("POST /open-apis/auth/v3/app_access_token/internal")), 1);
        auto again = await<UserToken>([&](auto done) { m_client->exchangeCode(code, redirect, {}, this, done); });
        QVERIFY(again && !again->ok());
        QCOMPARE(again->error.code, QStringLiteral("20003"));
    }

    void userInfoWithBadToken()
    {
        auto r = await<QJsonObject>([&](auto done) { m_client->userInfo(QStringLiteral("u-nothing"), this, done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("20005"));
    }

    // Transport failures.

    void stallTimesOut()
    {
        m_sandbox->server().setFault(QStringLiteral("/open-apis/auth"), {SandboxFault::Kind::Stall});
        m_transport->setTimeout(300ms);
        auto r = tenantToken();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.kind, ApiError::Kind::Timeout);
        QCOMPARE(r->error.code, QStringLiteral("timeout"));
        QVERIFY2(r->error.message.contains(QLatin1String("0.3 seconds")), qPrintable(r->error.message));
        // Waiting the whole time again would only double the wait.
        QCOMPARE(served(QStringLiteral("POST /open-apis/auth/v3/tenant_access_token/internal")), 1);
    }

    void droppedConnectionIsRetriedOnce()
    {
        m_sandbox->server().setFault(QStringLiteral("/open-apis/auth"), {SandboxFault::Kind::Close});
        auto r = tenantToken();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.kind, ApiError::Kind::Closed);
        QVERIFY(r->error.message.contains(QLatin1String("closed the connection")));
        // One more try, and no further; Qt re-sends nothing below it (up to
        // Qt 6.8 it did, by itself, before the program's own retry).
        QCOMPARE(served(QStringLiteral("POST /open-apis/auth/v3/tenant_access_token/internal")), 2);
    }

    void serverErrorIsRetriedAndCanRecover()
    {
        SandboxFault once{SandboxFault::Kind::Status};
        once.status = 502;
        once.times = 1;
        m_sandbox->server().setFault(QStringLiteral("/open-apis/auth"), once);
        auto r = tenantToken();
        QVERIFY(r && r->ok());
        QCOMPARE(served(QStringLiteral("POST /open-apis/auth/v3/tenant_access_token/internal")), 2);
    }

    void serverErrorPersists()
    {
        m_sandbox->server().setFault(QStringLiteral("/open-apis/auth"), {SandboxFault::Kind::Status});
        auto r = tenantToken();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("http-500"));
        QCOMPARE(r->error.kind, ApiError::Kind::Http);
        QCOMPARE(int(r->error.step), int(Step::Credentials));
    }

    void codeExchangeIsNeverRepeated()
    {
        const QString code = loginCode({redirect, {}, {}, {}});
        m_sandbox->server().setFault(QStringLiteral("/open-apis/authen/v2"), {SandboxFault::Kind::Status});
        auto r = await<UserToken>([&](auto done) { m_client->exchangeCode(code, redirect, {}, this, done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(served(QStringLiteral("POST /open-apis/authen/v2/oauth/token")), 1);
    }

    void webPageInsteadOfJson()
    {
        m_sandbox->server().setFault(QString(), {SandboxFault::Kind::Html});
        auto r = tenantToken();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.kind, ApiError::Kind::NotJson);
        QCOMPARE(int(r->error.step), int(Step::Welcome));
        QVERIFY2(r->error.message.contains(QLatin1String("a web page")), qPrintable(r->error.message));
    }

    // Peers §2 #17: the allow-list blocks GenAuth's servers too, and the
    // message says so.
    void ipAllowListNamesGenAuthsServers()
    {
        app().ipAllowList = {QStringLiteral("203.0.113.7")};
        auto r = tenantToken();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("99991401"));
        QCOMPARE(int(r->error.step), int(Step::RedirectUrl)); // Security Settings
        QVERIFY2(r->error.message.contains(QLatin1String("GenAuth's servers")), qPrintable(r->error.message));
        app().ipAllowList.append(QStringLiteral("127.0.0.1"));
        r = tenantToken();
        QVERIFY(r && r->ok());
    }

    // Peers §2 #27: 99991400 waits as long as Feishu asks, then one more try.
    void rateLimitWaitsThenTriesOnceMore()
    {
        m_sandbox->feishu().config().rateLimitedCalls = 1;
        m_sandbox->feishu().config().rateLimitResetSeconds = 0.3;
        QElapsedTimer clock;
        clock.start();
        auto r = tenantToken();
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error.message) : "no answer");
        QVERIFY(clock.elapsed() >= 250); // it waited, as x-ogw-ratelimit-reset asked
        QCOMPARE(served(QStringLiteral("POST /open-apis/auth/v3/tenant_access_token/internal")), 2);

        m_sandbox->feishu().config().rateLimitedCalls = 10;
        m_client->setRateLimitWait(200ms);
        m_sandbox->server().clearRequestLog();
        std::optional<ApiResult<QList<ScopeGrant>>> scopes;
        m_client->scopes(this, [&](const auto &x) { scopes = x; });
        QTRY_VERIFY(scopes);
        QCOMPARE(scopes->error.code, QStringLiteral("99991400"));
        QVERIFY2(scopes->error.message.contains(QLatin1String("tried once more")), qPrintable(scopes->error.message));
        QCOMPARE(served(QStringLiteral("GET /open-apis/application/v6/scopes")), 2); // one more, not a storm
    }

    // Peers §2 #3: a Lark App ID on Feishu's host. Lark's Open API is asked
    // once, and the answer names the Welcome page.
    void appIdOfTheOtherBrandIsNamed()
    {
        app().brand = QStringLiteral("lark");
        m_client->setEndpoints({m_sandbox->url(), m_sandbox->url(), m_sandbox->larkApiUrl()});
        m_client->setCredentials(app().appId, app().appSecret);
        auto r = tenantToken();
        QVERIFY(r && !r->ok());
        QCOMPARE(int(r->error.step), int(Step::Welcome));
        QVERIFY2(r->error.message.contains(QLatin1String("belongs to Lark")), qPrintable(r->error.message));
        r = tenantToken();
        QVERIFY(r && r->error.message.contains(QLatin1String("belongs to Lark")));
        QCOMPARE(m_sandbox->larkAccountsServer().requestLog().count(QStringLiteral("POST /open-apis/auth/v3/tenant_access_token/internal")), 1);

        // Known to neither brand: the first message stays, with what Lark said.
        m_client->setCredentials(QStringLiteral("cli_0000000000000000"), app().appSecret);
        r = tenantToken();
        QVERIFY(r && !r->ok());
        QCOMPARE(int(r->error.step), int(Step::Credentials));
        QVERIFY2(r->error.message.contains(QLatin1String("Lark does not know it either")), qPrintable(r->error.message));
    }

    void nobodyListening()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        m_client->setEndpoints({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), {}});
        m_client->setCredentials(app().appId, app().appSecret);
        auto r = tenantToken();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.kind, ApiError::Kind::Refused);
        QCOMPARE(int(r->error.step), int(Step::Welcome));
    }

    void plainHttpOnlyOnLoopback()
    {
        m_client->setEndpoints({QUrl(QStringLiteral("http://open.feishu.cn")), {}});
        m_client->setCredentials(app().appId, app().appSecret);
        auto r = tenantToken();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.kind, ApiError::Kind::Insecure);
        QVERIFY(ApiTransport::isAllowedUrl(QUrl(QStringLiteral("http://[::1]:8080"))));
        QVERIFY(ApiTransport::isAllowedUrl(QUrl(QStringLiteral("https://open.larksuite.com"))));
        QVERIFY(!ApiTransport::isAllowedUrl(QUrl(QStringLiteral("http://10.0.0.1"))));
        QVERIFY(!ApiTransport::isAllowedUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))));
    }

    void untrustedCertificateIsRefused()
    {
        Sandbox tls;
        QVERIFY(!serveWithTestCertificate(tls).isEmpty());
        QVERIFY(tls.start());
        QCOMPARE(tls.url().scheme(), QStringLiteral("https"));
        m_client->setEndpoints({tls.url(), tls.url()});
        m_client->setCredentials(app().appId, app().appSecret);
        auto r = tenantToken();
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error.kind == ApiError::Kind::Tls, qPrintable(r->error.code + ' ' + r->error.detail));
        QCOMPARE(int(r->error.step), int(Step::Welcome));
        QVERIFY(r->error.message.contains(QLatin1String("secure connection")));
        // The handshake failed, so the credentials were never sent.
        QVERIFY(tls.server().requestLog().isEmpty());
    }

    // The operator may trust a private deployment's own authority; the
    // certificate is still checked, against it.
    void trustedCertificateIsAccepted()
    {
        Sandbox tls;
        const QByteArray pem = serveWithTestCertificate(tls);
        QVERIFY(!pem.isEmpty());
        QVERIFY(tls.start());
        m_client->setEndpoints({tls.url(), tls.url()});
        m_client->setCredentials(app().appId, app().appSecret);
        // Refused first, as the operator sees it; then trusted, and the same
        // client on the same host gets through.
        auto r = tenantToken();
        QVERIFY(r && r->error.kind == ApiError::Kind::Tls);
        m_transport->setTrustedCertificates(ApiTransport::certificatesFromPem(pem));
        r = tenantToken();
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.code + ' ' + r->error.detail));
        // Trusting one authority does not turn verification off: with
        // another one trusted instead, the server is refused again.
        QFile other(QStringLiteral(FSS_TEST_DATA "/other-ca.crt"));
        QVERIFY(other.open(QIODevice::ReadOnly));
        m_transport->setTrustedCertificates(ApiTransport::certificatesFromPem(other.readAll()));
        m_client->setCredentials(app().appId, app().appSecret + QLatin1Char('x')); // a fresh token request
        r = tenantToken();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.kind, ApiError::Kind::Tls);
        QVERIFY(r->error.message.contains(QLatin1String("--ca-cert")));
        QString why;
        QVERIFY(ApiTransport::certificatesFromPem("not a certificate", &why).isEmpty());
        QVERIFY(why.contains(QLatin1String("PEM")));
    }

    void unknownHost()
    {
        // .invalid never resolves (RFC 6761).
        m_client->setEndpoints({QUrl(QStringLiteral("https://open.feishu.invalid")), {}});
        m_client->setCredentials(app().appId, app().appSecret);
        m_transport->setTimeout(5000ms);
        auto r = tenantToken();
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error.kind == ApiError::Kind::Dns, qPrintable(r->error.code + ' ' + r->error.detail));
        QVERIFY(r->error.message.contains(QLatin1String("open.feishu.invalid")));
    }
};

QTEST_GUILESS_MAIN(TestFeishuClient)
#include "tst_feishuclient.moc"
