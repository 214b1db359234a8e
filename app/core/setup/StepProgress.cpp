#include "StepProgress.h"

#include <algorithm>

namespace fss {

void StepProgress::add(const CheckResult &result)
{
    if (result.status == CheckResult::Status::Pending)
        return;
    m_verdicts.insert(result.id.toString(), result);
}

namespace {

enum class Verdict { None, Passed, Waiting, Failed };

// A failure an earlier step's check hands on to a later step (a permission
// asked for everywhere: what remains is step 6's release and approval).
bool handedOn(const CheckResult &r)
{
    const QList<VerifiedItem> items = checklistItemsVerifiedBy(r.id);
    return !items.isEmpty() && std::all_of(items.cbegin(), items.cend(), [&](const VerifiedItem &v) { return int(v.item.step) < int(r.step); });
}

// What a verdict says of a step: of the step it names, and of the steps of
// the checklist items whose fact it verifies (the credentials check for step
// 1, the web app for step 3 when its version waits in step 6). There a pass
// counts, and a wait for approval; a failure that a later step must fix
// means this step's part is done, as its page says. A failure handed on to step 6
// waits with the release when the release waits for approval.
Verdict verdictOn(const CheckResult &r, Step step, bool releaseWaits)
{
    const bool pass = r.status == CheckResult::Status::Pass;
    const bool fail = r.status == CheckResult::Status::Fail;
    if (r.step == step) {
        if (pass)
            return Verdict::Passed;
        if (r.waitsForApproval() || (fail && releaseWaits && step == Step::Publish && handedOn(r)))
            return Verdict::Waiting;
        return fail ? Verdict::Failed : Verdict::None;
    }
    for (const VerifiedItem &v : checklistItemsVerifiedBy(r.id)) {
        if (v.item.step != step)
            continue;
        if (pass)
            return Verdict::Passed;
        if (r.waitsForApproval())
            return Verdict::Waiting;
        // A later step's failure: this step's part is done. An earlier
        // step's (Feishu unreachable, fixed on Welcome; the secret refused)
        // says nothing of this step's facts.
        if (fail && v.refutedByFailure && int(r.step) > int(step))
            return Verdict::Passed;
        return Verdict::None;
    }
    return Verdict::None;
}

} // namespace

bool StepProgress::releaseWaits() const
{
    return std::any_of(m_verdicts.cbegin(), m_verdicts.cend(), [](const CheckResult &r) { return r.waitsForApproval(); });
}

StepProgress::State StepProgress::state(Step step) const
{
    if (step == Step::TestLogin)
        return !m_login ? State::NotChecked : *m_login ? State::Passed : State::Failed;
    bool passed = false;
    bool waiting = false;
    const bool waits = releaseWaits();
    for (const CheckResult &r : m_verdicts) {
        switch (verdictOn(r, step, waits)) {
        case Verdict::Failed:
            return State::Failed;
        case Verdict::Waiting:
            waiting = true;
            break;
        case Verdict::Passed:
            passed = true;
            break;
        case Verdict::None:
            break;
        }
    }
    return waiting ? State::Waiting : passed ? State::Passed : State::NotChecked;
}

QList<CheckResult> StepProgress::verdicts(Step step) const
{
    QList<CheckResult> found;
    const bool waits = releaseWaits();
    for (const CheckResult &r : m_verdicts) {
        if (verdictOn(r, step, waits) != Verdict::None)
            found.append(r);
    }
    return found;
}

bool StepProgress::onlyApprovalLeftBeforeLogin() const
{
    for (Step step : {Step::WebPage, Step::RedirectUrl, Step::Permissions, Step::Publish}) {
        const State s = state(step);
        if (s != State::Passed && s != State::Waiting)
            return false;
    }
    return true;
}

} // namespace fss
