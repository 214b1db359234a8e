#include "core/genauth/GenAuthErrors.h"

namespace fss {

namespace {

// apiCode values from GA-docs reference/error-code.md (docs/platforms.md G §2.3).
constexpr int kApiCodePoolNotFound = 2224;
constexpr int kApiCodeAppNotFound = 2011;

} // namespace

QString GenAuthErrors::forCall(const GenAuthErrorContext &c, int statusCode, int apiCode)
{
    switch (c.call) {
    case GenAuthCall::ManagementToken:
        if (statusCode == 404 || apiCode == kApiCodePoolNotFound)
            return tr("GenAuth has no user pool with the ID %1. Check the user pool ID (Step 2), and the cloud on the Welcome "
                      "page: a genauth.ai user pool does not exist on authing.cn, nor the other way round.")
                .arg(c.userPoolId);
        if (statusCode == 401 || statusCode == 403 || statusCode == 400)
            return tr("GenAuth refused the user pool ID and secret. Copy both again from the GenAuth console's Settings → "
                      "Basic Settings → Key Management page into Step 2.");
        return {};
    case GenAuthCall::GetApplication:
    case GenAuthCall::ChangeConnectionState:
    case GenAuthCall::UpdateApplication:
        if (apiCode == kApiCodeAppNotFound || (statusCode == 404 && c.call == GenAuthCall::GetApplication))
            return tr("This user pool has no GenAuth application with the ID %1. Copy the App ID from the application's "
                      "page in the GenAuth console (Applications → your application) into Step 2.")
                .arg(c.appId);
        return {};
    case GenAuthCall::CreateConnection:
        if (statusCode == 409)
            return tr("The identifier “%1” is already used by another identity source connection in this user pool. It was "
                      "left as it is. Choose another identifier in Step 2, or remove that connection in the GenAuth console.")
                .arg(c.identifier);
        return {};
    default:
        return {};
    }
}

QString GenAuthErrors::forStatus(int statusCode)
{
    switch (statusCode) {
    case 400:
        return tr("GenAuth refused the request as invalid.");
    case 401:
        return tr("GenAuth no longer accepts the management token, even a fresh one. Check the user pool secret in Step 2.");
    case 402:
        return tr("GenAuth says the user pool's plan does not include this. Upgrade the plan, or add the identity source "
                  "by hand in the GenAuth console.");
    case 403:
        return tr("The key in Step 2 may not change identity sources. Use the user pool's own secret (Key Management), "
                  "or a collaborator key with rights on identity sources.");
    case 404:
        return tr("GenAuth could not find what the wizard asked for; it may have been deleted meanwhile. Run it again.");
    case 409:
        return tr("GenAuth reports a conflict with something that already exists; nothing was overwritten.");
    case 429:
        return tr("GenAuth is limiting requests (statusCode 429). Wait a minute, then try again.");
    default:
        return statusCode >= 500 ? tr("GenAuth had a server error (statusCode %1). Try again later.").arg(statusCode)
                                 : tr("GenAuth answered with statusCode %1.").arg(statusCode);
    }
}

ApiError GenAuthErrors::fromAnswer(const QJsonObject &answer, const GenAuthErrorContext &c)
{
    ApiError e;
    const QJsonValue status = answer.value(QLatin1String("statusCode"));
    const QJsonValue data = answer.value(QLatin1String("data"));
    if (status.isDouble() && status.toInt() == 200) {
        // IsSuccessRespDto writes can say 200 and still not have happened.
        if (!(data.isObject() && data.toObject().value(QLatin1String("success")) == QJsonValue(false)))
            return e;
    }

    const int statusCode = status.isDouble() ? status.toInt() : 0;
    const int apiCode = answer.value(QLatin1String("apiCode")).toInt();
    const QString message = answer.value(QLatin1String("message")).toString();
    e.kind = ApiError::Kind::Platform;
    e.step = Step::Credentials;
    e.fixUrl = c.console;
    e.code = apiCode ? QStringLiteral("genauth-%1/%2").arg(statusCode).arg(apiCode) : QStringLiteral("genauth-%1").arg(statusCode);
    e.detail = message;
    const QString theirWords = message.isEmpty() ? QString() : tr(" GenAuth said: “%1”.").arg(message);

    if (!status.isDouble()) {
        e.kind = ApiError::Kind::NotJson;
        e.step = Step::Welcome;
        e.code = QStringLiteral("genauth-not-an-answer");
        e.message = tr("The GenAuth address answered with JSON that is not a GenAuth API answer (no statusCode). Check the GenAuth "
                       "cloud or private host on the Welcome page.");
        return e;
    }
    if (statusCode == 200) {
        e.code = QStringLiteral("genauth-not-applied");
        e.message = tr("GenAuth accepted the request but did not apply it.") + theirWords;
        return e;
    }

    e.message = forCall(c, statusCode, apiCode);
    if (e.message.isEmpty())
        e.message = forStatus(statusCode);
    e.message += theirWords;
    return e;
}

} // namespace fss
