// `feishu-sso-setup remove --profile NAME`: takes the setup down
// (SetupRemoval): the plan first (--dry-run stops there), then the
// connection off on every GenAuth application and deleted, the login test's
// callback and GenAuth's redirect URL taken off, each read back; last, only
// when all of that succeeded (or with --forget-anyway), the keychain entries
// and the profile. A profile that is gone has nothing left to take down:
// exit 0, nothing sent. Exit 1 when something failed, 2 for bad usage or
// input.
#pragma once

#include "cli/Command.h"
#include "core/setup/SetupRemoval.h"

#include <QObject>
#include <QTextStream>

namespace fss {

class SetupSession;

class RemoveCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override;

private:
    void planned(const RemovalResult &result);
    void removed(const RemovalResult &result);
    void report(int exitCode, const QString &forgetError = {});

    SetupSession *m_session = nullptr;
    SetupRemoval *m_removal = nullptr;
    RemovalResult m_result;
    bool m_forgotten = false;
};

} // namespace fss
