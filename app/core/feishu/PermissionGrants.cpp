#include "core/feishu/PermissionGrants.h"

namespace fss {

namespace {

IdentityGrant::State stateOf(const QString &scope, const QString &type, const QList<ScopeGrant> &list, const AppRecord *record)
{
    const bool byRecord = record && record->scopesListed;
    if (byRecord) {
        const bool configured = std::any_of(record->scopes.cbegin(), record->scopes.cend(), [&](const ConfiguredScope &c) {
            return scopeNameMatches(c.name, scope) && (c.tokenTypes.isEmpty() || c.tokenTypes.contains(type));
        });
        if (!configured)
            return IdentityGrant::State::Missing;
    }
    // The record settled the identity; otherwise scope_type does, where given.
    bool listed = false;
    for (const ScopeGrant &g : list) {
        if (!scopeNameMatches(g.name, scope) || (!byRecord && !g.type.isEmpty() && g.type != type))
            continue;
        if (g.granted)
            return IdentityGrant::State::Granted;
        listed = true;
    }
    // Configured by the record but not granted (or not listed yet): it
    // waits for the tenant's grant, which comes with an approved version.
    return listed || byRecord ? IdentityGrant::State::Waiting : IdentityGrant::State::Missing;
}

} // namespace

IdentityGrant identityGrant(const RequiredPermission &permission, const QString &tokenType, const QList<ScopeGrant> &list,
                            const AppRecord *record)
{
    IdentityGrant best;
    for (const QString &scope : permission.scopes) {
        const IdentityGrant::State state = stateOf(scope, tokenType, list, record);
        if (state > best.state)
            best = {state, scope};
    }
    return best;
}

} // namespace fss
