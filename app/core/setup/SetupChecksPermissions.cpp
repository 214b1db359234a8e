// SetupChecks, step 5: whether each of the seven permissions is granted, from
// the app's scope list, what a probe proved, or the last login.
#include "core/setup/SetupChecks.h"

#include "core/feishu/PermissionGrants.h"
#include "core/feishu/RequiredPermissions.h"
#include "core/setup/ProfileMapping.h"

namespace fss {

namespace {

// Granted for each identity it is asked for (RequiredPermission::tokenTypes):
// the fields of user_info need the user identity, what the app reads as itself
// the tenant identity. The app's record says which identities a scope is
// configured for, where it can be read.
struct Grants
{
    QStringList granted;
    QStringList waiting;
    QStringList missing;
    QString grantedAs; // the scope that grants it
};

Grants grantsOf(const RequiredPermission &p, const QList<ScopeGrant> &scopes, const AppRecord *record)
{
    Grants g;
    for (const QString &type : p.tokenTypes) {
        const IdentityGrant grant = identityGrant(p, type, scopes, record);
        if (grant.state == IdentityGrant::State::Granted && g.grantedAs.isEmpty())
            g.grantedAs = grant.scope;
        (grant.state == IdentityGrant::State::Granted   ? g.granted
         : grant.state == IdentityGrant::State::Waiting ? g.waiting
                                                        : g.missing)
            .append(type);
    }
    return g;
}

QString identities(const QStringList &types)
{
    QStringList names;
    for (const QString &type : types)
        names.append(type == QLatin1String("user") ? SetupChecks::tr("the user identity (user_access_token)")
                                                   : SetupChecks::tr("the app identity (tenant_access_token)"));
    return names.join(SetupChecks::tr(" and "));
}

// Not granted for every identity it must be: what is granted, what waits
// for an approved version, what is not asked for at all.
void describeUngranted(CheckResult &r, const RequiredPermission &p, const Grants &g, Platform platform, const QString &appId)
{
    r.status = CheckResult::Status::Fail;
    r.step = Step::Permissions;
    r.missingScopes = p.scopes.mid(0, 1);
    r.fixUrl = feishuConsole(platform, ConsolePage::Permissions, appId, r.missingScopes);
    const QString scopes = p.scopes.join(SetupChecks::tr(" or "));
    QStringList parts;
    if (!g.granted.isEmpty())
        parts.append(SetupChecks::tr("Granted for %1 only.").arg(identities(g.granted)));
    if (!g.waiting.isEmpty())
        parts.append(SetupChecks::tr("Requested but not granted yet for %1: %2. It takes effect when a version that includes it is released "
                                     "and approved.")
                         .arg(identities(g.waiting), scopes));
    if (!g.missing.isEmpty())
        parts.append(SetupChecks::tr("Not enabled for %1: add %2 in Permissions & Scopes (or use Set it up in Feishu for me), then release "
                                     "a version.")
                         .arg(identities(g.missing), scopes));
    r.message = parts.join(QLatin1Char(' '));
    // Asked for everywhere it must be: what remains is step 6's approval.
    if (g.missing.isEmpty())
        r.step = Step::Publish;
}

} // namespace

void SetupChecks::evaluatePermissions()
{
    const Platform platform = m_profile.platform;
    for (const RequiredPermission &p : requiredPermissions()) {
        CheckResult r = *find(CheckId::permissionOf(p.id));
        if (blockedByToken(r)) {
            set(r);
            continue;
        }
        // A probe that needs the permission is the strongest evidence.
        const ApiResult<bool> *probe = p.id == QLatin1String("id-by-phone-or-email") ? &m_userIdProbe
            : p.id == QLatin1String("contacts-as-app")                              ? &m_contactProbe
                                                                                     : nullptr;
        const AppRecord *record = m_app.ok() ? &m_app.value : nullptr;
        const Grants g = grantsOf(p, m_scopes.value, record);
        const QString listSource = record && record->scopesListed
            ? tr("Feishu: the app's record (application.get, scopes[].token_types) and its scope list (application/v6/scopes)")
            : tr("Feishu: the app's scope list (application/v6/scopes)");
        const QString probeSource = p.id == QLatin1String("id-by-phone-or-email") ? tr("Feishu: an answer of contact/v3/users/batch_get_id")
                                                                                   : tr("Feishu: an answer of contact/v3/scopes");

        // A permission without an official scope (union ID): what matters is
        // whether user_info carries the field, and the login test shows it.
        if (!p.officialScope && (!m_scopes.ok() || !g.missing.isEmpty() || !g.waiting.isEmpty() || !m_signedInUnionId.isEmpty())) {
            evaluateByLogin(r, p);
            set(r);
            continue;
        }
        // A request that needs it failed: that is the strongest evidence,
        // unless the list says it is only waiting for an approved version.
        const bool probeRefused = probe && !probe->ok();
        const bool onlyWaiting = m_scopes.ok() && g.granted.isEmpty() && g.missing.isEmpty() && !g.waiting.isEmpty();
        if (probeRefused && !(onlyWaiting && probe->error.code == QLatin1String("99991672"))) {
            r.fail(probe->error);
            r.source = tr("Feishu: the answer to a request that needs it");
            // Feishu names every scope that would do, closed ones too; the
            // fix asks only for what a new app can get.
            const qsizetype named = r.missingScopes.size();
            for (const QString &closed : closedScopes())
                r.missingScopes.removeAll(closed);
            if (r.missingScopes.isEmpty() && probe->error.code == QLatin1String("99991672"))
                r.missingScopes = p.scopes.mid(0, 1);
            if (r.missingScopes.size() != named)
                r.fixUrl = feishuConsole(platform, ConsolePage::Permissions, m_client->appId(), r.missingScopes);
        } else if (!m_scopes.ok() && probe) {
            r.status = CheckResult::Status::Pass;
            r.source = probeSource;
            r.message = tr("Granted: Feishu answered a request that needs it. (The scope list could not be read: %1)")
                            .arg(m_scopes.error.message);
        } else if (!m_scopes.ok()) {
            r.fail(m_scopes.error);
        } else if (g.missing.isEmpty() && g.waiting.isEmpty()) {
            r.status = CheckResult::Status::Pass;
            r.source = probe ? listSource + tr("; ") + probeSource : listSource;
            r.message = probe ? tr("Granted (%1) for %2, and Feishu answered a request that needs it.").arg(g.grantedAs, identities(g.granted))
                              : tr("Granted (%1) for %2.").arg(g.grantedAs, identities(g.granted));
        } else {
            r.source = listSource;
            describeUngranted(r, p, g, platform, m_client->appId());
        }
        set(r);
    }
}

void SetupChecks::evaluateByLogin(CheckResult &r, const RequiredPermission &p) const
{
    const QString scope = p.scopes.value(0);
    r.source = tr("Feishu: user_info in the last login test");
    if (!m_signedInUnionId.isEmpty()) {
        r.status = CheckResult::Status::Pass;
        r.message = tr("Received: Feishu's user_info carried union_id (%1) in the last login test, so GenAuth receives it.")
                        .arg(m_signedInUnionId);
    } else if (!m_signedInOpenId.isEmpty()) {
        r.status = CheckResult::Status::Fail;
        r.step = Step::Permissions;
        r.missingScopes = {scope};
        r.fixUrl = feishuConsole(m_profile.platform, ConsolePage::Permissions, m_client->appId(), r.missingScopes);
        r.message = tr("Not received: Feishu's user_info carried no union_id in the last login test. Add %1 in Permissions & Scopes "
                       "if the console offers it, release a version, and run the login test again.")
                        .arg(scope);
    } else {
        r.status = CheckResult::Status::Skip;
        r.source.clear();
        r.message = tr("Not verified yet: Feishu's user_info returns union_id without a permission, and no official page names a "
                       "scope for it (%1 is asked for, and Feishu may refuse it). The login test shows whether it arrives.")
                        .arg(scope);
    }
}

} // namespace fss
