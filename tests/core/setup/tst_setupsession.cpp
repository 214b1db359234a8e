// A whole setup driven through SetupSession alone, without a window, against
// the sandbox and a real keyring (tests/session.sh keyring): what the wizard
// and `apply` both stand on. The session holds the profile, puts the secrets
// in the keychain, finds what is missing, adopts what Set it up in Feishu
// and Create it for me did, and saves it so that a new session opening the
// profile knows all of it.
#include "core/feishu/FeishuAppSetup.h"
#include "core/setup/ProfileMapping.h"
#include "core/setup/SecretStore.h"
#include "core/setup/SetupSession.h"
#include "sandbox/Sandbox.h"
#include "support/KeychainCalls.h"
#include "support/TestSession.h"

#include <QFile>
#include <QSignalSpy>

#include <optional>
#include <QTemporaryDir>
#include <QTest>

using namespace fss;

class TestSetupSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_profiles;

    SandboxApp &app() { return m_sandbox->feishu().config().apps.first(); }
    ProfileStore store() const { return ProfileStore(m_profiles->path()); }

    // Opens `name` in `session` and waits for its secrets.
    static bool open(SetupSession &session, const QString &name)
    {
        std::optional<QString> error;
        session.open(name, [&](const QString &e) { error = e; });
        return QTest::qWaitFor([&] { return error.has_value(); }, 20000) && error->isEmpty();
    }

    // Every check, run to the end.
    static QList<CheckResult> checkAll(SetupSession &session)
    {
        SetupChecks *checks = session.newChecks(&session);
        QSignalSpy finished(checks, &SetupChecks::finished);
        checks->run(SetupChecks::allGroups());
        if (!finished.wait(30000))
            return {};
        return checks->results();
    }

    static CheckResult::Status statusOf(const QList<CheckResult> &results, const CheckId &id)
    {
        for (const CheckResult &r : results) {
            if (r.id == id)
                return r.status;
        }
        return CheckResult::Status::Pending;
    }

private slots:
    void initTestCase()
    {
        FSS_REQUIRE_SESSION("keyring");
        SecretStore::useSandboxService(true);
    }

    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->start());
        m_profiles = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_profiles.reset();
    }

    void aWholeSetupThroughTheSession()
    {
        SetupSession session;
        session.setStore(store());
        session.usePrefill(m_sandbox->prefill());
        QVERIFY(open(session, QStringLiteral("acme")));
        // The prefill filled what the profile left empty.
        QCOMPARE(session.profile().appId, app().appId);
        QCOMPARE(session.field(Field::AppSecret).toString(), app().appSecret);

        // Secrets go to the keychain before anything uses them.
        std::optional<KeychainResult> stored;
        session.storeSecrets({{SecretName::AppSecret, app().appSecret},
                              {SecretName::UserPoolSecret, m_sandbox->genAuth().config().userPoolSecret}},
                             &session, [&](const KeychainResult &r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY2(stored->ok(), qPrintable(stored->message));
        QCOMPARE(test::readSecret(QStringLiteral("acme"), SecretName::AppSecret).second, app().appSecret);

        // A new app that may configure itself and holds nothing else: what is
        // missing is the redirect URL, the web app, the permissions and
        // GenAuth's connection.
        app().grantedScopes = {QStringLiteral("application:application:patch"), QStringLiteral("application:application:self_manage")};
        app().grantedUserScopes.clear();
        app().redirectUrls.clear();
        app().webPage = false;
        app().onlineVersion = QStringLiteral("1.0.0");
        const QList<CheckResult> before = checkAll(session);
        QVERIFY(!before.isEmpty());
        QCOMPARE(statusOf(before, CheckId::credentials()), CheckResult::Status::Pass);
        QCOMPARE(statusOf(before, CheckId::redirectUrl()), CheckResult::Status::Fail);
        QCOMPARE(statusOf(before, CheckId::webPage()), CheckResult::Status::Fail);
        QCOMPARE(statusOf(before, CheckId::permissionOf(QStringLiteral("email"))), CheckResult::Status::Fail);
        QCOMPARE(statusOf(before, CheckId::genAuthConnection()), CheckResult::Status::Fail);

        // Set it up in Feishu, as the wizard's dialog and `apply` run it;
        // the session adopts the release it submitted and saves it.
        FeishuAppSetup setup(session.feishu(), ProfileMapping::feishuAppSpec(session.profile()));
        std::optional<FeishuSetupResult> applied;
        connect(&setup, &FeishuAppSetup::applied, this, [&](const FeishuSetupResult &r) { applied = r; });
        setup.apply(false);
        QTRY_VERIFY_WITH_TIMEOUT(applied.has_value(), 30000);
        const FeishuSetupResult feishu = *applied;
        QVERIFY2(feishu.ok(), qPrintable(feishu.error.message));
        QVERIFY(!feishu.submittedVersion.isEmpty());
        session.adoptFeishuRun(feishu);
        QCOMPARE(session.profile().releaseWaiting, feishu.submittedVersion);
        QCOMPARE(session.profile().version, feishu.submittedVersion);
        QCOMPARE(store().load(QStringLiteral("acme")).profile->releaseWaiting, feishu.submittedVersion);

        // An administrator approves; the session forgets the wait.
        QVERIFY(m_sandbox->feishu().review(app().appId, true));
        session.setReleaseWaiting({});
        QVERIFY(store().load(QStringLiteral("acme")).profile->releaseWaiting.isEmpty());

        // Create it for me on GenAuth's side.
        GenAuthIdentitySource *source = session.newIdentitySourceRun(&session);
        std::optional<ApplyResult> done;
        connect(source, &GenAuthIdentitySource::applied, this, [&](const ApplyResult &r) { done = r; });
        source->apply();
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 30000);
        QVERIFY2(done->ok(), qPrintable(done->error.message));

        // Now every check passes, and the session saw the connection's App ID.
        for (const CheckResult &r : checkAll(session))
            QVERIFY2(r.status == CheckResult::Status::Pass, qPrintable(r.id.toString() + QStringLiteral(": ") + r.message));
        QCOMPARE(session.connectionAppId(), app().appId);
        QCOMPARE(session.save(), QString());

        // A new session opening the profile knows all of it, secrets included.
        SetupSession reopened;
        reopened.setStore(store());
        reopened.setFeishuEndpoints(m_sandbox->prefill().endpoints);
        QVERIFY(open(reopened, QStringLiteral("acme")));
        QCOMPARE(reopened.profile().appId, app().appId);
        QCOMPARE(reopened.profile().version, feishu.submittedVersion);
        QCOMPARE(reopened.field(Field::AppSecret).toString(), app().appSecret);
        QVERIFY(reopened.hasUserPoolSecret());
        for (const CheckResult &r : checkAll(reopened))
            QVERIFY2(r.status == CheckResult::Status::Pass, qPrintable(r.id.toString() + QStringLiteral(": ") + r.message));
    }

    void aFieldFromAPageIsNormalisedAndReachesTheClients()
    {
        SetupSession session;
        session.usePrefill(m_sandbox->prefill());
        session.setField(Field::AppId, QStringLiteral("  cli_0123456789abcdef "));
        QCOMPARE(session.profile().appId, QStringLiteral("cli_0123456789abcdef"));
        QCOMPARE(session.feishu()->appId(), QStringLiteral("cli_0123456789abcdef"));
        // The default callback is kept as "none chosen".
        session.setField(Field::OidcCallback, QString::fromLatin1(SetupProfile::defaultOidcCallback));
        QVERIFY(session.profile().oidcCallback.isEmpty());
        // A host for another cloud is kept, not used, until the cloud is custom.
        session.setField(Field::Cloud, int(Cloud::GenAuth));
        session.setField(Field::CustomHost, QStringLiteral("https://auth.example.com"));
        QVERIFY(session.profile().customHost.isEmpty());
        session.setField(Field::Cloud, int(Cloud::Custom));
        QCOMPARE(session.profile().customHost, QStringLiteral("https://auth.example.com"));
    }

    void aRegisteredAppIsAdoptedSecretFirst()
    {
        SetupSession session;
        session.setStore(store());
        QVERIFY(open(session, QStringLiteral("scanned")));
        bool appIdShown = false;
        connect(&session, &SetupSession::fieldChanged, this, [&](Field field, const QVariant &value) {
            appIdShown = appIdShown || (field == Field::AppId && value.toString() == QStringLiteral("cli_fedcba9876543210"));
        });
        RegisteredApp created{QStringLiteral("cli_fedcba9876543210"), QStringLiteral("NewSecretFromTheRegistration000"), {}, Platform::Lark};
        std::optional<KeychainResult> result;
        session.adoptRegisteredApp(created, &session, [&](const KeychainResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->message));
        QCOMPARE(test::readSecret(QStringLiteral("scanned"), SecretName::AppSecret).second, created.appSecret);
        const SetupProfile saved = *store().load(QStringLiteral("scanned")).profile;
        QCOMPARE(saved.appId, created.appId);
        QVERIFY(saved.platform == Platform::Lark);
        QVERIFY(saved.appSecretStored);
        QVERIFY(saved.ticked.contains(ChecklistId::appCreated().toString()));
        QVERIFY(saved.ticked.contains(ChecklistId::appOpens().toString()));
        // The pages are told, the App ID among them.
        QVERIFY(appIdShown);
    }

    void withoutAnOpenProfileARunChangesOnlyWhatItProduced()
    {
        // The command line's flags override the stored profile; a release
        // adopted by `apply` goes into the stored profile and nothing else.
        SetupProfile stored;
        stored.name = QStringLiteral("ci");
        stored.appId = QStringLiteral("cli_aaaaaaaaaaaaaaaa");
        QCOMPARE(store().save(stored), QString());
        SetupSession session;
        session.setStore(store());
        SetupProfile overridden = stored;
        overridden.appId = QStringLiteral("cli_bbbbbbbbbbbbbbbb");
        session.setProfile(overridden);
        session.setReleaseWaiting(QStringLiteral("2.0.0"));
        const SetupProfile after = *store().load(QStringLiteral("ci")).profile;
        QCOMPARE(after.releaseWaiting, QStringLiteral("2.0.0"));
        QCOMPARE(after.appId, stored.appId);
    }

    // One writer per profile: a second session of the same profile (another
    // window) opens it read-only, names the process that holds it, and
    // writes nothing; the first still writes, and once it is gone the
    // profile is writable again.
    void aSecondWriterOpensTheProfileReadOnly()
    {
        SetupProfile stored;
        stored.name = QStringLiteral("shared");
        stored.appId = QStringLiteral("cli_aaaaaaaaaaaaaaaa");
        QCOMPARE(store().save(stored), QString());
        auto first = std::make_unique<SetupSession>();
        first->setStore(store());
        QVERIFY(open(*first, stored.name));
        QVERIFY(!first->isReadOnly());

        SetupSession second;
        second.setStore(store());
        QVERIFY(open(second, stored.name));
        QVERIFY(second.isReadOnly());
        QVERIFY2(second.readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())), qPrintable(second.readOnlyReason()));
        QSignalSpy refused(&second, &SetupSession::saveFailed);
        second.setField(Field::AppId, QStringLiteral("cli_bbbbbbbbbbbbbbbb"));
        QCOMPARE(second.save(), QString());
        second.setReleaseWaiting(QStringLiteral("9.9.9")); // a run's result: not saved, and it says why
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().first().toString(), second.readOnlyReason());
        SetupProfile onDisk = *store().load(stored.name).profile;
        QCOMPARE(onDisk.appId, stored.appId);
        QVERIFY(onDisk.releaseWaiting.isEmpty());

        first->setReleaseWaiting(QStringLiteral("1.0.1"));
        QCOMPARE(store().load(stored.name).profile->releaseWaiting, QStringLiteral("1.0.1"));
        first.reset();
        SetupSession third;
        third.setStore(store());
        QVERIFY(open(third, stored.name));
        QVERIFY(!third.isReadOnly());
    }

    // What changed since the last good check: a check that starts failing
    // says when it last passed and what it said then, the next run since
    // when it fails, and the profile keeps both (and no secret).
    void aFailingCheckSaysWhatItLastSawAndSinceWhen()
    {
        SetupSession session;
        session.setStore(store());
        session.usePrefill(m_sandbox->prefill());
        QVERIFY(open(session, QStringLiteral("drift")));
        std::optional<KeychainResult> stored;
        session.storeSecrets({{SecretName::AppSecret, app().appSecret}}, &session, [&](const KeychainResult &r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY2(stored->ok(), qPrintable(stored->message));
        const auto redirect = [&] {
            for (const CheckResult &r : checkAll(session)) {
                if (r.id == CheckId::redirectUrl())
                    return r;
            }
            return CheckResult{};
        };
        const QString id = CheckId::redirectUrl().toString();

        const CheckResult good = redirect();
        QCOMPARE(good.status, CheckResult::Status::Pass);
        const CheckHistory kept = store().load(QStringLiteral("drift")).profile->checkHistory.value(id);
        QVERIFY(kept.lastPassAt.isValid());
        QCOMPARE(kept.lastPassSaw, good.message);
        QVERIFY(!kept.failingSince.isValid());

        app().redirectUrls.clear(); // someone took it off in the console
        const CheckResult broke = redirect();
        QCOMPARE(broke.status, CheckResult::Status::Fail);
        QVERIFY2(broke.message.contains(good.message), qPrintable(broke.message));
        QCOMPARE(broke.lastPassAt, kept.lastPassAt);
        QVERIFY(broke.failingSince.isValid());

        const CheckResult still = redirect();
        QVERIFY2(still.message.contains(QLatin1String("Failing since")), qPrintable(still.message));
        QCOMPARE(still.failingSince, broke.failingSince);

        // The next day's session (or `check`) knows it from the profile.
        const CheckHistory onDisk = store().load(QStringLiteral("drift")).profile->checkHistory.value(id);
        QCOMPARE(onDisk.failingSince, broke.failingSince);
        QCOMPARE(onDisk.lastPassAt, kept.lastPassAt);
        QFile file(store().filePath(QStringLiteral("drift")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(app().appSecret.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestSetupSession)
#include "tst_setupsession.moc"
