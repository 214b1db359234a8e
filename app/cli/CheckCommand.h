// `feishu-sso-setup check`: the live checks without a window, for scripts
// and CI. Exit 0 when every check passes (skipped ones do not fail), 1 when
// one fails, 2 for bad usage or input (unknown profile, no secret).
#pragma once

#include "cli/CommandLine.h"
#include "core/setup/ProfileStore.h"

#include <QObject>
#include <QTextStream>

namespace fss {

class SetupChecks;
class SetupSession;

class CheckCommand : public QObject
{
    Q_OBJECT

public:
    static constexpr int exitPassed = 0;
    static constexpr int exitFailed = 1;
    static constexpr int exitBadInput = 2;

    CheckCommand(CommandLine command, ProfileStore store, QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    // Starts; finished() carries the exit code.
    void start();

signals:
    void finished(int exitCode);

private:
    void runChecks(SetupSession *session);
    void report();
    void stop(int exitCode, const QString &error = {});

    CommandLine m_command;
    ProfileStore m_store;
    QTextStream &m_out;
    QTextStream &m_err;
    SetupChecks *m_checks = nullptr;
    QString m_caveat; // the platform's, printed with the results
};

} // namespace fss
