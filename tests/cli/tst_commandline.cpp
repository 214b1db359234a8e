#include "cli/CommandLine.h"

#include <QTest>

using fss::CommandLine;
using Mode = CommandLine::Mode;
Q_DECLARE_METATYPE(CommandLine::Mode)

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("feishu-sso-setup"));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void parse_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("nothing opens the wizard") << QStringList{} << Mode::Wizard << "" << "";
        QTest::newRow("profile") << QStringList{"--profile", "prod"} << Mode::Wizard << "prod" << "";
        QTest::newRow("profile=") << QStringList{"--profile=prod"} << Mode::Wizard << "prod" << "";
        QTest::newRow("check") << QStringList{"check", "--profile", "prod"} << Mode::Check << "prod" << "";
        QTest::newRow("sandbox") << QStringList{"sandbox"} << Mode::Sandbox << "" << "";
        QTest::newRow("help") << QStringList{"--help"} << Mode::Help << "" << "sandbox";
        QTest::newRow("version") << QStringList{"--version"} << Mode::Version << "" << "feishu-sso-setup 9.8.7";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << Mode::UsageError << "" << "Unknown command “frobnicate”";
        QTest::newRow("unknown option") << QStringList{"--frob"} << Mode::UsageError << "" << "frob";
        QTest::newRow("missing value") << QStringList{"--profile"} << Mode::UsageError << "" << "profile";
        QTest::newRow("bad profile") << QStringList{"--profile", "../x"} << Mode::UsageError << "" << "--profile:";
        QTest::newRow("two commands") << QStringList{"check", "sandbox"} << Mode::UsageError << "" << "Unexpected argument";
        QTest::newRow("check needs a profile or app id") << QStringList{"check"} << Mode::UsageError << "" << "--app-id";
        QTest::newRow("check with app id") << QStringList{"check", "--app-id", "cli_a1b2c3d4e5f60718"} << Mode::Check << "" << "";
        QTest::newRow("check bad app id") << QStringList{"check", "--app-id", "a1"} << Mode::UsageError << "" << "--app-id:";
        QTest::newRow("check bad pool id") << QStringList{"check", "--profile", "p", "--user-pool-id", "x y"} << Mode::UsageError << "p"
                                           << "--user-pool-id:";
        QTest::newRow("check http elsewhere") << QStringList{"check", "--profile", "p", "--feishu-api", "http://open.feishu.cn"}
                                              << Mode::UsageError << "p" << "--feishu-api:";
        QTest::newRow("check bad cloud") << QStringList{"check", "--profile", "p", "--cloud", "ftp://x"} << Mode::UsageError << "p"
                                         << "--cloud:";
        QTest::newRow("json without check") << QStringList{"--json"} << Mode::UsageError << "" << "--json only works with the check command";
        QTest::newRow("port with check") << QStringList{"check", "--profile", "p", "--port", "80"} << Mode::UsageError << "p"
                                         << "--port only works with the sandbox command";
        QTest::newRow("sandbox flag with check") << QStringList{"check", "--profile", "p", "--sandbox"} << Mode::UsageError << "p"
                                                 << "--sandbox only works when opening the wizard";
        QTest::newRow("wizard in sandbox") << QStringList{"--sandbox"} << Mode::Wizard << "" << "";
        QTest::newRow("sandbox bad port") << QStringList{"sandbox", "--port", "70000"} << Mode::UsageError << "" << "--port:";
        QTest::newRow("sandbox bad delay") << QStringList{"sandbox", "--delay-ms", "-5"} << Mode::UsageError << "" << "--delay-ms:";
    }

    void checkOptionsAreNormalised()
    {
        const CommandLine c = CommandLine::parse({QStringLiteral("feishu-sso-setup"), QStringLiteral("check"), QStringLiteral("--profile"),
                                                  QStringLiteral("p"), QStringLiteral("--feishu-api"), QStringLiteral("http://127.0.0.1:8080/"),
                                                  QStringLiteral("--cloud"), QStringLiteral("AUTHING"), QStringLiteral("--json")});
        QCOMPARE(int(c.mode), int(Mode::Check));
        QCOMPARE(c.feishuApi, QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(c.cloud, QStringLiteral("authing"));
        QVERIFY(c.json);
        const CommandLine s = CommandLine::parse({QStringLiteral("feishu-sso-setup"), QStringLiteral("sandbox"), QStringLiteral("--port"),
                                                  QStringLiteral("18080"), QStringLiteral("--delay-ms"), QStringLiteral("100")});
        QCOMPARE(s.port, quint16(18080));
        QCOMPARE(s.delayMs, 100);
    }

    void parse()
    {
        QFETCH(QStringList, args);
        QFETCH(Mode, mode);
        QFETCH(QString, profile);
        QFETCH(QString, messagePart);
        args.prepend(QStringLiteral("feishu-sso-setup"));
        const CommandLine c = CommandLine::parse(args);
        QCOMPARE(c.mode, mode);
        QCOMPARE(c.profile, profile);
        QVERIFY2(c.message.contains(messagePart), qPrintable(c.message));
        if (mode == Mode::UsageError)
            QVERIFY(c.message.contains(QLatin1String("--help")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
