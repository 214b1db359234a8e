// `feishu-sso-setup apply` end to end: the real executable against the
// sandbox on loopback. A dry run sends nothing, a second run sends no
// write, a missing application:application:patch stops it before anything
// is sent, a version under review makes it wait, and --wait sees the
// administrator's decision.
#include "support/CommandRun.h"
#include "support/SandboxHelpers.h"
#include "sandbox/SandboxDefaults.h"

#include <QJsonArray>
#include <QTest>
#include <QTimer>

using namespace fss;
using namespace fss::test;

class TestApplyCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;

    SandboxApp &app() { return m_sandbox->feishu().config().apps.first(); }

    void bareApp()
    {
        SandboxApp &a = app();
        a.grantedScopes = {QStringLiteral("application:application:patch"), QStringLiteral("application:application:self_manage")};
        a.grantedUserScopes.clear();
        a.redirectUrls.clear();
        a.webPage = false;
        a.onlineVersion = QStringLiteral("1.0.0");
    }

    CommandRun apply(QStringList extra = {}, const QString &poolSecret = {}, const QList<std::pair<QString, QString>> &env = {})
    {
        QStringList args{QStringLiteral("apply"),
                         QStringLiteral("--feishu-api"),
                         m_sandbox->url().toString(),
                         QStringLiteral("--app-id"),
                         app().appId,
                         QStringLiteral("--identifier"),
                         QString::fromLatin1(SandboxDefaults::identifier),
                         QStringLiteral("--user-pool-id"),
                         QString::fromLatin1(SandboxDefaults::userPoolId)};
        return runCommand(args + extra, app().appSecret, poolSecret, {}, env);
    }

    int writes() const
    {
        int n = 0;
        for (const QString &line : m_sandbox->server().requestLog())
            n += line.startsWith(QLatin1String("PATCH")) || line.contains(QLatin1String("/publish"));
        return n;
    }

    static QStringList statuses(const QJsonObject &report)
    {
        QStringList list;
        for (const QJsonValue &v : report.value(QLatin1String("changes")).toArray())
            list.append(v[QLatin1String("id")].toString() + QLatin1Char('=') + v[QLatin1String("status")].toString());
        return list;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->start());
        bareApp();
    }
    void cleanup() { m_sandbox.reset(); }

    void dryRunSendsNothing()
    {
        const CommandRun r = apply({QStringLiteral("--dry-run"), QStringLiteral("--json"), QStringLiteral("--only"), QStringLiteral("feishu")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(writes(), 0);
        QCOMPARE(statuses(r.json), (QStringList{QStringLiteral("redirect-url=planned"), QStringLiteral("permissions=planned"),
                                                QStringLiteral("web-app=planned"), QStringLiteral("availability=unchanged"),
                                                QStringLiteral("release=planned")}));
        QVERIFY(!r.out.contains(app().appSecret.toUtf8()));
    }

    void appliesThenSendsNothingTheSecondTime()
    {
        const CommandRun first = apply({QStringLiteral("--json"), QStringLiteral("--only"), QStringLiteral("feishu")});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(first.json.value(QLatin1String("waiting_for_approval")).toBool(), true);
        QCOMPARE(first.json.value(QLatin1String("version")).toString(), QStringLiteral("1.0.1"));
        QCOMPARE(writes(), 4);
        // The keys scripts rely on.
        const QJsonObject c = first.json.value(QLatin1String("changes")).toArray().first().toObject();
        for (const char *key : {"service", "id", "method", "url", "status", "message", "code"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        QCOMPARE(c.value(QLatin1String("service")).toString(), QStringLiteral("feishu"));

        // Under review: nothing can be sent, and it says what it waits for.
        m_sandbox->server().clearRequestLog();
        const CommandRun waiting = apply({QStringLiteral("--only"), QStringLiteral("feishu")});
        QCOMPARE(waiting.exitCode, 0);
        QCOMPARE(writes(), 0);
        QVERIFY2(waiting.out.contains("Version 1.0.1 waits for an administrator's approval"), waiting.out.constData());

        QVERIFY(m_sandbox->feishu().review(app().appId, true));
        m_sandbox->server().clearRequestLog();
        const CommandRun second = apply({QStringLiteral("--json"), QStringLiteral("--only"), QStringLiteral("feishu")});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(writes(), 0);
        QCOMPARE(second.json.value(QLatin1String("waiting_for_approval")).toBool(), false);
        for (const QString &s : statuses(second.json))
            QVERIFY2(s.endsWith(QLatin1String("=unchanged")), qPrintable(s));
    }

    void withoutPatchExitsOneNamingIt()
    {
        app().grantedScopes = {QStringLiteral("application:application:self_manage")};
        const CommandRun r = apply({QStringLiteral("--only"), QStringLiteral("feishu")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(writes(), 0);
        QVERIFY2(r.out.contains("application:application:patch"), r.out.constData());
        QVERIFY(r.out.contains("page/scope-apply"));
    }

    void waitSeesTheDecision()
    {
        // The administrator rejects once the command is waiting.
        QTimer reject;
        connect(&reject, &QTimer::timeout, this, [this, &reject] {
            if (!app().reviewVersion.isEmpty() && m_sandbox->feishu().review(app().appId, false))
                reject.stop();
        });
        reject.start(50);
        const CommandRun r = apply({QStringLiteral("--wait"), QStringLiteral("--only"), QStringLiteral("feishu")}, {},
                                   {{QStringLiteral("FSS_APPROVAL_POLL_MS"), QStringLiteral("100")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("was rejected by an administrator"), r.out.constData());
    }

    void badUsageExitsTwo()
    {
        QCOMPARE(apply({QStringLiteral("--only"), QStringLiteral("both")}).exitCode, 2);
        QCOMPARE(runCommand({QStringLiteral("check"), QStringLiteral("--dry-run"), QStringLiteral("--app-id"), app().appId}, app().appSecret).exitCode, 2);
    }

    void alsoCreatesItInGenAuth()
    {
        const QStringList cloud{QStringLiteral("--cloud"), m_sandbox->genAuthUrl().toString(), QStringLiteral("--genauth-app-id"),
                                QString::fromLatin1(GenAuthSandboxConfig::defaultAppId), QStringLiteral("--json")};
        const CommandRun r = apply(cloud, m_sandbox->genAuth().config().userPoolSecret);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(statuses(r.json).contains(QStringLiteral("identity-source=sent")));
        QCOMPARE(m_sandbox->genAuth().config().extIdps.size(), 1);
        const CommandRun again = apply(cloud, m_sandbox->genAuth().config().userPoolSecret);
        QVERIFY(statuses(again.json).contains(QStringLiteral("identity-source=unchanged")));
    }

    // --genauth-app, repeated: the connection goes on in each application,
    // and check's genauth-enabled verdict covers each, naming one it is off.
    void onForSeveralGenAuthApplications()
    {
        GenAuthSandboxApp second = m_sandbox->genAuth().config().apps.first();
        second.appId = QStringLiteral("65b2c3d4e5f60718293a4b5d");
        second.enabledConnectionIds.clear();
        m_sandbox->genAuth().config().apps.append(second);
        const QString poolSecret = m_sandbox->genAuth().config().userPoolSecret;
        const QStringList genAuth{QStringLiteral("--cloud"), m_sandbox->genAuthUrl().toString(), QStringLiteral("--genauth-app"),
                                  QString::fromLatin1(GenAuthSandboxConfig::defaultAppId), QStringLiteral("--genauth-app"), second.appId,
                                  QStringLiteral("--only"), QStringLiteral("genauth"), QStringLiteral("--json")};
        CommandRun r = apply(genAuth, poolSecret);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        for (const GenAuthSandboxApp &a : m_sandbox->genAuth().config().apps)
            QCOMPARE(a.enabledConnectionIds.size(), 1);

        QStringList check = genAuth; // check takes the same flags, but --only
        check.removeAll(QStringLiteral("--only"));
        check.removeAll(QStringLiteral("genauth"));
        const QStringList where{QStringLiteral("--feishu-api"), m_sandbox->url().toString(), QStringLiteral("--app-id"), app().appId,
                                QStringLiteral("--identifier"), QString::fromLatin1(SandboxDefaults::identifier), QStringLiteral("--user-pool-id"),
                                QString::fromLatin1(SandboxDefaults::userPoolId)};
        m_sandbox->genAuth().config().apps.last().enabledConnectionIds.clear();
        r = runCommand(QStringList{QStringLiteral("check")} + where + check, app().appSecret, poolSecret);
        QCOMPARE(r.exitCode, 1);
        QJsonObject enabled;
        for (const QJsonValue &v : r.json.value(QLatin1String("checks")).toArray()) {
            if (v.toObject().value(QLatin1String("id")).toString() == QLatin1String("genauth-enabled"))
                enabled = v.toObject();
        }
        QCOMPARE(enabled.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(enabled.value(QLatin1String("message")).toString().contains(second.appId), r.out.constData());
        QVERIFY2(!enabled.value(QLatin1String("message")).toString().startsWith(QLatin1String("Not enabled on the applications 65b2c3d4e5f60718293a4b5c")),
                 r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestApplyCommand)
#include "tst_applycommand.moc"
