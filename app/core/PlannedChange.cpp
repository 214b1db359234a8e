#include "core/PlannedChange.h"

namespace fss {

QString PlannedChange::statusName(Status status)
{
    switch (status) {
    case Status::Planned:
        return QStringLiteral("planned");
    case Status::Sent:
        return QStringLiteral("sent");
    case Status::Unchanged:
        return QStringLiteral("unchanged");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString PlannedChange::serviceName(Service service)
{
    return service == Service::GenAuth ? QStringLiteral("genauth") : QStringLiteral("feishu");
}

} // namespace fss
