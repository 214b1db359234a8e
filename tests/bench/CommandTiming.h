// What the command benchmarks share: the executable's wall time for one
// run against the sandbox, the secret from the environment, and the median.
#pragma once

#include "sandbox/SandboxDefaults.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QUrl>

#include <algorithm>

namespace fss::bench {

// `feishu-sso-setup <command> <arguments> --feishu-api <sandbox> --app-id …
// --identifier … --user-pool-id …`; milliseconds, or -1 unless it exits 0.
inline double timeCommand(const QStringList &command, const QUrl &sandbox, const QString &appId, const QString &appSecret)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FSS_APP_SECRET"), appSecret);
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(FSS_EXECUTABLE),
            command + QStringList{QStringLiteral("--feishu-api"), sandbox.toString(), QStringLiteral("--app-id"), appId,
                                  QStringLiteral("--identifier"), QString::fromLatin1(SandboxDefaults::identifier),
                                  QStringLiteral("--user-pool-id"), QString::fromLatin1(SandboxDefaults::userPoolId)});
    QSignalSpy finished(&p, &QProcess::finished);
    if (!finished.wait(60000) || p.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e6;
}

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace fss::bench
