// Where each step stands, from every check's verdicts as they arrive: the
// step list beside the wizard's pages reads it, and it says when steps 3 to
// 6 have nothing left but an administrator's approval (the wizard then
// offers to go straight to the login test).
#pragma once

#include "core/setup/SetupChecks.h"

#include <QList>
#include <QMap>

#include <optional>

namespace fss {

class StepProgress
{
public:
    // Waiting: every verdict that failed only waits for an administrator's
    // approval of the release.
    enum class State { NotChecked, Passed, Failed, Waiting };

    // The newest verdict of a check replaces its older one, even when it
    // names another step; a pending verdict changes nothing.
    void add(const CheckResult &result);
    // The login test's last outcome (either kind): the state of its row.
    void setLoginWorked(bool worked) { m_login = worked; }
    void clear()
    {
        m_verdicts.clear();
        m_login.reset();
    }

    State state(Step step) const;
    // The verdicts that decide a step's state (passed and failed), by check.
    QList<CheckResult> verdicts(Step step) const;
    // Steps 3 to 6 all checked, none failed for any reason but a release
    // waiting for approval.
    bool onlyApprovalLeftBeforeLogin() const;

private:
    bool releaseWaits() const; // a version is under review (a verdict waits for its approval)
    QMap<QString, CheckResult> m_verdicts; // by check id
    std::optional<bool> m_login;
};

} // namespace fss
