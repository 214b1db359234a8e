// `feishu-sso-setup apply`: sets a profile up without a window, as the
// wizard's "Set it up in Feishu for me" and "Create it for me" do: it reads
// first, sends only what is missing, and reads back. Same profile, flags and
// environment secrets as `check`. Exit 0 when nothing failed (a release
// waiting for approval included), 1 when a change failed, 2 for bad usage or
// input.
#pragma once

#include "cli/Command.h"
#include "core/feishu/ApprovalWatch.h"
#include "core/feishu/FeishuAppSetup.h"
#include "core/genauth/GenAuthIdentitySource.h"
#include "core/setup/ProfileStore.h"

#include <QJsonObject>
#include <QObject>
#include <QTextStream>

namespace fss {

class SetupSession;

class ApplyCommand : public Command
{
    Q_OBJECT

public:
    static constexpr int exitDone = exitOk;

    using Command::Command;

    void start() override;

private:
    void applyFeishu();
    void feishuApplied(const FeishuSetupResult &result);
    void waitForApproval();
    void applyGenAuth();
    void report();

    SetupSession *m_session = nullptr;
    bool m_failed = false;
    QString m_version;        // the release waiting for (or given) approval
    bool m_waiting = false;
    QList<PlannedChange> m_changes; // Feishu's, then GenAuth's
    QStringList m_notes;      // translated lines after the table
};

} // namespace fss
