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
         {QStringLiteral("contact:user.email:readonly")}},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("RequiredPermission", "Get user phone number"),
         {QStringLiteral("contact:user.phone:readonly")}},
        {QStringLiteral("user-id"), QT_TRANSLATE_NOOP("RequiredPermission", "Get user ID"),
         {QStringLiteral("contact:user.employee_id:readonly")}},
        {QStringLiteral("id-by-phone-or-email"),
         QT_TRANSLATE_NOOP("RequiredPermission", "Get user ID through phone number or email"),
         {QStringLiteral("contact:user.id:readonly")}},
        {QStringLiteral("basic-info"), QT_TRANSLATE_NOOP("RequiredPermission", "Get user basic information"),
         {QStringLiteral("contact:user.base:readonly")}},
        {QStringLiteral("union-id"), QT_TRANSLATE_NOOP("RequiredPermission", "Get user unified ID"),
         {QStringLiteral("contact:user.union_id:readonly")}},
        {QStringLiteral("contacts-as-app"), QT_TRANSLATE_NOOP("RequiredPermission", "Access contacts as an app"),
         {QStringLiteral("contact:contact:readonly_as_app"), QStringLiteral("contact:contact:access_as_app")}},
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

} // namespace fss
