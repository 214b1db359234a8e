// The wizard in --sandbox mode for GUI tests.
#pragma once

#include "SetupWizard.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxDefaults.h"

namespace fss::test {

// What `--sandbox` hands the wizard, for this sandbox's first app.
inline SandboxSettings sandboxSettings(Sandbox &sandbox, const QString &identifier = {})
{
    const SandboxApp &app = sandbox.feishu().config().apps.constFirst();
    SandboxSettings s;
    s.endpoints = {sandbox.url(), sandbox.url(), sandbox.larkApiUrl()};
    s.larkAccounts = sandbox.larkAccountsUrl();
    s.appId = app.appId;
    s.appSecret = app.appSecret;
    s.userPoolId = QString::fromLatin1(SandboxDefaults::userPoolId);
    s.identifier = identifier.isEmpty() ? QString::fromLatin1(SandboxDefaults::identifier) : identifier;
    s.genAuth = sandbox.genAuthUrl();
    s.userPoolSecret = sandbox.genAuth().config().userPoolSecret;
    s.genAuthAppId = sandbox.genAuth().config().apps.constFirst().appId;
    return s;
}

} // namespace fss::test
