// Values a setup starts from when it is not the operator's own: `--sandbox`
// hands the session where the imitations listen and their test app's values
// (Sandbox::prefill() fills them in), and the session fills in whatever the
// profile leaves empty. Plain data: the session and the wizard know it
// without the sandbox.
#pragma once

#include "core/feishu/FeishuClient.h"

#include <QString>
#include <QUrl>

namespace fss {

struct SetupPrefill
{
    FeishuEndpoints endpoints; // Feishu's hosts, replacing the profile's
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
