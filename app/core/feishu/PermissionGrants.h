// How one of the seven permissions stands for one identity, from the two
// things Feishu says about an app's scopes (docs/platforms.md,
// "Permissions"):
// - the app's record (application.get → scopes[].token_types) says which
//   identities a scope is configured for; it is read where the app may read
//   itself (application:application:self_manage);
// - the scope list (application/v6/scopes) says whether the tenant granted
//   it; its scope_type is optional and decides the identity only when the
//   record is not at hand.
// Step 5's checks and Set it up in Feishu's plan both ask this.
#pragma once

#include "core/feishu/FeishuClient.h"
#include "core/feishu/RequiredPermissions.h"

namespace fss {

struct IdentityGrant
{
    enum class State { Missing, Waiting, Granted };
    State state = State::Missing;
    QString scope; // the scope that is granted or waiting; empty when missing
};

// `record`: the app's record when it could be read, nullptr otherwise.
IdentityGrant identityGrant(const RequiredPermission &permission, const QString &tokenType, const QList<ScopeGrant> &list,
                            const AppRecord *record);

} // namespace fss
