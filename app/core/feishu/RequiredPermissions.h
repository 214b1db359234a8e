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

    QString displayName() const;
};

// "Get user unified ID" has no official scope id yet
// (contact:user.union_id:readonly is the best-supported guess), and "Access
// contacts as an app" is satisfied by the legacy access_as_app or its
// successor readonly_as_app (reference: feishu-api.md §6.1).
const QList<RequiredPermission> &requiredPermissions();

// The first scope of each permission, for the console's pre-filtered page.
QStringList requiredScopes();

} // namespace fss
