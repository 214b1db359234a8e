#include "core/CommandLine.h"

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
