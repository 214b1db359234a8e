#include "core/feishu/RequiredPermissions.h"
#include "core/setup/ProfileMapping.h"
#include "core/setup/SetupProfile.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace fss;

Q_DECLARE_METATYPE(fss::Cloud)
Q_DECLARE_METATYPE(fss::Platform)
Q_DECLARE_METATYPE(fss::ConsolePage)

class TestSetupProfile : public QObject
{
    Q_OBJECT

private slots:
    void redirectUrl_data()
    {
        QTest::addColumn<Cloud>("cloud");
        QTest::addColumn<QString>("custom");
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("pool");
        QTest::addColumn<QString>("expected");

        const QString pool = QStringLiteral("60b49eb83fd80adb96f26e68");
        QTest::newRow("genauth") << Cloud::GenAuth << QString() << "feishu" << pool
                                 << "https://core.genauth.ai/connection/social/feishu/60b49eb83fd80adb96f26e68/callback";
        QTest::newRow("authing") << Cloud::Authing << QString() << "lark-prod" << pool
                                 << "https://core.authing.cn/connection/social/lark-prod/60b49eb83fd80adb96f26e68/callback";
        QTest::newRow("custom host") << Cloud::Custom << "auth.example.com" << "feishu" << pool
                                     << "https://auth.example.com/connection/social/feishu/60b49eb83fd80adb96f26e68/callback";
        QTest::newRow("custom origin with port") << Cloud::Custom << "https://auth.example.com:8443/" << "feishu" << pool
                                                 << "https://auth.example.com:8443/connection/social/feishu/60b49eb83fd80adb96f26e68/callback";
        QTest::newRow("pasted whitespace") << Cloud::GenAuth << QString() << " feishu " << pool + QLatin1Char('\n')
                                           << "https://core.genauth.ai/connection/social/feishu/60b49eb83fd80adb96f26e68/callback";
        QTest::newRow("odd pool id still usable") << Cloud::GenAuth << QString() << "feishu" << "pool-1"
                                                  << "https://core.genauth.ai/connection/social/feishu/pool-1/callback";
        QTest::newRow("bad identifier") << Cloud::GenAuth << QString() << "Feishu" << pool << QString();
        QTest::newRow("empty identifier") << Cloud::GenAuth << QString() << "" << pool << QString();
        QTest::newRow("empty pool") << Cloud::GenAuth << QString() << "feishu" << "" << QString();
        QTest::newRow("custom without host") << Cloud::Custom << "" << "feishu" << pool << QString();
        QTest::newRow("custom http remote") << Cloud::Custom << "http://auth.example.com" << "feishu" << pool << QString();
    }

    void redirectUrl()
    {
        QFETCH(Cloud, cloud);
        QFETCH(QString, custom);
        QFETCH(QString, identifier);
        QFETCH(QString, pool);
        QFETCH(QString, expected);
        const QUrl url = fss::redirectUrl(cloud, custom, identifier, pool);
        QCOMPARE(url.toString(), expected);
        QCOMPARE(url.isValid(), !expected.isEmpty());
    }

    void redirectUrlFromProfile()
    {
        SetupProfile p;
        p.cloud = Cloud::Authing;
        p.identifier = QStringLiteral("feishu");
        p.userPoolId = QStringLiteral("5f17a529f64fb009b794a2ff");
        QCOMPARE(ProfileMapping::redirectUrl(p).toString(),
                 QStringLiteral("https://core.authing.cn/connection/social/feishu/5f17a529f64fb009b794a2ff/callback"));
    }

    void consoleLinks_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<ConsolePage>("page");
        QTest::addColumn<QString>("appId");
        QTest::addColumn<QString>("expected");
        const QString id = QStringLiteral("cli_a75884b6c733900b");
        QTest::newRow("list") << Platform::Feishu << ConsolePage::AppList << id << "https://open.feishu.cn/app";
        QTest::newRow("lark list") << Platform::Lark << ConsolePage::AppList << id << "https://open.larksuite.com/app";
        QTest::newRow("credentials") << Platform::Feishu << ConsolePage::Credentials << id
                                     << "https://open.feishu.cn/app/cli_a75884b6c733900b/baseinfo";
        QTest::newRow("security") << Platform::Lark << ConsolePage::Security << id
                                  << "https://open.larksuite.com/app/cli_a75884b6c733900b/safe";
        QTest::newRow("overview") << Platform::Feishu << ConsolePage::Overview << id
                                  << "https://open.feishu.cn/app/cli_a75884b6c733900b";
        QTest::newRow("no app id yet") << Platform::Feishu << ConsolePage::Security << "" << "https://open.feishu.cn/app";
        QTest::newRow("invalid app id") << Platform::Feishu << ConsolePage::Security << "../x" << "https://open.feishu.cn/app";
    }

    void consoleLinks()
    {
        QFETCH(Platform, platform);
        QFETCH(ConsolePage, page);
        QFETCH(QString, appId);
        QFETCH(QString, expected);
        QCOMPARE(feishuConsole(platform, page, appId).toString(), expected);
    }

    void permissionsLinkIsPrefiltered()
    {
        const QUrl url = feishuConsole(Platform::Feishu, ConsolePage::Permissions, QStringLiteral("cli_a75884b6c733900b"),
                                       requiredScopes());
        QCOMPARE(url.path(), QStringLiteral("/app/cli_a75884b6c733900b/auth"));
        const QUrlQuery query(url);
        const QStringList scopes = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).split(QLatin1Char(','));
        QCOMPARE(scopes.size(), 7);
        QVERIFY(scopes.contains(QLatin1String("contact:user.email:readonly")));
        QVERIFY(scopes.contains(QLatin1String("contact:user.id:readonly")));
        QCOMPARE(query.queryItemValue(QStringLiteral("op_from")), QStringLiteral("openapi"));
    }

    void sevenPermissions()
    {
        QCOMPARE(requiredPermissions().size(), 7);
        // "Access contacts as an app" accepts the legacy scope and its successor.
        const RequiredPermission &contacts = requiredPermissions().last();
        QVERIFY(contacts.scopes.contains(QLatin1String("contact:contact:access_as_app")));
        QVERIFY(contacts.scopes.contains(QLatin1String("contact:contact:readonly_as_app")));
    }

    void jsonRoundTrip()
    {
        SetupProfile p;
        p.name = QStringLiteral("acme");
        p.platform = Platform::Lark;
        p.cloud = Cloud::Custom;
        p.customHost = QStringLiteral("https://auth.example.com");
        p.feishuApi = QStringLiteral("https://open.feishu.example.com");
        p.appId = QStringLiteral("cli_a75884b6c733900b");
        p.userPoolId = QStringLiteral("60b49eb83fd80adb96f26e68");
        p.identifier = QStringLiteral("feishu");
        p.version = QStringLiteral("1.2.3");
        p.ticked = {QStringLiteral("1/created"), QStringLiteral("5/email")};
        p.appSecretStored = true;
        p.lastStep = Step::Permissions;
        SetupProfile back = SetupProfile::fromJson(p.toJson());
        back.name = p.name; // the name is the file's, not the content's
        QCOMPARE(back, p);
    }

    // Several GenAuth applications: the first is genAuthAppId (the login
    // test's); an older profile's single ID reads as a list of one.
    void genAuthApplicationsAreAList()
    {
        const QJsonObject older{{QStringLiteral("genAuthAppId"), QStringLiteral("65b2c3d4e5f60718293a4b5c")}};
        SetupProfile p = SetupProfile::fromJson(older);
        QCOMPARE(p.genAuthAppIds(), QStringList{QStringLiteral("65b2c3d4e5f60718293a4b5c")});
        p.otherGenAuthAppIds = {QStringLiteral("65b2c3d4e5f60718293a4b5d"), QStringLiteral("65b2c3d4e5f60718293a4b5c")};
        const QJsonObject saved = p.toJson();
        QCOMPARE(saved.value(QLatin1String("genAuthAppIds")).toArray().size(), 2); // no duplicate
        QCOMPARE(saved.value(QLatin1String("genAuthAppId")).toString(), QStringLiteral("65b2c3d4e5f60718293a4b5c")); // older versions read it
        const SetupProfile back = SetupProfile::fromJson(saved);
        QCOMPARE(back.genAuthAppIds(), (QStringList{QStringLiteral("65b2c3d4e5f60718293a4b5c"), QStringLiteral("65b2c3d4e5f60718293a4b5d")}));
        // Only the list: its first is the login test's.
        const SetupProfile listOnly = SetupProfile::fromJson(
            {{QStringLiteral("genAuthAppIds"), QJsonArray{QStringLiteral("65b2c3d4e5f60718293a4b5d"), QStringLiteral("65b2c3d4e5f60718293a4b5c")}}});
        QCOMPARE(listOnly.genAuthAppId, QStringLiteral("65b2c3d4e5f60718293a4b5d"));
        QCOMPARE(listOnly.otherGenAuthAppIds, QStringList{QStringLiteral("65b2c3d4e5f60718293a4b5c")});
    }

    void jsonToleratesGarbage()
    {
        const QJsonObject junk{{QStringLiteral("platform"), 42},
                               {QStringLiteral("cloud"), QStringLiteral("mars")},
                               {QStringLiteral("ticked"), QStringLiteral("not a list")},
                               {QStringLiteral("lastStep"), 99},
                               {QStringLiteral("futureKey"), true}};
        const SetupProfile p = SetupProfile::fromJson(junk);
        QCOMPARE(toString(p.platform), toString(Platform::Feishu));
        QCOMPARE(toString(p.cloud), toString(Cloud::GenAuth));
        QVERIFY(p.ticked.isEmpty());
        QCOMPARE(int(p.lastStep), int(Step::Welcome));
    }
};

QTEST_GUILESS_MAIN(TestSetupProfile)
#include "tst_setupprofile.moc"
