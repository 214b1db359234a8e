// Benchmark, not a test: how long GenAuth keeps the old App Secret after the
// operator pastes the new one (SecretRotation's outage: paste → GenAuth
// holds the new secret, read back), against the sandbox with every answer
// of both imitations delayed, as a ratio to the dependency-chain lower
// bound. The chain is three calls long: Feishu's tenant token with the new
// secret (nothing may change before Feishu takes it), GenAuth's update of
// the connection's secret fields, and the read-back that proves it. The
// management token and the connection were found while preparing, before
// the paste, so they are not in the chain.
//
// Run: cmake --build build --target benchmark
//      (or build/tests/bench_rotation [runs] [delay-ms])
#include "core/feishu/FeishuClient.h"
#include "core/genauth/GenAuthClient.h"
#include "core/setup/SecretRotation.h"
#include "core/transport/ApiTransport.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxDefaults.h"
#include "CommandTiming.h"
#include "support/SandboxHelpers.h"

#include <QCoreApplication>
#include <QSignalSpy>
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
    SandboxApp &testApp = sandbox.feishu().config().apps.first();
    const GenAuthSandboxConfig &pool = sandbox.genAuth().config();
    test::connectGenAuth(sandbox, QString::fromLatin1(SandboxDefaults::identifier));

    ApiTransport transport;
    FeishuClient verifier(&transport);
    verifier.setEndpoints({sandbox.url(), sandbox.url()});
    GenAuthClient genAuth(&transport);
    genAuth.setEndpoints({sandbox.genAuthUrl(), sandbox.genAuthUrl()});
    genAuth.setCredentials(pool.userPoolId, pool.userPoolSecret);

    // One rotation with the answers delayed by `delay`: the outage in ms, or
    // -1 when it did not finish.
    const auto rotateOnce = [&](int delay) -> double {
        IdentitySourceSpec spec;
        spec.identifier = QString::fromLatin1(SandboxDefaults::identifier);
        spec.feishuAppId = testApp.appId;
        spec.feishuAppSecret = testApp.appSecret;
        SecretRotation rotation(&genAuth, &verifier, spec, Platform::Feishu);
        QSignalSpy prepared(&rotation, &SecretRotation::prepared);
        sandbox.server().setDelay(0);
        sandbox.genAuthServer().setDelay(0);
        rotation.prepare();
        if (!prepared.wait(20000) || !rotation.result().prepared())
            return -1;
        const QString newSecret = sandbox.feishu().resetSecret(testApp.appId);
        sandbox.server().setDelay(delay);
        sandbox.genAuthServer().setDelay(delay);
        QSignalSpy finished(&rotation, &SecretRotation::finished);
        rotation.rotate(newSecret);
        if (!finished.wait(20000) || !rotation.result().ok())
            return -1;
        return double(rotation.result().outageMs);
    };

    QList<double> bare;
    QList<double> delayed;
    for (int i = 0; i < runs; ++i) {
        bare.append(rotateOnce(0));
        delayed.append(rotateOnce(delayMs));
    }
    if (std::count(bare.cbegin(), bare.cend(), -1.0) || std::count(delayed.cbegin(), delayed.cend(), -1.0)) {
        out << "a rotation did not finish against the sandbox" << Qt::endl;
        return 1;
    }
    const int chain = 3;
    const double bound = chain * delayMs;
    const double m = bench::median(delayed);
    out << QStringLiteral("Rotating the App Secret against the sandbox, %1 runs each, median time from the paste until GenAuth "
                          "holds the new secret (read back):")
               .arg(runs)
        << '\n';
    out << QStringLiteral("  no delay:            %1 ms").arg(bench::median(bare), 0, 'f', 1) << '\n';
    out << QStringLiteral("  %1 ms per answer:    %2 ms").arg(delayMs).arg(m, 0, 'f', 1) << '\n';
    out << QStringLiteral("  dependency chain:    %1 calls × %2 ms = %3 ms").arg(chain).arg(delayMs).arg(bound, 0, 'f', 0) << '\n';
    out << QStringLiteral("  ratio to the bound:  %1 (target <= 1.2)").arg(m / bound, 0, 'f', 2) << Qt::endl;
    return 0;
}
