#include "core/transport/Logging.h"

namespace fss {
Q_LOGGING_CATEGORY(lcProfile, "fss.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "fss.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWizard, "fss.wizard", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "fss.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "fss.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLogin, "fss.login", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGenAuth, "fss.genauth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFeishu, "fss.feishu", QtInfoMsg)
} // namespace fss
