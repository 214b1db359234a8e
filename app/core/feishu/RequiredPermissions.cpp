#include "core/feishu/RequiredPermissions.h"

namespace fss {

QString RequiredPermission::displayName() const
{
    return QCoreApplication::translate("RequiredPermission", name);
}

const QList<RequiredPermission> &requiredPermissions()
{
    static const QList<RequiredPermission> permissions{
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("RequiredPermission", "Get user email"),
         {QStringLiteral("contact:user.email:readonly")}, {QStringLiteral("user"), QStringLiteral("tenant")}},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("RequiredPermission", "Get user phone number"),
         {QStringLiteral("contact:user.phone:readonly")}, {QStringLiteral("user"), QStringLiteral("tenant")}},
        {QStringLiteral("user-id"), QT_TRANSLATE_NOOP("RequiredPermission", "Get user ID"),
         {QStringLiteral("contact:user.employee_id:readonly")}, {QStringLiteral("user"), QStringLiteral("tenant")}},
        {QStringLiteral("id-by-phone-or-email"),
         QT_TRANSLATE_NOOP("RequiredPermission", "Get user ID through phone number or email"),
         {QStringLiteral("contact:user.id:readonly")}, {QStringLiteral("tenant")}},
        {QStringLiteral("basic-info"), QT_TRANSLATE_NOOP("RequiredPermission", "Get user basic information"),
         {QStringLiteral("contact:user.base:readonly")}, {QStringLiteral("user"), QStringLiteral("tenant")}},
        {QStringLiteral("union-id"), QT_TRANSLATE_NOOP("RequiredPermission", "Get user unified ID"),
         {QStringLiteral("contact:user.union_id:readonly")}, {QStringLiteral("user"), QStringLiteral("tenant")}, false},
        {QStringLiteral("contacts-as-app"), QT_TRANSLATE_NOOP("RequiredPermission", "Access contacts as an app"),
         QStringList{QStringLiteral("contact:contact.base:readonly")} + closedScopes(), {QStringLiteral("tenant")}},
    };
    return permissions;
}

QStringList requiredScopes()
{
    QStringList scopes;
    for (const RequiredPermission &p : requiredPermissions())
        scopes.append(p.scopes.first());
    return scopes;
}

QStringList closedScopes()
{
    return {QStringLiteral("contact:contact:readonly_as_app"), QStringLiteral("contact:contact:access_as_app")};
}

bool scopeNameMatches(const QString &listed, const QString &scope)
{
    const QString name = listed.trimmed();
    if (name.isEmpty())
        return false;
    return name == scope || scope.endsWith(QLatin1Char(':') + name);
}

} // namespace fss
