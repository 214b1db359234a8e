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
    QStringList scopes;  // any one of them satisfies the permission; the first is the one the wizard asks for
    // The identities it is asked for by the configuration API: "user" for
    // the fields user_info returns with the user's token (docs/platforms.md F §5),
    // "tenant" for what the app reads as itself (batch_get_id, contacts as
    // an app); both where the references do not settle it.
    QStringList tokenTypes;
    // Whether an official page names the scope. Feishu may refuse to add an
    // unofficial one; its refusal is then noted, never a failure.
    bool officialScope = true;

    QString displayName() const;
};

// The seven, in GenAuth's order (docs/platforms.md, "Permissions"):
// - "Get user unified ID" has no official scope: user_info returns union_id
//   without one, so contact:user.union_id:readonly is asked for but may be
//   refused, and the login test is the evidence.
// - "Access contacts as an app" is satisfied by today's
//   contact:contact.base:readonly, or by readonly_as_app or access_as_app,
//   which Feishu closed to new applications on 2023-07-27 but which apps
//   that hold them keep. Only the first is ever asked for.
const QList<RequiredPermission> &requiredPermissions();

// The first scope of each permission, for the console's pre-filtered page.
QStringList requiredScopes();

// Scopes Feishu no longer lets an application ask for
// (docs/platforms.md, "Permissions"): an app holds them only if it had them.
QStringList closedScopes();

// The two permissions the wizard itself needs to configure the app with the
// application v7 API (steps 3 to 6, docs/platforms.md A): patch to change
// it, self_manage to read it back. Not among the seven.
inline constexpr QLatin1String patchScope{"application:application:patch"};
inline constexpr QLatin1String selfManageScope{"application:application:self_manage"};

// Whether Feishu's listed scope name means `scope`. The list may omit the
// "contact:" prefix (docs/platforms.md F §6.3), so names match on whole segments
// from the end.
bool scopeNameMatches(const QString &listed, const QString &scope);

} // namespace fss
