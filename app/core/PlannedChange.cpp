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

} // namespace fss
