#include "core/setup/SetupChecks.h"

#include "core/feishu/PermissionGrants.h"
#include "core/feishu/RequiredPermissions.h"
#include "core/setup/ProfileMapping.h"

namespace fss {

bool SetupChecks::needsSelfManage(const ApiError &e)
{
    return e.code == QLatin1String("99991672") || e.code == QLatin1String("210508");
}

void CheckResult::fail(const ApiError &e)
{
    status = Status::Fail;
    step = e.step;
    message = e.message;
    code = e.code;
    fixUrl = e.fixUrl;
    missingScopes = e.scopes;
}

QString CheckResult::statusName(Status status)
{
    return lowerCaseName(status);
}

SetupChecks::SetupChecks(FeishuClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QList<CheckResult> SetupChecks::planned(Groups groups)
{
    QList<CheckResult> list;
    const auto add = [&](const CheckId &id, Step step, const QString &title) {
        CheckResult r;
        r.id = id;
        r.step = step;
        r.title = title;
        list.append(r);
    };
    if (groups & Group::Credentials)
        add(CheckId::credentials(), Step::Credentials, tr("App ID and App Secret accepted by Feishu"));
    if (groups & Group::AppRecord)
        add(CheckId::webPage(), Step::WebPage, tr("Web page capability in the released version"));
    if (groups & Group::AppRecord)
        add(CheckId::redirectUrl(), Step::RedirectUrl, tr("GenAuth redirect URL registered"));
    if (groups & Group::Permissions) {
        for (const RequiredPermission &p : requiredPermissions())
            add(CheckId::permissionOf(p.id), Step::Permissions, tr("Permission: %1").arg(p.displayName()));
    }
    if (groups & Group::AppRecord) {
        add(CheckId::release(), Step::Publish, tr("A version is released and approved"));
        add(CheckId::availability(), Step::Publish, tr("The availability range includes the people who will sign in"));
    }
    if (groups & Group::GenAuth) {
        add(CheckId::genAuthConnection(), Step::Credentials, tr("GenAuth's Feishu identity source holds this App ID and App Secret"));
        add(CheckId::genAuthEnabled(), Step::Credentials, tr("The identity source is enabled on the GenAuth application"));
    }
    return list;
}

int SetupChecks::count(CheckResult::Status status) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [status](const CheckResult &r) { return r.status == status; }));
}

CheckResult *SetupChecks::find(const CheckId &check)
{
    for (CheckResult &r : m_results) {
        if (r.id == check)
            return &r;
    }
    return nullptr;
}

void SetupChecks::set(CheckResult result)
{
    if (CheckResult *r = find(result.id)) {
        result.checkedAt = QDateTime::currentDateTimeUtc();
        remember(result);
        *r = result;
        emit resultChanged(result);
    }
}

void SetupChecks::remember(CheckResult &result)
{
    // What this run found goes into m_history; what a failure tells comes
    // from before the run, so that a check set twice in one run tells the same.
    const QString id = result.id.toString();
    const CheckHistory before = m_historyBefore.value(id);
    CheckHistory now = before;
    result.lastPassAt = before.lastPassAt;
    result.lastPassSaw = before.lastPassSaw;
    const auto when = [](const QDateTime &t) { return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
    switch (result.status) {
    case CheckResult::Status::Pass:
        now.lastPassAt = result.lastPassAt = result.checkedAt;
        now.lastPassSaw = result.lastPassSaw = result.message;
        now.failingSince = {};
        break;
    case CheckResult::Status::Fail: {
        if (!before.failingSince.isValid())
            now.failingSince = result.checkedAt;
        result.failingSince = now.failingSince;
        QString story;
        if (before.failingSince.isValid() && before.lastPassAt.isValid())
            story = tr("Failing since %1; it last passed %2, when it said: “%3”")
                        .arg(when(before.failingSince), when(before.lastPassAt), before.lastPassSaw);
        else if (before.lastPassAt.isValid())
            story = tr("It last passed %1, when it said: “%2”").arg(when(before.lastPassAt), before.lastPassSaw);
        else if (before.failingSince.isValid())
            story = tr("Failing since %1.").arg(when(before.failingSince));
        if (!story.isEmpty())
            result.message += QLatin1Char(' ') + story;
        break;
    }
    case CheckResult::Status::Skip:
    case CheckResult::Status::Pending:
        return; // says nothing about the platform
    }
    m_history.insert(id, now);
}

void SetupChecks::run(Groups groups)
{
    // Callbacks of an abandoned run die with their context.
    delete m_run;
    m_run = new QObject(this);
    m_groups = groups;
    m_historyBefore = m_history;
    m_results = planned(groups);
    m_token = {};
    m_scopes = {};
    m_userIdProbe = {};
    m_contactProbe = {};
    m_app = {};
    m_versions = {};
    m_permissionParts = 0;
    m_appParts = 0;
    m_outstanding = 1; // the token

    QObject *run = m_run;
    if (groups & Group::GenAuth)
        runGenAuth(run);
    m_client->tenantAccessToken(run, [this](const ApiResult<QString> &token) {
        m_token = token;
        if (m_groups & Group::Credentials) {
            CheckResult r = *find(CheckId::credentials());
            r.source = tr("Feishu: a tenant access token for the App ID and App Secret (auth/v3/tenant_access_token/internal)");
            if (token.ok()) {
                r.status = CheckResult::Status::Pass;
                r.message = tr("Feishu accepted the App ID and App Secret and issued a tenant access token.");
            } else {
                r.fail(token.error);
            }
            set(r);
        }
        oneDone();
    });

    // Each group evaluates once all of its answers are in; the app's record
    // serves both (the permissions read their identities from it).
    std::function<void()> permissionPart = [] {};
    std::function<void()> appPart = [] {};
    if (groups & Group::Permissions) {
        m_permissionParts = 4;
        m_outstanding += 4;
        permissionPart = [this] {
            if (--m_permissionParts == 0)
                evaluatePermissions();
            oneDone();
        };
        m_client->scopes(run, [this, permissionPart](const ApiResult<QList<ScopeGrant>> &r) {
            m_scopes = r;
            permissionPart();
        });
        m_client->probeUserIdByEmail(run, [this, permissionPart](const ApiResult<bool> &r) {
            m_userIdProbe = r;
            permissionPart();
        });
        m_client->probeContactScope(run, [this, permissionPart](const ApiResult<bool> &r) {
            m_contactProbe = r;
            permissionPart();
        });
    }
    if (groups & Group::AppRecord) {
        m_appParts = 2;
        m_outstanding += 2;
        appPart = [this, run] {
            if (--m_appParts == 0) {
                evaluateAppRecord();
                runAvailability(run);
            }
            oneDone();
        };
        m_client->appVersions(run, [this, appPart](const ApiResult<QList<AppVersion>> &r) {
            m_versions = r;
            appPart();
        });
    }
    if (groups & (Group::Permissions | Group::AppRecord)) {
        m_client->applicationInfo(run, [this, permissionPart, appPart](const ApiResult<AppRecord> &r) {
            m_app = r;
            permissionPart();
            appPart();
        });
    }
}

void SetupChecks::oneDone()
{
    if (--m_outstanding == 0)
        emit finished();
}

bool SetupChecks::blockedByToken(CheckResult &r) const
{
    if (m_token.ok())
        return false;
    if (m_groups & Group::Credentials) {
        // The credentials check already says what is wrong; do not repeat it.
        r.status = CheckResult::Status::Skip;
        r.message = tr("Not checked: this needs a tenant access token, and getting one failed (see the credentials check).");
    } else {
        r.fail(m_token.error);
    }
    return true;
}

void SetupChecks::skipForSelfManage(CheckResult &r, const ApiError &e) const
{
    // Reading the app's own record needs a permission the seven do not
    // include (docs/platforms.md F §8): say how to let the wizard see, and skip.
    r.status = CheckResult::Status::Skip;
    r.code = e.code;
    r.missingScopes = {selfManageScope};
    r.fixUrl = feishuConsole(m_profile.platform, ConsolePage::Permissions, m_client->appId(), r.missingScopes);
    r.message = tr("Not verified: the app may read its own record only with the optional permission %1. Enable it "
                   "to let the wizard check this step, or check it in the console.")
                    .arg(selfManageScope);
}

QString SetupChecks::versionName(const QString &versionId) const
{
    for (const AppVersion &v : m_versions.value) {
        if (v.versionId == versionId)
            return v.version;
    }
    return versionId;
}

void SetupChecks::evaluateAppRecord()
{
    CheckResult web = *find(CheckId::webPage());
    CheckResult redirect = *find(CheckId::redirectUrl());
    CheckResult release = *find(CheckId::release());
    if (blockedByToken(web)) {
        blockedByToken(redirect);
        blockedByToken(release);
    } else {
        // Redirect URL and release come from applications/me.
        if (!m_app.ok()) {
            for (CheckResult *r : {&redirect, &release}) {
                if (needsSelfManage(m_app.error))
                    skipForSelfManage(*r, m_app.error);
                else
                    r->fail(m_app.error);
            }
        } else {
            judgeRedirectUrl(redirect, m_app.value);
            judgeRelease(release, m_app.value);
        }
        judgeWebApp(web);
    }
    set(web);
    set(redirect);
    set(release);
}

void SetupChecks::judgeRedirectUrl(CheckResult &redirect, const AppRecord &app) const
{
    const QString expected = ProfileMapping::redirectUrl(m_profile).toString(QUrl::FullyEncoded);
    if (expected.isEmpty()) {
        redirect.status = CheckResult::Status::Skip;
        redirect.message = tr("Not checked: enter the connection identifier and user pool ID first (Step 2).");
        return;
    }
    redirect.source = tr("Feishu: the app's record (application/v6/applications/me, redirect_urls)");
    if (app.redirectUrls.contains(expected)) {
        redirect.status = CheckResult::Status::Pass;
        redirect.message = tr("Registered: %1").arg(expected);
        return;
    }
    redirect.status = CheckResult::Status::Fail;
    redirect.fixUrl = feishuConsole(m_profile.platform, ConsolePage::Security, app.appId.isEmpty() ? m_client->appId() : app.appId);
    QStringList shown = app.redirectUrls.mid(0, 3);
    if (app.redirectUrls.size() > 3)
        shown.append(QStringLiteral("…"));
    redirect.message = app.redirectUrls.isEmpty()
        ? tr("No redirect URL is registered. Add exactly %1 in Security Settings → Redirect URLs.").arg(expected)
        : tr("%1 is not registered (it must match exactly). Registered now: %2.").arg(expected, shown.join(QStringLiteral(", ")));
}

void SetupChecks::judgeRelease(CheckResult &release, const AppRecord &app) const
{
    if (app.status == 0 || app.status == 2) {
        release.status = CheckResult::Status::Fail;
        release.message = tr("The app is disabled in your organisation. An administrator must enable it.");
    } else if (app.onlineVersionId.isEmpty()) {
        release.status = CheckResult::Status::Fail;
        if (!app.unauditVersionId.isEmpty())
            release.code = QLatin1String(CheckResult::awaitingApproval);
        release.message = app.unauditVersionId.isEmpty()
            ? tr("No version has been released. Create a version (Step 5), then publish it and have it approved.")
            : tr("Version %1 is waiting for approval; nothing is released yet. Ask an administrator to approve it.")
                  .arg(versionName(app.unauditVersionId));
    } else {
        const QString online = versionName(app.onlineVersionId);
        if (!m_profile.version.isEmpty() && online != m_profile.version && !app.unauditVersionId.isEmpty()
            && versionName(app.unauditVersionId) == m_profile.version) {
            release.status = CheckResult::Status::Fail;
            release.code = QLatin1String(CheckResult::awaitingApproval);
            release.message = tr("Version %1 is waiting for approval; the released version is still %2. Ask an "
                                 "administrator to approve it.")
                                  .arg(m_profile.version, online);
        } else {
            release.status = CheckResult::Status::Pass;
            release.message = tr("Version %1 is released.").arg(online);
        }
    }
    release.source = tr("Feishu: the app's record (online_version_id, unaudit_version_id)");
    if (release.status == CheckResult::Status::Fail)
        release.fixUrl = feishuConsole(m_profile.platform, ConsolePage::Overview, m_client->appId());
}

// The web page capability is part of a version (app_versions ability.web_app).
void SetupChecks::judgeWebApp(CheckResult &web) const
{
    if (!m_versions.ok()) {
        if (needsSelfManage(m_versions.error))
            skipForSelfManage(web, m_versions.error);
        else
            web.fail(m_versions.error);
        return;
    }
    const QString onlineId = m_app.ok() ? m_app.value.onlineVersionId : QString();
    const AppVersion *online = nullptr;
    const AppVersion *withWeb = nullptr;
    for (const AppVersion &v : m_versions.value) {
        if (!onlineId.isEmpty() && v.versionId == onlineId)
            online = &v;
        if (v.webApp && !withWeb)
            withWeb = &v;
    }
    web.fixUrl = feishuConsole(m_profile.platform, ConsolePage::Overview, m_client->appId());
    web.source = tr("Feishu: the app's versions (application/v6/…/app_versions, ability.web_app)");
    if (online && online->webApp) {
        web.status = CheckResult::Status::Pass;
        web.message = tr("Enabled in the released version %1.").arg(online->version);
        web.fixUrl.clear();
    } else if (withWeb) {
        web.status = CheckResult::Status::Fail;
        web.step = Step::Publish;
        web.message = tr("Enabled in version %1, which is not released yet. Publish it and have it approved.").arg(withWeb->version);
        if (withWeb->status == 3) // under review: only the approval is missing
            web.code = QLatin1String(CheckResult::awaitingApproval);
    } else {
        web.status = CheckResult::Status::Fail;
        web.message = m_versions.value.isEmpty()
            ? tr("No version exists yet. Enable Web page under Features, then create and release a version.")
            : tr("No version has the web page capability. Enable Web page under Features, then create and release a version.");
    }
}

void SetupChecks::runGenAuth(QObject *run)
{
    if (!m_genAuth || !m_genAuth->hasSecret()) {
        for (const CheckId &id : {CheckId::genAuthConnection(), CheckId::genAuthEnabled()}) {
            CheckResult r = *find(id);
            r.status = CheckResult::Status::Skip;
            r.message = tr("Not checked: reading GenAuth needs the user pool secret (Step 2; FSS_USERPOOL_SECRET for the check "
                           "command).");
            set(r);
        }
        return;
    }
    ++m_outstanding;
    auto source = new GenAuthIdentitySource(m_genAuth, m_genAuthSpec, run);
    connect(source, &GenAuthIdentitySource::inspected, this, [this](const IdentitySourceState &state) {
        evaluateGenAuth(state);
        oneDone();
    });
    source->inspect();
}

void SetupChecks::evaluateGenAuth(const IdentitySourceState &state)
{
    CheckResult connection = *find(CheckId::genAuthConnection());
    CheckResult enabled = *find(CheckId::genAuthEnabled());
    connection.source = tr("GenAuth: the user pool's identity sources and their connections");
    const IdentitySourceSpec &spec = m_genAuthSpec;
    const QUrl console = m_genAuth->endpoints().console;
    const auto fixWith = [&](CheckResult &r, const QString &message) {
        r.status = CheckResult::Status::Fail;
        r.step = Step::Credentials;
        r.fixUrl = console;
        r.message = message;
    };
    const auto skipEnabled = [&](const QString &why) {
        enabled.status = CheckResult::Status::Skip;
        enabled.message = why;
    };

    if (!state.error.ok()) {
        connection.fail(state.error);
        enabled.fail(state.error);
    } else if (!state.connection) {
        fixWith(connection, tr("GenAuth has no identity source connection with the identifier “%1”. Use Create it for me in Step 2, "
                               "or add the Feishu enterprise self-built app in the GenAuth console.")
                                .arg(spec.identifier));
        skipEnabled(tr("Not checked: there is no connection to enable yet."));
    } else if (!state.conflict.isEmpty()) {
        fixWith(connection, state.conflict + QLatin1Char(' ') + tr("Choose another identifier in Step 2."));
        skipEnabled(tr("Not checked: the identifier belongs to another connection."));
    } else {
        if (!state.fieldsShown) {
            connection.status = CheckResult::Status::Skip;
            connection.message = tr("Not verified: GenAuth's answer for the connection “%1” carries none of its fields, so the App ID it "
                                    "holds cannot be seen. The end-to-end login test through GenAuth is the proof.")
                                     .arg(spec.identifier);
        } else if (!state.sameAppId) {
            fixWith(connection, tr("The connection “%1” holds no App ID under the field names %2. If GenAuth names it differently, "
                                   "set the field names in Create it for me; otherwise run it to fill them in.")
                                    .arg(spec.identifier, spec.appIdKeys.join(QStringLiteral(", "))));
        } else if (state.secretReadable && !state.sameSecret) {
            fixWith(connection, tr("The connection “%1” holds another App Secret than Step 2. Run Create it for me to update it, or "
                                   "correct it in the GenAuth console.")
                                    .arg(spec.identifier));
        } else {
            connection.status = CheckResult::Status::Pass;
            connection.message = state.secretReadable
                ? tr("“%1” (%2) holds App ID %3 and the same App Secret.").arg(spec.identifier, state.connection->displayName, spec.feishuAppId)
                : tr("“%1” (%2) holds App ID %3; GenAuth does not show its App Secret, so that was not compared.")
                      .arg(spec.identifier, state.connection->displayName, spec.feishuAppId);
        }
        // Each application the profile names: the verdict passes only when
        // the connection is on in every one, and names those it is not on.
        QStringList on, off;
        for (const QString &appId : spec.applicationIds())
            (state.enabledOn.value(appId, false) ? on : off).append(appId);
        if (spec.applicationIds().isEmpty()) {
            skipEnabled(tr("Not checked: enter the GenAuth application ID in Step 2."));
        } else if (off.isEmpty()) {
            enabled.status = CheckResult::Status::Pass;
            enabled.message = on.size() == 1 ? tr("Enabled on the application %1.").arg(on.first())
                                             : tr("Enabled on each of the applications %1.").arg(on.join(QStringLiteral(", ")));
        } else if (off.size() == 1 && on.isEmpty()) {
            fixWith(enabled, tr("Not enabled on the application %1, so its users cannot sign in with Feishu. Use Create it for me in "
                                "Step 2, or enable the application on the connection's page in the GenAuth console.")
                                 .arg(off.first()));
        } else {
            fixWith(enabled, tr("Not enabled on the applications %1 (it is on %2), so their users cannot sign in with Feishu. Use "
                                "Create it for me in Step 2, or enable them on the connection's page in the GenAuth console.")
                                 .arg(off.join(QStringLiteral(", ")), on.isEmpty() ? tr("none") : on.join(QStringLiteral(", "))));
        }
    }
    set(connection);
    set(enabled);
}

} // namespace fss
