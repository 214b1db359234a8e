// Logging categories, one per module. Never pass a secret value to a log
// call: log key names and outcomes only.
#pragma once

#include <QLoggingCategory>

namespace fss {
Q_DECLARE_LOGGING_CATEGORY(lcProfile)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcWizard)
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcLogin)
Q_DECLARE_LOGGING_CATEGORY(lcGenAuth)
Q_DECLARE_LOGGING_CATEGORY(lcFeishu)
} // namespace fss
