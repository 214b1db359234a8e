#include "core/PlannedChange.h"

namespace fss {

QString PlannedChange::statusName(Status status)
{
    return lowerCaseName(status);
}

QString PlannedChange::serviceName(Service service)
{
    return lowerCaseName(service);
}

QString PlannedChange::idName(Id id)
{
    // RedirectUrl -> redirect-url
    const QString key = QString::fromLatin1(QMetaEnum::fromType<Id>().valueToKey(int(id)));
    QString name;
    for (const QChar c : key) {
        if (c.isUpper() && !name.isEmpty())
            name += QLatin1Char('-');
        name += c.toLower();
    }
    return name;
}

} // namespace fss
