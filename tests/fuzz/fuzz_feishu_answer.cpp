// Feishu's answers, as the transport hands them on: every error mapping and
// every parser of the wizard, on any JSON object.
#include "FuzzMain.h"

#include "core/feishu/FeishuClient.h"
#include "core/feishu/FeishuErrors.h"
#include "core/setup/SetupChecks.h"

#include <QJsonDocument>

void fss::fuzz::one(const QByteArray &input)
{
    const QJsonObject answer = QJsonDocument::fromJson(input).object();
    for (int call = 0; call <= int(FeishuCall::AuthorizePage); ++call) {
        for (int status : {200, 400, 500}) {
            const ApiError e = FeishuErrors::fromAnswer(answer, status, {FeishuCall(call), Platform::Feishu, QStringLiteral("cli_a1b2c3d4e5f60718")});
            // Every failure says what to do.
            if (!e.ok() && e.message.isEmpty())
                __builtin_trap();
        }
    }
    const QStringList scopes = FeishuErrors::requiredScopes(answer);
    for (const ScopeGrant &g : FeishuClient::parseScopes(answer)) {
        for (const QString &s : scopes)
            scopeNameMatches(g.name, s);
    }
    FeishuClient::parseAppRecord(answer);
    FeishuClient::parseVersions(answer);
    FeishuClient::parseUserToken(answer);
}
