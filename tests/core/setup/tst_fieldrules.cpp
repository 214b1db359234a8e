#include "core/FieldRules.h"

#include <QTest>

using fss::FieldCheck;
using fss::FieldRules;
using Severity = FieldCheck::Severity;

Q_DECLARE_METATYPE(FieldCheck::Severity)

class TestFieldRules : public QObject
{
    Q_OBJECT

private:
    static void addRows(const QList<std::tuple<const char *, QString, Severity, QString, QString>> &rows)
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("messagePart");
        for (const auto &[tag, input, severity, value, part] : rows)
            QTest::newRow(tag) << input << severity << value << part;
    }

    static void verify(FieldCheck (*rule)(const QString &))
    {
        QFETCH(QString, input);
        QFETCH(Severity, severity);
        QFETCH(QString, value);
        QFETCH(QString, messagePart);
        const FieldCheck c = rule(input);
        QCOMPARE(c.severity, severity);
        QCOMPARE(c.value, value);
        QCOMPARE(c.acceptable(), severity != Severity::Error);
        if (severity == Severity::Ok)
            QVERIFY(c.message.isEmpty());
        else
            QVERIFY2(c.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(c.message));
    }

private slots:
    void appId_data()
    {
        addRows({
            {"real", "cli_a75884b6c733900b", Severity::Ok, "cli_a75884b6c733900b", ""},
            {"paste whitespace trimmed", "  cli_a75884b6c733900b\n", Severity::Ok, "cli_a75884b6c733900b", ""},
            {"empty", "", Severity::Error, "", "cli_"},
            {"blank", "   ", Severity::Error, "", "cli_"},
            {"no prefix", "a75884b6c733900b", Severity::Error, "a75884b6c733900b", "starts with"},
            {"prefix only", "cli_", Severity::Error, "cli_", "incomplete"},
            {"inner space", "cli_a758 84b6c733900b", Severity::Error, "cli_a758 84b6c733900b", "a space"},
            {"punctuation", "cli_a75884b6c7339-0b", Severity::Error, "cli_a75884b6c7339-0b", "“-”"},
            // Feishu's own docs show ids that break the pattern: warn, do not block.
            {"17 chars", "cli_a44a4001a727a1234", Severity::Warning, "cli_a44a4001a727a1234", "17 characters"},
            {"non-hex", "cli_slkdjalasdkjasdx", Severity::Warning, "cli_slkdjalasdkjasdx", "16 lowercase hex"},
            {"uppercase hex", "cli_A75884B6C733900B", Severity::Warning, "cli_A75884B6C733900B", "lowercase"},
        });
    }
    void appId() { verify(FieldRules::appId); }

    void appSecret_data()
    {
        addRows({
            {"doc example", "baBqE5um9LbFGDy3X7LcfxQX1sqpXlwy", Severity::Ok, "baBqE5um9LbFGDy3X7LcfxQX1sqpXlwy", ""},
            {"trailing newline", "baBqE5um9LbFGDy3X7LcfxQX1sqpXlwy\n", Severity::Ok, "baBqE5um9LbFGDy3X7LcfxQX1sqpXlwy", ""},
            {"empty", "", Severity::Error, "", "Enter the App Secret"},
            {"inner space", "baBqE5um9LbF GDy3X7LcfxQX1sqpXlwy", Severity::Error, "baBqE5um9LbF GDy3X7LcfxQX1sqpXlwy", "space"},
            {"app id pasted", "cli_a75884b6c733900b", Severity::Error, "cli_a75884b6c733900b", "App ID"},
            {"short", "dskLLdkasdjlasdKK", Severity::Warning, "dskLLdkasdjlasdKK", "17 characters"},
            {"symbols", "baBqE5um9LbFGDy3X7LcfxQX1sqpXl-y", Severity::Warning, "baBqE5um9LbFGDy3X7LcfxQX1sqpXl-y", "32 letters"},
        });
    }
    void appSecret() { verify([](const QString &v) { return FieldRules::appSecret(v); }); }

    void appSecretEqualToAppId()
    {
        const FieldCheck c = FieldRules::appSecret(QStringLiteral("abcdefabcdefabcdefabcdefabcdefab"),
                                                   QStringLiteral("abcdefabcdefabcdefabcdefabcdefab"));
        QCOMPARE(c.severity, Severity::Error);
        QVERIFY(c.message.contains(QLatin1String("App ID")));
    }

    void userPoolId_data()
    {
        addRows({
            {"objectid", "60b49eb83fd80adb96f26e68", Severity::Ok, "60b49eb83fd80adb96f26e68", ""},
            {"trimmed", "\t60b49eb83fd80adb96f26e68 ", Severity::Ok, "60b49eb83fd80adb96f26e68", ""},
            {"empty", "", Severity::Error, "", "user pool ID"},
            {"space", "60b49eb8 3fd80adb96f26e68", Severity::Error, "60b49eb8 3fd80adb96f26e68", "space"},
            {"short", "60b49eb83fd80adb96f26e6", Severity::Warning, "60b49eb83fd80adb96f26e6", "24 lowercase hex"},
            {"uppercase", "60B49EB83FD80ADB96F26E68", Severity::Warning, "60B49EB83FD80ADB96F26E68", "differs"},
        });
    }
    void userPoolId() { verify(FieldRules::userPoolId); }

    void identifier_data()
    {
        addRows({
            {"simple", "feishu", Severity::Ok, "feishu", ""},
            {"dash digits", "feishu-prod-2", Severity::Ok, "feishu-prod-2", ""},
            {"31 chars", QString(31, QLatin1Char('a')), Severity::Ok, QString(31, QLatin1Char('a')), ""},
            {"trimmed", " feishu ", Severity::Ok, "feishu", ""},
            {"empty", "", Severity::Error, "", "identifier"},
            {"32 chars", QString(32, QLatin1Char('a')), Severity::Error, QString(32, QLatin1Char('a')), "it has 32"},
            {"uppercase", "Feishu", Severity::Error, "Feishu", "“feishu”"},
            {"underscore", "feishu_prod", Severity::Error, "feishu_prod", "“_”"},
            {"space", "feishu prod", Severity::Error, "feishu prod", "a space"},
            {"chinese", "飞书", Severity::Error, "飞书", "“飞”"},
        });
    }
    void identifier() { verify(FieldRules::identifier); }

    void version_data()
    {
        addRows({
            {"1.0.0", "1.0.0", Severity::Ok, "1.0.0", ""},
            {"10.20.300", " 10.20.300 ", Severity::Ok, "10.20.300", ""},
            {"empty", "", Severity::Error, "", "1.0.0"},
            {"two parts", "1.0", Severity::Error, "1.0", "three numbers"},
            {"v prefix", "v1.0.0", Severity::Error, "v1.0.0", "three numbers"},
            {"four parts", "1.0.0.1", Severity::Error, "1.0.0.1", "three numbers"},
        });
    }
    void version() { verify(FieldRules::version); }

    void profileName_data()
    {
        addRows({
            {"plain", "production", Severity::Ok, "production", ""},
            {"dots", "acme.prod_2-a", Severity::Ok, "acme.prod_2-a", ""},
            {"empty", "", Severity::Error, "", "Name this setup"},
            {"leading dot", ".hidden", Severity::Error, ".hidden", "starts with a letter"},
            {"path", "a/b", Severity::Error, "a/b", "“/”"},
            {"dotdot", "../etc", Severity::Error, "../etc", "starts with a letter"},
            {"too long", QString(65, QLatin1Char('a')), Severity::Error, QString(65, QLatin1Char('a')), "64"},
        });
    }
    void profileName() { verify(FieldRules::profileName); }

    void customHost_data()
    {
        addRows({
            {"bare host", "auth.example.com", Severity::Ok, "https://auth.example.com", ""},
            {"https origin", "https://auth.example.com/", Severity::Ok, "https://auth.example.com", ""},
            {"port", "auth.example.com:8443", Severity::Ok, "https://auth.example.com:8443", ""},
            {"loopback http", "http://127.0.0.1:8080", Severity::Ok, "http://127.0.0.1:8080", ""},
            {"empty", "", Severity::Error, "", "host"},
            {"http remote", "http://auth.example.com", Severity::Error, "http://auth.example.com", "https"},
            {"path", "https://auth.example.com/connection", Severity::Error, "https://auth.example.com/connection", "without a path"},
            {"query", "https://auth.example.com/?a=b", Severity::Error, "https://auth.example.com/?a=b", "without"},
            {"ftp", "ftp://auth.example.com", Severity::Error, "ftp://auth.example.com", "https"},
        });
    }
    void customHost() { verify(FieldRules::customHost); }

    void feishuApi_data()
    {
        addRows({
            {"empty means the platform's", "", Severity::Ok, "", ""},
            {"private host", "open.feishu.example.com", Severity::Ok, "https://open.feishu.example.com", ""},
            {"sandbox", "http://127.0.0.1:18080/", Severity::Ok, "http://127.0.0.1:18080", ""},
            {"http remote", "http://open.example.com", Severity::Error, "http://open.example.com", "Feishu Open API address: "},
        });
    }
    void feishuApi() { verify(FieldRules::feishuApi); }

    // Plain http is allowed, and a login callback listened for, only on this
    // computer: every way of writing a loopback address counts, and nothing
    // that merely looks like one.
    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("address");
        QTest::addColumn<bool>("host_");
        const QList<std::tuple<const char *, bool, bool>> rows{
            {"127.0.0.1", true, true},         {"127.1", true, true},           {"0x7f.0.0.1", true, true},
            {"0177.0.0.1", true, true},        {"2130706433", true, true},      {"127.255.255.255", true, true},
            {"::1", true, true},               {"0:0:0:0:0:0:0:1", true, true}, {"::ffff:127.0.0.1", true, true},
            {"::ffff:7f00:1", true, true},     {"localhost", false, true},      {"LocalHost", false, true},
            {"128.0.0.1", false, false},       {"10.0.0.1", false, false},      {"1::1", false, false},
            {"::", false, false},              {"127.0.0.1.evil.com", false, false}, {"127.evil", false, false},
            {"127.0.0.256", false, false},     {"localhost.evil.com", false, false}, {"", false, false},
        };
        for (const auto &[host, address, loopback] : rows)
            QTest::newRow(host) << QString::fromLatin1(host) << address << loopback;
    }
    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, address);
        QFETCH(bool, host_);
        QCOMPARE(FieldRules::isLoopbackAddress(host), address);
        QCOMPARE(FieldRules::isLoopbackHost(host), host_);
    }
};

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
