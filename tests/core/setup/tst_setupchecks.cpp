// The live checks against sandbox apps set up wrong in each way an operator
// can get wrong: every failure names the step that fixes it.
#include "support/SandboxHelpers.h"
#include "sandbox/SandboxDefaults.h"

#include "core/setup/ProfileMapping.h"
#include "core/setup/SetupChecks.h"
#include "core/setup/StepProgress.h"

#include <QTest>

using namespace fss;
using namespace fss::test;

class TestSetupChecks : public QObject
{
    Q_OBJECT

    SandboxFixture m_fixture;
    std::unique_ptr<Sandbox> &m_sandbox = m_fixture.sandbox;
    std::unique_ptr<FeishuClient> &m_client = m_fixture.client;

    SandboxApp &app() { return m_fixture.app(); }

    SetupProfile profile() const
    {
        SetupProfile p;
        p.name = QStringLiteral("test");
        p.appId = QStringLiteral("cli_a1b2c3d4e5f60718");
        p.identifier = QString::fromLatin1(SandboxDefaults::identifier);
        p.userPoolId = QString::fromLatin1(SandboxDefaults::userPoolId);
        p.genAuthAppId = QString::fromLatin1(GenAuthSandboxConfig::defaultAppId);
        return p;
    }

    // GenAuth's side is read with the sandbox GenAuth's pool secret, unless
    // `poolSecret` says otherwise (empty: none).
    // The login test's person, as the session hands it to the checks.
    struct SignedIn
    {
        QString openId;
        QString name;
        QString unionId;
    };
    std::optional<SignedIn> m_signedIn;

    QList<CheckResult> run(const SetupProfile &p, SetupChecks::Groups groups = SetupChecks::allGroups(),
                           std::optional<QString> poolSecret = std::nullopt)
    {
        SetupChecks checks(m_client.get());
        checks.setProfile(p);
        if (m_signedIn)
            checks.setSignedInUser(m_signedIn->openId, m_signedIn->name, m_signedIn->unionId);
        GenAuthClient genAuth(m_fixture.transport.get());
        genAuth.setEndpoints({m_sandbox->genAuthUrl(), m_sandbox->genAuthUrl()});
        genAuth.setCredentials(p.userPoolId, poolSecret.value_or(m_sandbox->genAuth().config().userPoolSecret));
        checks.setGenAuth(&genAuth, ProfileMapping::identitySource(p, app().appSecret));
        QSignalSpy finished(&checks, &SetupChecks::finished);
        checks.run(groups);
        if (!finished.wait(20000))
            return {};
        return checks.results();
    }

    static CheckResult result(const QList<CheckResult> &results, const QString &id)
    {
        for (const CheckResult &r : results) {
            if (r.id.toString() == id)
                return r;
        }
        return {};
    }

    static QString status(const QList<CheckResult> &results, const QString &id)
    {
        return CheckResult::statusName(result(results, id).status);
    }

private slots:
    void init()
    {
        m_signedIn.reset();
        QVERIFY(m_fixture.start());
    }
    void cleanup() { m_fixture.stop(); }

    void correctSetupPassesEverything()
    {
        connectGenAuth(*m_sandbox);
        const QList<CheckResult> results = run(profile());
        QCOMPARE(results.size(), 14); // 12 of Feishu's side, 2 of GenAuth's
        for (const CheckResult &r : results)
            QVERIFY2(r.status == CheckResult::Status::Pass, qPrintable(r.id.toString() + ": " + r.message));
        // One token for all ten probes that need it.
        QCOMPARE(m_sandbox->server().requestLog().count(QStringLiteral("POST /open-apis/auth/v3/tenant_access_token/internal")), 1);
    }

    // Where each step stands, as the step list shows it, from a real run:
    // a version waiting for approval that carries the web app and two
    // review-required permissions leaves steps 3 to 6 waiting only for the
    // approval (the wizard then offers the login test); a missing redirect
    // URL does not. A token for the credentials proves step 1.
    void stepProgressFromTheChecks()
    {
        connectGenAuth(*m_sandbox);
        SandboxApp &a = app();
        a.webPage = false;
        a.onlineVersion = QStringLiteral("1.0.0");
        a.reviewVersion = QStringLiteral("1.0.1");
        a.inReview.webPage = true;
        for (const QString &scope : {QStringLiteral("contact:user.email:readonly"), QStringLiteral("contact:user.phone:readonly")}) {
            a.grantedScopes.removeAll(scope);
            a.grantedUserScopes.removeAll(scope);
            a.requestedScopes.append(scope);
            a.requestedUserScopes.append(scope);
            a.inReview.tenantScopes.append(scope);
            a.inReview.userScopes.append(scope);
        }
        StepProgress progress;
        for (const CheckResult &r : run(profile()))
            progress.add(r);
        using State = StepProgress::State;
        QVERIFY(progress.state(Step::CreateApp) == State::Passed);
        QVERIFY(progress.state(Step::Credentials) == State::Passed);
        QVERIFY(progress.state(Step::WebPage) == State::Waiting);
        QVERIFY(progress.state(Step::RedirectUrl) == State::Passed);
        QVERIFY(progress.state(Step::Permissions) == State::Passed); // asked for: its part is done
        const auto said = [&](Step step) {
            QStringList lines;
            for (const CheckResult &r : progress.verdicts(step))
                lines.append(r.id.toString() + QLatin1String(" ") + CheckResult::statusName(r.status) + QLatin1String(" ") + r.code + QLatin1String(": ") + r.message);
            return lines.join(QLatin1Char('\n'));
        };
        QVERIFY2(progress.state(Step::Publish) == State::Waiting, qPrintable(said(Step::Publish)));
        QVERIFY(progress.onlyApprovalLeftBeforeLogin());
        QVERIFY(!progress.verdicts(Step::WebPage).isEmpty());

        a.redirectUrls.clear();
        for (const CheckResult &r : run(profile(), SetupChecks::Group::AppRecord))
            progress.add(r);
        QVERIFY(progress.state(Step::RedirectUrl) == State::Failed);
        QVERIFY(!progress.onlyApprovalLeftBeforeLogin());

        // A secret Feishu refuses says nothing of step 1, and fails step 2.
        m_client->setCredentials(a.appId, QStringLiteral("WrongSecret0123456789abcdefABCDEF"));
        StepProgress refused;
        for (const CheckResult &r : run(profile(), SetupChecks::Group::Credentials))
            refused.add(r);
        QVERIFY(refused.state(Step::CreateApp) == State::NotChecked);
        QVERIFY(refused.state(Step::Credentials) == State::Failed);
    }

    void scopeNamesMatchWithOrWithoutPrefix()
    {
        m_sandbox->feishu().config().scopeNamesWithPrefix = true;
        const QList<CheckResult> results = run(profile(), SetupChecks::Group::Permissions);
        for (const CheckResult &r : results)
            QVERIFY2(r.status == CheckResult::Status::Pass, qPrintable(r.id.toString() + ": " + r.message));
        QVERIFY(scopeNameMatches(QStringLiteral("user.email:readonly"), QStringLiteral("contact:user.email:readonly")));
        QVERIFY(!scopeNameMatches(QStringLiteral("email:readonly"), QStringLiteral("contact:user.email:readonly")));
        QVERIFY(!scopeNameMatches(QString(), QStringLiteral("contact:user.email:readonly")));
    }

    void contactsAsAppPassesWithAnyOfTheThreeAndNamesIt_data()
    {
        QTest::addColumn<QString>("held");
        QTest::newRow("today's successor") << "contact:contact.base:readonly";
        QTest::newRow("closed since 2023: readonly_as_app") << "contact:contact:readonly_as_app";
        QTest::newRow("closed since 2023: access_as_app") << "contact:contact:access_as_app";
    }

    void contactsAsAppPassesWithAnyOfTheThreeAndNamesIt()
    {
        QFETCH(QString, held);
        app().revoke(QStringLiteral("contact:contact.base:readonly"));
        app().grantedScopes.append(held);
        const CheckResult r = result(run(profile(), SetupChecks::Group::Permissions), QStringLiteral("permission.contacts-as-app"));
        QCOMPARE(r.status, CheckResult::Status::Pass);
        QVERIFY2(r.message.contains(held), qPrintable(r.message));
        // Without any of them, the fix asks for today's scope only.
        app().revoke(held);
        const CheckResult missing = result(run(profile(), SetupChecks::Group::Permissions), QStringLiteral("permission.contacts-as-app"));
        QCOMPARE(missing.status, CheckResult::Status::Fail);
        QCOMPARE(missing.missingScopes, QStringList{QStringLiteral("contact:contact.base:readonly")});
    }

    void identitiesComeFromTheAppsRecord()
    {
        // The scope list without scope_type (as the doc page shows it): the
        // record's token_types say the email is configured for the app
        // identity only, so user_info with the user's token would lack it.
        m_sandbox->feishu().config().scopeTypes = false;
        app().grantedUserScopes.removeAll(QStringLiteral("contact:user.email:readonly"));
        CheckResult r = result(run(profile(), SetupChecks::Group::Permissions), QStringLiteral("permission.email"));
        QCOMPARE(r.status, CheckResult::Status::Fail);
        QVERIFY2(r.message.contains(QLatin1String("user identity")), qPrintable(r.message));
        QVERIFY2(r.source.contains(QLatin1String("token_types")), qPrintable(r.source));
        // Where the app may not read itself, scope_type decides; without it
        // a listed scope counts for both identities.
        app().revoke(QStringLiteral("application:application:self_manage"));
        r = result(run(profile(), SetupChecks::Group::Permissions), QStringLiteral("permission.email"));
        QCOMPARE(r.status, CheckResult::Status::Pass);
        QVERIFY2(!r.source.contains(QLatin1String("token_types")), qPrintable(r.source));
        m_sandbox->feishu().config().scopeTypes = true;
        r = result(run(profile(), SetupChecks::Group::Permissions), QStringLiteral("permission.email"));
        QCOMPARE(r.status, CheckResult::Status::Fail);
    }

    void unionIdPassesOnWhatTheLoginTestReceived()
    {
        // No scope, no login test yet: not verified, never failed.
        app().revoke(QStringLiteral("contact:user.union_id:readonly"));
        CheckResult r = result(run(profile(), SetupChecks::Group::Permissions), QStringLiteral("permission.union-id"));
        QCOMPARE(r.status, CheckResult::Status::Skip);
        QVERIFY2(r.message.contains(QLatin1String("login test")), qPrintable(r.message));
        // The login test's user_info carried union_id: that is the proof.
        const SandboxUser zhang = app().users.first();
        m_signedIn = SignedIn{zhang.openId, zhang.name, zhang.unionId};
        r = result(run(profile(), SetupChecks::Group::Permissions), QStringLiteral("permission.union-id"));
        QCOMPARE(r.status, CheckResult::Status::Pass);
        QVERIFY2(r.message.contains(zhang.unionId), qPrintable(r.message));
        QVERIFY2(r.source.contains(QLatin1String("login test")), qPrintable(r.source));
        // A login whose user_info carried none fails it, at step 5.
        m_signedIn = SignedIn{zhang.openId, zhang.name, {}};
        r = result(run(profile(), SetupChecks::Group::Permissions), QStringLiteral("permission.union-id"));
        QCOMPARE(r.status, CheckResult::Status::Fail);
        QCOMPARE(int(r.step), int(Step::Permissions));
    }

    void availabilityFollowsFeishusRule()
    {
        // Not visible to all: on the paid list is enough, the deny list wins.
        const SandboxUser zhang = app().users.first();
        m_signedIn = SignedIn{zhang.openId, zhang.name, zhang.unionId};
        app().visibleToAll = false;
        app().visibleDepartments = {zhang.department};
        app().users.first().department = QStringLiteral("od-elsewhere");
        SetupProfile p = profile();
        p.availableToAll = false;
        p.availableDepartments = {zhang.department};
        CheckResult r = result(run(p, SetupChecks::Group::AppRecord), QStringLiteral("availability"));
        QCOMPARE(r.status, CheckResult::Status::Fail);
        app().paidUsers = {zhang.openId};
        r = result(run(p, SetupChecks::Group::AppRecord), QStringLiteral("availability"));
        QVERIFY2(r.status == CheckResult::Status::Pass, qPrintable(r.message));
        app().deniedUsers = {zhang.openId};
        r = result(run(p, SetupChecks::Group::AppRecord), QStringLiteral("availability"));
        QCOMPARE(r.status, CheckResult::Status::Fail);
        QVERIFY2(r.message.contains(QLatin1String("deny list")), qPrintable(r.message));
    }

    void wrongSecretFailsStep2AndSkipsTheRest()
    {
        m_client->setCredentials(app().appId, QStringLiteral("WrongSecret0123456789abcdefABCDEF"));
        const QList<CheckResult> results = run(profile());
        const CheckResult credentials = result(results, QStringLiteral("credentials"));
        QCOMPARE(credentials.status, CheckResult::Status::Fail);
        QCOMPARE(int(credentials.step), int(Step::Credentials));
        QCOMPARE(credentials.code, QStringLiteral("10014"));
        // Everything that needs Feishu's tenant token; GenAuth's side does not.
        for (const CheckResult &r : results) {
            if (r.id.toString() != QLatin1String("credentials") && !r.id.toString().startsWith(QLatin1String("genauth-")))
                QCOMPARE(r.status, CheckResult::Status::Skip);
        }
    }

    void wrongSecretFailsPermissionsWhenRunAlone()
    {
        m_client->setCredentials(app().appId, QStringLiteral("WrongSecret0123456789abcdefABCDEF"));
        const QList<CheckResult> results = run(profile(), SetupChecks::Group::Permissions);
        QCOMPARE(results.size(), 7);
        QCOMPARE(status(results, QStringLiteral("permission.email")), QStringLiteral("fail"));
        QCOMPARE(int(result(results, QStringLiteral("permission.email")).step), int(Step::Credentials));
    }

    void missingScopePointsAtStep5()
    {
        app().revoke(QStringLiteral("contact:user.phone:readonly"));
        const QList<CheckResult> results = run(profile());
        const CheckResult phone = result(results, QStringLiteral("permission.phone"));
        QCOMPARE(phone.status, CheckResult::Status::Fail);
        QCOMPARE(int(phone.step), int(Step::Permissions));
        QCOMPARE(phone.missingScopes, QStringList{QStringLiteral("contact:user.phone:readonly")});
        QVERIFY(phone.message.contains(QLatin1String("contact:user.phone:readonly")));
        QVERIFY(phone.fixUrl.toString().contains(QLatin1String("auth?q=contact:user.phone:readonly")));
        QCOMPARE(status(results, QStringLiteral("permission.email")), QStringLiteral("pass"));
    }

    void probedScopeFailsWithThePlatformCode()
    {
        app().revoke(QStringLiteral("contact:user.id:readonly"));
        const QList<CheckResult> results = run(profile(), SetupChecks::Group::Permissions);
        const CheckResult r = result(results, QStringLiteral("permission.id-by-phone-or-email"));
        QCOMPARE(r.status, CheckResult::Status::Fail);
        QCOMPARE(r.code, QStringLiteral("99991672"));
        QCOMPARE(r.missingScopes, QStringList{QStringLiteral("contact:user.id:readonly")});
    }

    void requestedButNotApproved()
    {
        app().revoke(QStringLiteral("contact:user.phone:readonly"));
        app().requestedScopes.append(QStringLiteral("contact:user.phone:readonly"));
        app().requestedUserScopes.append(QStringLiteral("contact:user.phone:readonly"));
        const CheckResult r = result(run(profile(), SetupChecks::Group::Permissions), QStringLiteral("permission.phone"));
        QCOMPARE(r.status, CheckResult::Status::Fail);
        QVERIFY2(r.message.contains(QLatin1String("not granted yet")), qPrintable(r.message));
    }

    void aPermissionGrantedForOneIdentityOnlyFails()
    {
        // Granted for the app itself, not for the user's token that
        // GenAuth's login uses: user_info would leave the email out.
        app().grantedUserScopes.removeAll(QStringLiteral("contact:user.email:readonly"));
        const CheckResult r = result(run(profile(), SetupChecks::Group::Permissions), QStringLiteral("permission.email"));
        QCOMPARE(r.status, CheckResult::Status::Fail);
        QVERIFY2(r.message.contains(QLatin1String("only")) && r.message.contains(QLatin1String("user identity")), qPrintable(r.message));
        QCOMPARE(r.missingScopes, QStringList{QStringLiteral("contact:user.email:readonly")});
        QVERIFY(r.source.contains(QLatin1String("application/v6/scopes")));
        const CheckResult id = result(run(profile(), SetupChecks::Group::Permissions), QStringLiteral("permission.id-by-phone-or-email"));
        QCOMPARE(id.status, CheckResult::Status::Pass); // asked for as the app only
    }

    void verdictsSayWhereTheFactCameFrom()
    {
        const QList<CheckResult> results = run(profile(), SetupChecks::Group::AppRecord);
        QVERIFY(result(results, QStringLiteral("redirect-url")).source.contains(QLatin1String("redirect_urls")));
        QVERIFY(result(results, QStringLiteral("web-page")).source.contains(QLatin1String("ability.web_app")));
        QVERIFY(result(results, QStringLiteral("release")).source.contains(QLatin1String("online_version_id")));
        QVERIFY(result(results, QStringLiteral("availability")).source.contains(QLatin1String("remark.visibility")));
    }

    void availabilityForSomeWhenEveryoneWasMeant()
    {
        app().visibleToAll = false;
        app().visibleUsers = {app().users.first().openId};
        const CheckResult r = result(run(profile(), SetupChecks::Group::AppRecord), QStringLiteral("availability"));
        QCOMPARE(r.status, CheckResult::Status::Fail);
        QCOMPARE(int(r.step), int(Step::Publish));
        // Names who can sign in, and what was meant.
        QVERIFY2(r.message.contains(app().users.first().openId), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("everyone in the organisation")), qPrintable(r.message));
        QVERIFY(!r.fixUrl.isEmpty());
    }

    void availabilityForTheDepartmentsMeant()
    {
        app().visibleToAll = false;
        app().visibleDepartments = {QStringLiteral("od-sandbox-sales")};
        SetupProfile p = profile();
        p.availableToAll = false;
        p.availableDepartments = {QStringLiteral("od-sandbox-sales")};
        QCOMPARE(status(run(p, SetupChecks::Group::AppRecord), QStringLiteral("availability")), QStringLiteral("pass"));
        p.availableDepartments.append(QStringLiteral("od-sandbox-support"));
        const CheckResult r = result(run(p, SetupChecks::Group::AppRecord), QStringLiteral("availability"));
        QCOMPARE(r.status, CheckResult::Status::Fail);
        QVERIFY2(r.message.contains(QLatin1String("od-sandbox-sales")), qPrintable(r.message));
    }

    void availabilityAsksAboutTheSignedInUser()
    {
        const SandboxUser zhang = app().users.first();
        const auto runFor = [&] {
            SetupChecks checks(m_client.get());
            checks.setProfile(profile());
            checks.setSignedInUser(zhang.openId, zhang.name);
            QSignalSpy finished(&checks, &SetupChecks::finished);
            checks.run(SetupChecks::Group::AppRecord);
            return finished.wait(20000) ? result(checks.results(), QStringLiteral("availability")) : CheckResult{};
        };
        CheckResult r = runFor();
        QCOMPARE(r.status, CheckResult::Status::Pass);
        QVERIFY2(r.message.contains(zhang.name + QLatin1String(", who signed in in the login test, may use it")), qPrintable(r.message));
        QCOMPARE(m_sandbox->server().requestLog().count(
                     QStringLiteral("POST /open-apis/application/v6/applications/%1/visibility/check_white_black_list").arg(app().appId)),
                 1);

        app().deniedUsers = {zhang.openId};
        r = runFor();
        QCOMPARE(r.status, CheckResult::Status::Fail);
        QVERIFY2(r.message.contains(zhang.name) && r.message.contains(QLatin1String("deny list")), qPrintable(r.message));
    }

    void redirectUrlNotRegistered()
    {
        SetupProfile p = profile();
        p.identifier = QStringLiteral("feishu-prod");
        const CheckResult r = result(run(p), QStringLiteral("redirect-url"));
        QCOMPARE(r.status, CheckResult::Status::Fail);
        QCOMPARE(int(r.step), int(Step::RedirectUrl));
        QVERIFY(r.message.contains(QLatin1String("/connection/social/feishu-prod/")));
        QVERIFY(r.fixUrl.path().endsWith(QLatin1String("/safe")));
    }

    void neverReleased()
    {
        app().onlineVersion.clear();
        app().reviewVersion = QStringLiteral("1.0.0");
        const QList<CheckResult> results = run(profile(), SetupChecks::Group::AppRecord);
        const CheckResult release = result(results, QStringLiteral("release"));
        QCOMPARE(release.status, CheckResult::Status::Fail);
        QCOMPARE(int(release.step), int(Step::Publish));
        QVERIFY2(release.message.contains(QLatin1String("waiting for approval")), qPrintable(release.message));
        const CheckResult web = result(results, QStringLiteral("web-page"));
        QCOMPARE(web.status, CheckResult::Status::Fail);
        QCOMPARE(int(web.step), int(Step::Publish));
    }

    void newVersionWaitsForApproval()
    {
        app().reviewVersion = QStringLiteral("1.1.0");
        SetupProfile p = profile();
        p.version = QStringLiteral("1.1.0");
        const CheckResult release = result(run(p, SetupChecks::Group::AppRecord), QStringLiteral("release"));
        QCOMPARE(release.status, CheckResult::Status::Fail);
        QVERIFY(release.message.contains(QLatin1String("1.1.0")));
        QVERIFY(release.message.contains(QLatin1String("1.0.0")));
    }

    void webPageCapabilityMissing()
    {
        app().webPage = false;
        const CheckResult web = result(run(profile(), SetupChecks::Group::AppRecord), QStringLiteral("web-page"));
        QCOMPARE(web.status, CheckResult::Status::Fail);
        QCOMPARE(int(web.step), int(Step::WebPage));
    }

    void withoutSelfManageStepsAreSkippedNotFailed()
    {
        app().revoke(QStringLiteral("application:application:self_manage"));
        const QList<CheckResult> results = run(profile());
        for (const QString &id : {QStringLiteral("web-page"), QStringLiteral("redirect-url"), QStringLiteral("release")}) {
            const CheckResult r = result(results, id);
            QCOMPARE(r.status, CheckResult::Status::Skip);
            QVERIFY(r.message.contains(QLatin1String("application:application:self_manage")));
        }
        QCOMPARE(status(results, QStringLiteral("credentials")), QStringLiteral("pass"));
    }

    void genAuthSide()
    {
        // Nothing in GenAuth yet: the connection check names Create it for me.
        QList<CheckResult> results = run(profile(), SetupChecks::Group::GenAuth);
        QCOMPARE(status(results, QStringLiteral("genauth-connection")), QStringLiteral("fail"));
        QVERIFY(result(results, QStringLiteral("genauth-connection")).message.contains(QLatin1String("Create it for me")));
        QCOMPARE(result(results, QStringLiteral("genauth-connection")).fixUrl, m_sandbox->genAuthUrl());
        QCOMPARE(status(results, QStringLiteral("genauth-enabled")), QStringLiteral("skip"));

        connectGenAuth(*m_sandbox);
        results = run(profile(), SetupChecks::Group::GenAuth);
        QCOMPARE(status(results, QStringLiteral("genauth-connection")), QStringLiteral("pass"));
        QCOMPARE(status(results, QStringLiteral("genauth-enabled")), QStringLiteral("pass"));

        // No application given: that part is skipped, saying where to enter it.
        SetupProfile noApp = profile();
        noApp.genAuthAppId.clear();
        results = run(noApp, SetupChecks::Group::GenAuth);
        QCOMPARE(status(results, QStringLiteral("genauth-enabled")), QStringLiteral("skip"));
        QVERIFY(result(results, QStringLiteral("genauth-enabled")).message.contains(QLatin1String("Step 2")));

        // Without a user pool secret GenAuth is not asked at all.
        m_sandbox->genAuthServer().clearRequestLog();
        results = run(profile(), SetupChecks::Group::GenAuth, QString());
        QCOMPARE(status(results, QStringLiteral("genauth-connection")), QStringLiteral("skip"));
        QVERIFY(m_sandbox->genAuthServer().requestLog().isEmpty());
    }

    void genAuthWithoutFieldsIsSkippedNotPassed()
    {
        // GenAuth's answer as the official type has it, without fields: the
        // check cannot see the App ID, says so and names the proof.
        connectGenAuth(*m_sandbox);
        m_sandbox->genAuth().config().showsConnectionFields = false;
        const CheckResult r = result(run(profile(), SetupChecks::Group::GenAuth), QStringLiteral("genauth-connection"));
        QCOMPARE(r.status, CheckResult::Status::Skip);
        QVERIFY2(r.message.contains(QLatin1String("cannot be seen")) && r.message.contains(QLatin1String("end-to-end login test")),
                 qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestSetupChecks)
#include "tst_setupchecks.moc"
