// Rotating the App Secret through the session, against the sandbox and a
// real keyring (tests/session.sh keyring): the secret is reset in imitated
// Feishu's console, logins through GenAuth fail, the pasted secret is
// proven with Feishu, given to GenAuth's connection (only its secret field)
// and read back, and only then kept in the keychain; logins pass again. A
// refused paste changes nothing anywhere; a GenAuth failure says what each
// side holds and a retry finishes it.
#include "core/setup/SecretStore.h"
#include "core/setup/SetupSession.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxDefaults.h"
#include "support/KeychainCalls.h"
#include "support/SandboxHelpers.h"
#include "support/TestSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fss;
using namespace fss::test;

class TestSecretRotation : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_profiles;
    std::unique_ptr<SetupSession> m_session;

    SandboxApp &app() { return m_sandbox->feishu().config().apps.first(); }
    GenAuthSandboxConnection &connection() { return m_sandbox->genAuth().config().extIdps.first().connections.first(); }
    QString secretField() const { return m_sandbox->genAuth().config().appSecretFieldKey; }

    QString loginThroughGenAuthFails() { return test::loginThroughGenAuthFails(*m_sandbox); }

    std::optional<SecretRotationResult> prepared(SecretRotation *rotation)
    {
        QSignalSpy spy(rotation, &SecretRotation::prepared);
        rotation->prepare();
        if (!spy.wait(20000))
            return std::nullopt;
        return spy.first().first().value<SecretRotationResult>();
    }

    static std::optional<SecretRotationResult> finish(SecretRotation *rotation, const std::function<void()> &start)
    {
        QSignalSpy spy(rotation, &SecretRotation::finished);
        start();
        if (!spy.wait(20000))
            return std::nullopt;
        return spy.first().first().value<SecretRotationResult>();
    }

    static QStringList writes(const QStringList &log)
    {
        QStringList w;
        for (const QString &line : log) {
            if (line.contains(QLatin1String("update-ext-idp-conn")))
                w.append(line);
        }
        return w;
    }

private slots:
    void initTestCase()
    {
        FSS_REQUIRE_SESSION("keyring");
        SecretStore::useSandboxService(true);
        qRegisterMetaType<SecretRotationResult>();
    }

    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->start());
        connectGenAuth(*m_sandbox, QLatin1String(SandboxDefaults::identifier));
        m_profiles = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<SetupSession>();
        m_session->setStore(ProfileStore(m_profiles->path()));
        m_session->usePrefill(m_sandbox->prefill());
        std::optional<QString> opened;
        m_session->open(QStringLiteral("acme"), [&](const QString &e) { opened = e; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 20000);
        std::optional<KeychainResult> stored;
        m_session->storeSecrets({{SecretName::AppSecret, app().appSecret},
                                 {SecretName::UserPoolSecret, m_sandbox->genAuth().config().userPoolSecret}},
                                m_session.get(), [&](const KeychainResult &r) { stored = r; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 20000);
        QVERIFY2(stored->ok(), qPrintable(stored->message));
    }

    void cleanup()
    {
        m_session.reset();
        m_sandbox.reset();
        m_profiles.reset();
    }

    void aResetSecretIsRotatedEndToEnd()
    {
        const QString oldSecret = app().appSecret;
        const QString poolSecret = m_sandbox->genAuth().config().userPoolSecret;
        QVERIFY2(loginThroughGenAuthFails().isEmpty(), "signing in through GenAuth works before the reset");

        SecretRotation *rotation = m_session->newSecretRotation(m_session.get());
        QCOMPARE(rotation->resetPage().toString(), QStringLiteral("https://open.feishu.cn/app/%1/baseinfo").arg(app().appId));
        // Prepared while the old secret works: the plan names every request,
        // the secrets masked, and sends no write.
        m_sandbox->genAuthServer().clearRequestLog();
        const auto plan = prepared(rotation);
        QVERIFY(plan && plan->prepared());
        QCOMPARE(plan->changes.size(), 3);
        QCOMPARE(plan->secretKeys, QStringList{secretField()}); // the key the connection uses, no other
        for (const PlannedChange &c : plan->changes) {
            QVERIFY2(!c.body.contains(oldSecret) && !c.body.contains(poolSecret), qPrintable(c.body));
            QCOMPARE(c.status, PlannedChange::Status::Planned);
        }
        QVERIFY(plan->changes.at(1).url.endsWith(QLatin1String("/api/v3/update-ext-idp-conn")));
        QVERIFY(writes(m_sandbox->genAuthServer().requestLog()).isEmpty());

        // The secret is reset in the console: logins through GenAuth fail.
        const QString newSecret = m_sandbox->feishu().resetSecret(app().appId);
        const QString failed = loginThroughGenAuthFails();
        QVERIFY2(failed.contains(QLatin1String("Feishu refused GenAuth's request")), qPrintable(failed));

        // A wrong paste: Feishu refuses it and nothing changes anywhere.
        auto r = finish(rotation, [&] { rotation->rotate(QStringLiteral("NotTheSecret0123456789abcdefABCD")); });
        QVERIFY(r);
        QCOMPARE(r->stage, SecretRotationResult::Stage::Verify);
        QVERIFY2(r->error.message.contains(QLatin1String("Nothing was changed")), qPrintable(r->error.message));
        QVERIFY(!r->feishuTakesNew && !r->genAuthHoldsNew && !r->keychainHoldsNew);
        QVERIFY(writes(m_sandbox->genAuthServer().requestLog()).isEmpty());
        QCOMPARE(connection().fields.value(secretField()).toString(), oldSecret);
        QCOMPARE(readSecret(QStringLiteral("acme"), SecretName::AppSecret).second, oldSecret);

        // The right one: Feishu, then GenAuth (only the secret field), read
        // back, then the keychain.
        r = finish(rotation, [&] { rotation->rotate(QLatin1Char(' ') + newSecret + QLatin1Char('\n')); });
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        QVERIFY(r->feishuTakesNew && r->genAuthHoldsNew && r->secretReadBack && r->keychainHoldsNew);
        QVERIFY(r->outageMs >= 0);
        QCOMPARE(writes(m_sandbox->genAuthServer().requestLog()).size(), 1);
        QCOMPARE(connection().fields.value(secretField()).toString(), newSecret);
        QCOMPARE(connection().fields.value(m_sandbox->genAuth().config().appIdFieldKey).toString(), app().appId);
        QCOMPARE(connection().fields.size(), 2); // no other key added
        QCOMPARE(readSecret(QStringLiteral("acme"), SecretName::AppSecret).second, newSecret);
        QCOMPARE(m_session->field(Field::AppSecret).toString(), newSecret);
        QVERIFY2(loginThroughGenAuthFails().isEmpty(), "signing in through GenAuth works after the rotation");

        // A second run with the same secret sends nothing: everything holds it.
        m_sandbox->genAuthServer().clearRequestLog();
        SecretRotation *again = m_session->newSecretRotation(m_session.get());
        QVERIFY(prepared(again));
        r = finish(again, [&] { again->rotate(newSecret); });
        QVERIFY(r);
        QVERIFY2(r->ok() && r->alreadyInUse, qPrintable(r->error.message));
        QCOMPARE(r->changes.at(1).status, PlannedChange::Status::Unchanged);
        QVERIFY(writes(m_sandbox->genAuthServer().requestLog()).isEmpty());
    }

    void aGenAuthFailureSaysWhatEachSideHoldsAndRetries()
    {
        const QString oldSecret = app().appSecret;
        SecretRotation *rotation = m_session->newSecretRotation(m_session.get());
        QVERIFY(prepared(rotation));
        const QString newSecret = m_sandbox->feishu().resetSecret(app().appId);
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Status;
        fault.status = 503;
        fault.beforeHandling = true; // GenAuth fails without taking it
        m_sandbox->genAuthServer().setFault(QStringLiteral("/api/v3/update-ext-idp-conn"), fault);
        auto r = finish(rotation, [&] { rotation->rotate(newSecret); });
        QVERIFY(r);
        QCOMPARE(r->stage, SecretRotationResult::Stage::UpdateGenAuth);
        QVERIFY(r->feishuTakesNew && !r->genAuthHoldsNew && !r->keychainHoldsNew);
        const QString sides = r->sides().join(QLatin1Char('\n'));
        QVERIFY2(sides.contains(QLatin1String("Feishu takes the new App Secret")) && sides.contains(QLatin1String("still holds the old"))
                     && sides.contains(QLatin1String("keychain still holds the old")),
                 qPrintable(sides));
        // The old secret stays in the keychain until the new one is proven.
        QCOMPARE(readSecret(QStringLiteral("acme"), SecretName::AppSecret).second, oldSecret);
        QCOMPARE(connection().fields.value(secretField()).toString(), oldSecret);

        m_sandbox->genAuthServer().clearFaults();
        r = finish(rotation, [&] { rotation->retry(); });
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        QCOMPARE(connection().fields.value(secretField()).toString(), newSecret);
        QCOMPARE(readSecret(QStringLiteral("acme"), SecretName::AppSecret).second, newSecret);
    }

    void aLostAnswerIsSettledByReadingBack()
    {
        // GenAuth takes the update but its answer is lost: the read-back,
        // not the failed answer, decides.
        SecretRotation *rotation = m_session->newSecretRotation(m_session.get());
        QVERIFY(prepared(rotation));
        const QString newSecret = m_sandbox->feishu().resetSecret(app().appId);
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Status;
        fault.status = 502;
        m_sandbox->genAuthServer().setFault(QStringLiteral("/api/v3/update-ext-idp-conn"), fault);
        const auto r = finish(rotation, [&] { rotation->rotate(newSecret); });
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        QCOMPARE(r->changes.at(1).status, PlannedChange::Status::Failed);
        QVERIFY2(r->changes.at(2).message.contains(QLatin1String("holds the new App Secret")), qPrintable(r->changes.at(2).message));
        QCOMPARE(readSecret(QStringLiteral("acme"), SecretName::AppSecret).second, newSecret);
    }

    void aRefusedPoolSecretChangesNothing()
    {
        // The user pool secret was rotated in GenAuth meanwhile: the
        // rotation says so before the paste, and nothing is sent.
        m_session->setSecrets(app().appSecret, QStringLiteral("RotatedInGenAuth0123456789abcdef"));
        SecretRotation *rotation = m_session->newSecretRotation(m_session.get());
        const auto r = prepared(rotation);
        QVERIFY(r);
        QVERIFY(!r->prepared());
        QVERIFY(r->poolSecretRefused);
        QVERIFY2(r->error.message.contains(QLatin1String("user pool")), qPrintable(r->error.message));
        QVERIFY(writes(m_sandbox->genAuthServer().requestLog()).isEmpty());
    }

    void theOldSecretWorksDuringTheGrace()
    {
        // The sandbox's grace (unverified for Feishu itself): the old secret
        // still gets a token for a while after the reset, then is refused.
        const QString oldSecret = app().appSecret;
        m_sandbox->feishu().config().secretGraceSeconds = 60;
        m_sandbox->feishu().resetSecret(app().appId);
        QVERIFY(app().acceptsSecret(oldSecret));
        QVERIFY2(loginThroughGenAuthFails().isEmpty(), "logins through GenAuth work during the grace");
        app().previousSecretExpiry = QDeadlineTimer(0);
        QVERIFY(!app().acceptsSecret(oldSecret));
        QVERIFY(!loginThroughGenAuthFails().isEmpty());
    }
};

QTEST_MAIN(TestSecretRotation)
#include "tst_secretrotation.moc"
