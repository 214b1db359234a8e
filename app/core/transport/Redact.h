// Values shown in a hand-over report: enough to recognise, not to use.
#pragma once

#include <QString>

namespace fss {

// "zha***@example.com"-style masking: keeps a few characters at each end of
// long values, one of medium ones, none of short ones.
inline QString maskForReport(const QString &value)
{
    if (value.size() <= 4)
        return QString(value.size(), QLatin1Char('*'));
    const int keep = value.size() >= 12 ? 3 : 1;
    return value.left(keep) + QString(value.size() - 2 * keep, QLatin1Char('*')) + value.right(keep);
}

} // namespace fss
