// `feishu-sso-setup remove` end to end: the real executable against the
// sandbox on loopback and a real keyring (tests/session.sh keyring). After a
// whole setup (the connection on two GenAuth applications, the redirect URL
// in Feishu, the login test's callback on the GenAuth application), remove
// leaves nothing of it in GenAuth, in the Feishu app's redirect URLs, in the
// keychain or on disk, as read at the sandbox and in the keyring; the plan
// comes first, and a second run sends nothing.
#include "support/CommandRun.h"
#include "support/KeychainCalls.h"
#include "support/SandboxHelpers.h"
#include "sandbox/SandboxDefaults.h"
#include "support/TestSession.h"

#include "core/setup/ProfileMapping.h"
#include "core/setup/ProfileStore.h"
#include "core/setup/SecretStore.h"

#include <QJsonArray>
#include <QTest>

using namespace fss;
using namespace fss::test;

class TestRemoveCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    const QString m_profile = QStringLiteral("leaving");
    const QString m_portal = QStringLiteral("65b2c3d4e5f60718293a4b5d");
    const QString m_callback = QStringLiteral("http://127.0.0.1:47821/callback");

    SandboxApp &app() { return m_sandbox->feishu().config().apps.first(); }
    GenAuthSandboxConfig &pool() { return m_sandbox->genAuth().config(); }
    SetupProfile profile() const
    {
        SetupProfile p;
        p.name = m_profile;
        p.appId = m_sandbox->feishu().config().apps.first().appId;
        p.identifier = QString::fromLatin1(SandboxDefaults::identifier);
        p.userPoolId = QString::fromLatin1(SandboxDefaults::userPoolId);
        p.feishuApi = m_sandbox->url().toString();
        p.cloud = Cloud::Custom;
        p.customHost = m_sandbox->genAuthUrl().toString();
        p.genAuthAppId = QString::fromLatin1(GenAuthSandboxConfig::defaultAppId);
        p.otherGenAuthAppIds = {m_portal};
        p.oidcCallback = m_callback;
        return p;
    }
    int writes() const
    {
        int n = 0;
        for (const QString &line : m_sandbox->genAuthServer().requestLog() + m_sandbox->server().requestLog())
            n += (line.startsWith(QLatin1String("POST")) || line.startsWith(QLatin1String("PATCH"))) && !line.contains(QLatin1String("token"));
        return n;
    }
    std::pair<KeychainResult, QString> keychain(SecretName name) { return readSecret(m_profile, name); }
    bool store(SecretName name, const QString &value) { return writeSecret(m_profile, name, value).ok(); }
    CommandRun remove(const QStringList &extra = {})
    {
        return runCommand(QStringList{QStringLiteral("remove"), QStringLiteral("--profile"), m_profile} + extra, {});
    }

private slots:
    void initTestCase()
    {
        FSS_REQUIRE_SESSION("keyring");
        QCoreApplication::setOrganizationName(QStringLiteral("feishu-sso-setup"));
        QCoreApplication::setApplicationName(QStringLiteral("feishu-sso-setup"));
    }

    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->start());
        // An app that may change itself (application:application:patch).
        app().grantedScopes.append(QStringLiteral("application:application:patch"));
        const QString connectionId = connectGenAuth(*m_sandbox).id;
        GenAuthSandboxApp portal = pool().apps.first();
        portal.appId = m_portal;
        portal.enabledConnectionIds = {connectionId};
        pool().apps.append(portal);
        pool().apps.first().redirectUris.append(m_callback);
        QCOMPARE(ProfileStore{}.save(profile()), QString());
        QVERIFY(store(SecretName::AppSecret, app().appSecret));
        QVERIFY(store(SecretName::UserPoolSecret, pool().userPoolSecret));
    }

    void cleanup() { m_sandbox.reset(); }

    void removeLeavesNothingBehind()
    {
        const QString redirect = ProfileMapping::redirectUrl(profile()).toString();
        QVERIFY(app().redirectUrls.contains(redirect));

        // The plan first: every write named, nothing sent.
        CommandRun r = remove({QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QJsonArray plan = r.json.value(QLatin1String("changes")).toArray();
        QStringList planned;
        for (const QJsonValue &v : plan)
            planned.append(v.toObject().value(QLatin1String("id")).toString() + QLatin1Char(' ') + v.toObject().value(QLatin1String("url")).toString().section(QLatin1Char('/'), 3));
        QCOMPARE(planned, (QStringList{QStringLiteral("login-callback api/v3/update-application"),
                                       QStringLiteral("connection api/v3/change-ext-idp-conn-state"),
                                       QStringLiteral("connection api/v3/change-ext-idp-conn-state"),
                                       QStringLiteral("connection api/v3/delete-ext-idp-conn"),
                                       QStringLiteral("redirect-url open-apis/application/v7/applications/%1/config").arg(app().appId)}));
        QVERIFY(r.json.value(QLatin1String("notes")).toArray().last().toString().contains(QLatin1String("app itself stays")));
        QCOMPARE(writes(), 0);
        QVERIFY(ProfileStore{}.contains(m_profile));

        // Taken down, read back, then forgotten locally.
        r = remove();
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY(pool().extIdps.first().connections.isEmpty());
        for (const GenAuthSandboxApp &a : pool().apps)
            QVERIFY(a.enabledConnectionIds.isEmpty());
        QVERIFY(!pool().apps.first().redirectUris.contains(m_callback));
        QVERIFY(!app().redirectUrls.contains(redirect));
        QVERIFY(!ProfileStore{}.contains(m_profile));
        QCOMPARE(keychain(SecretName::AppSecret).first.status, KeychainResult::Status::NotFound);
        QCOMPARE(keychain(SecretName::UserPoolSecret).first.status, KeychainResult::Status::NotFound);
        for (const QString &secret : {app().appSecret, pool().userPoolSecret})
            QVERIFY(!r.out.contains(secret.toUtf8()) && !r.err.contains(secret.toUtf8()));

        // Again: nothing left, nothing sent.
        m_sandbox->genAuthServer().clearRequestLog();
        m_sandbox->server().clearRequestLog();
        r = remove();
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY(m_sandbox->genAuthServer().requestLog().isEmpty() && m_sandbox->server().requestLog().isEmpty());
    }

    void anAppThatMayNotChangeItselfIsLeftToTheConsole()
    {
        app().grantedScopes.removeAll(QStringLiteral("application:application:patch"));
        const CommandRun r = remove();
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("Security Settings → Redirect URLs yourself") && r.out.contains("/safe"), r.out.constData());
        QVERIFY(m_sandbox->server().requestLog().filter(QStringLiteral("PATCH")).isEmpty());
        QVERIFY(pool().extIdps.first().connections.isEmpty());
    }

    void withoutThePoolSecretNothingIsForgottenUnlessAsked()
    {
        // GenAuth cannot be read: forgetting the profile would leave its
        // connection behind unseen, so it is kept unless the operator asks.
        QVERIFY(removeSecret(m_profile, SecretName::UserPoolSecret).ok());
        CommandRun r = remove();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("needs the user pool secret"), r.out.constData());
        QCOMPARE(writes(), 0);
        QVERIFY(ProfileStore{}.contains(m_profile));
        r = remove({QStringLiteral("--forget-anyway"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1); // GenAuth's side is not done
        QVERIFY(r.json.value(QLatin1String("forgotten")).toBool());
        QCOMPARE(writes(), 0);
        QVERIFY(!ProfileStore{}.contains(m_profile));
        QCOMPARE(pool().extIdps.first().connections.size(), 1);
    }

    void aFailureKeepsTheProfileToRunAgain()
    {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Status;
        fault.status = 503;
        fault.beforeHandling = true;
        m_sandbox->genAuthServer().setFault(QStringLiteral("/api/v3/delete-ext-idp-conn"), fault);
        CommandRun r = remove({QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.json.value(QLatin1String("forgotten")).toBool());
        QVERIFY(ProfileStore{}.contains(m_profile));
        QVERIFY(keychain(SecretName::AppSecret).first.ok());
        QCOMPARE(pool().extIdps.first().connections.size(), 1); // still there, switched off

        // Fixed: the run goes on, sending only what is left.
        m_sandbox->genAuthServer().clearFaults();
        m_sandbox->genAuthServer().clearRequestLog();
        r = remove({QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QCOMPARE(m_sandbox->genAuthServer().requestLog().count(QStringLiteral("POST /api/v3/change-ext-idp-conn-state")), 0);
        QCOMPARE(m_sandbox->genAuthServer().requestLog().count(QStringLiteral("POST /api/v3/delete-ext-idp-conn")), 1);
        QVERIFY(!ProfileStore{}.contains(m_profile));
    }
};

QTEST_MAIN(TestRemoveCommand)
#include "tst_removecommand.moc"
