// `feishu-sso-setup rotate-secret --profile NAME`: rotates the App Secret
// with the shortest outage (SecretRotation). Prepares while the old secret
// still works and shows the plan, says where to reset the secret, then reads
// the new one from FSS_NEW_APP_SECRET or standard input (not echoed), proves
// it with Feishu, gives it to GenAuth, reads it back and keeps it in the
// keychain; then runs every check. Exit 0 when rotated and every check
// passes, 1 when something failed (each side's state is said), 2 for bad
// usage or input.
#pragma once

#include "cli/Command.h"
#include "core/setup/SecretRotation.h"
#include "core/setup/SetupChecks.h"

#include <QObject>
#include <QTextStream>

namespace fss {

class SetupSession;

class RotateSecretCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override;

private:
    void prepared(const SecretRotationResult &result);
    void rotated(const SecretRotationResult &result);
    void checked();
    void report(int exitCode);

    SetupSession *m_session = nullptr;
    SecretRotation *m_rotation = nullptr;
    SecretRotationResult m_result;
    QList<CheckResult> m_failedChecks;
    int m_checksPassed = 0;
};

} // namespace fss
