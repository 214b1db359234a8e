#include "cli/RemoveCommand.h"

#include "core/setup/SecretStore.h"
#include "core/setup/SetupSession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fss {

void RemoveCommand::start()
{
    if (!m_store.contains(m_command.profile)) {
        m_out << tr("There is no profile “%1”: nothing of it is left to take down here.").arg(m_command.profile) << Qt::endl;
        return finishLater(exitOk);
    }
    openSession([this](SetupSession *session) {
        m_session = session;
        m_removal = session->newRemoval(this);
        connect(m_removal, &SetupRemoval::planned, this, &RemoveCommand::planned);
        connect(m_removal, &SetupRemoval::finished, this, &RemoveCommand::removed);
        if (!m_command.json)
            connect(m_removal, &SetupRemoval::progress, this, [this](const QString &text) { m_err << text << Qt::endl; });
        m_removal->plan();
    });
}

void RemoveCommand::planned(const RemovalResult &result)
{
    m_result = result;
    if (!result.ok() && !m_command.dryRun && m_command.forgetAnyway)
        return removed(result); // nothing sent; forgotten here all the same
    if (!result.ok())
        return report(exitFailed);
    if (m_command.dryRun)
        return report(exitOk);
    m_removal->apply();
}

void RemoveCommand::removed(const RemovalResult &result)
{
    m_result = result;
    if (!result.ok() && !m_command.forgetAnyway)
        return report(exitFailed);
    // Last: the keychain entries, then the profile's file.
    removeProfile(m_store, m_command.profile, this, [this](const QString &error) {
        m_forgotten = error.isEmpty();
        report(m_result.ok() && m_forgotten ? exitOk : exitFailed, error);
    });
}

void RemoveCommand::report(int exitCode, const QString &forgetError)
{
    const RemovalResult &r = m_result;
    if (m_command.json) {
        QJsonArray changes;
        for (const PlannedChange &c : r.changes)
            changes.append(changeJson(c));
        QJsonObject o{{QStringLiteral("ok"), exitCode == exitOk},
                      {QStringLiteral("dry_run"), m_command.dryRun},
                      {QStringLiteral("changes"), changes},
                      {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)},
                      {QStringLiteral("forgotten"), m_forgotten}};
        if (!r.ok())
            o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), r.error.code}, {QStringLiteral("message"), r.error.message}});
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        for (const PlannedChange &c : r.changes)
            writeChange(c);
        if (r.changes.isEmpty())
            m_out << tr("Nothing of this setup is left in GenAuth or in the Feishu app's redirect URLs.") << '\n';
        if (!r.ok())
            m_out << r.error.message << '\n';
        for (const QString &note : r.notes)
            m_out << note << '\n';
        if (m_command.dryRun)
            m_out << tr("Dry run: nothing was sent, and the profile and its keychain entries stay.") << '\n';
        else if (m_forgotten)
            m_out << tr("The profile “%1” and its keychain entries were deleted.").arg(m_command.profile) << '\n';
        else if (!forgetError.isEmpty())
            m_out << forgetError << '\n';
        else
            m_out << tr("The profile and its keychain entries were kept, so that remove can run again once the failure is fixed "
                        "(or forget them now with --forget-anyway).")
                  << '\n';
    }
    m_out.flush();
    finishLater(exitCode);
}

} // namespace fss
