// The error catalog on its own: Feishu's answers as the reference quotes
// them, mapped to a cause, a step and the raw code.
#include "core/feishu/FeishuErrors.h"

#include <QJsonDocument>
#include <QTest>

using namespace fss;

class TestFeishuErrors : public QObject
{
    Q_OBJECT

    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(text).object(); }
    static FeishuErrorContext ctx(FeishuCall call) { return {call, Platform::Feishu, QString()}; }

private slots:
    void scopesFromTheLiveMessageAlone()
    {
        // docs/platforms.md F §6.2: a live msg with its Chinese tail, no error object.
        const QJsonObject answer = json("{\"code\":99991672,\"msg\":\"Access denied. One of the following scopes is required: [im:chat, im:chat:delete].应用尚未开通所需的应用身份权限：[im:chat, im:chat:delete]，点击链接申请并开通任一权限即可：https://open.feishu.cn/app/cli_x/auth?q=im:chat,im:chat:delete&op_from=openapi&token_type=tenant\"}");
        QCOMPARE(FeishuErrors::requiredScopes(answer), (QStringList{QStringLiteral("im:chat"), QStringLiteral("im:chat:delete")}));
        const ApiError e = FeishuErrors::fromAnswer(answer, 400, {FeishuCall::UserIdByEmail, Platform::Lark, QStringLiteral("cli_a1b2c3d4e5f60718")});
        QCOMPARE(int(e.step), int(Step::Permissions));
        QVERIFY(e.message.contains(QLatin1String("im:chat or im:chat:delete")));
        QVERIFY(e.fixUrl.toString().startsWith(QLatin1String("https://open.larksuite.com/app/cli_a1b2c3d4e5f60718/auth?q=im:chat,im:chat:delete")));
    }

    void violationsWinOverTheMessage()
    {
        const QJsonObject answer = json("{\"code\":99991672,\"msg\":\"required: [a]\",\"error\":{\"permission_violations\":[{\"type\":\"action_scope_required\",\"subject\":\"contact:user.id:readonly\"}]}}");
        QCOMPARE(FeishuErrors::requiredScopes(answer), QStringList{QStringLiteral("contact:user.id:readonly")});
        QVERIFY(FeishuErrors::requiredScopes(json("{\"code\":99991672,\"msg\":\"no list here\"}")).isEmpty());
    }

    void userScopeMissing()
    {
        const ApiError e = FeishuErrors::fromAnswer(
            json("{\"code\":99991679,\"msg\":\"Unauthorized. … required one of these privileges: [contact:user.email:readonly].应用未获取所需的用户授权：[contact:user.email:readonly]\"}"), 400, ctx(FeishuCall::UserInfo));
        QCOMPARE(e.code, QStringLiteral("99991679"));
        QCOMPARE(e.scopes, QStringList{QStringLiteral("contact:user.email:readonly")});
        QCOMPARE(int(e.step), int(Step::Permissions));
    }

    void code10014ByMessage_data()
    {
        QTest::addColumn<QString>("msg");
        QTest::addColumn<QString>("says");
        QTest::newRow("secret") << "app secret invalid" << "App Secret is wrong";
        QTest::newRow("app id") << "app id not exists" << "does not know this App ID";
        QTest::newRow("other") << "app unauthorized" << "app is disabled";
    }

    void code10014ByMessage()
    {
        QFETCH(QString, msg);
        QFETCH(QString, says);
        const ApiError e = FeishuErrors::fromCode(10014, msg, ctx(FeishuCall::TenantToken));
        QCOMPARE(int(e.step), int(Step::Credentials));
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QCOMPARE(e.detail, msg);
    }

    void redirectCodesPointAtStep4()
    {
        const ApiError authorize = FeishuErrors::fromCode(20029, {}, {FeishuCall::AuthorizePage, Platform::Feishu, QStringLiteral("cli_a1b2c3d4e5f60718")});
        QCOMPARE(int(authorize.step), int(Step::RedirectUrl));
        QCOMPARE(authorize.fixUrl.toString(), QStringLiteral("https://open.feishu.cn/app/cli_a1b2c3d4e5f60718/safe"));
        const ApiError v1 = FeishuErrors::fromCode(20029, QStringLiteral("Invalid redirect uri"), ctx(FeishuCall::CodeExchangeV1));
        QCOMPARE(int(v1.step), int(Step::RedirectUrl));
        QCOMPARE(int(FeishuErrors::fromCode(20071, {}, ctx(FeishuCall::CodeExchange)).step), int(Step::RedirectUrl));
    }

    void oauthErrorsWithoutACode()
    {
        const ApiError grant = FeishuErrors::fromAnswer(json("{\"error\":\"invalid_grant\",\"error_description\":\"expired\"}"), 400, ctx(FeishuCall::CodeExchange));
        QCOMPARE(grant.code, QStringLiteral("invalid_grant"));
        QVERIFY(grant.message.contains(QLatin1String("login code")));
        const ApiError client = FeishuErrors::fromAnswer(json("{\"error\":\"invalid_client\"}"), 401, ctx(FeishuCall::CodeExchange));
        QCOMPARE(int(client.step), int(Step::Credentials));
    }

    void successIsNotAnError()
    {
        QVERIFY(FeishuErrors::fromAnswer(json("{\"code\":0,\"msg\":\"ok\"}"), 200, ctx(FeishuCall::TenantToken)).ok());
        QVERIFY(FeishuErrors::fromAnswer(json("{\"access_token\":\"x\"}"), 200, ctx(FeishuCall::CodeExchange)).ok());
        // An error status with nothing to explain it is still an error.
        QVERIFY(!FeishuErrors::fromAnswer(json("{\"data\":{}}"), 404, ctx(FeishuCall::Scopes)).ok());
    }

    void unknownCodeSaysWhatFeishuSaid()
    {
        const ApiError e = FeishuErrors::fromCode(1234567, QStringLiteral("something new"), ctx(FeishuCall::Scopes));
        QVERIFY(e.message.contains(QLatin1String("1234567")));
        QVERIFY(e.message.contains(QLatin1String("something new")));
        QCOMPARE(int(e.step), int(Step::Permissions));
    }

    void everyKnownCodeHasAMessage()
    {
        for (const qint64 code : FeishuErrors::knownCodes()) {
            const ApiError e = FeishuErrors::fromCode(code, QStringLiteral("m"), ctx(FeishuCall::TenantToken));
            QVERIFY2(!e.message.isEmpty() && !e.message.contains(QLatin1String("answered with error")), qPrintable(QString::number(code)));
        }
        QVERIFY(FeishuErrors::knownCodes().size() >= 55);
    }

    // Found by fuzzing: a code no 64-bit integer holds was undefined
    // behaviour; it is an unknown error now, with a message.
    void codeBeyondAnyIntegerIsAnError()
    {
        const ApiError e = FeishuErrors::fromAnswer(json("{\"code\":7.3e88,\"msg\":\"odd\"}"), 200, ctx(FeishuCall::Scopes));
        QVERIFY(!e.ok());
        QVERIFY(!e.message.isEmpty());
        QVERIFY(e.message.contains(QLatin1String("odd")));
    }
};

QTEST_GUILESS_MAIN(TestFeishuErrors)
#include "tst_feishuerrors.moc"
