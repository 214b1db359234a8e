// Benchmark, not a test: wall time of `feishu-sso-setup apply --only feishu`
// against the sandbox with every answer delayed, from an app holding only
// the two application permissions to a submitted release, as a ratio to the
// dependency-chain lower bound. The chain is six calls long: the tenant
// token; the three reads at once (scopes, the app record, its versions); the
// four changes at once (redirect URL, permissions, web app, availability
// range: the app is visible to its creator only); the scopes
// again (does a permission wait for review?); the release; the read-back.
//
// Run: cmake --build build --target benchmark
//      (or build/tests/bench_apply [runs] [delay-ms])
#include "sandbox/Sandbox.h"
#include "CommandTiming.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

using namespace fss;

namespace {

void makeBare(SandboxApp &a)
{
    a.grantedScopes = {QStringLiteral("application:application:patch"), QStringLiteral("application:application:self_manage")};
    a.requestedScopes.clear();
    a.grantedUserScopes.clear();
    a.requestedUserScopes.clear();
    a.redirectUrls.clear();
    a.webPage = false;
    a.visibleToAll = false;
    a.visibleUsers = {a.users.first().openId};
    a.onlineVersion = QStringLiteral("1.0.0");
    a.reviewVersion.clear();
    a.rejectedVersions.clear();
    a.draft = {};
    a.inReview = {};
}

} // namespace

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
    SandboxApp &testApp = sandbox.feishu().config().apps.first();

    const auto measure = [&](int delay) {
        sandbox.server().setDelay(delay);
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            makeBare(testApp);
            const double ms = bench::timeCommand({QStringLiteral("apply"), QStringLiteral("--only"), QStringLiteral("feishu"), QStringLiteral("--json")}, sandbox.url(), testApp.appId, testApp.appSecret);
            if (ms < 0 || testApp.reviewVersion.isEmpty())
                return QList<double>{};
            times.append(ms);
        }
        return times;
    };

    const QList<double> bare = measure(0);
    sandbox.server().clearRequestLog();
    const QList<double> delayed = measure(delayMs);
    if (bare.isEmpty() || delayed.isEmpty()) {
        out << "apply did not submit a release against the sandbox" << Qt::endl;
        return 1;
    }
    const int requestsPerRun = int(sandbox.server().requestLog().size() / runs);
    const int chain = 6;
    const double bound = chain * delayMs;
    const double m = bench::median(delayed);
    out << QStringLiteral("apply against the sandbox, %1 runs each, median wall time:").arg(runs) << '\n';
    out << QStringLiteral("  no delay:            %1 ms (process start, 5 changes)").arg(bench::median(bare), 0, 'f', 1) << '\n';
    out << QStringLiteral("  %1 ms per request:   %2 ms (%3 requests per run)").arg(delayMs).arg(m, 0, 'f', 1).arg(requestsPerRun) << '\n';
    out << QStringLiteral("  dependency chain:    %1 calls × %2 ms = %3 ms").arg(chain).arg(delayMs).arg(bound, 0, 'f', 0) << '\n';
    out << QStringLiteral("  ratio to the bound:  %1 (target <= 1.2)").arg(m / bound, 0, 'f', 2) << '\n';
    out << QStringLiteral("  ratio to the bound after subtracting the no-delay run: %1").arg((m - bench::median(bare)) / bound, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
