// Benchmark, not a test: wall time of `feishu-sso-setup check` against the
// sandbox with every answer delayed, as a ratio to the dependency-chain
// lower bound. The chain is two calls long: the tenant token, then every
// probe at once (scopes, batch_get_id, contact scopes, applications/me,
// app_versions), so the bound is 2 × delay.
//
// Run: cmake --build build --target benchmark
//      (or build/tests/bench_check [runs] [delay-ms])
#include "sandbox/Sandbox.h"
#include "CommandTiming.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

using namespace fss;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 9;
    const int delayMs = argc > 2 ? std::max(1, atoi(argv[2])) : 100;
    QTextStream out(stdout);

    Sandbox sandbox;
    if (!sandbox.start()) {
        out << sandbox.errorString() << Qt::endl;
        return 1;
    }
    const SandboxApp testApp = sandbox.feishu().config().apps.constFirst();

    const auto measure = [&](int delay) {
        sandbox.server().setDelay(delay);
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            const double ms = bench::timeCommand({QStringLiteral("check"), QStringLiteral("--json")}, sandbox.url(), testApp.appId, testApp.appSecret);
            if (ms < 0)
                return QList<double>{};
            times.append(ms);
        }
        return times;
    };

    const QList<double> bare = measure(0);
    sandbox.server().clearRequestLog();
    const QList<double> delayed = measure(delayMs);
    if (bare.isEmpty() || delayed.isEmpty()) {
        out << "check did not pass against the sandbox" << Qt::endl;
        return 1;
    }
    const int requestsPerRun = int(sandbox.server().requestLog().size() / runs);
    const int chain = 2;
    const double bound = chain * delayMs;
    const double m = bench::median(delayed);
    out << QStringLiteral("check against the sandbox, %1 runs each, median wall time:").arg(runs) << '\n';
    out << QStringLiteral("  no delay:            %1 ms (process start, keyring-free, 12 checks of Feishu's side)").arg(bench::median(bare), 0, 'f', 1) << '\n';
    out << QStringLiteral("  %1 ms per request:   %2 ms (%3 requests per run)").arg(delayMs).arg(m, 0, 'f', 1).arg(requestsPerRun) << '\n';
    out << QStringLiteral("  dependency chain:    %1 calls × %2 ms = %3 ms").arg(chain).arg(delayMs).arg(bound, 0, 'f', 0) << '\n';
    out << QStringLiteral("  ratio to the bound:  %1").arg(m / bound, 0, 'f', 2) << '\n';
    out << QStringLiteral("  ratio to the bound after subtracting the no-delay run: %1").arg((m - bench::median(bare)) / bound, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
