// `feishu-sso-setup rotate-secret` end to end: the real executable against
// the sandbox on loopback and a real keyring (tests/session.sh keyring). The
// secret is reset in imitated Feishu, the new one reaches the command on
// standard input or FSS_NEW_APP_SECRET, and what each side holds is read at
// the sandbox and in the keychain, never taken from the command's word.
#include "support/CommandRun.h"
#include "support/KeychainCalls.h"
#include "support/SandboxHelpers.h"
#include "sandbox/SandboxDefaults.h"
#include "support/TestSession.h"

#include "core/setup/ProfileStore.h"
#include "core/setup/SecretStore.h"
#include "core/setup/SetupSession.h"

#include <QJsonArray>
#include <QTest>

using namespace fss;
using namespace fss::test;

class TestRotateSecretCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    const QString m_profile = QStringLiteral("rotating");

    SandboxApp &app() { return m_sandbox->feishu().config().apps.first(); }
    QString heldByGenAuth()
    {
        const GenAuthSandboxConfig &pool = m_sandbox->genAuth().config();
        return pool.extIdps.first().connections.first().fields.value(pool.appSecretFieldKey).toString();
    }
    int genAuthWrites() const
    {
        return int(m_sandbox->genAuthServer().requestLog().count(QStringLiteral("POST /api/v3/update-ext-idp-conn")));
    }
    QString keychainSecret(const QString &profile) { return readSecret(profile, SecretName::AppSecret).second; }
    bool store(SecretName name, const QString &value) { return writeSecret(m_profile, name, value).ok(); }

    // The command with the new secret typed on standard input (or nothing
    // typed), no secret in its environment.
    CommandRun rotate(const QString &typed, const QStringList &extra = {})
    {
        return runCommand(QStringList{QStringLiteral("rotate-secret"), QStringLiteral("--profile"), m_profile} + extra, {}, {}, {}, {},
                          typed.toUtf8() + '\n');
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
        connectGenAuth(*m_sandbox);
        SetupProfile p;
        p.name = m_profile;
        p.appId = app().appId;
        p.identifier = QString::fromLatin1(SandboxDefaults::identifier);
        p.userPoolId = QString::fromLatin1(SandboxDefaults::userPoolId);
        p.feishuApi = m_sandbox->url().toString();
        p.cloud = Cloud::Custom;
        p.customHost = m_sandbox->genAuthUrl().toString();
        p.genAuthAppId = QString::fromLatin1(GenAuthSandboxConfig::defaultAppId);
        QCOMPARE(ProfileStore{}.save(p), QString());
        QVERIFY(store(SecretName::AppSecret, app().appSecret));
        QVERIFY(store(SecretName::UserPoolSecret, m_sandbox->genAuth().config().userPoolSecret));
    }

    void cleanup() { m_sandbox.reset(); }

    void aResetSecretIsRotatedFromStandardInput()
    {
        const QString oldSecret = app().appSecret;
        QVERIFY2(loginThroughGenAuthFails(*m_sandbox).isEmpty(), "logins through GenAuth work before the reset");
        const QString newSecret = m_sandbox->feishu().resetSecret(app().appId);
        QVERIFY(!loginThroughGenAuthFails(*m_sandbox).isEmpty());

        // A wrong paste: refused by Feishu, nothing changed anywhere.
        CommandRun r = rotate(QStringLiteral("NotTheSecret0123456789abcdefABCD"), {QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 1, (r.out + r.err).constData());
        QCOMPARE(r.json.value(QLatin1String("stage")).toString(), QStringLiteral("verify"));
        QCOMPARE(genAuthWrites(), 0);
        QCOMPARE(heldByGenAuth(), oldSecret);
        QCOMPARE(keychainSecret(m_profile), oldSecret);

        // The new one, typed: Feishu, GenAuth, read back, keychain, checks.
        r = rotate(newSecret);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.err.contains("/baseinfo"), r.err.constData()); // where to reset it
        QVERIFY2(r.out.contains("GenAuth had the new App Secret"), r.out.constData());
        QVERIFY2(r.out.contains("Every check passes"), r.out.constData());
        for (const QString &secret : {oldSecret, newSecret, m_sandbox->genAuth().config().userPoolSecret})
            QVERIFY2(!r.out.contains(secret.toUtf8()) && !r.err.contains(secret.toUtf8()), "a secret in the output");
        QCOMPARE(genAuthWrites(), 1);
        QCOMPARE(heldByGenAuth(), newSecret);
        QCOMPARE(keychainSecret(m_profile), newSecret);
        QVERIFY2(loginThroughGenAuthFails(*m_sandbox).isEmpty(), "logins through GenAuth work again after the rotation");

        // Again, with the secret from the environment: nothing is sent.
        m_sandbox->genAuthServer().clearRequestLog();
        r = runCommand({QStringLiteral("rotate-secret"), QStringLiteral("--profile"), m_profile, QStringLiteral("--json")}, {}, {}, {},
                       {{QStringLiteral("FSS_NEW_APP_SECRET"), newSecret}});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY(r.json.value(QLatin1String("already_in_use")).toBool());
        QCOMPARE(r.json.value(QLatin1String("outage_ms")).toInt(-1), 0);
        QCOMPARE(genAuthWrites(), 0);
    }

    void badInputAndABusyProfile()
    {
        // Nothing typed: bad input, nothing sent.
        CommandRun r = rotate({});
        QVERIFY2(r.exitCode == 2, (r.out + r.err).constData());
        QCOMPARE(genAuthWrites(), 0);
        // Not an App Secret at all: the App ID, pasted by mistake.
        r = rotate(app().appId);
        QVERIFY2(r.exitCode == 2, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("This is the App ID"), r.out.constData());
        QCOMPARE(genAuthWrites(), 0);
        // Without --profile.
        r = runCommand({QStringLiteral("rotate-secret")}, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--profile"), r.err.constData());
        // Another process holds the profile: refused before anything is asked.
        SetupSession holder;
        holder.setStore(ProfileStore{});
        QVERIFY(holder.lockProfile(m_profile));
        m_sandbox->genAuthServer().clearRequestLog();
        r = rotate(m_sandbox->feishu().resetSecret(app().appId));
        QVERIFY2(r.exitCode == 1, (r.out + r.err).constData());
        QVERIFY2(r.err.contains(QByteArray::number(QCoreApplication::applicationPid())), r.err.constData());
        QVERIFY(m_sandbox->genAuthServer().requestLog().isEmpty());
    }
};

QTEST_MAIN(TestRotateSecretCommand)
#include "tst_rotatesecretcommand.moc"
