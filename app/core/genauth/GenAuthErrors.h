// GenAuth's answers, turned into a cause, the wizard step that fixes it and
// a console page. GenAuth answers HTTP 200 with {"statusCode", "message",
// "apiCode", "requestId", "data"}; only statusCode 200 is success, and some
// writes answer 200 with data.success false (docs/platforms.md G §2.3).
#pragma once

#include "core/transport/ApiError.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace fss {

enum class GenAuthCall {
    ManagementToken,
    ListExtIdps,
    GetExtIdp,
    CreateExtIdp,
    CreateConnection,
    UpdateConnection,
    ChangeConnectionState,
    GetApplication,
    UpdateApplication,
    ListApplications,
    DeleteConnection,
};

struct GenAuthErrorContext
{
    GenAuthCall call = GenAuthCall::ManagementToken;
    QUrl console;       // the GenAuth console of the profile's cloud
    QString userPoolId;
    QString identifier; // the connection identifier, for conflicts
    QString appId;      // the GenAuth application, for not-found
};

class GenAuthErrors
{
    Q_DECLARE_TR_FUNCTIONS(GenAuthErrors)

public:
    // The error in an answer, or ApiError::Kind::None on success.
    static ApiError fromAnswer(const QJsonObject &answer, const GenAuthErrorContext &context);

private:
    // What a refusal means for this call in particular; empty when nothing
    // particular to the call.
    static QString forCall(const GenAuthErrorContext &context, int statusCode, int apiCode);
    // What a statusCode means for any call.
    static QString forStatus(int statusCode);
};

} // namespace fss
