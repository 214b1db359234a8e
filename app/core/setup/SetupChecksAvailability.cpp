// The availability check of SetupChecks (step 6): the released version's
// range against who the profile means to sign in, and the last login
// test's user in it. Apart from SetupChecks.cpp only for its size.
#include "core/setup/ProfileMapping.h"
#include "core/setup/SetupChecks.h"

#include "core/feishu/Availability.h"
#include "core/feishu/RequiredPermissions.h"

namespace fss {

void SetupChecks::runAvailability(QObject *run)
{
    CheckResult *r = find(CheckId::availability());
    if (!r || r->status != CheckResult::Status::Pending)
        return;
    // Only worth asking when a version is released and a login test named
    // someone.
    const AppVisibility *range = nullptr;
    if (m_app.ok() && m_versions.ok()) {
        for (const AppVersion &v : m_versions.value) {
            if (v.versionId == m_app.value.onlineVersionId && v.visibility)
                range = &*v.visibility;
        }
    }
    if (!range || m_signedInOpenId.isEmpty())
        return evaluateAvailability({});
    ++m_outstanding;
    m_client->checkAvailability({m_signedInOpenId}, run, [this](const ApiResult<QList<UserAvailability>> &user) {
        evaluateAvailability(user);
        oneDone();
    });
}

void SetupChecks::evaluateAvailability(const ApiResult<QList<UserAvailability>> &user)
{
    CheckResult r = *find(CheckId::availability());
    if (blockedByToken(r))
        return set(r);
    r.source = tr("Feishu: the released version's availability range (app_versions, remark.visibility)");
    r.fixUrl = feishuConsole(m_profile.platform, ConsolePage::Overview, m_client->appId());
    const ApiError &readError = !m_app.ok() ? m_app.error : m_versions.error;
    if (!readError.ok()) {
        if (needsSelfManage(readError)) {
            r.status = CheckResult::Status::Skip;
            r.missingScopes = {selfManageScope};
            r.message = tr("Not verified: the app may read its own versions only with the optional permission %1.").arg(selfManageScope);
        } else {
            r.fail(readError);
        }
        r.source.clear();
        return set(r);
    }
    const AppVersion *online = nullptr;
    for (const AppVersion &v : m_versions.value) {
        if (!m_app.value.onlineVersionId.isEmpty() && v.versionId == m_app.value.onlineVersionId)
            online = &v;
    }
    const AvailabilityIntent intent = ProfileMapping::availability(m_profile);
    if (!online) {
        r.status = CheckResult::Status::Skip;
        r.source.clear();
        r.message = tr("Not checked: no version is released yet, and the range comes with the released version.");
    } else if (!online->visibility) {
        r.status = CheckResult::Status::Skip;
        r.source.clear();
        r.message = tr("Not checked: Feishu's answer for version %1 carries no availability range; check it on the app's page in the "
                       "console.")
                        .arg(online->version);
    } else {
        // The signed-in person's place in the range, when it was asked.
        const QString who = m_signedInName.isEmpty() ? m_signedInOpenId : m_signedInName;
        std::optional<UserAvailability> person;
        if (!m_signedInOpenId.isEmpty() && user.ok()) {
            for (const UserAvailability &u : user.value) {
                if (u.openId == m_signedInOpenId)
                    person = u;
            }
            r.source += tr("; visibility/check_white_black_list for %1").arg(who);
        }
        const bool personLeftOut = person && !person->mayUse(online->visibility->toAll);
        QStringList text;
        if (!intent.coveredBy(*online->visibility)) {
            r.status = CheckResult::Status::Fail;
            text.append(tr("Not everyone meant can sign in: version %1 is available to %2, and you meant %3. Set it up in Feishu for me "
                           "changes the range with a new version an administrator approves (or change Availability in the console).")
                            .arg(online->version, AvailabilityIntent::describe(*online->visibility), intent.describe()));
        } else {
            r.status = CheckResult::Status::Pass;
            text.append(tr("Version %1 is available to %2.").arg(online->version, AvailabilityIntent::describe(*online->visibility)));
        }
        if (person && person->denied) {
            r.status = CheckResult::Status::Fail;
            text.append(tr("%1, who signed in in the login test, is on the app's deny list and cannot use it. An administrator removes "
                           "them from it in the Feishu Admin Console (Workplace → App Management → Availability).")
                            .arg(who));
        } else if (personLeftOut) {
            r.status = CheckResult::Status::Fail;
            text.append(tr("%1, who signed in in the login test, is not in the availability range of version %2.").arg(who, online->version));
        } else if (person) {
            text.append(tr("%1, who signed in in the login test, may use it.").arg(who));
        } else if (!m_signedInOpenId.isEmpty()) {
            text.append(tr("Whether %1 (from the login test) may use it could not be asked: %2").arg(who, user.error.message));
        }
        if (r.status == CheckResult::Status::Pass)
            r.fixUrl.clear();
        r.message = text.join(QLatin1Char(' '));
    }
    set(r);
}

} // namespace fss
