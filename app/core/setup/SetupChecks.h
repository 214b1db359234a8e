// The live checks of a setup, as the wizard pages, the Summary and the
// headless `check` command run them. Checks that do not depend on each other
// run at the same time; all of them share one tenant token request, so the
// longest chain is two requests (token, then the probes).
#pragma once

#include "core/transport/ApiError.h"
#include "core/feishu/FeishuClient.h"
#include "core/feishu/RequiredPermissions.h"
#include "core/genauth/GenAuthIdentitySource.h"
#include "core/setup/SetupContracts.h"
#include "core/setup/SetupProfile.h"

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace fss {

struct CheckResult
{
    Q_GADGET

public:
    enum class Status { Pending, Pass, Fail, Skip };
    Q_ENUM(Status)
    // The code of a failure that is only a version waiting for approval.
    static constexpr const char *awaitingApproval = "awaiting-approval";

    CheckId id;       // which check ("credentials", "permission.email" … in `check --json`); a verdict
                      // made up to be shown on its own keeps the default and is listed nowhere
    Step step = Step::Welcome;
    QString title;    // translated, what is checked
    Status status = Status::Pending;
    QString message;  // translated: what was found and, on failure, what to do
    QString code;     // the platform's or transport's raw code, if any
    QUrl fixUrl;      // console page that fixes it
    QStringList missingScopes;
    QString source;   // translated: where the verdict's fact came from ("Feishu: the app's record, redirect_urls")
    QDateTime checkedAt; // when the verdict came (UTC)
    // A failure's history (SetupChecks::setHistory): when the check last
    // passed and what it saw then, and since when it has been failing.
    QDateTime lastPassAt;
    QString lastPassSaw;
    QDateTime failingSince;

    static QString statusName(Status status); // "pass", "fail", "skip", "pending"
    // Failed with what the error says: cause, step, code, fix, scopes.
    void fail(const ApiError &error);
    // Failed only because a version waits for an administrator's approval.
    bool waitsForApproval() const { return status == Status::Fail && code == QLatin1String(awaitingApproval); }
};

class SetupChecks : public QObject
{
    Q_OBJECT

public:
    enum class Group {
        Credentials = 0x1, // step 2: the tenant token
        Permissions = 0x2, // step 5: the seven permissions
        AppRecord = 0x4,   // steps 3, 4, 6: web page, redirect URL, release, availability
        GenAuth = 0x8,     // step 2, GenAuth's side: the connection and its application
    };
    Q_DECLARE_FLAGS(Groups, Group)
    static constexpr Groups allGroups()
    {
        return Groups(Group::Credentials) | Group::Permissions | Group::AppRecord | Group::GenAuth;
    }

    // The client must already carry the endpoints and credentials.
    explicit SetupChecks(FeishuClient *client, QObject *parent = nullptr);

    // What the checks compare against: the expected redirect URL, version.
    void setProfile(const SetupProfile &profile) { m_profile = profile; }
    // GenAuth's side, read with the management API: without a client or a
    // user pool secret those checks are skipped, saying why.
    void setGenAuth(GenAuthClient *client, const IdentitySourceSpec &spec)
    {
        m_genAuth = client;
        m_genAuthSpec = spec;
    }

    // The person who signed in in the last login test, whose access the
    // availability check asks Feishu about (visibility/check_white_black_list),
    // and the union_id user_info carried for them (the union-ID permission's
    // evidence; empty: none).
    void setSignedInUser(const QString &openId, const QString &name, const QString &unionId = {})
    {
        m_signedInOpenId = openId;
        m_signedInName = name;
        m_signedInUnionId = unionId;
    }

    // The checks of these groups, in display order, all Pending.
    static QList<CheckResult> planned(Groups groups);

    // Starts the checks; a run in progress is abandoned.
    void run(Groups groups = allGroups());
    bool isRunning() const { return m_outstanding > 0; }
    const QList<CheckResult> &results() const { return m_results; }
    bool allPassed() const { return count(CheckResult::Status::Fail) == 0; } // skipped ones do not count
    int count(CheckResult::Status status) const;

    // What the checks found before (the profile's), and after this run.
    void setHistory(const QMap<QString, CheckHistory> &history) { m_history = m_historyBefore = history; }
    const QMap<QString, CheckHistory> &history() const { return m_history; }

signals:
    void resultChanged(const CheckResult &result);
    void finished();

private:
    void set(CheckResult result);
    // Adds what the check found before to a failure, and remembers this verdict.
    void remember(CheckResult &result);
    CheckResult *find(const CheckId &id);
    void evaluatePermissions();
    // A permission without an official scope, by what the login test's
    // user_info carried.
    void evaluateByLogin(CheckResult &r, const RequiredPermission &p) const;
    void evaluateAppRecord();
    void judgeRedirectUrl(CheckResult &redirect, const AppRecord &app) const;
    void judgeRelease(CheckResult &release, const AppRecord &app) const;
    void judgeWebApp(CheckResult &web) const;
    // Skipped: reading the app's own record or versions needs the optional
    // self_manage permission.
    void skipForSelfManage(CheckResult &r, const ApiError &e) const;
    QString versionName(const QString &versionId) const;
    // After the app record: the availability range, and the signed-in user's
    // place in it (one more request).
    void runAvailability(QObject *run);
    void evaluateAvailability(const ApiResult<QList<UserAvailability>> &user);
    void runGenAuth(QObject *run);
    void evaluateGenAuth(const IdentitySourceState &state);
    void oneDone();
    // Reading the app's own record or versions was refused for want of
    // application:application:self_manage (99991672, 210508).
    static bool needsSelfManage(const ApiError &error);
    // The result of a check that could not run because the token failed.
    bool blockedByToken(CheckResult &r) const;

    FeishuClient *m_client;
    GenAuthClient *m_genAuth = nullptr;
    IdentitySourceSpec m_genAuthSpec;
    QMap<QString, CheckHistory> m_history;       // as this run leaves it
    QMap<QString, CheckHistory> m_historyBefore; // as the run found it
    SetupProfile m_profile;
    QString m_signedInOpenId;
    QString m_signedInName;
    QString m_signedInUnionId;
    Groups m_groups;
    QList<CheckResult> m_results;
    int m_outstanding = 0;
    QObject *m_run = nullptr; // context of the current run's callbacks

    // Answers gathered by the current run.
    ApiResult<QString> m_token;
    ApiResult<QList<ScopeGrant>> m_scopes;
    ApiResult<bool> m_userIdProbe;
    ApiResult<bool> m_contactProbe;
    ApiResult<AppRecord> m_app;
    ApiResult<QList<AppVersion>> m_versions;
    int m_permissionParts = 0;
    int m_appParts = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SetupChecks::Groups)


} // namespace fss
