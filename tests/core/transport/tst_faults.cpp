// Fault injection: every way a server or the network can misbehave, on each
// kind of call the wizard makes (token requests, reads, the one-shot code
// exchange) to both platforms' imitations. Each must end in a clear message
// that names a step, without a crash or a hang past the time limit, and be
// retried only where that is safe: token requests and reads, never a code
// exchange or a write. The counts are the program's promise on every Qt
// (6.4 to 6.11), whatever Qt's network layer does below it.
#include "support/SandboxHelpers.h"

#include "core/genauth/GenAuthClient.h"

#include <QElapsedTimer>
#include <QTest>

using namespace fss;
using namespace fss::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(fss::SandboxFault)

namespace {

SandboxFault fault(SandboxFault::Kind kind, int status = 500, int delayMs = 0)
{
    SandboxFault f{kind};
    f.status = status;
    f.delayMs = delayMs;
    return f;
}

constexpr auto kTimeout = 800ms;

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

    SandboxFixture m_fixture;
    std::unique_ptr<GenAuthClient> m_genAuth;

    struct Call
    {
        QString path;      // where the fault is injected
        bool genAuth = false;
        QString verb;
        std::function<void(std::function<void(const ApiError &)>)> run;
    };

    Call call(const QString &name)
    {
        FeishuClient *f = m_fixture.client.get();
        GenAuthClient *g = m_genAuth.get();
        const auto errorOf = [](auto done) { return [done](const auto &r) { done(r.error); }; };
        if (name == QLatin1String("feishu token"))
            return {QStringLiteral("/open-apis/auth/v3/tenant_access_token/internal"), false, QStringLiteral("POST"),
                    [=, this](auto done) { f->tenantAccessToken(this, errorOf(done)); }};
        if (name == QLatin1String("feishu read"))
            return {QStringLiteral("/open-apis/application/v6/scopes"), false, QStringLiteral("GET"), [=, this](auto done) { f->scopes(this, errorOf(done)); }};
        if (name == QLatin1String("code exchange"))
            return {QStringLiteral("/open-apis/authen/v2/oauth/token"), false, QStringLiteral("POST"), [=, this](auto done) {
                        f->exchangeCode(QStringLiteral("not-a-real-code"), QStringLiteral("https://example.com/cb"), QString(), this, errorOf(done));
                    }};
        if (name == QLatin1String("feishu write"))
            return {QStringLiteral("/open-apis/application/v6/scopes/apply"), false, QStringLiteral("POST"), [=, this](auto done) {
                        f->sendChange(f->scopesApplyRequest(), FeishuCall::ScopesApply, this, errorOf(done));
                    }};
        if (name == QLatin1String("genauth token"))
            return {QStringLiteral("/api/v3/get-management-token"), true, QStringLiteral("POST"), [=, this](auto done) { g->managementToken(this, errorOf(done)); }};
        return {QStringLiteral("/api/v3/list-ext-idp"), true, QStringLiteral("GET"), [=, this](auto done) { g->listExtIdps(this, errorOf(done)); }};
    }

private slots:
    void init()
    {
        QVERIFY(m_fixture.start());
        m_fixture.transport->setTimeout(kTimeout);
        m_fixture.transport->setRetryDelay(50ms);
        m_genAuth = std::make_unique<GenAuthClient>(m_fixture.transport.get());
        const GenAuthSandboxConfig &pool = m_fixture.sandbox->genAuth().config();
        m_genAuth->setEndpoints({m_fixture.sandbox->genAuthUrl(), m_fixture.sandbox->genAuthUrl()});
        m_genAuth->setCredentials(pool.userPoolId, pool.userPoolSecret);
    }

    void cleanup()
    {
        m_genAuth.reset();
        m_fixture.stop();
    }

    void faults_data()
    {
        QTest::addColumn<QString>("callName");
        QTest::addColumn<SandboxFault>("injected");
        QTest::addColumn<QString>("code");  // "" = it works
        QTest::addColumn<int>("requests");  // how many reached the server
        QTest::addColumn<int>("qtResends"); // how many more Qt itself may send (a GET, on a dropped connection)
        using K = SandboxFault::Kind;
        const QStringList retried{QStringLiteral("feishu token"), QStringLiteral("feishu read"), QStringLiteral("genauth token"),
                                  QStringLiteral("genauth read")};
        for (const QString &c : retried) {
            const QByteArray n = c.toLatin1();
            const bool read = c.endsWith(QLatin1String("read"));
            QTest::newRow(n + ", delay") << c << fault(K::None, 0, 200) << "" << 1 << 0;
            QTest::newRow(n + ", stall") << c << fault(K::Stall) << "timeout" << 1 << 0;
            // The program tries once more, and no more. A request with a
            // body is never re-sent by Qt (up to Qt 6.8 it re-sent a POST by
            // itself); a GET Qt may re-send once per try, as HTTP allows.
            QTest::newRow(n + ", reset") << c << fault(K::Close) << "closed" << 2 << (read ? 2 : 0);
            QTest::newRow(n + ", 429") << c << fault(K::Status, 429) << "http-429" << 2 << 0;
            QTest::newRow(n + ", 500") << c << fault(K::Status, 500) << "http-500" << 2 << 0;
            QTest::newRow(n + ", 502") << c << fault(K::Status, 502) << "http-502" << 2 << 0;
            // Cut off: Qt does not notice, the transport does, and retries.
            QTest::newRow(n + ", truncated") << c << fault(K::Truncate) << "truncated" << 2 << 0;
            QTest::newRow(n + ", wrong content type") << c << fault(K::ContentType) << "" << 1 << 0;
            QTest::newRow(n + ", 10 MB") << c << fault(K::Huge) << "too-large" << 1 << 0;
            // GenAuth's envelope is JSON too; a body that is not UTF-8 is not JSON.
            QTest::newRow(n + ", invalid UTF-8") << c << fault(K::BadUtf8) << "not-json" << 1 << 0;
        }
        // A code works once, and a write may have been done: whatever
        // happens, each is sent once.
        for (const QString &c : {QStringLiteral("code exchange"), QStringLiteral("feishu write")}) {
            const QByteArray n = c.toLatin1();
            // Both reach the platform, which refuses them: a made-up code, an app
            // with no scope waiting for approval.
            const QString answered = c == QLatin1String("code exchange") ? QStringLiteral("20003") : QStringLiteral("212002");
            QTest::newRow(n + ", delay") << c << fault(K::None, 0, 200) << answered << 1 << 0;
            QTest::newRow(n + ", stall") << c << fault(K::Stall) << "timeout" << 1 << 0;
            QTest::newRow(n + ", reset") << c << fault(K::Close) << "closed" << 1 << 0;
            QTest::newRow(n + ", 429") << c << fault(K::Status, 429) << "http-429" << 1 << 0;
            QTest::newRow(n + ", 500") << c << fault(K::Status, 500) << "http-500" << 1 << 0;
            QTest::newRow(n + ", 502") << c << fault(K::Status, 502) << "http-502" << 1 << 0;
            QTest::newRow(n + ", truncated") << c << fault(K::Truncate) << "truncated" << 1 << 0;
            QTest::newRow(n + ", wrong content type") << c << fault(K::ContentType) << answered << 1 << 0;
            QTest::newRow(n + ", 10 MB") << c << fault(K::Huge) << "too-large" << 1 << 0;
            QTest::newRow(n + ", invalid UTF-8") << c << fault(K::BadUtf8) << "not-json" << 1 << 0;
        }
    }

    void faults()
    {
        QFETCH(QString, callName);
        QFETCH(SandboxFault, injected);
        QFETCH(QString, code);
        QFETCH(int, requests);
        QFETCH(int, qtResends);
        const Call c = call(callName);
        SandboxServer &server = c.genAuth ? m_fixture.sandbox->genAuthServer() : m_fixture.sandbox->server();
        server.setFault(c.path, injected);

        std::optional<ApiError> error;
        QElapsedTimer clock;
        clock.start();
        c.run([&](const ApiError &e) { error = e; });
        QVERIFY(QTest::qWaitFor([&] { return error.has_value(); }, 20000));
        // No hang: at most two attempts, each within the time limit, and the pause between.
        QVERIFY2(clock.elapsed() < 2 * (kTimeout.count() + 200) + 500, qPrintable(QString::number(clock.elapsed())));
        if (code.isEmpty()) {
            QVERIFY2(error->ok(), qPrintable(error->code + QLatin1Char(' ') + error->message));
        } else {
            QCOMPARE(error->code, code);
            QVERIFY(!error->message.isEmpty());
            QVERIFY2(error->message.contains(c.genAuth ? QLatin1String("GenAuth") : QLatin1String("Feishu")), qPrintable(error->message));
            // Every failure is something the operator can act on, at a named step.
            QVERIFY(!stepLabel(error->step).isEmpty());
        }
        const int served = int(server.requestLog().count(c.verb + QLatin1Char(' ') + c.path));
        if (qtResends == 0) {
            QCOMPARE(served, requests);
        } else {
            QVERIFY2(served >= requests && served <= requests + qtResends, qPrintable(QString::number(served)));
        }
    }

    void exchangeDroppedSaysStartAgain()
    {
        m_fixture.sandbox->server().setFault(QStringLiteral("/open-apis/authen/v2/oauth/token"), fault(SandboxFault::Kind::Close));
        auto r = await<UserToken>([&](auto done) {
            m_fixture.client->exchangeCode(QStringLiteral("c"), QStringLiteral("https://example.com/cb"), QString(), this, done);
        });
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error.message.contains(QLatin1String("start again")), qPrintable(r->error.message));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
