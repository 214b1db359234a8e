#include "cli/ApplyCommand.h"

#include "core/setup/ProfileMapping.h"
#include "core/setup/SetupSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fss {

void ApplyCommand::start()
{
    openSession([this](SetupSession *session) {
        m_session = session;
        if (m_command.only == QLatin1String("genauth"))
            applyGenAuth();
        else
            applyFeishu();
    });
}

void ApplyCommand::applyFeishu()
{
    auto setup = new FeishuAppSetup(m_session->feishu(), ProfileMapping::feishuAppSpec(m_session->profile()), this);
    connect(setup, &FeishuAppSetup::applied, this, &ApplyCommand::feishuApplied);
    setup->apply(m_command.dryRun);
}

void ApplyCommand::feishuApplied(const FeishuSetupResult &result)
{
    m_changes.append({result.changes.cbegin(), result.changes.cend()});
    if (!result.ok()) {
        m_failed = true;
        if (result.changes.isEmpty()) { // refused before anything was planned
            PlannedChange refused;
            refused.id = PlannedChange::Id::Prerequisite;
            refused.url = result.error.fixUrl.toString();
            refused.status = PlannedChange::Status::Failed;
            refused.message = result.error.message;
            refused.code = result.error.code;
            m_changes.append(refused);
        }
    }
    if (result.consoleOnly())
        m_notes.append(tr("Feishu does not let the wizard configure this app (%1): do steps 3 to 6 in the developer console; "
                          "feishu-sso-setup check verifies each.")
                           .arg(result.error.code));
    if (!m_command.dryRun)
        m_session->adoptFeishuRun(result); // the profile says which release waits, as after the wizard
    m_version = result.submittedVersion.isEmpty() ? result.waitingVersion : result.submittedVersion;
    m_waiting = result.waitingForApproval() || !result.submittedVersion.isEmpty();
    if (m_waiting && result.submittedVersion.isEmpty())
        m_notes.append(tr("Version %1 waits for an administrator's approval; Feishu takes no change until then. An administrator "
                          "approves it in the admin console (Workplace → App Review).")
                           .arg(m_version));
    else if (m_waiting)
        m_notes.append(tr("Version %1 was submitted and waits for an administrator's approval (admin console → Workplace → App "
                          "Review).")
                           .arg(m_version));
    if (!m_failed && m_waiting && m_command.wait && !m_command.dryRun)
        return waitForApproval();
    if (m_command.only != QLatin1String("feishu"))
        return applyGenAuth();
    report();
}

void ApplyCommand::waitForApproval()
{
    auto watch = new ApprovalWatch(m_session->feishu(), this);
    connect(watch, &ApprovalWatch::waiting, this, [this](const QDateTime &next) {
        if (!m_command.json)
            m_err << tr("Waiting for the approval of version %1; next look at %2.").arg(m_version, next.toLocalTime().toString(Qt::ISODate))
                  << Qt::endl;
    });
    connect(watch, &ApprovalWatch::finished, this, [this](ApprovalWatch::Outcome outcome, const ApiError &error) {
        switch (outcome) {
        case ApprovalWatch::Outcome::Approved:
            m_waiting = false;
            m_session->setReleaseWaiting({});
            m_notes.append(tr("Version %1 was approved and is online.").arg(m_version));
            break;
        case ApprovalWatch::Outcome::Rejected:
            m_waiting = false;
            m_session->setReleaseWaiting({});
            m_failed = true;
            m_notes.append(tr("Version %1 was rejected by an administrator. Ask why, then run apply again.").arg(m_version));
            break;
        case ApprovalWatch::Outcome::Failed:
            m_failed = true;
            m_notes.append(error.message);
            break;
        case ApprovalWatch::Outcome::TimedOut:
            m_notes.append(tr("Still waiting after %n minute(s); run apply --wait again later.", nullptr, m_command.waitMinutes));
            break;
        }
        if (m_command.only != QLatin1String("feishu"))
            return applyGenAuth();
        report();
    });
    watch->watch(m_version, std::chrono::minutes(m_command.waitMinutes));
}

void ApplyCommand::applyGenAuth()
{
    if (!m_session->hasUserPoolSecret()) {
        if (m_command.only == QLatin1String("genauth")) {
            m_err << tr("apply --only genauth needs the user pool secret: set FSS_USERPOOL_SECRET, or store it in the wizard (Step 2).")
                  << Qt::endl;
            return emit finished(exitBadInput);
        }
        m_notes.append(tr("GenAuth was not changed: no user pool secret (FSS_USERPOOL_SECRET, or the wizard's Step 2)."));
        return report();
    }
    auto source = m_session->newIdentitySourceRun(this);
    if (m_command.dryRun) {
        m_changes.append(source->preview());
        return report();
    }
    connect(source, &GenAuthIdentitySource::applied, this, [this](const ApplyResult &result) {
        PlannedChange c;
        c.service = PlannedChange::Service::GenAuth;
        c.id = PlannedChange::Id::IdentitySource;
        c.step = Step::Credentials;
        c.url = m_session->genAuth()->endpoints().api.toString();
        c.status = !result.ok()         ? PlannedChange::Status::Failed
            : result.changes > 0        ? PlannedChange::Status::Sent
                                        : PlannedChange::Status::Unchanged;
        c.message = result.ok() ? result.done.join(QLatin1Char(' ')) : result.error.message;
        c.code = result.error.code;
        m_changes.append(c);
        if (!result.ok())
            m_failed = true;
        report();
    });
    source->apply();
}

void ApplyCommand::report()
{
    if (m_command.json) {
        QJsonArray changes;
        for (const PlannedChange &c : std::as_const(m_changes))
            changes.append(changeJson(c));
        const QJsonObject o{{QStringLiteral("ok"), !m_failed},
                            {QStringLiteral("waiting_for_approval"), m_waiting},
                            {QStringLiteral("version"), m_version.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_version)},
                            {QStringLiteral("changes"), changes}};
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        for (const PlannedChange &c : std::as_const(m_changes))
            writeChange(c);
        for (const QString &note : std::as_const(m_notes))
            m_out << note << '\n';
        if (m_command.dryRun)
            m_out << tr("Dry run: nothing was sent.") << '\n';
        m_out.flush();
    }
    m_out.flush();
    emit finished(m_failed ? exitFailed : exitDone);
}

} // namespace fss
