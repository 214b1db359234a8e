// Crash safety of profiles: a process killed (SIGKILL) while it saves a
// profile leaves the old or the new profile, never a broken one
// (ProfileStore writes through QSaveFile: a temporary file, then a rename).
#include "core/setup/ProfileStore.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fss;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileSaving()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.path());
        int kills = 0;
        int midSave = 0; // kills that landed while a save was under way
        for (int round = 0; round < 25; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(FSS_PROFILE_WRITER), {dir.path()});
            QVERIFY(writer.waitForStarted());
            QByteArray output;
            QVERIFY(QTest::qWaitFor([&] { return (output += writer.readAllStandardOutput()).contains("saved 0"); }, 20000));
            // Somewhere in the middle of one of the saves that follow.
            QTest::qWait(int(QRandomGenerator::global()->bounded(1, 60)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            ++kills;
            output += writer.readAllStandardOutput();
            const QList<QByteArray> lines = output.trimmed().split('\n');
            if (lines.last().startsWith("writing"))
                ++midSave;

            const ProfileStore::Loaded loaded = store.load(QStringLiteral("crash"));
            QVERIFY2(loaded.profile, qPrintable(loaded.error));
            const QString appId = loaded.profile->appId;
            QVERIFY2(appId == QLatin1String("cli_aaaaaaaaaaaaaaaa") || appId == QLatin1String("cli_bbbbbbbbbbbbbbbb"), qPrintable(appId));
            // Whole: every one of the version's items is there.
            QCOMPARE(loaded.profile->ticked.size(), 20000);
            // Cut-off temporary files are never taken for profiles.
            QCOMPARE(store.names(), QStringList{QStringLiteral("crash")});
        }
        QCOMPARE(kills, 25);
        // The kills did land in the middle of saves (a save takes most of
        // the writer's time), so the checks above were put to the test.
        qInfo("%d of %d kills landed during a save", midSave, kills);
        QVERIFY(midSave > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
