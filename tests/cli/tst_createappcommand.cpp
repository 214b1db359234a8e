// `feishu-sso-setup create-app` end to end: the real executable against the
// sandbox's app registration, with a real keyring (tests/session.sh
// keyring). The test plays the person who scans: it reads the link the
// command prints and answers the sandbox's confirm page.
#include "support/CommandRun.h"
#include "support/SandboxHelpers.h"
#include "support/TestSession.h"

#include "core/setup/ProfileStore.h"
#include "core/setup/SecretStore.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace fss;
using namespace fss::test;

class TestCreateAppCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_browser;

    SandboxRegistration &settings() { return m_sandbox->feishu().config().registration; }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json;
    };

    // Starts create-app, waits for the link it prints, lets `answer` act on
    // it (confirm, refuse or nothing), then waits for the exit.
    Run createApp(const QString &profile, const std::function<void(const QUrl &)> &answer, QStringList extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("FSS_APP_SECRET"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FSS_EXECUTABLE),
                QStringList{QStringLiteral("create-app"), QStringLiteral("--profile"), profile, QStringLiteral("--feishu-api"),
                            m_sandbox->url().toString(), QStringLiteral("--lark-accounts"), m_sandbox->larkAccountsUrl().toString()}
                    + extra);
        Run r;
        QByteArray printed;
        static const QRegularExpression linkPattern(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/page/launcher\\?\\S+)"));
        QUrl link;
        const bool printedOrEnded = QTest::qWaitFor([&] {
            printed += p.readAllStandardOutput();
            r.err += p.readAllStandardError();
            const auto m = linkPattern.match(QString::fromUtf8(printed + r.err));
            if (m.hasMatch())
                link = QUrl::fromEncoded(m.captured(1).toLatin1());
            return link.isValid() || p.state() == QProcess::NotRunning;
        }, 20000);
        if (printedOrEnded && link.isValid())
            answer(link);
        // The event loop keeps turning: this process serves the sandbox.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = printed + p.readAllStandardOutput();
        r.err += p.readAllStandardError();
        r.json = QJsonDocument::fromJson(r.out).object();
        return r;
    }

    std::optional<QString> storedSecret(const QString &profile)
    {
        std::optional<QString> value;
        bool done = false;
        SecretStore::read(profile, SecretName::AppSecret, this, [&](const KeychainResult &r, const QString &v) {
            if (r.ok())
                value = v;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return std::nullopt;
        return value;
    }

private slots:
    void initTestCase()
    {
        FSS_REQUIRE_SESSION("keyring");
        QCoreApplication::setOrganizationName(QStringLiteral("feishu-sso-setup"));
        QCoreApplication::setApplicationName(QStringLiteral("feishu-sso-setup"));
    }

    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->start());
        settings().intervalSeconds = 0;
    }
    void cleanup() { m_sandbox.reset(); }

    void createdIntoTheKeychainAndTheProfile()
    {
        const SandboxUser zhang = m_sandbox->feishu().config().apps.first().users.first();
        const Run r = createApp(QStringLiteral("scanned"), [&](const QUrl &link) {
            QCOMPARE(confirmRegistration(m_browser, link, zhang.openId).status, 200);
        });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // A QR code for the terminal, then what was created and what arrived.
        QVERIFY(r.out.contains("\xe2\x96\x88")); // █
        QVERIFY2(r.out.contains("agent template"), r.out.constData());
        const QList<SandboxApp> &apps = m_sandbox->feishu().config().apps;
        QCOMPARE(apps.size(), 2);
        const SandboxApp &created = apps.last();
        QVERIFY2(r.out.contains(created.appId.toUtf8()), r.out.constData());
        QVERIFY(r.out.contains("Permissions it holds: "));
        QVERIFY(r.out.contains("application:application:patch"));
        // The secret is in the keychain, nowhere else.
        QCOMPARE(storedSecret(QStringLiteral("scanned")), std::optional<QString>(created.appSecret));
        QVERIFY(!r.out.contains(created.appSecret.toUtf8()) && !r.err.contains(created.appSecret.toUtf8()));
        const ProfileStore::Loaded saved = ProfileStore{}.load(QStringLiteral("scanned"));
        QVERIFY(saved.profile);
        QCOMPARE(saved.profile->appId, created.appId);
        QVERIFY(saved.profile->appSecretStored);
        QFile file(ProfileStore{}.filePath(QStringLiteral("scanned")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(created.appSecret.toUtf8()));
    }

    void theScannedAppsPathIsKnownAtOnce_data()
    {
        QTest::addColumn<bool>("configurable");
        QTest::addColumn<bool>("addons");
        QTest::addColumn<QString>("why");
        QTest::newRow("v7 refuses the app (the likely case)") << false << true << "developer console";
        QTest::newRow("no application:application:patch") << true << false << "application:application:patch";
        QTest::newRow("v7 takes it") << true << true << "";
    }

    void theScannedAppsPathIsKnownAtOnce()
    {
        // Which way steps 3 to 6 go is said right after the scan, from the
        // app's scopes and a config change that changes nothing; never a
        // failed write.
        QFETCH(bool, configurable);
        QFETCH(bool, addons);
        QFETCH(QString, why);
        settings().configurable = configurable;
        settings().addonsHonoured = addons;
        const Run r = createApp(QStringLiteral("scanned-path"), [&](const QUrl &link) {
            confirmRegistration(m_browser, link, m_sandbox->feishu().config().apps.first().users.first().openId);
        }, {QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QLatin1String("configurable_by_api")).toBool(), why.isEmpty());
        QVERIFY2(r.json.value(QLatin1String("console_reason")).toString().contains(why), qPrintable(r.json.value(QLatin1String("console_reason")).toString()));
        // The new app is untouched: the probe changed nothing.
        const SandboxApp &created = m_sandbox->feishu().config().apps.last();
        QVERIFY(created.redirectUrls.isEmpty() && created.draft.isEmpty());
        // And the text says where to go next.
        const Run text = createApp(QStringLiteral("scanned-path-text"), [&](const QUrl &link) {
            confirmRegistration(m_browser, link, m_sandbox->feishu().config().apps.first().users.first().openId);
        });
        QCOMPARE(text.out.contains("Next: feishu-sso-setup apply"), why.isEmpty());
        // The empty change is shown before it is sent.
        QVERIFY2(text.out.contains("with a change that changes nothing: PATCH ") && text.out.contains("/config {}"), text.out.constData());
        QVERIFY2(text.out.contains("Feishu does not let the wizard configure this app") != why.isEmpty(), text.out.constData());
    }

    void jsonNamesWhatArrived()
    {
        settings().addonsHonoured = false; // the platform drops the addons
        const Run r = createApp(QStringLiteral("scanned-json"), [&](const QUrl &link) {
            confirmRegistration(m_browser, link, m_sandbox->feishu().config().apps.first().users.first().openId);
        }, {QStringLiteral("--json"), QStringLiteral("--name"), QStringLiteral("Acme sign-in")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(r.json.value(QLatin1String("platform")).toString(), QStringLiteral("feishu"));
        QVERIFY(r.json.value(QLatin1String("granted")).toArray().isEmpty());
        QCOMPARE(r.json.value(QLatin1String("missing")).toArray().size(), 9); // it claims nothing it cannot see
        QCOMPARE(m_sandbox->feishu().config().apps.last().name, QStringLiteral("Acme sign-in"));
        QVERIFY(r.err.contains("/page/launcher")); // the link goes to stderr with --json
    }

    void refused()
    {
        const Run r = createApp(QStringLiteral("refused"), [&](const QUrl &link) { confirmRegistration(m_browser, link, {}, true); });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("refused"), r.err.constData());
        QVERIFY(!ProfileStore{}.load(QStringLiteral("refused")).profile);
        QCOMPARE(m_sandbox->feishu().config().apps.size(), 1);
    }

    void expired()
    {
        settings().expiresInSeconds = 1;
        const Run r = createApp(QStringLiteral("expired"), [](const QUrl &) {});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("expired"), r.err.constData());
    }

    void badUsage()
    {
        QCOMPARE(runCommand({QStringLiteral("create-app")}, {}).exitCode, 2);
        QCOMPARE(runCommand({QStringLiteral("create-app"), QStringLiteral("--profile"), QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral(" ")}, {}).exitCode, 2);
        QCOMPARE(runCommand({QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral("y")}, {}).exitCode, 2);
        QCOMPARE(runCommand({QStringLiteral("create-app"), QStringLiteral("--profile"), QStringLiteral("x"), QStringLiteral("--lark-accounts"), QStringLiteral("ftp://x")}, {}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCreateAppCommand)
#include "tst_createappcommand.moc"
