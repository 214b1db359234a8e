#include "core/feishu/Availability.h"

#include <QJsonArray>

namespace fss {

namespace {

// At most five ids, then "…".
QString shortList(const QStringList &ids)
{
    QStringList shown = ids.mid(0, 5);
    if (ids.size() > 5)
        shown.append(QStringLiteral("…"));
    return shown.join(QStringLiteral(", "));
}

} // namespace

bool AvailabilityIntent::coveredBy(const AppVisibility &v) const
{
    if (toAll)
        return v.toAll && v.deniedUsers.isEmpty() && v.deniedDepartments.isEmpty();
    for (const QString &department : departments) {
        if (v.deniedDepartments.contains(department))
            return false;
        if (!v.toAll && !v.departments.contains(department))
            return false;
    }
    return true;
}

QJsonObject AvailabilityIntent::configBody() const
{
    QJsonObject visibility{{QStringLiteral("is_visible_to_all"), toAll}};
    if (!toAll)
        visibility.insert(QStringLiteral("visible_list"),
                          QJsonObject{{QStringLiteral("department_ids"), QJsonArray::fromStringList(departments)}});
    return {{QStringLiteral("visibility"), visibility}};
}

QString AvailabilityIntent::describe() const
{
    return toAll ? tr("everyone in the organisation") : tr("the members of the departments %1").arg(shortList(departments));
}

QString AvailabilityIntent::describe(const AppVisibility &v)
{
    QString who;
    if (v.toAll) {
        who = tr("everyone in the organisation");
    } else {
        QStringList parts;
        if (!v.users.isEmpty())
            parts.append(tr("the people %1").arg(shortList(v.users)));
        if (!v.departments.isEmpty())
            parts.append(tr("the members of the departments %1").arg(shortList(v.departments)));
        who = parts.isEmpty() ? tr("nobody") : parts.join(tr(" and "));
    }
    if (!v.deniedUsers.isEmpty() || !v.deniedDepartments.isEmpty())
        who = tr("%1, except those on the deny list (%2)").arg(who, shortList(v.deniedUsers + v.deniedDepartments));
    return who;
}

} // namespace fss
