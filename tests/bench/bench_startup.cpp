// Benchmark, not a test: start-up to the first shown page and peak memory
// of feishu-sso-setup against a bare QWizard (bare_wizard), run alternately
// in one run. Both quit as soon as their first page is up
// (FSS_QUIT_WHEN_SHOWN), offscreen, with an empty HOME.
//
// Run: cmake --build build --target benchmark
//      (or build/tests/bench_startup [runs])
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace {

struct Sample
{
    double ms = -1;
    long maxRssKb = 0;
};

Sample runOnce(const char *program, const QByteArray &home)
{
    QList<QByteArray> env{"QT_QPA_PLATFORM=offscreen", "FSS_QUIT_WHEN_SHOWN=1", "HOME=" + home,
                          "XDG_CONFIG_HOME=" + home + "/.config", "XDG_DATA_HOME=" + home + "/.local/share",
                          "XDG_RUNTIME_DIR=" + home};
    std::vector<char *> envp;
    for (QByteArray &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    char *argv[] = {const_cast<char *>(program), nullptr};
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, program, nullptr, nullptr, argv, envp.data()) != 0)
        return {};
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {};
    return {timer.nsecsElapsed() / 1e6, usage.ru_maxrss};
}

template <class T>
T median(QList<T> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 15;
    QTextStream out(stdout);
    QTemporaryDir home;

    QList<double> appMs, bareMs;
    QList<long> appKb, bareKb;
    // Alternate, so that both see the same machine state.
    for (int i = 0; i < runs + 1; ++i) {
        const Sample a = runOnce(FSS_EXECUTABLE, home.path().toLocal8Bit());
        const Sample b = runOnce(FSS_BARE_WIZARD, home.path().toLocal8Bit());
        if (a.ms < 0 || b.ms < 0) {
            out << "a program failed to start" << Qt::endl;
            return 1;
        }
        if (i == 0)
            continue; // warm-up: page cache
        appMs.append(a.ms);
        bareMs.append(b.ms);
        appKb.append(a.maxRssKb);
        bareKb.append(b.maxRssKb);
    }
    const double tA = median(appMs), tB = median(bareMs);
    const long mA = median(appKb), mB = median(bareKb);
    out << QStringLiteral("start-up to the first page, offscreen, %1 runs each (median):").arg(runs) << '\n';
    out << QStringLiteral("  feishu-sso-setup: %1 ms, peak RSS %2 MB").arg(tA, 0, 'f', 1).arg(mA / 1024.0, 0, 'f', 1) << '\n';
    out << QStringLiteral("  bare QWizard:     %1 ms, peak RSS %2 MB").arg(tB, 0, 'f', 1).arg(mB / 1024.0, 0, 'f', 1) << '\n';
    out << QStringLiteral("  ratio: wall time %1 (target <= 1.3), peak memory %2 (target <= 1.5)")
               .arg(tA / tB, 0, 'f', 2)
               .arg(double(mA) / mB, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
