#include "FeishuAppSetup.h"

#include "core/feishu/PermissionGrants.h"
#include "core/feishu/RequiredPermissions.h"
#include "core/transport/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QVersionNumber>

namespace fss {

namespace {


bool has(const QList<ScopeGrant> &grants, const QString &scope, const QString &type, bool granted)
{
    return std::any_of(grants.cbegin(), grants.cend(), [&](const ScopeGrant &g) {
        return g.granted == granted && scopeNameMatches(g.name, scope) && (g.type.isEmpty() || type.isEmpty() || g.type == type);
    });
}

QVersionNumber versionOf(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    return form.match(text).hasMatch() ? QVersionNumber::fromString(text) : QVersionNumber();
}

} // namespace

bool ConfigureAccess::refusesThisApp(const ApiError &e)
{
    static const QStringList codes{QStringLiteral("210043"), QStringLiteral("210021"), QStringLiteral("210001"), QStringLiteral("210035"),
                                   QStringLiteral("210015")};
    return e.kind == ApiError::Kind::Platform && codes.contains(e.code);
}

QString FeishuAppState::versionInReview() const
{
    for (const AppVersion &v : versions) {
        if (v.status == 3)
            return v.version;
    }
    return app && !app->unauditVersionId.isEmpty() ? app->unauditVersionId : QString();
}

std::optional<AppVersion> FeishuAppState::onlineVersion() const
{
    for (const AppVersion &v : versions) {
        if (v.status == 1 && (!app || app->onlineVersionId.isEmpty() || app->onlineVersionId == v.versionId))
            return v;
    }
    return std::nullopt;
}

QString FeishuAppState::highestVersion() const
{
    QVersionNumber highest;
    for (const AppVersion &v : versions)
        highest = std::max(highest, versionOf(v.version));
    return highest.isNull() ? QString() : highest.toString();
}

FeishuAppSetup::FeishuAppSetup(FeishuClient *client, FeishuAppSpec spec, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_spec(std::move(spec))
{
}

QStringList FeishuAppSetup::prerequisiteScopes() { return {patchScope, selfManageScope}; }

QUrl FeishuAppSetup::scopeApplyLink(Platform platform, const QString &appId)
{
    // The console's own "apply for these scopes" page (docs/platforms.md A §3).
    QUrl url(platform == Platform::Lark ? QStringLiteral("https://open.larksuite.com/page/scope-apply")
                                        : QStringLiteral("https://open.feishu.cn/page/scope-apply"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("clientID"), appId);
    query.addQueryItem(QStringLiteral("scopes"), prerequisiteScopes().join(QLatin1Char(',')));
    url.setQuery(query);
    return url;
}

void FeishuAppSetup::probeAccess(FeishuClient *client, QObject *context, std::function<void(const ConfigureAccess &)> done)
{
    QPointer<QObject> guard(context);
    client->scopes(context, [client, guard, done = std::move(done)](const ApiResult<QList<ScopeGrant>> &scopes) {
        if (scopes.ok() && !has(scopes.value, patchScope, {}, true)) {
            ConfigureAccess a;
            a.path = ConfigureAccess::Path::Console;
            a.reason = ConfigureAccess::tr("Feishu did not give the app %1, which the wizard needs to change it.").arg(patchScope);
            return done(a);
        }
        if (!guard)
            return;
        client->sendChange(client->configRequest({}), FeishuCall::AppConfig, guard, [done](const ApiResult<QJsonObject> &r) {
            ConfigureAccess a;
            if (ConfigureAccess::refusesThisApp(r.error)) {
                a.path = ConfigureAccess::Path::Console;
                a.code = r.error.code;
                a.reason = r.error.message;
            }
            qCInfo(lcFeishu) << "configure access:" << (a.byApi() ? "api" : "console") << r.error.code;
            done(a);
        });
    });
}

ApiRequest FeishuAppSetup::addScopesRequest(const QList<std::pair<QString, QString>> &scopes) const
{
    QJsonArray list;
    for (const auto &[scope, type] : scopes)
        list.append(QJsonObject{{QStringLiteral("scope_name"), scope}, {QStringLiteral("token_type"), type}});
    return m_client->configRequest({{QStringLiteral("scope"), QJsonObject{{QStringLiteral("add_scopes"), list}}}});
}

QString FeishuAppSetup::probeShown(const FeishuClient *client)
{
    const ApiRequest probe = client->configRequest({});
    return QString::fromLatin1(probe.verb) + QLatin1Char(' ') + probe.url.toString() + QLatin1Char(' ') + QString::fromUtf8(probe.body);
}

void FeishuAppSetup::read(std::function<void(const FeishuAppState &)> then)
{
    delete m_run;
    m_run = new QObject(this);
    QObject *run = m_run;
    emit progress(tr("Reading the app…"));
    // The three reads at once (they share one tenant token); the record and
    // the versions count only when the app may read itself.
    struct Reads
    {
        std::optional<ApiResult<QList<ScopeGrant>>> scopes;
        std::optional<ApiResult<AppRecord>> app;
        std::optional<ApiResult<QList<AppVersion>>> versions;
    };
    auto reads = std::make_shared<Reads>();
    const auto all = [reads, then] {
        if (!reads->scopes || !reads->app || !reads->versions)
            return;
        FeishuAppState state;
        state.error = reads->scopes->error;
        state.scopes = reads->scopes->value;
        if (!state.error.ok())
            return then(state);
        state.canPatch = has(state.scopes, patchScope, {}, true);
        state.canReadSelf = has(state.scopes, selfManageScope, {}, true);
        if (state.canReadSelf) {
            state.error = !reads->app->ok() ? reads->app->error : reads->versions->error;
            state.app = reads->app->value;
            state.versions = reads->versions->value;
        }
        // Only the first scope of a permission is ever asked for (the
        // others are closed to new apps, or alternatives).
        const AppRecord *record = state.app && reads->app->ok() ? &*state.app : nullptr;
        for (const RequiredPermission &p : requiredPermissions()) {
            for (const QString &type : p.tokenTypes) {
                const IdentityGrant grant = identityGrant(p, type, state.scopes, record);
                if (grant.state == IdentityGrant::State::Waiting && !state.waitingScopes.contains(grant.scope))
                    state.waitingScopes.append(grant.scope);
                else if (grant.state == IdentityGrant::State::Missing)
                    state.missingScopes.append({p.scopes.first(), type});
            }
        }
        then(state);
    };
    m_client->scopes(run, [reads, all](const ApiResult<QList<ScopeGrant>> &r) {
        reads->scopes = r;
        all();
    });
    m_client->applicationInfo(run, [reads, all](const ApiResult<AppRecord> &r) {
        reads->app = r;
        all();
    });
    m_client->appVersions(run, [reads, all](const ApiResult<QList<AppVersion>> &r) {
        reads->versions = r;
        all();
    });
}

QList<FeishuChange> FeishuAppSetup::changesFor(const FeishuAppState &state) const
{
    QList<FeishuChange> changes;
    const auto add = [&](PlannedChange::Id id, Step step, const QString &title, const ApiRequest &request, FeishuCall call, bool missing,
                         const QString &why) {
        FeishuChange c;
        c.service = PlannedChange::Service::Feishu;
        c.id = id;
        c.step = step;
        c.title = title;
        c.method = QString::fromLatin1(request.verb);
        c.url = request.url.toString();
        c.body = request.body.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument::fromJson(request.body).toJson(QJsonDocument::Indented));
        c.status = missing ? FeishuChange::Status::Planned : FeishuChange::Status::Unchanged;
        c.message = why;
        c.request = request;
        c.call = call;
        changes.append(c);
    };
    const bool known = state.app.has_value();

    const bool redirectThere = known && state.app->redirectUrls.contains(m_spec.redirectUrl);
    add(PlannedChange::Id::RedirectUrl, Step::RedirectUrl, tr("Add the GenAuth redirect URL"),
        m_client->configRequest({{QStringLiteral("security"),
                                  QJsonObject{{QStringLiteral("add"), QJsonObject{{QStringLiteral("redirect_urls"), QJsonArray{m_spec.redirectUrl}}}}}}}),
        FeishuCall::AppConfig, !redirectThere,
        redirectThere ? tr("Already registered.")
        : known       ? tr("Only if missing: it is not registered yet; it takes effect at once.")
                      : tr("Only if missing: the app cannot read itself, so it is added (adding it twice changes nothing)."));

    QStringList names;
    for (const auto &[scope, type] : state.missingScopes)
        names.append(QStringLiteral("%1 (%2)").arg(scope, type));
    add(PlannedChange::Id::Permissions, Step::Permissions, tr("Ask for the seven user-info permissions"),
        addScopesRequest(state.missingScopes), FeishuCall::AppConfig, !names.isEmpty(),
        names.isEmpty() ? (state.waitingScopes.isEmpty() ? tr("All seven are granted.")
                                                          : tr("Asked for already; waiting for an approved version: %1.").arg(state.waitingScopes.join(QStringLiteral(", "))))
                         : tr("Only if missing: %1. Permissions without review take effect at once, the others with the approved "
                              "version.")
                               .arg(names.join(QStringLiteral(", "))));

    const std::optional<AppVersion> online = state.onlineVersion();
    const bool webAppOnline = online && online->webApp;
    add(PlannedChange::Id::WebApp, Step::WebPage, tr("Turn on the web app ability"),
        m_client->abilityRequest({{QStringLiteral("web_app"),
                                   QJsonObject{{QStringLiteral("enable"), true}, {QStringLiteral("pc_url"), m_spec.webAppUrl}}}}),
        FeishuCall::AppAbility, !webAppOnline,
        webAppOnline ? tr("The released version has it.") : tr("Only if missing: it takes effect with the approved version."));

    // The availability range: only when the released version's range
    // leaves out someone meant (or is not known).
    const AvailabilityIntent &intent = m_spec.availability;
    const bool rangeKnown = online && online->visibility;
    const bool rangeCovers = rangeKnown && intent.coveredBy(*online->visibility);
    add(PlannedChange::Id::Availability, Step::Publish, tr("Make the app available to %1").arg(intent.describe()),
        m_client->configRequest(intent.configBody()), FeishuCall::AppConfig, !rangeCovers,
        rangeCovers ? tr("The released version is available to %1.").arg(AvailabilityIntent::describe(*online->visibility))
        : rangeKnown
            ? tr("Only if missing: the released version is available only to %1; it takes effect with the approved version.")
                  .arg(AvailabilityIntent::describe(*online->visibility))
            : tr("Only if missing: the availability range is not known yet; it takes effect with the approved version."));

    // The release goes last; whether it is needed is decided after the
    // changes before it (a permission may or may not need review).
    const QVersionNumber highest = versionOf(state.highestVersion());
    const QVersionNumber next = highest.isNull() ? QVersionNumber(1, 0, 0)
                                                 : QVersionNumber(highest.majorVersion(), highest.minorVersion(), highest.microVersion() + 1);
    const QString version = versionOf(m_spec.version) > highest ? m_spec.version : next.toString();
    QJsonObject publish{{QStringLiteral("version"), version},
                        {QStringLiteral("changelog"), m_spec.changelog.isEmpty() ? tr("Sign-in through GenAuth: redirect URL, user-info permissions and web app.") : m_spec.changelog},
                        {QStringLiteral("remark"), m_spec.remark.isEmpty() ? tr("Released by Feishu SSO Setup so that members can sign in to GenAuth with Feishu.") : m_spec.remark},
                        {QStringLiteral("pc_default_ability"), QStringLiteral("web_app")}};
    const bool needed = !webAppOnline || !rangeCovers || !state.missingScopes.isEmpty() || !state.waitingScopes.isEmpty() || !online;
    add(PlannedChange::Id::Release, Step::Publish, tr("Submit version %1 for release").arg(version), m_client->publishRequest(publish),
        FeishuCall::AppPublish, needed,
        needed ? tr("Only if something waits for a release; an administrator then approves it.") : tr("The released version has everything."));
    return changes;
}

void FeishuAppSetup::plan()
{
    read([this](const FeishuAppState &state) {
        m_state = state;
        emit planned(state, state.error.ok() && state.canPatch && state.versionInReview().isEmpty() ? changesFor(state) : QList<FeishuChange>{});
    });
}

void FeishuAppSetup::apply(bool dryRun)
{
    m_result = {};
    read([this, dryRun](const FeishuAppState &state) {
        m_state = state;
        if (!state.error.ok()) {
            m_result.error = state.error;
            return finish();
        }
        if (!state.canPatch) {
            ApiError e;
            e.kind = ApiError::Kind::Platform;
            e.code = QStringLiteral("99991672");
            e.step = Step::Permissions;
            e.scopes = prerequisiteScopes();
            e.fixUrl = scopeApplyLink(m_client->errorContext(FeishuCall::AppConfig).platform, m_client->appId());
            e.message = tr("The app may not change itself yet. Grant it application:application:patch (to make the changes) and "
                           "application:application:self_manage (to read them back) on Feishu's page for this app; nothing was "
                           "sent. If either needs review, release a version once and have it approved, then run this again.");
            m_result.error = e;
            return finish();
        }
        m_result.waitingVersion = state.versionInReview();
        if (!m_result.waitingVersion.isEmpty()) {
            // Feishu takes no change while a version waits (210040, 210302).
            return finish();
        }
        m_result.changes = changesFor(state);
        emit planned(state, m_result.changes);
        if (dryRun)
            return finish();
        sendChanges();
    });
}

} // namespace fss
