// Creating the app by one scan: the device-flow client against the
// sandbox's registration endpoint and confirm page, for every answer the
// reference lists (docs/platforms.md A §1, §2).
#include "support/SandboxHelpers.h"

#include "core/feishu/AppRegistration.h"
#include "core/feishu/FeishuAppSetup.h"
#include "core/feishu/QrCode.h"
#include "core/transport/Gzip.h"

#include <QJsonDocument>

using namespace fss;
using namespace fss::test;

class TestAppRegistration : public QObject
{
    Q_OBJECT

    SandboxFixture f;
    QNetworkAccessManager m_browser;
    std::unique_ptr<AppRegistration> m_registration;
    std::optional<RegistrationLink> m_link;
    std::optional<RegistrationOutcome> m_outcome;

    SandboxRegistration &settings() { return f.sandbox->feishu().config().registration; }

    void begin(const QUrl &feishuAccounts = {})
    {
        m_link.reset();
        m_outcome.reset();
        m_registration = std::make_unique<AppRegistration>(
            f.transport.get(), RegistrationEndpoints{feishuAccounts.isEmpty() ? f.sandbox->url() : feishuAccounts, f.sandbox->larkAccountsUrl()});
        m_registration->setApp(QStringLiteral("GenAuth login"), QStringLiteral("Sign-in for {user}"));
        connect(m_registration.get(), &AppRegistration::linkReady, this, [this](const RegistrationLink &l) { m_link = l; });
        connect(m_registration.get(), &AppRegistration::finished, this, [this](const RegistrationOutcome &o) { m_outcome = o; });
        m_registration->start();
    }
    bool waitForLink() { return QTest::qWaitFor([&] { return m_link.has_value() || m_outcome.has_value(); }, 20000) && m_link; }
    bool waitForOutcome(int ms = 20000) { return QTest::qWaitFor([&] { return m_outcome.has_value(); }, ms); }
    int polls(const SandboxServer &server) const
    {
        return int(server.requestLog().count(QStringLiteral("POST /oauth/v1/app/registration")));
    }

private slots:
    void init()
    {
        QVERIFY(f.start());
        settings().intervalSeconds = 0; // the client then polls every 250 ms
    }
    void cleanup()
    {
        m_registration.reset();
        f.stop();
    }

    void addonsAreGzipBase64UrlWithoutPadding()
    {
        const RegistrationAddons sso = RegistrationAddons::forSso();
        // The seven, for the identities they are asked for, and the two the
        // app needs to configure itself.
        QVERIFY(sso.tenantScopes.contains(QStringLiteral("application:application:patch")));
        QVERIFY(sso.tenantScopes.contains(QStringLiteral("application:application:self_manage")));
        QVERIFY(sso.userScopes.contains(QStringLiteral("contact:user.email:readonly")));
        QVERIFY(!sso.userScopes.contains(QStringLiteral("contact:user.id:readonly")));
        QCOMPARE(sso.allScopes().size(), 9);
        const QByteArray text = sso.encoded();
        QVERIFY(!text.contains('=') && !text.contains('+') && !text.contains('/'));
        const QByteArray gz = QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
        QCOMPARE(gz.left(2), QByteArray("\x1f\x8b")); // gzip, not qCompress's length prefix
        QCOMPARE(*gzipDecompress(gz), sso.json());
        const QJsonObject scopes = QJsonDocument::fromJson(sso.json()).object().value(QLatin1String("scopes")).toObject();
        QCOMPARE(scopes.keys(), (QStringList{QStringLiteral("tenant"), QStringLiteral("user")}));
        QCOMPARE(RegistrationAddons::decode(text)->allScopes(), sso.allScopes());
        QVERIFY(!RegistrationAddons::decode("not-gzip"));
    }

    void linkCarriesCreateOnlyNameDescriptionAndAddons()
    {
        const QUrl link = AppRegistration::linkFor(QUrl(QStringLiteral("https://open.feishu.cn/page/launcher?user_code=ABCD-EFGH")),
                                                   QStringLiteral("GenAuth login"), QStringLiteral("For {user}"), RegistrationAddons::forSso());
        const QUrlQuery q(link);
        QCOMPARE(q.queryItemValue(QStringLiteral("user_code")), QStringLiteral("ABCD-EFGH"));
        QCOMPARE(q.queryItemValue(QStringLiteral("createOnly")), QStringLiteral("true"));
        QCOMPARE(q.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded), QStringLiteral("GenAuth login"));
        QCOMPARE(q.queryItemValue(QStringLiteral("desc"), QUrl::FullyDecoded), QStringLiteral("For {user}"));
        QCOMPARE(q.queryItemValue(QStringLiteral("addons")).toLatin1(), RegistrationAddons::forSso().encoded());
        QVERIFY(QrCode::encode(link.toEncoded()).has_value()); // fits a QR code
    }

    void createdWithItsCredentialsAndPermissions()
    {
        begin();
        QVERIFY(waitForLink());
        QVERIFY(m_link->expiresAt > QDateTime::currentDateTimeUtc().addSecs(590));
        const QUrl link = m_link->url;
        QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("user_code")), m_link->userCode);
        const SandboxUser zhang = f.app().users.first();
        QCOMPARE(confirmRegistration(m_browser, link, zhang.openId).status, 200);
        QVERIFY(waitForOutcome());
        QVERIFY2(m_outcome->created(), qPrintable(m_outcome->error.message));
        QVERIFY(m_outcome->app.appId.startsWith(QLatin1String("cli_")));
        QCOMPARE(m_outcome->app.openId, zhang.openId);
        QCOMPARE(int(m_outcome->app.platform), int(Platform::Feishu));
        // The app is in the Open API with those credentials, holding what the link asked for.
        SandboxApp *created = f.sandbox->feishu().app(m_outcome->app.appId);
        QVERIFY(created);
        QCOMPARE(created->appSecret, m_outcome->app.appSecret);
        QVERIFY(created->grantedScopes.contains(QStringLiteral("application:application:patch")));
        QVERIFY(created->grantedUserScopes.contains(QStringLiteral("contact:user.base:readonly")));
        FeishuClient client(f.transport.get());
        client.setEndpoints({f.sandbox->url(), f.sandbox->url()});
        client.setCredentials(m_outcome->app.appId, m_outcome->app.appSecret);
        auto token = await<QString>([&](auto done) { client.tenantAccessToken(this, done); });
        QVERIFY(token && token->ok());
        // The first poll went at once, then on the interval: no poll after the answer.
        const int served = polls(f.sandbox->server());
        QTest::qWait(600);
        QCOMPARE(polls(f.sandbox->server()), served);
    }

    void configurationApiRefusingTheNewAppSaysSoPlainly()
    {
        // Whether v7 accepts apps made this way is undocumented (§1): when it
        // refuses, Set it up in Feishu says so and points to the manual steps.
        settings().configurable = false;
        begin();
        QVERIFY(waitForLink());
        confirmRegistration(m_browser, m_link->url, f.app().users.first().openId);
        QVERIFY(waitForOutcome());
        QVERIFY(m_outcome->created());
        FeishuClient client(f.transport.get());
        client.setEndpoints({f.sandbox->url(), f.sandbox->url()});
        client.setCredentials(m_outcome->app.appId, m_outcome->app.appSecret);
        FeishuAppSpec spec;
        spec.redirectUrl = QStringLiteral("https://core.genauth.ai/connection/social/feishu/65a1b2c3d4e5f60718293a4b/callback");
        spec.webAppUrl = QStringLiteral("https://core.genauth.ai");
        FeishuAppSetup setup(&client, spec);
        std::optional<FeishuSetupResult> result;
        connect(&setup, &FeishuAppSetup::applied, this, [&](const FeishuSetupResult &r) { result = r; });
        setup.apply();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error.code, QStringLiteral("210043"));
        QCOMPARE(int(result->error.step), int(Step::CreateApp));
        QVERIFY(result->error.message.contains(QLatin1String("by hand")));
    }

    void addonsIgnoredGiveTheTemplateOnly()
    {
        settings().addonsHonoured = false;
        begin();
        QVERIFY(waitForLink());
        confirmRegistration(m_browser, m_link->url, f.app().users.first().openId);
        QVERIFY(waitForOutcome());
        QVERIFY(m_outcome->created());
        const SandboxApp *created = f.sandbox->feishu().app(m_outcome->app.appId);
        QVERIFY(!created->grantedScopes.contains(QStringLiteral("application:application:patch")));
        QVERIFY(created->grantedUserScopes.isEmpty());
    }

    void olderExpirySpellingIsRead()
    {
        settings().expiryField = QStringLiteral("expires_in");
        settings().expiresInSeconds = 300;
        begin();
        QVERIFY(waitForLink());
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_link->expiresAt);
        QVERIFY2(left > 290 && left <= 300, qPrintable(QString::number(left)));
    }

    void refusedByThePerson()
    {
        begin();
        QVERIFY(waitForLink());
        confirmRegistration(m_browser, m_link->url, {}, true);
        QVERIFY(waitForOutcome());
        QCOMPARE(int(m_outcome->kind), int(RegistrationOutcome::Kind::Refused));
        QCOMPARE(m_outcome->error.code, QStringLiteral("access_denied"));
        QCOMPARE(int(m_outcome->error.step), int(Step::CreateApp));
        QVERIFY(m_outcome->error.message.contains(QLatin1String("by hand")));
    }

    void tenantForbidsMembersCreatingApps()
    {
        settings().membersMayCreateApps = false;
        begin();
        QVERIFY(waitForLink());
        confirmRegistration(m_browser, m_link->url, f.app().users.first().openId);
        QVERIFY(waitForOutcome());
        QCOMPARE(int(m_outcome->kind), int(RegistrationOutcome::Kind::Refused));
        QVERIFY2(m_outcome->error.message.contains(QLatin1String("does not allow members")), qPrintable(m_outcome->error.message));
        QCOMPARE(f.sandbox->feishu().config().apps.size(), 1); // nothing created
    }

    void expiresWhenNobodyConfirms()
    {
        settings().expiresInSeconds = 1;
        begin();
        QVERIFY(waitForLink());
        QVERIFY(waitForOutcome(5000));
        QCOMPARE(int(m_outcome->kind), int(RegistrationOutcome::Kind::Expired));
        QCOMPARE(int(m_outcome->error.step), int(Step::CreateApp));
        // And the link no longer works.
        QCOMPARE(fetch(m_browser, QNetworkRequest(m_link->url)).status, 404);
    }

    void expiredTokenFromFeishuEndsIt()
    {
        // Feishu says the device code expired before the client's own clock does.
        begin();
        QVERIFY(waitForLink());
        f.sandbox->feishu().expireAll();
        QVERIFY(waitForOutcome());
        QCOMPARE(int(m_outcome->kind), int(RegistrationOutcome::Kind::Expired));
        QCOMPARE(m_outcome->error.code, QStringLiteral("expired_token"));
    }

    void slowDownAddsFiveSeconds()
    {
        settings().slowDowns = 1;
        begin();
        QVERIFY(waitForLink());
        std::optional<QDateTime> next;
        connect(m_registration.get(), &AppRegistration::waiting, this, [&](const QDateTime &at) { next = at; });
        QTRY_VERIFY_WITH_TIMEOUT(next.has_value(), 5000);
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(*next);
        QVERIFY2(ms > 4500 && ms <= 5250, qPrintable(QString::number(ms))); // 0 s (floored to 250 ms) + 5 s
        m_registration->cancel();
        QCOMPARE(int(m_outcome->kind), int(RegistrationOutcome::Kind::Cancelled));
    }

    void larkTenantSwitchesHostOnce()
    {
        settings().larkTenant = true;
        begin();
        QVERIFY(waitForLink());
        confirmRegistration(m_browser, m_link->url, f.app().users.first().openId);
        QVERIFY(waitForOutcome());
        QVERIFY2(m_outcome->created(), qPrintable(m_outcome->error.message));
        QCOMPARE(int(m_outcome->app.platform), int(Platform::Lark));
        // The begin and the polls before the switch at Feishu's host, the
        // credentials from Lark's, in one poll.
        QCOMPARE(polls(f.sandbox->server()) >= 2, true);
        QCOMPARE(int(f.sandbox->feishu().config().apps.size()), 2);
        // Lark's host answered exactly once: the switch happens once and at once.
        QCOMPARE(polls(f.sandbox->larkAccountsServer()), 1);
        // The app lives on Lark's Open API: a token there, 10014 from Feishu's.
        const auto tokenAt = [&](const QUrl &api) {
            FeishuClient client(f.transport.get());
            client.setEndpoints({api, api});
            client.setCredentials(m_outcome->app.appId, m_outcome->app.appSecret);
            return await<QString>([&](auto done) { client.tenantAccessToken(this, done); });
        };
        const auto lark = tokenAt(f.sandbox->larkApiUrl());
        QVERIFY2(lark && lark->ok(), lark ? qPrintable(lark->error.message) : "no answer");
        const auto feishu = tokenAt(f.sandbox->url());
        QVERIFY(feishu && !feishu->ok());
        QCOMPARE(feishu->error.code, QStringLiteral("10014"));
    }

    void keylessOrSecretlessAnswerIsRefused_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("sendsSecret");
        QTest::addColumn<QString>("code");
        QTest::newRow("keyless (private_key_jwt)") << "private_key_jwt" << true << "private_key_jwt";
        QTest::newRow("no client_secret") << "" << false << "no_client_secret";
    }

    void keylessOrSecretlessAnswerIsRefused()
    {
        // GenAuth signs in to Feishu with an App Secret: an app without one
        // is of no use, and the outcome says why.
        QFETCH(QString, method);
        QFETCH(bool, sendsSecret);
        QFETCH(QString, code);
        settings().authMethod = method;
        settings().sendsSecret = sendsSecret;
        begin();
        QVERIFY(waitForLink());
        confirmRegistration(m_browser, m_link->url, f.app().users.first().openId);
        QVERIFY(waitForOutcome());
        QCOMPARE(int(m_outcome->kind), int(RegistrationOutcome::Kind::Failed));
        QCOMPARE(int(m_outcome->error.step), int(Step::CreateApp));
        QVERIFY2(m_outcome->error.message.contains(QLatin1String("without an App Secret")), qPrintable(m_outcome->error.message));
        QCOMPARE(m_outcome->error.code, code);
    }

    void otherErrorsEndIt()
    {
        // Begin at Lark's host is refused with invalid_request.
        begin(f.sandbox->larkAccountsUrl());
        QVERIFY(waitForOutcome());
        QCOMPARE(int(m_outcome->kind), int(RegistrationOutcome::Kind::Failed));
        QCOMPARE(m_outcome->error.code, QStringLiteral("invalid_request"));
        QVERIFY(m_outcome->error.message.contains(QLatin1String("begin goes to the Feishu host")));
    }

    void cancelStopsPolling()
    {
        begin();
        QVERIFY(waitForLink());
        m_registration->cancel();
        QVERIFY(m_outcome && int(m_outcome->kind) == int(RegistrationOutcome::Kind::Cancelled));
        QTest::qWait(300); // a poll already on its way may still arrive
        const int served = polls(f.sandbox->server());
        QTest::qWait(700);
        QCOMPARE(polls(f.sandbox->server()), served);
    }

    void unreachableHostNamesStep1()
    {
        begin(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QVERIFY(waitForOutcome());
        QCOMPARE(int(m_outcome->kind), int(RegistrationOutcome::Kind::Failed));
        QCOMPARE(int(m_outcome->error.step), int(Step::CreateApp));
        QVERIFY(!m_outcome->error.message.isEmpty());
    }

    void halfBlocksDrawTheCode()
    {
        const auto qr = QrCode::encode("https://open.feishu.cn/page/launcher?user_code=ABCD-EFGH");
        QVERIFY(qr);
        const QStringList lines = qr->halfBlocks(2).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), (qr->size() + 4 + 1) / 2);
        QCOMPARE(lines.first().size(), qr->size() + 4);
        QVERIFY(lines.first().startsWith(QString(QChar(0x2588)))); // the quiet zone is light
    }
};

QTEST_GUILESS_MAIN(TestAppRegistration)
#include "tst_appregistration.moc"
