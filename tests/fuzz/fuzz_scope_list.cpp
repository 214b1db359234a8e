// The 99991672 answer's scope list: from error.permission_violations, else
// from the first […] in msg (docs/platforms.md F §6.2), on any text.
#include "FuzzMain.h"

#include "core/feishu/FeishuErrors.h"

#include <QJsonArray>

void fss::fuzz::one(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    FeishuErrors::requiredScopes({{QStringLiteral("code"), 99991672}, {QStringLiteral("msg"), text}});
    FeishuErrors::requiredScopes(
        {{QStringLiteral("code"), 99991672},
         {QStringLiteral("error"), QJsonObject{{QStringLiteral("permission_violations"),
                                                QJsonArray{QJsonObject{{QStringLiteral("subject"), text}}}}}}});
    const ApiError e = FeishuErrors::fromCode(99991672, text, {FeishuCall::Scopes, Platform::Lark, QStringLiteral("cli_x")});
    if (e.message.isEmpty())
        __builtin_trap();
}
