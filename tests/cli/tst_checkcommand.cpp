// `feishu-sso-setup check` end to end: the real executable against the
// sandbox on loopback, with its secret from the environment or from a real
// keyring (this test runs in tests/session.sh keyring).
#include "support/CommandRun.h"
#include "support/SandboxHelpers.h"
#include "sandbox/SandboxDefaults.h"
#include "support/TerminalColumns.h"
#include "support/TestSession.h"

#include "core/setup/ProfileStore.h"
#include "core/setup/SecretStore.h"
#include "core/setup/SetupSession.h"

#include <QFile>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>
#include <QTest>
#include <QXmlStreamReader>

using namespace fss;
using namespace fss::test;

namespace {
const QString kSecret = QStringLiteral("SandboxAppSecret0123456789abcdef");
}

class TestCheckCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;

    SandboxApp &app() { return m_sandbox->feishu().config().apps.first(); }

    using Run = CommandRun;

    Run check(QStringList arguments, const QString &secret = kSecret, const QString &poolSecret = {}, const QString &lang = {})
    {
        arguments.prepend(QStringLiteral("check"));
        return runCommand(arguments, secret, poolSecret, lang);
    }

    QStringList sandboxArgs() const
    {
        return {QStringLiteral("--feishu-api"), m_sandbox->url().toString(), QStringLiteral("--identifier"),
                QString::fromLatin1(SandboxDefaults::identifier), QStringLiteral("--user-pool-id"),
                QString::fromLatin1(SandboxDefaults::userPoolId)};
    }

    // The same, with GenAuth's side: the sandbox's GenAuth as a private
    // cloud, and its application.
    QStringList genAuthArgs() const
    {
        return sandboxArgs() << QStringLiteral("--cloud") << m_sandbox->genAuthUrl().toString() << QStringLiteral("--genauth-app-id")
                             << QString::fromLatin1(GenAuthSandboxConfig::defaultAppId);
    }
    QString poolSecret() { return m_sandbox->genAuth().config().userPoolSecret; }

    // A profile for the sandbox's app, as the wizard saves one.
    SetupProfile sandboxProfile(const QString &name)
    {
        SetupProfile p;
        p.name = name;
        p.appId = app().appId;
        p.identifier = QString::fromLatin1(SandboxDefaults::identifier);
        p.userPoolId = QString::fromLatin1(SandboxDefaults::userPoolId);
        p.feishuApi = m_sandbox->url().toString();
        return p;
    }

    static QJsonObject failing(const QJsonObject &report)
    {
        for (const QJsonValue &v : report.value(QLatin1String("checks")).toArray()) {
            if (v.toObject().value(QLatin1String("status")).toString() == QLatin1String("fail"))
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        FSS_REQUIRE_SESSION("keyring");
        // Where the executable looks for profiles.
        QCoreApplication::setOrganizationName(QStringLiteral("feishu-sso-setup"));
        QCoreApplication::setApplicationName(QStringLiteral("feishu-sso-setup"));
    }

    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->start());
    }

    void cleanup() { m_sandbox.reset(); }

    void correctSetupExits0()
    {
        connectGenAuth(*m_sandbox);
        const Run r = check(genAuthArgs() << QStringLiteral("--app-id") << app().appId << QStringLiteral("--json"), kSecret, poolSecret());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QLatin1String("ok")).toBool(), true);
        const QJsonArray checks = r.json.value(QLatin1String("checks")).toArray();
        QCOMPARE(checks.size(), 14);
        QVERIFY(!r.out.contains(poolSecret().toUtf8()) && !r.err.contains(poolSecret().toUtf8()));
        for (const QJsonValue &v : checks) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("pass"));
            for (const char *key : {"id", "step", "message", "code"})
                QVERIFY2(c.contains(QLatin1String(key)), key);
            // Where the verdict came from, for every Feishu check that reads a fact.
            if (c.value(QLatin1String("id")).toString() != QLatin1String("credentials") && !c.value(QLatin1String("id")).toString().startsWith(QLatin1String("genauth")))
                QVERIFY2(c.value(QLatin1String("source")).toString().startsWith(QLatin1String("Feishu: ")), qPrintable(c.value(QLatin1String("id")).toString()));
        }
    }

    void traceHoldsNoSecretAndReplaysToTheSameVerdicts()
    {
        // Both platforms, every exchange, as HAR 1.2; nothing secret in it.
        connectGenAuth(*m_sandbox);
        app().revoke(QStringLiteral("contact:user.phone:readonly")); // a failing verdict too
        QTemporaryDir dir;
        const QString traced = dir.filePath(QStringLiteral("check.har"));
        Run r = check(genAuthArgs() << QStringLiteral("--app-id") << app().appId << QStringLiteral("--trace") << traced, kSecret, poolSecret());
        QCOMPARE(r.exitCode, 1);
        QFile file(traced);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        for (const QString &secret : {kSecret, poolSecret()})
            QVERIFY2(!text.contains(secret.toUtf8()), "a secret is in the trace");
        const QJsonObject log = QJsonDocument::fromJson(text).object().value(QLatin1String("log")).toObject();
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
        const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
        QVERIFY(entries.size() >= 10);
        QSet<QString> hosts;
        int tokensSeen = 0;
        for (const QJsonValue &e : entries) {
            const QJsonObject request = e[QLatin1String("request")].toObject();
            hosts.insert(QUrl(request.value(QLatin1String("url")).toString()).authority());
            QVERIFY(e[QLatin1String("response")][QLatin1String("status")].toInt() > 0);
            for (const QJsonValue &h : request.value(QLatin1String("headers")).toArray()) {
                if (h[QLatin1String("name")].toString().compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0)
                    QVERIFY2(h[QLatin1String("value")].toString().endsWith(QLatin1String("[redacted]")), qPrintable(h[QLatin1String("value")].toString()));
            }
            const QJsonObject body = QJsonDocument::fromJson(e[QLatin1String("response")][QLatin1String("content")][QLatin1String("text")].toString().toUtf8()).object();
            for (const QJsonObject &o : {body, body.value(QLatin1String("data")).toObject()}) {
                for (const char *key : {"tenant_access_token", "access_token"}) {
                    if (o.contains(QLatin1String(key))) {
                        QCOMPARE(o.value(QLatin1String(key)).toString(), QStringLiteral("[redacted]"));
                        ++tokensSeen;
                    }
                }
            }
        }
        QCOMPARE(hosts.size(), 2); // Feishu's and GenAuth's
        QVERIFY(tokensSeen >= 2);  // a tenant token and a management token, both redacted

        // Recorded once more with Feishu's side alone (GenAuth's default
        // cloud, whose redirect URL does not depend on a port), then
        // replayed: the same verdicts from the trace as from the sandbox.
        const QString feishuOnly = dir.filePath(QStringLiteral("feishu.har"));
        const Run recorded = check(sandboxArgs() << QStringLiteral("--app-id") << app().appId << QStringLiteral("--json")
                                                 << QStringLiteral("--trace") << feishuOnly);
        QCOMPARE(recorded.exitCode, 1);
        QProcess replay;
        replay.start(QStringLiteral(FSS_EXECUTABLE), {QStringLiteral("sandbox"), QStringLiteral("--replay"), feishuOnly});
        QVERIFY(replay.waitForReadyRead(20000));
        const QRegularExpression served(QStringLiteral("on (http://127\\.0\\.0\\.1:\\d+)"));
        const QRegularExpressionMatch m = served.match(QString::fromUtf8(replay.readAllStandardOutput()));
        QVERIFY(m.hasMatch());
        m_sandbox.reset(); // nothing answers but the trace now
        QStringList args = {QStringLiteral("--feishu-api"), m.captured(1), QStringLiteral("--identifier"),
                            QString::fromLatin1(SandboxDefaults::identifier), QStringLiteral("--user-pool-id"),
                            QString::fromLatin1(SandboxDefaults::userPoolId), QStringLiteral("--app-id"),
                            QStringLiteral("cli_a1b2c3d4e5f60718"), QStringLiteral("--json")};
        const Run replayed = check(args);
        replay.kill();
        replay.waitForFinished();
        QCOMPARE(replayed.exitCode, recorded.exitCode);
        const auto verdicts = [](const Run &run) {
            QStringList list;
            for (const QJsonValue &c : run.json.value(QLatin1String("checks")).toArray())
                list.append(c[QLatin1String("id")].toString() + QLatin1Char('=') + c[QLatin1String("status")].toString());
            return list;
        };
        QCOMPARE(verdicts(replayed), verdicts(recorded));
        QVERIFY(verdicts(recorded).contains(QStringLiteral("permission.phone=fail")));
    }

    void humanTable()
    {
        const Run r = check(sandboxArgs() << QStringLiteral("--app-id") << app().appId);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("PASS  Step 2 (Credentials)"), r.out.constData());
        // Without a user pool secret GenAuth's side is skipped, and says why.
        QVERIFY2(r.out.contains("12 passed, 0 failed, 2 skipped."), r.out.constData());
        QVERIFY(r.out.contains("SKIP  Step 2 (Credentials)"));
        QVERIFY(r.out.contains("FSS_USERPOOL_SECRET"));
    }

    // The table's third column (the check's title) starts in the same
    // terminal column on every row, also in Chinese, where a character takes
    // two columns.
    void humanTableLinesUp_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("pass");
        QTest::newRow("English") << QStringLiteral("C.UTF-8") << QStringLiteral("PASS");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN.UTF-8") << QStringLiteral("通过");
    }

    void humanTableLinesUp()
    {
        QFETCH(QString, lang);
        QFETCH(QString, pass);
        const Run r = check(sandboxArgs() << QStringLiteral("--app-id") << app().appId, kSecret, {}, lang);
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(pass), r.out.constData());
        QSet<int> titleColumns;
        int rows = 0;
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (line.isEmpty() || line.startsWith(QLatin1Char(' ')) || !line.contains(QLatin1String("  ")))
                continue; // a message under its row, or the count at the end
            // mark, at least two spaces, step label, at least two spaces, title
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^\\S+ {2,}\\S.*?\\S {2,}(?=\\S)")).match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            titleColumns.insert(terminalColumns(m.captured()));
            ++rows;
        }
        QCOMPARE(rows, 14);
        QVERIFY2(titleColumns.size() == 1, qPrintable(out));
    }

    void genAuthSideFailuresExit1AtStep2_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("says");
        QTest::newRow("no identity source yet") << "fresh" << "genauth-connection" << "Create it for me";
        QTest::newRow("other App Secret in GenAuth") << "secret" << "genauth-connection" << "another App Secret";
        QTest::newRow("not enabled on the application") << "disabled" << "genauth-enabled" << "Not enabled on the application";
        QTest::newRow("wrong pool secret") << "pool-secret" << "genauth-connection" << "Key Management";
    }

    void genAuthSideFailuresExit1AtStep2()
    {
        QFETCH(QString, setup);
        QFETCH(QString, id);
        QFETCH(QString, says);
        QString secret = poolSecret();
        if (setup != QLatin1String("fresh")) {
            GenAuthSandboxConnection &c = connectGenAuth(*m_sandbox);
            if (setup == QLatin1String("secret"))
                c.fields.insert(QStringLiteral("appSecret"), QStringLiteral("OtherSecret0123456789abcdefABCDEF"));
            if (setup == QLatin1String("disabled"))
                m_sandbox->genAuth().config().apps.first().enabledConnectionIds.clear();
            if (setup == QLatin1String("pool-secret"))
                secret = QStringLiteral("WrongPoolSecret0123456789abcdefab");
        }
        const Run r = check(genAuthArgs() << QStringLiteral("--app-id") << app().appId << QStringLiteral("--json"), kSecret, secret);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject f = failing(r.json);
        QCOMPARE(f.value(QLatin1String("id")).toString(), id);
        QCOMPARE(f.value(QLatin1String("step")).toInt(), 2);
        QVERIFY2(f.value(QLatin1String("message")).toString().contains(says), qPrintable(f.value(QLatin1String("message")).toString()));
        QVERIFY(!r.out.contains(secret.toUtf8()));
    }

    void wrongSecretExits1AtStep2()
    {
        const QString wrong = QStringLiteral("WrongSecret0123456789abcdefABCDEF");
        const Run r = check(sandboxArgs() << QStringLiteral("--app-id") << app().appId << QStringLiteral("--json"), wrong);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(QLatin1String("ok")).toBool(), false);
        const QJsonObject f = failing(r.json);
        QCOMPARE(f.value(QLatin1String("id")).toString(), QStringLiteral("credentials"));
        QCOMPARE(f.value(QLatin1String("step")).toInt(), 2);
        QCOMPARE(f.value(QLatin1String("code")).toString(), QStringLiteral("10014"));
        // The secret, wrong or right, is never printed.
        QVERIFY(!r.out.contains(wrong.toUtf8()) && !r.err.contains(wrong.toUtf8()));
    }

    void missingScopeExits1AtStep5NamingIt()
    {
        app().revoke(QStringLiteral("contact:user.email:readonly"));
        const Run r = check(sandboxArgs() << QStringLiteral("--app-id") << app().appId << QStringLiteral("--json"));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject f = failing(r.json);
        QCOMPARE(f.value(QLatin1String("id")).toString(), QStringLiteral("permission.email"));
        QCOMPARE(f.value(QLatin1String("step")).toInt(), 5);
        QVERIFY(f.value(QLatin1String("message")).toString().contains(QLatin1String("contact:user.email:readonly")));
        QCOMPARE(f.value(QLatin1String("missing_scopes")).toArray().first().toString(), QStringLiteral("contact:user.email:readonly"));
    }

    void profileWithKeychainSecret()
    {
        SetupProfile p = sandboxProfile(QStringLiteral("ci-profile"));
        QCOMPARE(ProfileStore{}.save(p), QString());
        std::optional<KeychainResult> stored;
        SecretStore::write(p.name, SecretName::AppSecret, kSecret, this, [&](const KeychainResult &r) { stored = r; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 20000);
        QVERIFY2(stored->ok(), qPrintable(stored->message));

        const Run r = check({QStringLiteral("--profile"), p.name}, {});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY(!r.out.contains(kSecret.toUtf8()) && !r.err.contains(kSecret.toUtf8()));

        // The flags replace the profile's settings.
        const Run other = check({QStringLiteral("--profile"), p.name, QStringLiteral("--identifier"), QStringLiteral("other"),
                                 QStringLiteral("--json")},
                                {});
        QCOMPARE(other.exitCode, 1);
        QCOMPARE(failing(other.json).value(QLatin1String("id")).toString(), QStringLiteral("redirect-url"));
        QCOMPARE(failing(other.json).value(QLatin1String("step")).toInt(), 4);
    }

    // Peers §2 #3: Feishu does not know a Lark App ID; with both brands'
    // hosts given, check asks Lark once and names the Welcome page.
    void appIdOfLarkIsNamed()
    {
        app().brand = QStringLiteral("lark");
        const Run r = check(sandboxArgs() << QStringLiteral("--lark-api") << m_sandbox->larkApiUrl().toString() << QStringLiteral("--app-id")
                                          << app().appId << QStringLiteral("--json"));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject f = failing(r.json);
        QCOMPARE(f.value(QLatin1String("id")).toString(), QStringLiteral("credentials"));
        QCOMPARE(f.value(QLatin1String("step")).toInt(), 0); // Welcome
        QVERIFY2(f.value(QLatin1String("message")).toString().contains(QLatin1String("belongs to Lark")), r.out.constData());
        QCOMPARE(m_sandbox->larkAccountsServer().requestLog().count(QStringLiteral("POST /open-apis/auth/v3/tenant_access_token/internal")), 1);
    }

    // A Lark profile's check carries the caveat about GenAuth, in the table
    // and as "notes" in JSON.
    void larkProfileCarriesTheGenAuthCaveat()
    {
        SetupProfile p = sandboxProfile(QStringLiteral("lark-profile"));
        p.platform = Platform::Lark;
        QCOMPARE(ProfileStore{}.save(p), QString());
        const Run table = check({QStringLiteral("--profile"), p.name});
        QVERIFY2(table.out.contains("Note: Lark with GenAuth is unproven"), table.out.constData());
        const Run json = check({QStringLiteral("--profile"), p.name, QStringLiteral("--json")});
        QVERIFY2(json.json.value(QLatin1String("notes")).toArray().first().toString().contains(QLatin1String("lark-internal")),
                 json.out.constData());
        const Run feishu = check(sandboxArgs() << QStringLiteral("--app-id") << app().appId << QStringLiteral("--json"));
        QVERIFY(!feishu.json.contains(QLatin1String("notes")));
    }

    // One writer per profile, across processes. While this process holds a
    // profile, `apply` does not start (it names this process) and sends
    // nothing, while `check`, which only reads, runs. While `apply` holds
    // it, a session here opens it read-only naming apply's process; when
    // that process dies, its lock is taken over.
    void oneWriterPerProfileAcrossProcesses()
    {
        SetupProfile p = sandboxProfile(QStringLiteral("shared-profile"));
        QCOMPARE(ProfileStore{}.save(p), QString());
        {
            SetupSession here;
            here.setStore(ProfileStore{});
            QVERIFY(here.lockProfile(p.name));
            m_sandbox->server().clearRequestLog();
            Run r = runCommand({QStringLiteral("apply"), QStringLiteral("--profile"), p.name, QStringLiteral("--only"), QStringLiteral("feishu")},
                               kSecret);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QByteArray::number(QCoreApplication::applicationPid())), r.err.constData());
            QVERIFY2(m_sandbox->server().requestLog().isEmpty(), qPrintable(m_sandbox->server().requestLog().join(QLatin1Char('\n'))));
            r = check({QStringLiteral("--profile"), p.name});
            QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        }

        m_sandbox->server().setDelay(5000);
        m_sandbox->server().clearRequestLog();
        QProcess apply;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FSS_APP_SECRET"), kSecret);
        env.remove(QStringLiteral("FSS_USERPOOL_SECRET"));
        apply.setProcessEnvironment(env);
        apply.start(QStringLiteral(FSS_EXECUTABLE),
                    {QStringLiteral("apply"), QStringLiteral("--profile"), p.name, QStringLiteral("--only"), QStringLiteral("feishu")});
        QVERIFY(apply.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!m_sandbox->server().requestLog().isEmpty(), 20000); // it holds the lock by now
        SetupSession second;
        second.setStore(ProfileStore{});
        QVERIFY(!second.lockProfile(p.name));
        QVERIFY2(second.readOnlyReason().contains(QString::number(apply.processId())), qPrintable(second.readOnlyReason()));
        // Nor may it be deleted meanwhile (the Welcome page's Delete).
        std::optional<QString> deleted;
        removeProfile(ProfileStore{}, p.name, this, [&](const QString &error) { deleted = error; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 20000);
        QVERIFY2(deleted->contains(QString::number(apply.processId())), qPrintable(*deleted));
        QVERIFY(ProfileStore{}.contains(p.name));
        apply.kill();
        QVERIFY(apply.waitForFinished());
        m_sandbox->server().setDelay(0);
        SetupSession third;
        third.setStore(ProfileStore{});
        QVERIFY(third.lockProfile(p.name)); // the dead process's lock
        QVERIFY(!third.isReadOnly());
    }

    // check --json carries each check's last pass; a failing one says when
    // it last passed and since when it fails. Flags that replace the
    // profile's values make verdicts about something else: nothing is kept.
    void aFailingCheckCarriesItsLastPass()
    {
        const auto verdict = [](const Run &r, const QString &id) {
            for (const QJsonValue &v : r.json.value(QLatin1String("checks")).toArray()) {
                if (v.toObject().value(QLatin1String("id")).toString() == id)
                    return v.toObject();
            }
            return QJsonObject{};
        };
        const SetupProfile p = sandboxProfile(QStringLiteral("drift-profile"));
        QCOMPARE(ProfileStore{}.save(p), QString());
        const Run first = check({QStringLiteral("--profile"), p.name, QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 0, (first.out + first.err).constData());
        const QString passedAt = verdict(first, QStringLiteral("redirect-url")).value(QLatin1String("last_pass")).toObject().value(QLatin1String("at")).toString();
        QVERIFY(!passedAt.isEmpty());

        // Flags that replace the profile's values: its history stays as it was.
        const Run other = check({QStringLiteral("--profile"), p.name, QStringLiteral("--identifier"), QStringLiteral("other"), QStringLiteral("--json")});
        QCOMPARE(other.exitCode, 1);
        QVERIFY(!ProfileStore{}.load(p.name).profile->checkHistory.value(QStringLiteral("redirect-url")).failingSince.isValid());

        app().redirectUrls.clear();
        const Run second = check({QStringLiteral("--profile"), p.name, QStringLiteral("--json")});
        QCOMPARE(second.exitCode, 1);
        const QJsonObject redirect = verdict(second, QStringLiteral("redirect-url"));
        QCOMPARE(redirect.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(redirect.value(QLatin1String("last_pass")).toObject().value(QLatin1String("at")).toString(), passedAt);
        QVERIFY(!redirect.value(QLatin1String("failing_since")).toString().isEmpty());
        QVERIFY2(redirect.value(QLatin1String("message")).toString().contains(QLatin1String("It last passed")),
                 qPrintable(redirect.value(QLatin1String("message")).toString()));
    }

    // check --junit FILE: one test case per check, failures and skips as a
    // CI system reads them, in step with the JSON verdicts.
    void junitReportCarriesEveryVerdict()
    {
        app().revoke(QStringLiteral("contact:user.email:readonly"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nightly.xml"));
        const Run r = check(sandboxArgs() << QStringLiteral("--app-id") << app().appId << QStringLiteral("--json") << QStringLiteral("--junit") << path);
        QCOMPARE(r.exitCode, 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(kSecret.toUtf8()));
        QXmlStreamReader xml(bytes);
        QHash<QString, QString> outcome; // check id -> "failure", "skipped" or "passed"
        QString current;
        int suiteTests = -1;
        int suiteFailures = -1;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("testsuite")) {
                suiteTests = xml.attributes().value(QLatin1String("tests")).toInt();
                suiteFailures = xml.attributes().value(QLatin1String("failures")).toInt();
            } else if (xml.name() == QLatin1String("testcase")) {
                current = xml.attributes().value(QLatin1String("name")).toString();
                outcome.insert(current, QStringLiteral("passed"));
            } else if (xml.name() == QLatin1String("failure") || xml.name() == QLatin1String("skipped")) {
                outcome.insert(current, xml.name().toString());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QJsonArray checks = r.json.value(QLatin1String("checks")).toArray();
        QCOMPARE(suiteTests, int(checks.size()));
        QCOMPARE(outcome.size(), int(checks.size()));
        int failed = 0;
        for (const QJsonValue &v : checks) {
            const QJsonObject c = v.toObject();
            const QString status = c.value(QLatin1String("status")).toString();
            const QString expected = status == QLatin1String("fail") ? QStringLiteral("failure")
                : status == QLatin1String("skip")                    ? QStringLiteral("skipped")
                                                                     : QStringLiteral("passed");
            QCOMPARE(outcome.value(c.value(QLatin1String("id")).toString()), expected);
            failed += status == QLatin1String("fail");
        }
        QVERIFY(failed > 0);
        QCOMPARE(suiteFailures, failed);
        QCOMPARE(outcome.value(QStringLiteral("permission.email")), QStringLiteral("failure"));
        QVERIFY(bytes.contains("contact:user.email:readonly"));
    }

    void badInputExits2()
    {
        Run r = check({QStringLiteral("--profile"), QStringLiteral("no-such-profile")}, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no-such-profile"));
        r = check({QStringLiteral("--app-id"), app().appId}, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("FSS_APP_SECRET"));
        r = check({QStringLiteral("--app-id"), QStringLiteral("app-1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--app-id"));
        r = check({QStringLiteral("--app-id"), app().appId, QStringLiteral("--port"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--port only works with the sandbox command"));
        r = check({QStringLiteral("--app-id"), app().appId, QStringLiteral("--feishu-api"), QStringLiteral("http://open.feishu.cn")});
        QCOMPARE(r.exitCode, 2);        // A JUnit file that cannot be written is bad input, named as such.
        r = check(sandboxArgs() << QStringLiteral("--app-id") << app().appId << QStringLiteral("--junit")
                                << QStringLiteral("/nonexistent-folder/nightly.xml"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--junit") && r.err.contains("/nonexistent-folder/nightly.xml"), r.err.constData());
        r = runCommand({QStringLiteral("apply"), QStringLiteral("--app-id"), app().appId, QStringLiteral("--junit"), QStringLiteral("x.xml")},
                       kSecret, {}, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--junit only works with the check command"));
    }

    void unreachableApiExits1()
    {
        const Run r = check({QStringLiteral("--app-id"), app().appId, QStringLiteral("--feishu-api"), QStringLiteral("http://127.0.0.1:1"),
                             QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject f = failing(r.json);
        QCOMPARE(f.value(QLatin1String("code")).toString(), QStringLiteral("refused"));
        QCOMPARE(f.value(QLatin1String("step")).toInt(), 0);
    }

    // A private Feishu behind the organisation's own certificate authority:
    // refused as it is, accepted with --ca-cert, bad input for a file that
    // holds no certificate.
    void privateAuthorityWithCaCert()
    {
        Sandbox tls;
        QVERIFY(!serveWithTestCertificate(tls).isEmpty());
        QVERIFY(tls.start());
        const QString certFile = QStringLiteral(FSS_TEST_DATA "/loopback-test.crt");
        const QString keyFile = QStringLiteral(FSS_TEST_DATA "/loopback-test.key");
        const QStringList args{QStringLiteral("--feishu-api"), tls.url().toString(), QStringLiteral("--app-id"), app().appId,
                               QStringLiteral("--identifier"), QStringLiteral("feishu"), QStringLiteral("--user-pool-id"),
                               QString::fromLatin1(SandboxDefaults::userPoolId), QStringLiteral("--json")};
        Run r = check(args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(failing(r.json).value(QLatin1String("code")).toString(), QStringLiteral("tls"));
        QVERIFY(failing(r.json).value(QLatin1String("message")).toString().contains(QLatin1String("--ca-cert")));
        r = check(QStringList(args) << QStringLiteral("--ca-cert") << certFile);
        QVERIFY2(r.exitCode == 0, (QJsonDocument(failing(r.json)).toJson(QJsonDocument::Compact) + r.err).constData());
        r = check(QStringList(args) << QStringLiteral("--ca-cert") << keyFile);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--ca-cert"));
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
