// "Set it up in Feishu for me" in the core, against the sandbox's v7
// configuration API: from an app that holds only the two application
// permissions to an approved release with the redirect URL, the seven
// permissions and the web app; a second run sends no write; each v7 refusal
// names its step.
#include "support/SandboxHelpers.h"

#include "core/feishu/ApprovalWatch.h"
#include "core/feishu/FeishuAppSetup.h"
#include "core/feishu/FeishuErrors.h"
#include "core/feishu/RequiredPermissions.h"
#include "sandbox/SandboxDefaults.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace fss;
using namespace fss::test;

namespace {

const QString kPatch = QStringLiteral("application:application:patch");
const QString kSelfManage = QStringLiteral("application:application:self_manage");

QString redirect()
{
    return QStringLiteral("https://core.genauth.ai/connection/social/%1/%2/callback")
        .arg(QLatin1String(SandboxDefaults::identifier), QLatin1String(SandboxDefaults::userPoolId));
}

} // namespace

class TestFeishuAppSetup : public QObject
{
    Q_OBJECT

    SandboxFixture f;

    // The app as an operator has it before the wizard's help: released once,
    // with nothing but the two application permissions.
    void bareApp()
    {
        SandboxApp &a = f.app();
        a.grantedScopes = {kPatch, kSelfManage};
        a.grantedUserScopes.clear();
        a.redirectUrls.clear();
        a.webPage = false;
        a.onlineVersion = QStringLiteral("1.0.0");
    }

    std::optional<FeishuSetupResult> apply(bool dryRun = false, FeishuAppSpec spec = {})
    {
        if (spec.redirectUrl.isEmpty()) {
            spec.redirectUrl = redirect();
            spec.webAppUrl = QStringLiteral("https://acme.genauth.ai");
        }
        FeishuAppSetup setup(f.client.get(), spec);
        std::optional<FeishuSetupResult> result;
        connect(&setup, &FeishuAppSetup::applied, this, [&](const FeishuSetupResult &r) { result = r; });
        setup.apply(dryRun);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return std::nullopt;
        return result;
    }

    QStringList writes() const
    {
        QStringList w;
        for (const QString &line : f.sandbox->server().requestLog()) {
            if (line.startsWith(QLatin1String("PATCH")) || line.contains(QLatin1String("/publish")) || line.contains(QLatin1String("scopes/apply")))
                w.append(line);
        }
        return w;
    }

    static const FeishuChange *change(const FeishuSetupResult &r, const char *id)
    {
        for (const FeishuChange &c : r.changes) {
            if (PlannedChange::idName(c.id) == QLatin1String(id))
                return &c;
        }
        return nullptr;
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void theSandboxRefusesAClosedScopeToANewApp()
    {
        bareApp();
        const auto add = [&](const QString &scope) {
            return await<QJsonObject>([&](auto done) {
                f.client->sendChange(f.client->configRequest({{QStringLiteral("scope"),
                                                               QJsonObject{{QStringLiteral("add_scopes"),
                                                                            QJsonArray{QJsonObject{{QStringLiteral("scope_name"), scope},
                                                                                                   {QStringLiteral("token_type"), QStringLiteral("tenant")}}}}}}}),
                                     FeishuCall::AppConfig, this, done);
            });
        };
        auto r = add(QStringLiteral("contact:contact:readonly_as_app"));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, QStringLiteral("210031"));
        QCOMPARE(r->error.httpStatus, 400);
        QVERIFY2(r->error.detail.contains(QLatin1String("contact:contact:readonly_as_app")), qPrintable(r->error.detail));
        // An app that holds it keeps it, and asking again is no error.
        f.app().grantedScopes.append(QStringLiteral("contact:contact:readonly_as_app"));
        r = add(QStringLiteral("contact:contact:readonly_as_app"));
        QVERIFY(r && r->ok());
        r = add(QStringLiteral("contact:contact.base:readonly"));
        QVERIFY(r && r->ok());
    }

    void aRefusedUnofficialScopeSinksNothing()
    {
        // A Feishu that does not know the union-ID scope: the whole
        // add_scopes is refused, then each scope goes on its own; the others
        // are taken, the refusal is named with Feishu's words, and the
        // release still goes out.
        bareApp();
        f.sandbox->feishu().config().unknownScopes = {QStringLiteral("contact:user.union_id:readonly")};
        f.sandbox->server().clearRequestLog();
        const auto r = apply();
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        const FeishuChange *permissions = change(*r, "permissions");
        QCOMPARE(FeishuChange::statusName(permissions->status), QStringLiteral("sent"));
        QVERIFY2(permissions->message.contains(QLatin1String("contact:user.union_id:readonly")), qPrintable(permissions->message));
        QVERIFY2(permissions->message.contains(QLatin1String("unknown scope")), qPrintable(permissions->message));
        QVERIFY(f.app().grantedScopes.contains(QStringLiteral("contact:user.id:readonly")));
        QVERIFY(f.app().requestedUserScopes.contains(QStringLiteral("contact:user.email:readonly")));
        QVERIFY(!f.app().configures(QStringLiteral("contact:user.union_id:readonly")));
        QCOMPARE(FeishuChange::statusName(change(*r, "release")->status), QStringLiteral("sent"));
        // One refused batch, then one request per scope and identity.
        QCOMPARE(writes().count(QStringLiteral("PATCH /open-apis/application/v7/applications/%1/config").arg(f.app().appId)),
                 1 + 1 + 12); // the redirect URL, the batch, each scope and identity
    }

    void aRefusedOfficialScopeFailsTheChangeAndNamesIt()
    {
        bareApp();
        f.sandbox->feishu().config().unknownScopes = {QStringLiteral("contact:user.phone:readonly")};
        const auto r = apply();
        QVERIFY(r && !r->ok());
        const FeishuChange *permissions = change(*r, "permissions");
        QCOMPARE(FeishuChange::statusName(permissions->status), QStringLiteral("failed"));
        QCOMPARE(permissions->code, QStringLiteral("210031"));
        QVERIFY2(r->error.message.contains(QLatin1String("contact:user.phone:readonly (user)")), qPrintable(r->error.message));
        QVERIFY2(r->error.message.contains(QLatin1String("contact:user.phone:readonly (tenant)")), qPrintable(r->error.message));
        QCOMPARE(int(r->error.step), int(Step::Permissions));
        // The other scopes were taken all the same.
        QVERIFY(f.app().grantedScopes.contains(QStringLiteral("contact:user.id:readonly")));
    }

    void fromTwoScopesToAnApprovedRelease()
    {
        bareApp();
        f.sandbox->server().clearRequestLog();
        const auto r = apply();
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        QCOMPARE(r->submittedVersion, QStringLiteral("1.0.1")); // the next above every existing one
        QVERIFY(r->waitingForApproval());
        for (const char *id : {"redirect-url", "permissions", "web-app", "release"})
            QCOMPARE(FeishuChange::statusName(change(*r, id)->status), QStringLiteral("sent"));
        // Redirect URLs and no-review permissions take effect at once.
        QVERIFY(f.app().redirectUrls.contains(redirect()));
        QVERIFY(f.app().grantedUserScopes.contains(QStringLiteral("contact:user.base:readonly")));
        QVERIFY(f.app().grantedScopes.contains(QStringLiteral("contact:user.id:readonly")));
        // The others, and the web app, with the approved version.
        QVERIFY(f.app().requestedScopes.contains(QStringLiteral("contact:user.email:readonly")));
        QVERIFY(!f.app().webPage);
        QCOMPARE(f.app().reviewVersion, QStringLiteral("1.0.1"));
        // Each permission for the identities its evidence names.
        const QJsonObject body = QJsonDocument::fromJson(change(*r, "permissions")->request.body).object();
        const QJsonArray asked = body.value(QLatin1String("scope")).toObject().value(QLatin1String("add_scopes")).toArray();
        QStringList pairs;
        for (const QJsonValue &v : asked)
            pairs.append(v[QLatin1String("scope_name")].toString() + QLatin1Char('/') + v[QLatin1String("token_type")].toString());
        QVERIFY(pairs.contains(QStringLiteral("contact:user.email:readonly/user")));
        QVERIFY(pairs.contains(QStringLiteral("contact:user.email:readonly/tenant")));
        QVERIFY(pairs.contains(QStringLiteral("contact:user.id:readonly/tenant")));
        QVERIFY(!pairs.contains(QStringLiteral("contact:user.id:readonly/user")));
        QCOMPARE(asked.size(), 5 * 2 + 2);
        // Contacts as an app: today's scope, never one closed to new apps.
        QVERIFY(pairs.contains(QStringLiteral("contact:contact.base:readonly/tenant")));
        for (const QString &closed : closedScopes())
            QVERIFY(!QJsonDocument(asked).toJson().contains(closed.toUtf8()));

        // The administrator approves: everything is live.
        QVERIFY(f.sandbox->feishu().review(f.app().appId, true));
        QCOMPARE(f.app().onlineVersion, QStringLiteral("1.0.1"));
        QVERIFY(f.app().webPage);
        QVERIFY(f.app().grantedScopes.contains(QStringLiteral("contact:user.email:readonly")));
        QVERIFY(f.app().requestedScopes.isEmpty());

        // A second run finds everything and sends no write.
        f.sandbox->server().clearRequestLog();
        const auto again = apply();
        QVERIFY(again && again->ok());
        QVERIFY2(writes().isEmpty(), qPrintable(writes().join(QLatin1Char('\n'))));
        for (const FeishuChange &c : again->changes)
            QCOMPARE(FeishuChange::statusName(c.status), QStringLiteral("unchanged"));
        QVERIFY(!again->waitingForApproval());
    }

    void availabilityToEveryoneWithTheRelease()
    {
        // The operator's own app, visible only to its creator (the first
        // user): Zhang San can sign in, Li Si gets 20010.
        SandboxApp &a = f.app();
        a.grantedScopes.append(kPatch);
        a.visibleToAll = false;
        a.visibleUsers = {a.users.first().openId};
        f.sandbox->server().clearRequestLog();
        auto r = apply();
        QVERIFY(r && r->ok());
        const FeishuChange *range = change(*r, "availability");
        QVERIFY(range);
        QCOMPARE(FeishuChange::statusName(range->status), QStringLiteral("sent"));
        QCOMPARE(QJsonDocument::fromJson(range->request.body).object(),
                 (QJsonObject{{QStringLiteral("visibility"), QJsonObject{{QStringLiteral("is_visible_to_all"), true}}}}));
        QCOMPARE(FeishuChange::statusName(change(*r, "release")->status), QStringLiteral("sent")); // the range comes with a version
        QVERIFY(!f.app().visibleToAll); // not before the approval
        QVERIFY(f.sandbox->feishu().review(f.app().appId, true));
        QVERIFY(f.app().visibleToAll);

        f.sandbox->server().clearRequestLog();
        r = apply();
        QVERIFY(r && r->ok());
        QCOMPARE(FeishuChange::statusName(change(*r, "availability")->status), QStringLiteral("unchanged"));
        QVERIFY2(writes().isEmpty(), qPrintable(writes().join(QLatin1Char('\n'))));
    }

    void availabilityToDepartments()
    {
        f.app().grantedScopes.append(kPatch);
        FeishuAppSpec spec;
        spec.redirectUrl = redirect();
        spec.webAppUrl = QStringLiteral("https://acme.genauth.ai");
        spec.availability.toAll = false;
        spec.availability.departments = {QStringLiteral("od-sandbox-sales")};
        const auto r = apply(false, spec);
        QVERIFY(r && r->ok());
        // Visible to all already lets the department in: nothing to change.
        QCOMPARE(FeishuChange::statusName(change(*r, "availability")->status), QStringLiteral("unchanged"));

        f.app().visibleToAll = false;
        f.app().visibleDepartments = {QStringLiteral("od-sandbox-support")};
        const auto narrowed = apply(false, spec);
        QVERIFY(narrowed && narrowed->ok());
        QCOMPARE(FeishuChange::statusName(change(*narrowed, "availability")->status), QStringLiteral("sent"));
        QVERIFY(f.sandbox->feishu().review(f.app().appId, true));
        QCOMPARE(f.app().visibleDepartments, QStringList{QStringLiteral("od-sandbox-sales")});
    }

    void dryRunSendsNothing()
    {
        bareApp();
        f.sandbox->server().clearRequestLog();
        const auto r = apply(true);
        QVERIFY(r && r->ok());
        QVERIFY(writes().isEmpty());
        QCOMPARE(r->changes.size(), 5);
        for (const FeishuChange &c : r->changes) {
            // The released version is available to everyone already.
            QCOMPARE(FeishuChange::statusName(c.status), c.id == PlannedChange::Id::Availability ? QStringLiteral("unchanged") : QStringLiteral("planned"));
            QVERIFY(!c.request.url.toString().isEmpty());
            QVERIFY(!c.request.body.contains(f.app().appSecret.toUtf8())); // nothing secret in the plan
        }
        QVERIFY(f.app().redirectUrls.isEmpty());
    }

    void withoutPatchNothingIsSent()
    {
        bareApp();
        f.app().grantedScopes = {kSelfManage};
        f.sandbox->server().clearRequestLog();
        const auto r = apply();
        QVERIFY(r && !r->ok());
        QVERIFY(r->error.scopes.contains(kPatch));
        QVERIFY(r->error.message.contains(kPatch));
        QCOMPARE(int(r->error.step), int(Step::Permissions));
        QVERIFY(r->error.fixUrl.toString().contains(QLatin1String("page/scope-apply?clientID=") + f.app().appId));
        QVERIFY(writes().isEmpty());
    }

    void underReviewWaitsAndSendsNothing()
    {
        bareApp();
        f.app().reviewVersion = QStringLiteral("1.0.5");
        f.sandbox->server().clearRequestLog();
        const auto r = apply();
        QVERIFY(r && r->ok());
        QCOMPARE(r->waitingVersion, QStringLiteral("1.0.5"));
        QVERIFY(writes().isEmpty());
    }

    void eachV7CallAnswersItsOwnStatus_data()
    {
        // docs/platforms.md A §7: "under review" is 403 on config, 400 on
        // ability and publish; "not made in the console" differs per call.
        QTest::addColumn<QString>("call");
        QTest::addColumn<bool>("underReview");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("httpStatus");
        QTest::newRow("config, under review") << "config" << true << "210040" << 403;
        QTest::newRow("ability, under review") << "ability" << true << "210020" << 400;
        QTest::newRow("publish, under review") << "publish" << true << "210302" << 400;
        QTest::newRow("config, not console-made") << "config" << false << "210043" << 403;
        QTest::newRow("ability, not console-made") << "ability" << false << "210021" << 403;
        QTest::newRow("publish, not console-made") << "publish" << false << "210001" << 400;
    }

    void eachV7CallAnswersItsOwnStatus()
    {
        QFETCH(QString, call);
        QFETCH(bool, underReview);
        QFETCH(QString, code);
        QFETCH(int, httpStatus);
        bareApp();
        f.app().grantedScopes.append(kPatch);
        if (underReview)
            f.app().reviewVersion = QStringLiteral("1.0.1");
        else
            f.app().consoleCreated = false;
        const ApiRequest request = call == QLatin1String("config")
            ? f.client->configRequest({{QStringLiteral("security"),
                                        QJsonObject{{QStringLiteral("add"), QJsonObject{{QStringLiteral("redirect_urls"), QJsonArray{redirect()}}}}}}})
            : call == QLatin1String("ability")
            ? f.client->abilityRequest({{QStringLiteral("web_app"), QJsonObject{{QStringLiteral("enable"), true}}}})
            : f.client->publishRequest({{QStringLiteral("remark"), QStringLiteral("r")}, {QStringLiteral("changelog"), QStringLiteral("c")}});
        const auto r = await<QJsonObject>([&](auto done) { f.client->sendChange(request, FeishuCall::AppConfig, this, done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, code);
        QCOMPARE(r->error.httpStatus, httpStatus);
    }

    void v7RefusalsNameTheirStep_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("step");
        QTest::newRow("not made in the console") << "console" << "210043" << 403 << int(Step::CreateApp);
        QTest::newRow("version too low") << "version" << "210303" << 400 << int(Step::Publish);
    }

    void v7RefusalsNameTheirStep()
    {
        QFETCH(QString, setting);
        QFETCH(QString, code);
        QFETCH(int, httpStatus);
        QFETCH(int, step);
        bareApp();
        f.app().grantedScopes.append(kPatch);
        FeishuAppSpec spec;
        spec.redirectUrl = redirect();
        spec.webAppUrl = QStringLiteral("https://acme.genauth.ai");
        if (setting == QLatin1String("console"))
            f.app().consoleCreated = false;
        // A version asked for that is not above the existing ones is
        // replaced by the next one, so ask the sandbox directly.
        if (setting == QLatin1String("version")) {
            const auto r = await<QJsonObject>([&](auto done) {
                f.client->sendChange(f.client->publishRequest({{QStringLiteral("version"), QStringLiteral("0.9.0")},
                                                               {QStringLiteral("remark"), QStringLiteral("r")},
                                                               {QStringLiteral("changelog"), QStringLiteral("c")},
                                                               {QStringLiteral("pc_default_ability"), QStringLiteral("web_app")}}),
                                     FeishuCall::AppPublish, this, done);
            });
            QVERIFY(r && !r->ok());
            QCOMPARE(r->error.code, code);
            QCOMPARE(r->error.httpStatus, httpStatus);
            QCOMPARE(int(r->error.step), step);
            return;
        }
        const auto r = apply(false, spec);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error.code, code);
        QCOMPARE(r->error.httpStatus, httpStatus);
        QCOMPARE(int(r->error.step), step);
        QCOMPARE(FeishuChange::statusName(change(*r, "redirect-url")->status), QStringLiteral("failed"));
        QCOMPARE(change(*r, "release")->status, FeishuChange::Status::Planned); // not sent after a failure
    }

    void everyV7CodeIsCatalogued()
    {
        const QList<qint64> known = FeishuErrors::knownCodes();
        for (qint64 code : {210031, 210032, 210033, 210034, 210035, 210036, 210037, 210040, 210041, 210042, 210043, 210011, 210012, 210013,
                            210014, 210015, 210016, 210017, 210019, 210020, 210021, 210001, 210302, 210003, 210303, 210304})
            QVERIFY2(known.contains(code), qPrintable(QString::number(code)));
        // 99991672 on a v7 call names the scope it needs.
        const ApiError e = FeishuErrors::fromAnswer({{QStringLiteral("code"), 99991672}, {QStringLiteral("msg"), QStringLiteral("denied")}}, 400,
                                                    {FeishuCall::AppConfig, Platform::Feishu, QStringLiteral("cli_x")});
        QVERIFY(e.message.contains(kPatch));
    }

    void approvalIsWatched()
    {
        bareApp();
        const auto r = apply();
        QVERIFY(r && r->ok() && r->waitingForApproval());
        ApprovalWatch watch(f.client.get());
        watch.setFirstInterval(std::chrono::milliseconds(20));
        std::optional<ApprovalWatch::Outcome> outcome;
        int waits = 0;
        connect(&watch, &ApprovalWatch::waiting, this, [&](const QDateTime &next) {
            QVERIFY(next > QDateTime::currentDateTimeUtc().addSecs(-1));
            if (++waits == 2)
                f.sandbox->feishu().review(f.app().appId, false);
        });
        connect(&watch, &ApprovalWatch::finished, this, [&](ApprovalWatch::Outcome o, const ApiError &) { outcome = o; });
        watch.watch(r->submittedVersion, std::chrono::seconds(20));
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 20000));
        QCOMPARE(*outcome, ApprovalWatch::Outcome::Rejected);
        QVERIFY(waits >= 2);
    }
};

QTEST_GUILESS_MAIN(TestFeishuAppSetup)
#include "tst_feishuappsetup.moc"
