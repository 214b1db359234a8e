// `feishu-sso-setup sandbox` as main() runs it (Command::create): a --config
// file's apps are the ones served, and every file it cannot use is refused
// with a message naming the file and the problem and exit code 2 before
// anything listens; a port already taken is exit code 1.
#include "cli/Command.h"
#include "cli/CommandLine.h"
#include "core/feishu/FeishuClient.h"
#include "core/transport/ApiTransport.h"
#include "sandbox/SandboxServer.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fss;

class TestSandboxCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_out;
    QString m_err;
    QTextStream m_outStream{&m_out};
    QTextStream m_errStream{&m_err};

    std::unique_ptr<Command> command(const QStringList &arguments)
    {
        m_out.clear();
        m_err.clear();
        const CommandLine line = CommandLine::parse(QStringList{QStringLiteral("feishu-sso-setup"), QStringLiteral("sandbox")} + arguments);
        if (line.mode != CommandLine::Mode::Sandbox)
            return nullptr;
        return Command::create(line, m_outStream, m_errStream);
    }

    // Starts the command; the exit code it finished with, or -1 while it serves.
    int startAndSettle(Command &c)
    {
        int code = -1;
        connect(&c, &Command::finished, this, [&code](int exitCode) { code = exitCode; });
        c.start();
        QTest::qWait(100);
        return code;
    }

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

private slots:
    void aConfigsAppIsTheOneServed()
    {
        const QString config = file(QStringLiteral("one-app.json"), R"({"feishu": {"apps": [{"app_id": "cli_0011223344556677",
            "app_secret": "OtherSandboxSecret0123456789abcd", "online_version": "1.0.0"}]}})");
        const auto c = command({QStringLiteral("--config"), config});
        QVERIFY(c);
        QCOMPARE(startAndSettle(*c), -1);
        m_outStream.flush();
        QVERIFY2(m_out.contains(QLatin1String("cli_0011223344556677")), qPrintable(m_out));
        const QRegularExpressionMatch url = QRegularExpression(QStringLiteral("Feishu sandbox serving on (http://127\\.0\\.0\\.1:\\d+)")).match(m_out);
        QVERIFY2(url.hasMatch(), qPrintable(m_out));

        // The app from the file gets a tenant token; the default app is not there.
        ApiTransport transport;
        FeishuClient client(&transport);
        client.setEndpoints({QUrl(url.captured(1)), QUrl(url.captured(1))});
        const auto token = [&](const QString &appId, const QString &secret) {
            client.setCredentials(appId, secret);
            std::optional<ApiResult<QString>> r;
            client.tenantAccessToken(this, [&](const ApiResult<QString> &t) { r = t; });
            return QTest::qWaitFor([&] { return r.has_value(); }, 10000) ? *r : ApiResult<QString>{};
        };
        QVERIFY(token(QStringLiteral("cli_0011223344556677"), QStringLiteral("OtherSandboxSecret0123456789abcd")).ok());
        QCOMPARE(token(QStringLiteral("cli_a1b2c3d4e5f60718"), QStringLiteral("SandboxAppSecret0123456789abcdef")).error.code,
                 QStringLiteral("10014"));
    }

    void aConfigItCannotUseIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("named");
        QTest::newRow("not JSON") << QByteArray("{\"feishu\": ") << QString();
        QTest::newRow("apps not a list") << QByteArray(R"({"feishu": {"apps": {}}})") << QStringLiteral("apps");
        QTest::newRow("an app without its secret") << QByteArray(R"({"feishu": {"apps": [{"app_id": "cli_0011223344556677"}]}})")
                                                   << QStringLiteral("app_secret");
        QTest::newRow("a brand it does not know")
            << QByteArray(R"({"feishu": {"apps": [{"app_id": "cli_0011223344556677", "app_secret": "S", "brand": "wecom"}]}})")
            << QStringLiteral("brand");
    }

    void aConfigItCannotUseIsRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, named);
        const QString config = file(QStringLiteral("bad.json"), content);
        const auto c = command({QStringLiteral("--config"), config});
        QVERIFY(c);
        QCOMPARE(startAndSettle(*c), Command::exitBadInput);
        m_errStream.flush();
        QVERIFY2(m_err.contains(config), qPrintable(m_err));
        QVERIFY2(m_err.contains(named), qPrintable(m_err));
        QVERIFY2(!m_out.contains(QLatin1String("serving on")), qPrintable(m_out));
    }

    void aMissingConfigIsRefused()
    {
        const QString missing = m_dir.filePath(QStringLiteral("none.json"));
        const auto c = command({QStringLiteral("--config"), missing});
        QVERIFY(c);
        QCOMPARE(startAndSettle(*c), Command::exitBadInput);
        m_errStream.flush();
        QVERIFY2(m_err.contains(missing), qPrintable(m_err));
    }

    void aCertificateThatIsNotOneIsRefused()
    {
        const QString cert = file(QStringLiteral("cert.pem"), "not a certificate");
        const QString key = file(QStringLiteral("key.pem"), "not a key");
        const auto c = command({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QVERIFY(c);
        QCOMPARE(startAndSettle(*c), Command::exitBadInput);
        m_errStream.flush();
        QVERIFY2(m_err.contains(QLatin1String("--tls-cert")) && m_err.contains(cert), qPrintable(m_err));
    }

    void aPortInUseFailsWithOne()
    {
        SandboxServer taken;
        QVERIFY(taken.start(0));
        const auto c = command({QStringLiteral("--port"), QString::number(taken.url().port())});
        QVERIFY(c);
        QCOMPARE(startAndSettle(*c), Command::exitFailed);
        m_errStream.flush();
        QVERIFY(!m_err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "tst_sandboxcommand.moc"
