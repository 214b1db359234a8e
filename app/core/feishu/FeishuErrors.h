// Feishu's error codes, each turned into a cause, the wizard step that fixes
// it and a console page where one helps. Codes and their meanings are from
// docs/platforms.md F §2.3, §4, §5, §6.2, §8 and §10.
#pragma once

#include "core/transport/ApiError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace fss {

enum class FeishuCall {
    TenantToken,
    AppToken,
    Scopes,
    UserIdByEmail,
    ContactScope,
    AppInfo,
    AppVersions,
    CodeExchange,   // v2 authen/v2/oauth/token
    CodeExchangeV1, // v1 authen/v1/oidc/access_token
    UserInfo,
    AuthorizePage,  // an error page shown in the browser (20029, 20027 …)
    // The configuration API (docs/platforms.md A §3, §7).
    AppConfig,      // PATCH v7 …/config
    AppAbility,     // PATCH v7 …/ability
    AppPublish,     // POST v7 …/publish
    ScopesApply,    // POST v6 scopes/apply
    VisibilityCheck, // POST v6 …/visibility/check_white_black_list
    TenantQuery,    // GET tenant/v2/tenant/query
};

struct FeishuErrorContext
{
    FeishuCall call = FeishuCall::TenantToken;
    Platform platform = Platform::Feishu;
    QString appId;
};

class FeishuErrors
{
    Q_DECLARE_TR_FUNCTIONS(FeishuErrors)

public:
    // The error in a Feishu answer, or ApiError::Kind::None when it reports
    // success ("code": 0 and no OAuth "error").
    static ApiError fromAnswer(const QJsonObject &answer, int httpStatus, const FeishuErrorContext &context);
    // The same mapping for a code without a body (the authorize page shows
    // only "错误码：20029 …").
    static ApiError fromCode(qint64 code, const QString &platformMessage, const FeishuErrorContext &context);
    // Scopes named by a missing-permission answer (99991672, 99991679):
    // error.permission_violations[].subject first, else the first […] list
    // in msg. Any one of them is enough.
    static QStringList requiredScopes(const QJsonObject &answer);

    // Every code this catalog knows, for the note and the tests.
    static QList<qint64> knownCodes();
    // Codes worth one more try (rate limit, server busy).
    static bool isTransient(qint64 code);
    // 10014 "app id not exists": this brand's host does not know the App ID
    // (§2.3); it may be the other brand's.
    static bool isUnknownAppId(const ApiError &error);
};

} // namespace fss
