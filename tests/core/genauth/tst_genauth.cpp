// The GenAuth management client and "Create it for me" against the sandbox's
// GenAuth imitation over real HTTP: a fresh pool gets the identity source,
// a second run changes nothing, and every way it goes wrong says which key,
// which identifier or which application to fix.
#include "support/SandboxHelpers.h"

#include "core/genauth/GenAuthIdentitySource.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace fss;
using namespace fss::test;

class TestGenAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<GenAuthClient> m_client;

    GenAuthSandboxConfig &pool() { return m_sandbox->genAuth().config(); }
    const SandboxApp &feishuApp() { return m_sandbox->feishu().config().apps.constFirst(); }

    IdentitySourceSpec spec()
    {
        IdentitySourceSpec s;
        s.identifier = QStringLiteral("feishu");
        s.displayName = QStringLiteral("Feishu");
        s.feishuAppId = feishuApp().appId;
        s.feishuAppSecret = feishuApp().appSecret;
        s.applicationId = QLatin1String(GenAuthSandboxConfig::defaultAppId);
        return s;
    }

    // Runs apply() or removeLoginCallback() and waits for its result.
    std::optional<ApplyResult> apply(const IdentitySourceSpec &s, void (GenAuthIdentitySource::*action)() = &GenAuthIdentitySource::apply)
    {
        GenAuthIdentitySource source(m_client.get(), s);
        QSignalSpy applied(&source, &GenAuthIdentitySource::applied);
        (source.*action)();
        if (!applied.wait(20000))
            return std::nullopt;
        return applied.first().first().value<ApplyResult>();
    }

    std::optional<ApplyResult> removeLoginCallback(const IdentitySourceSpec &s)
    {
        return apply(s, &GenAuthIdentitySource::removeLoginCallback);
    }

    std::optional<IdentitySourceState> inspect(const IdentitySourceSpec &s)
    {
        GenAuthIdentitySource source(m_client.get(), s);
        QSignalSpy inspected(&source, &GenAuthIdentitySource::inspected);
        source.inspect();
        if (!inspected.wait(20000))
            return std::nullopt;
        return inspected.first().first().value<IdentitySourceState>();
    }

    // The writes GenAuth received: every POST but the token request.
    QStringList writes()
    {
        QStringList list;
        for (const QString &line : m_sandbox->genAuthServer().requestLog()) {
            if (line.startsWith(QLatin1String("POST ")) && !line.endsWith(QLatin1String("get-management-token")))
                list.append(line);
        }
        return list;
    }

    const GenAuthSandboxConnection *connection(const QString &identifier)
    {
        for (const GenAuthSandboxExtIdp &idp : pool().extIdps) {
            for (const GenAuthSandboxConnection &c : idp.connections) {
                if (c.identifier == identifier)
                    return &c;
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApplyResult>();
        qRegisterMetaType<IdentitySourceState>();
    }

    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->start());
        m_transport = std::make_unique<ApiTransport>();
        m_client = std::make_unique<GenAuthClient>(m_transport.get());
        m_client->setEndpoints({m_sandbox->genAuthUrl(), m_sandbox->genAuthUrl()});
        m_client->setCredentials(pool().userPoolId, pool().userPoolSecret);
    }

    void cleanup()
    {
        m_client.reset();
        m_transport.reset();
        m_sandbox.reset();
    }

    // GenAuth switches a connection per application: with two, Create it
    // for me turns it on in each, a second run sends nothing, and reading
    // says on which it is.
    void theConnectionIsOnForEachApplication()
    {
        GenAuthSandboxApp second = pool().apps.first();
        second.appId = QStringLiteral("65b2c3d4e5f60718293a4b5d");
        second.appIdentifier = QStringLiteral("portal");
        second.name = QStringLiteral("Staff portal");
        second.enabledConnectionIds.clear();
        pool().apps.append(second);
        IdentitySourceSpec s = spec();
        s.otherApplicationIds = {second.appId};
        QCOMPARE(s.applicationIds(), (QStringList{QLatin1String(GenAuthSandboxConfig::defaultAppId), second.appId}));
        QCOMPARE(GenAuthIdentitySource(m_client.get(), s).preview().size(), 10); // a read and a switch per application

        auto r = apply(s);
        QVERIFY(r && r->ok());
        for (const GenAuthSandboxApp &a : pool().apps)
            QCOMPARE(a.enabledConnectionIds.size(), 1);
        QCOMPARE(writes().count(QStringLiteral("POST /api/v3/change-ext-idp-conn-state")), 2);
        auto state = inspect(s);
        QVERIFY(state);
        QCOMPARE(state->enabledOn.value(second.appId), true);
        QCOMPARE(state->enabledOn.value(QLatin1String(GenAuthSandboxConfig::defaultAppId)), true);

        m_sandbox->genAuthServer().clearRequestLog();
        r = apply(s);
        QVERIFY(r && r->ok());
        QCOMPARE(r->changes, 0);
        QVERIFY(writes().isEmpty());

        // Off on one of them behind the wizard's back: that one is named.
        pool().apps.last().enabledConnectionIds.clear();
        state = inspect(s);
        QVERIFY(state);
        QCOMPARE(state->enabledOn.value(second.appId), false);
        QCOMPARE(state->enabledOnApp, std::optional<bool>(true));
    }

    // The pool's applications, page after page (50 at most each), with the
    // connection's state in each: what step 2 lists to choose from.
    void everyApplicationIsListedWithTheConnectionsState()
    {
        connectGenAuth(*m_sandbox);
        const GenAuthSandboxApp first = pool().apps.first();
        for (int i = 0; i < 59; ++i) {
            GenAuthSandboxApp more = first;
            more.appId = QStringLiteral("65b2c3d4e5f60718293a%1").arg(i, 4, 10, QLatin1Char('0'));
            more.name = QStringLiteral("App %1").arg(i);
            more.enabledConnectionIds.clear();
            pool().apps.append(more);
        }
        m_sandbox->genAuthServer().clearRequestLog();
        std::optional<ApiResult<QList<GenAuthApplication>>> listed;
        m_client->listApplications(this, [&](const ApiResult<QList<GenAuthApplication>> &r) { listed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 20000);
        QVERIFY2(listed->ok(), qPrintable(listed->error.message));
        QCOMPARE(listed->value.size(), 60);
        QCOMPARE(m_sandbox->genAuthServer().requestLog().filter(QStringLiteral("list-applications")).size(), 2);
        QCOMPARE(listed->value.first().appId, first.appId);
        QCOMPARE(listed->value.first().enabledConnections.size(), 1);
        QCOMPARE(listed->value.first().enabledConnections.first().identifier, QStringLiteral("feishu"));
        QVERIFY(listed->value.last().enabledConnections.isEmpty());
    }

    void tokenIsSharedAndCached()
    {
        std::optional<ApiResult<QString>> first, second;
        m_client->managementToken(this, [&](const ApiResult<QString> &r) { first = r; });
        m_client->managementToken(this, [&](const ApiResult<QString> &r) { second = r; });
        QTRY_VERIFY(first && second);
        QVERIFY2(first->ok(), qPrintable(first->error.message));
        QCOMPARE(second->value, first->value);
        auto third = await<QString>([&](auto done) { m_client->managementToken(this, done); });
        QCOMPARE(third->value, first->value);
        QCOMPARE(m_sandbox->genAuthServer().requestLog().count(QStringLiteral("POST /api/v3/get-management-token")), 1);
    }

    void wrongPoolSecretNamesKeyManagement()
    {
        m_client->setCredentials(pool().userPoolId, QStringLiteral("WrongSecret0123456789abcdefabcdef"));
        const auto r = apply(spec());
        QVERIFY(r);
        QVERIFY(!r->ok());
        QCOMPARE(r->error.code, QStringLiteral("genauth-401"));
        QCOMPARE(int(r->error.step), int(Step::Credentials));
        QVERIFY2(r->error.message.contains(QLatin1String("Key Management")), qPrintable(r->error.message));
        QCOMPARE(r->error.fixUrl, m_sandbox->genAuthUrl());
        QVERIFY(writes().isEmpty());
        // The secret is never part of what the operator is shown.
        QVERIFY(!r->error.message.contains(QLatin1String("WrongSecret")));
    }

    void unknownPoolSaysSo()
    {
        m_client->setCredentials(QStringLiteral("60b49eb83fd80adb96f26e68"), pool().userPoolSecret);
        const auto r = await<QString>([&](auto done) { m_client->managementToken(this, done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("genauth-404/2224"));
        QVERIFY2(r->error.message.contains(QLatin1String("no user pool with the ID 60b49eb83fd80adb96f26e68")), qPrintable(r->error.message));
    }

    void freshPoolGetsEverything()
    {
        QVERIFY(pool().extIdps.isEmpty());
        const auto r = apply(spec());
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        QCOMPARE(r->changes, 3);
        QCOMPARE(writes(), QStringList({QStringLiteral("POST /api/v3/create-ext-idp"), QStringLiteral("POST /api/v3/create-ext-idp-conn"),
                                        QStringLiteral("POST /api/v3/change-ext-idp-conn-state")}));
        QCOMPARE(pool().extIdps.size(), 1);
        QCOMPARE(pool().extIdps.first().type, QStringLiteral("lark"));
        const GenAuthSandboxConnection *c = connection(QStringLiteral("feishu"));
        QVERIFY(c);
        QCOMPARE(c->type, QStringLiteral("lark-internal"));
        QCOMPARE(c->fields.value(QLatin1String("appId")).toString(), feishuApp().appId);
        QCOMPARE(c->fields.value(QLatin1String("appSecret")).toString(), feishuApp().appSecret);
        QCOMPARE(pool().apps.first().enabledConnectionIds, QStringList{c->id});
        QCOMPARE(r->connectionId, c->id);

        const auto state = inspect(spec());
        QVERIFY(state && state->error.ok());
        QVERIFY(state->matches());
        QCOMPARE(state->enabledOnApp, std::optional<bool>(true));
    }

    void secondRunChangesNothing()
    {
        QVERIFY(apply(spec())->ok());
        m_sandbox->genAuthServer().clearRequestLog();
        const auto r = apply(spec());
        QVERIFY(r && r->ok());
        QCOMPARE(r->changes, 0);
        QVERIFY2(writes().isEmpty(), qPrintable(writes().join(QLatin1Char(','))));
        QVERIFY(r->done.join(QLatin1Char('\n')).contains(QLatin1String("unchanged")));
        QVERIFY(r->done.join(QLatin1Char('\n')).contains(QLatin1String("Already enabled")));
    }

    void newSecretUpdatesTheConnectionOnly()
    {
        QVERIFY(apply(spec())->ok());
        m_sandbox->genAuthServer().clearRequestLog();
        IdentitySourceSpec s = spec();
        s.feishuAppSecret = QStringLiteral("RotatedSecret0123456789abcdefABC");
        const auto r = apply(s);
        QVERIFY(r && r->ok());
        QCOMPARE(writes(), QStringList{QStringLiteral("POST /api/v3/update-ext-idp-conn")});
        QCOMPARE(connection(QStringLiteral("feishu"))->fields.value(QLatin1String("appSecret")).toString(), s.feishuAppSecret);
    }

    void identifierOfAnotherFeishuAppIsNotOverwritten()
    {
        QVERIFY(apply(spec())->ok());
        m_sandbox->genAuthServer().clearRequestLog();
        IdentitySourceSpec other = spec();
        other.feishuAppId = QStringLiteral("cli_0000000000000000");
        const auto r = apply(other);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("genauth-identifier-taken"));
        QVERIFY2(r->error.message.contains(feishuApp().appId), qPrintable(r->error.message));
        QVERIFY(writes().isEmpty());
        QCOMPARE(connection(QStringLiteral("feishu"))->fields.value(QLatin1String("appId")).toString(), feishuApp().appId);
    }

    void identifierTakenElsewhereIsReported()
    {
        // A GitHub connection already uses "feishu": GenAuth refuses the
        // create with 409 (configurable, unverified), the wizard says why.
        pool().extIdps.append({QStringLiteral("6318061be13c0ce6a64093e5"), QStringLiteral("GitHub"), QStringLiteral("github"),
                               {{QStringLiteral("6318061be13c0ce6a64093e6"), QStringLiteral("6318061be13c0ce6a64093e5"), QStringLiteral("github"),
                                 QStringLiteral("feishu"), QStringLiteral("GitHub"), {}, false}}});
        const auto r = apply(spec());
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("genauth-409"));
        QVERIFY2(r->error.message.contains(QStringLiteral("“feishu” is already used")), qPrintable(r->error.message));
        QCOMPARE(connection(QStringLiteral("feishu"))->type, QStringLiteral("github"));
    }

    void unknownApplicationIsNamed()
    {
        IdentitySourceSpec s = spec();
        s.applicationId = QStringLiteral("5f17a529f64fb009b794a2ff");
        const auto r = apply(s);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("genauth-404/2011"));
        QVERIFY2(r->error.message.contains(QLatin1String("5f17a529f64fb009b794a2ff")), qPrintable(r->error.message));
    }

    void bothSpellingsAreWrittenAndEitherIsRead_data()
    {
        QTest::addColumn<QString>("idKey");
        QTest::addColumn<QString>("secretKey");
        QTest::newRow("official examples") << "clientID" << "clientSecret";
        QTest::newRow("Authing's Android login") << "appId" << "appSecret";
    }

    void bothSpellingsAreWrittenAndEitherIsRead()
    {
        QFETCH(QString, idKey);
        QFETCH(QString, secretKey);
        // Create it for me writes both spellings, so whichever GenAuth reads
        // holds the App ID and App Secret.
        auto r = apply(spec());
        QVERIFY(r && r->ok());
        const QJsonObject fields = connection(QStringLiteral("feishu"))->fields;
        for (const char *key : {"clientID", "appId"})
            QCOMPARE(fields.value(QLatin1String(key)).toString(), feishuApp().appId);
        for (const char *key : {"clientSecret", "appSecret"})
            QCOMPARE(fields.value(QLatin1String(key)).toString(), feishuApp().appSecret);
        // A connection made in the console under one spelling only reads as
        // this app's, and nothing is written again.
        pool().extIdps.clear();
        pool().apps.first().enabledConnectionIds.clear();
        pool().appIdFieldKey = idKey;
        pool().appSecretFieldKey = secretKey;
        connectGenAuth(*m_sandbox);
        const auto state = inspect(spec());
        QVERIFY(state);
        QVERIFY(state->sameAppId && state->sameSecret && state->matches());
        m_sandbox->genAuthServer().clearRequestLog();
        r = apply(spec());
        QVERIFY(r && r->ok());
        QCOMPARE(r->changes, 0);
        QVERIFY2(writes().isEmpty(), qPrintable(writes().join(QLatin1Char('\n'))));
    }

    void loginWorksWhicheverKeysGenAuthReads_data() { bothSpellingsAreWrittenAndEitherIsRead_data(); }

    void loginWorksWhicheverKeysGenAuthReads()
    {
        // GenAuth's login reads the App ID and App Secret under its keys to
        // call Feishu: with Create it for me's connection, a person signs in
        // through GenAuth whichever spelling it reads.
        QFETCH(QString, idKey);
        QFETCH(QString, secretKey);
        pool().appIdFieldKey = idKey;
        pool().appSecretFieldKey = secretKey;
        const auto r = apply(spec());
        QVERIFY(r && r->ok());
        const QString stopped = loginThroughGenAuthFails(*m_sandbox);
        QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
    }

    void aConnectionWithoutFieldsIsLeftAlone()
    {
        // The official detail type has no fields: which App ID GenAuth holds
        // cannot be read, so nothing is overwritten on a guess.
        GenAuthSandboxConnection &held = connectGenAuth(*m_sandbox);
        held.displayName = QStringLiteral("Feishu (old name)"); // something else to change, too
        held.fields = QJsonObject{{QStringLiteral("appId"), QStringLiteral("cli_0000000000000001")}}; // another app's
        pool().showsConnectionFields = false;
        const auto state = inspect(spec());
        QVERIFY(state && state->connection);
        QVERIFY(!state->fieldsShown);
        m_sandbox->genAuthServer().clearRequestLog();
        const auto r = apply(spec());
        QVERIFY(r && r->ok());
        QCOMPARE(r->changes, 0);
        QVERIFY(writes().isEmpty());
        QCOMPARE(connection(QStringLiteral("feishu"))->fields.value(QLatin1String("appId")).toString(), QStringLiteral("cli_0000000000000001"));
        QVERIFY2(r->done.join(QLatin1Char(' ')).contains(QLatin1String("does not show its fields")), qPrintable(r->done.join(QLatin1Char(' '))));
    }

    void fieldKeysAreConfigurable()
    {
        // A GenAuth that names the fields app_id / app_secret (§3.2 open question 1).
        pool().appIdFieldKey = QStringLiteral("app_id");
        pool().appSecretFieldKey = QStringLiteral("app_secret");
        pool().requiresFieldKeys = true;
        auto r = apply(spec());
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error.message.contains(QLatin1String("fields.app_id is required")), qPrintable(r->error.message));
        IdentitySourceSpec s = spec();
        s.appIdKeys = {QStringLiteral("app_id")};
        s.appSecretKeys = {QStringLiteral("app_secret")};
        r = apply(s);
        QVERIFY(r && r->ok());
        QCOMPARE(connection(QStringLiteral("feishu"))->fields.value(QLatin1String("app_id")).toString(), feishuApp().appId);
    }

    void poolHeaderNames_data()
    {
        QTest::addColumn<QString>("header");
        QTest::newRow("Authing's") << "x-authing-userpool-id";
        QTest::newRow("GenAuth's") << "x-genauth-userpool-id";
    }

    void poolHeaderNames()
    {
        QFETCH(QString, header);
        pool().poolHeaders = {header};
        const auto r = apply(spec());
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
    }

    void expiredTokenIsRenewedOnce()
    {
        QVERIFY(apply(spec())->ok());
        m_sandbox->genAuth().expireTokens();
        m_sandbox->genAuthServer().clearRequestLog();
        const auto state = inspect(spec());
        QVERIFY(state && state->error.ok());
        QCOMPARE(m_sandbox->genAuthServer().requestLog().count(QStringLiteral("POST /api/v3/get-management-token")), 1);
    }

    void previewMasksSecretsAndSendsNothing()
    {
        GenAuthIdentitySource source(m_client.get(), spec());
        const QList<PlannedChange> plan = source.preview();
        QVERIFY(m_sandbox->genAuthServer().requestLog().isEmpty());
        QStringList paths;
        QString everything;
        for (const PlannedChange &p : plan) {
            paths.append(p.method + QLatin1Char(' ') + QUrl(p.url).path());
            everything += p.url + p.body + p.message;
        }
        QCOMPARE(paths, QStringList({QStringLiteral("POST /api/v3/get-management-token"), QStringLiteral("GET /api/v3/list-ext-idp"),
                                     QStringLiteral("POST /api/v3/create-ext-idp"), QStringLiteral("GET /api/v3/get-ext-idp"),
                                     QStringLiteral("POST /api/v3/create-ext-idp-conn"), QStringLiteral("POST /api/v3/update-ext-idp-conn"),
                                     QStringLiteral("GET /api/v3/get-application"), QStringLiteral("POST /api/v3/change-ext-idp-conn-state")}));
        QVERIFY(!everything.contains(pool().userPoolSecret));
        QVERIFY(!everything.contains(feishuApp().appSecret));
        QVERIFY(everything.contains(QStringLiteral("••••••••")));
        QVERIFY(everything.contains(feishuApp().appId)); // what is not secret is shown as sent
    }

    void loginCallbackIsAddedOnce()
    {
        IdentitySourceSpec s = spec();
        s.loginCallback = QStringLiteral("http://127.0.0.1:9000/callback");
        const QStringList before = pool().apps.first().redirectUris;
        auto r = apply(s);
        QVERIFY(r && r->ok());
        QVERIFY(writes().contains(QStringLiteral("POST /api/v3/update-application")));
        // The whole list is sent: what was there stays.
        QCOMPARE(pool().apps.first().redirectUris, QStringList(before) << s.loginCallback);
        m_sandbox->genAuthServer().clearRequestLog();
        r = apply(s);
        QVERIFY(r && r->ok());
        QCOMPARE(r->changes, 0);
        QVERIFY(writes().isEmpty());
    }

    // After the end-to-end test the loopback callback can go again; the
    // application's own URLs stay.
    void loginCallbackCanBeRemovedAgain()
    {
        pool().apps.first().redirectUris.append(QStringLiteral("https://app.example.com/auth/callback"));
        const QStringList before = pool().apps.first().redirectUris;
        IdentitySourceSpec s = spec();
        s.loginCallback = QStringLiteral("http://127.0.0.1:9000/callback");
        auto r = apply(s);
        QVERIFY(r && r->ok());
        QVERIFY(pool().apps.first().redirectUris.contains(s.loginCallback));
        m_sandbox->genAuthServer().clearRequestLog();

        r = removeLoginCallback(s);
        QVERIFY(r && r->ok());
        QCOMPARE(r->changes, 1);
        QCOMPARE(writes(), QStringList{QStringLiteral("POST /api/v3/update-application")});
        QCOMPARE(pool().apps.first().redirectUris, before);
        QVERIFY2(r->done.join(QLatin1Char(' ')).contains(QLatin1String("Removed http://127.0.0.1:9000/callback")),
                 qPrintable(r->done.join(QLatin1Char(' '))));

        // Gone already: nothing is sent.
        m_sandbox->genAuthServer().clearRequestLog();
        r = removeLoginCallback(s);
        QVERIFY(r && r->ok());
        QCOMPARE(r->changes, 0);
        QVERIFY(writes().isEmpty());
        QCOMPARE(pool().apps.first().redirectUris, before);

        // A wrong key changes nothing and says which one.
        m_client->setCredentials(pool().userPoolId, QStringLiteral("wrong-secret-0123456789abcdef0123"));
        r = removeLoginCallback(s);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.step, Step::Credentials);
        QVERIFY2(r->error.message.contains(QLatin1String("Key Management")), qPrintable(r->error.message));
    }
};

QTEST_GUILESS_MAIN(TestGenAuth)
#include "tst_genauth.moc"
