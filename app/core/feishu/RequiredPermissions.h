// The seven Feishu permissions GenAuth needs to receive the user's fields
// (step 5), with the scope identifiers the console and the API use.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace fss {

struct RequiredPermission
{
    QString id;          // stable id for checklists and checks
    const char *name;    // console name, translate with RequiredPermission::displayName()
    QStringList scopes;  // any one of them satisfies the permission; first is what the console offers new apps
    // The identities it is asked for by the configuration API: "user" for
    // the fields user_info returns with the user's token (feishu-api.md §5),
    // "tenant" for what the app reads as itself (batch_get_id, contacts as
    // an app); both where the references do not settle it.
    QStringList tokenTypes;

    QString displayName() const;
};

// "Get user unified ID" has no official scope id yet
// (contact:user.union_id:readonly is the best-supported guess), and "Access
// contacts as an app" is satisfied by the legacy access_as_app or its
// successor readonly_as_app (reference: feishu-api.md §6.1).
const QList<RequiredPermission> &requiredPermissions();

// The first scope of each permission, for the console's pre-filtered page.
QStringList requiredScopes();

// The two permissions the wizard itself needs to configure the app with the
// application v7 API (steps 3 to 6, feishu-app-automation.md): patch to change
// it, self_manage to read it back. Not among the seven.
inline constexpr QLatin1String patchScope{"application:application:patch"};
inline constexpr QLatin1String selfManageScope{"application:application:self_manage"};

// Whether Feishu's listed scope name means `scope`. The list may omit the
// "contact:" prefix (feishu-api.md §6.3), so names match on whole segments
// from the end.
bool scopeNameMatches(const QString &listed, const QString &scope);

} // namespace fss
