// Benchmark, not a test: start-up to the first shown page and peak memory
// of feishu-sso-setup against a bare QWizard (bare_wizard), run in pairs,
// the order swapped every pair, with a pause after each run (without it,
// a program started right after another's exit starts up to 4 ms slower). Both say "shown" on stdout and quit as soon as their first page
// is up (FSS_QUIT_WHEN_SHOWN), offscreen, with an empty HOME. The time to
// that line is the start-up; the time to exit (teardown included) is shown
// too, and the processor time (user + system) the whole run took, which a
// busy machine disturbs less than wall time. The ratio is the median of each
// pair's ratio, so that a machine that slows down or speeds up during the run
// moves both sides of a pair alike.
//
// Run: cmake --build build --target benchmark
//      (or build/tests/bench_startup [runs])
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <thread>
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
    double cpuMs = 0;    // processor time, user and system, to the exit
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
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    sample.cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    return sample;
}

template <class T>
T quantile(QList<T> v, double q)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(q * v.size())));
}

template <class T>
T median(const QList<T> &v)
{
    return quantile(v, 0.5);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 15;
    QTextStream out(stdout);
    QTemporaryDir home;

    QList<double> appShown, bareShown, appExit, bareExit, appCpu, bareCpu, shownRatios, cpuRatios;
    QList<long> appKb, bareKb;
    for (int i = 0; i < runs + 1; ++i) {
        Sample a, b;
        if (i % 2 == 0) {
            a = runOnce(FSS_EXECUTABLE, home.path().toLocal8Bit());
            b = runOnce(FSS_BARE_WIZARD, home.path().toLocal8Bit());
        } else {
            b = runOnce(FSS_BARE_WIZARD, home.path().toLocal8Bit());
            a = runOnce(FSS_EXECUTABLE, home.path().toLocal8Bit());
        }
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
        appCpu.append(a.cpuMs);
        bareCpu.append(b.cpuMs);
        appKb.append(a.maxRssKb);
        bareKb.append(b.maxRssKb);
        shownRatios.append(a.shownMs / b.shownMs);
        if (b.cpuMs > 0)
            cpuRatios.append(a.cpuMs / b.cpuMs);
    }
    const double eA = median(appExit), eB = median(bareExit);
    const long mA = median(appKb), mB = median(bareKb);
    out << QStringLiteral("start-up to the first page, offscreen, %1 pairs (medians):").arg(runs) << '\n';
    const auto line = [&](const char *name, double shown, double exited, double cpu, long kb) {
        out << QStringLiteral("  %1 %2 ms to the first page, %3 ms to exit, %4 ms of processor time, peak RSS %5 MB")
                   .arg(QLatin1String(name))
                   .arg(shown, 0, 'f', 1)
                   .arg(exited, 0, 'f', 1)
                   .arg(cpu, 0, 'f', 1)
                   .arg(kb / 1024.0, 0, 'f', 1)
            << '\n';
    };
    line("feishu-sso-setup:", median(appShown), eA, median(appCpu), mA);
    line("bare QWizard:    ", median(bareShown), eB, median(bareCpu), mB);
    out << QStringLiteral("  ratio: wall time to the first page %1 (target <= 1.2; middle half of the pairs %2-%3; to exit %4), "
                          "processor time %5, peak memory %6 (target <= 1.5)")
               .arg(median(shownRatios), 0, 'f', 2)
               .arg(quantile(shownRatios, 0.25), 0, 'f', 2)
               .arg(quantile(shownRatios, 0.75), 0, 'f', 2)
               .arg(eA / eB, 0, 'f', 2)
               .arg(cpuRatios.isEmpty() ? 0.0 : median(cpuRatios), 0, 'f', 2)
               .arg(double(mA) / mB, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
