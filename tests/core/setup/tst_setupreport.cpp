// The setup report: settings, each check with its verdict and time, and the
// login tests, as Markdown and as HTML; values of the user masked, markup
// escaped, and nothing secret in it.
#include "core/setup/SetupReport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace fss;

class TestSetupReport : public QObject
{
    Q_OBJECT

    static SetupReport sample()
    {
        SetupReport r;
        r.generator = QStringLiteral("feishu-sso-setup 0.1.0");
        r.createdAt = QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc());
        SetupProfile &p = r.profile;
        p.name = QStringLiteral("production");
        p.appId = QStringLiteral("cli_a1b2c3d4e5f60718");
        p.userPoolId = QStringLiteral("65a1b2c3d4e5f60718293a4b");
        p.identifier = QStringLiteral("feishu");
        p.version = QStringLiteral("1.0.0");
        p.appSecretStored = true;
        p.genAuthAppId = QStringLiteral("65b2c3d4e5f60718293a4b5c");
        p.connectionName = QStringLiteral("Feishu <Acme> | SSO");
        CheckResult pass;
        pass.id = CheckId::credentials();
        pass.step = Step::Credentials;
        pass.title = QStringLiteral("App ID and App Secret accepted by Feishu");
        pass.status = CheckResult::Status::Pass;
        pass.message = QStringLiteral("Feishu issued a tenant access token.");
        pass.checkedAt = QDateTime(QDate(2026, 11, 25), QTime(11, 59, 30), QTimeZone::utc());
        CheckResult fail = pass;
        fail.id = CheckId::redirectUrl();
        fail.step = Step::RedirectUrl;
        fail.title = QStringLiteral("GenAuth redirect URL registered");
        fail.status = CheckResult::Status::Fail;
        fail.message = QStringLiteral("Not registered.");
        fail.code = QStringLiteral("redirect-missing");
        fail.fixUrl = QUrl(QStringLiteral("https://open.feishu.cn/app/cli_a1b2c3d4e5f60718/safe"));
        r.checks = {pass, fail};
        LoginResult login;
        login.fields = {{QStringLiteral("email"), QStringLiteral("Email"), QStringLiteral("contact:user.email:readonly"),
                         QStringLiteral("zhang.san@example.com"), true}};
        r.feishuLogin = login;
        r.feishuLoginAt = r.createdAt;
        OidcLoginResult e2e;
        e2e.claims = {{QStringLiteral("sub"), QStringLiteral("6600000000000000000000aa")},
                      {QStringLiteral("email"), QStringLiteral("zhang.san@example.com")}};
        e2e.provider.issuer = QStringLiteral("https://acme.genauth.ai/oidc");
        r.genAuthLogin = e2e;
        r.genAuthLoginAt = r.createdAt;
        return r;
    }

private slots:
    void markdown()
    {
        const QString md = sample().toMarkdown();
        QVERIFY(md.startsWith(QLatin1String("# Feishu SSO setup report: production")));
        QVERIFY(md.contains(QLatin1String("| App ID | cli_a1b2c3d4e5f60718 |")));
        QVERIFY(md.contains(QLatin1String("| App Secret | stored in the system keychain |")));
        QVERIFY(md.contains(QLatin1String("| User pool secret | not stored |")));
        QVERIFY(md.contains(QLatin1String("https://core.genauth.ai/connection/social/feishu/65a1b2c3d4e5f60718293a4b/callback")));
        // Each check: verdict, step, what, details with the code, time.
        QVERIFY(md.contains(QLatin1String("| passed | Step 2 (Credentials) | App ID and App Secret accepted by Feishu | Feishu issued a "
                                          "tenant access token. | 2026-11-25 11:59:30 UTC |")));
        QVERIFY(md.contains(QLatin1String("| failed | Step 4 (Redirect URL) | GenAuth redirect URL registered | Not registered. "
                                          "[redirect-missing] |")));
        QVERIFY(md.contains(QLatin1String("Feishu &lt;Acme&gt; \\| SSO"))); // neither a pipe nor markup breaks the table
        QVERIFY(md.contains(QLatin1String("Feishu login test: passed")));
        QVERIFY(md.contains(QLatin1String("End-to-end login through GenAuth: passed")));
        // The user's values are masked.
        QVERIFY(!md.contains(QLatin1String("zhang.san@example.com")));
        QVERIFY(!md.contains(QLatin1String("6600000000000000000000aa")));
    }

    void html()
    {
        const QString html = sample().toHtml();
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("Feishu &lt;Acme&gt; | SSO"))); // escaped, not markup
        QVERIFY(!html.contains(QLatin1String("<Acme>")));
        QVERIFY(html.contains(QLatin1String("<tr class=\"fail\">")));
        QVERIFY(html.contains(QLatin1String("href=\"https://open.feishu.cn/app/cli_a1b2c3d4e5f60718/safe\"")));
        QVERIFY(!html.contains(QLatin1String("zhang.san@example.com")));
    }

    void notRunIsSaid()
    {
        SetupReport r = sample();
        r.checks.clear();
        r.feishuLogin.reset();
        const QString md = r.toMarkdown();
        QVERIFY(md.contains(QLatin1String("The checks were not run.")));
        QVERIFY(md.contains(QLatin1String("## Login test, Feishu only\n\n```\nnot run\n```")));
    }

    // Peers §2 #3, docs/platforms.md G §7: a Lark setup carries its caveat.
    void larkCarriesTheGenAuthCaveat()
    {
        SetupReport r = sample();
        QVERIFY(!r.toMarkdown().contains(QLatin1String("lark-internal")));
        r.profile.platform = Platform::Lark;
        QVERIFY(r.toMarkdown().contains(QLatin1String("may call only Feishu (China)")));
        QVERIFY(r.toHtml().contains(QLatin1String("end-to-end login test")));
    }

    void savesByExtension()
    {
        QTemporaryDir dir;
        const SetupReport r = sample();
        QCOMPARE(r.save(dir.filePath(QStringLiteral("r.md"))), QString());
        QCOMPARE(r.save(dir.filePath(QStringLiteral("r.HTML"))), QString());
        QFile md(dir.filePath(QStringLiteral("r.md")));
        QFile html(dir.filePath(QStringLiteral("r.HTML")));
        QVERIFY(md.open(QIODevice::ReadOnly) && html.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().startsWith("# "));
        QVERIFY(html.readAll().startsWith("<!DOCTYPE html>"));
        QVERIFY(r.save(dir.filePath(QStringLiteral("r.txt"))).contains(QLatin1String("*.md")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.txt"))));
        QVERIFY(!r.save(QStringLiteral("/proc/no/such/folder/r.md")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSetupReport)
#include "tst_setupreport.moc"
