// Benchmark, not a test: start-up to the first shown page and peak memory
// of feishu-sso-setup against a bare QWizard (bare_wizard), run alternately
// in one run. Both say "shown" on stdout and quit as soon as their first page
// is up (FSS_QUIT_WHEN_SHOWN), offscreen, with an empty HOME. The time to
// that line is the start-up; the time to exit (teardown included) is shown
// too.
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
#include <unistd.h>

extern char **environ;

namespace {

struct Sample
{
    double shownMs = -1; // to the first page shown (the program says "shown")
    double exitMs = -1;  // to the program's exit, teardown included
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
    int out[2];
    if (pipe(out) != 0)
        return {};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program, &actions, nullptr, argv, envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        return {};
    }
    Sample sample;
    QByteArray said;
    char buffer[256];
    ssize_t n = 0;
    while (!said.contains("shown\n") && (n = read(out[0], buffer, sizeof buffer)) > 0)
        said.append(buffer, n);
    if (said.contains("shown\n"))
        sample.shownMs = timer.nsecsElapsed() / 1e6;
    while (read(out[0], buffer, sizeof buffer) > 0) {
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0 || sample.shownMs < 0)
        return {};
    sample.exitMs = timer.nsecsElapsed() / 1e6;
    sample.maxRssKb = usage.ru_maxrss;
    return sample;
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

    QList<double> appShown, bareShown, appExit, bareExit;
    QList<long> appKb, bareKb;
    // Alternate, so that both see the same machine state.
    for (int i = 0; i < runs + 1; ++i) {
        const Sample a = runOnce(FSS_EXECUTABLE, home.path().toLocal8Bit());
        const Sample b = runOnce(FSS_BARE_WIZARD, home.path().toLocal8Bit());
        if (a.exitMs < 0 || b.exitMs < 0) {
            out << "a program failed to start" << Qt::endl;
            return 1;
        }
        if (i == 0)
            continue; // warm-up: page cache
        appShown.append(a.shownMs);
        bareShown.append(b.shownMs);
        appExit.append(a.exitMs);
        bareExit.append(b.exitMs);
        appKb.append(a.maxRssKb);
        bareKb.append(b.maxRssKb);
    }
    const double sA = median(appShown), sB = median(bareShown);
    const double eA = median(appExit), eB = median(bareExit);
    const long mA = median(appKb), mB = median(bareKb);
    out << QStringLiteral("start-up to the first page, offscreen, %1 runs each (median):").arg(runs) << '\n';
    const auto line = [&](const char *name, double shown, double exited, long kb) {
        out << QStringLiteral("  %1 %2 ms to the first page, %3 ms to exit, peak RSS %4 MB")
                   .arg(QLatin1String(name))
                   .arg(shown, 0, 'f', 1)
                   .arg(exited, 0, 'f', 1)
                   .arg(kb / 1024.0, 0, 'f', 1)
            << '\n';
    };
    line("feishu-sso-setup:", sA, eA, mA);
    line("bare QWizard:    ", sB, eB, mB);
    out << QStringLiteral("  ratio: wall time to the first page %1 (target <= 1.3; to exit %2), peak memory %3 (target <= 1.5)")
               .arg(sA / sB, 0, 'f', 2)
               .arg(eA / eB, 0, 'f', 2)
               .arg(double(mA) / mB, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
