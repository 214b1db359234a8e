// What `--sandbox` hands the wizard: where the imitation listens and the
// values of its test app, filled in for the demonstration. Plain data, so
// that the wizard knows it without linking the sandbox; Sandbox::settings()
// fills it in.
#pragma once

#include "core/feishu/FeishuClient.h"

#include <QString>
#include <QUrl>

namespace fss {

struct SandboxSettings
{
    FeishuEndpoints endpoints;
    QUrl larkAccounts; // the app registration's Lark host
    QString appId;
    QString appSecret;
    QString userPoolId;
    QString identifier;
    // The GenAuth imitation: its origin (API, core host and application
    // address), its pool secret and its application.
    QUrl genAuth;
    QString userPoolSecret;
    QString genAuthAppId;
};

} // namespace fss
