// `feishu-sso-setup check`: the live checks without a window, for scripts
// and CI. Exit 0 when every check passes (skipped ones do not fail), 1 when
// one fails, 2 for bad usage or input (unknown profile, no secret).
#pragma once

#include "cli/Command.h"
#include "core/setup/ProfileStore.h"

#include <QObject>
#include <QTextStream>

namespace fss {

class SetupChecks;
class SetupSession;

class CheckCommand : public Command
{
    Q_OBJECT

public:
    static constexpr int exitPassed = exitOk;

    using Command::Command;

    // Starts; finished() carries the exit code.
    void start() override;

private:
    void runChecks(SetupSession *session);
    void report();

    SetupChecks *m_checks = nullptr;
    QString m_caveat; // the platform's, printed with the results
    QString m_suiteName; // the profile's name, or the App ID: --junit's suite
};

} // namespace fss
