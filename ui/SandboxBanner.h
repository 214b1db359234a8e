// The note beside the steps while the wizard runs against the sandbox:
// where Feishu (and GenAuth) are imitated and that step 2 holds the test
// app, so that nobody takes the demonstration for a real setup.
#pragma once

#include "core/setup/SetupPrefill.h"

#include <QLabel>

namespace fss {

class SandboxBanner : public QLabel
{
    Q_OBJECT

public:
    explicit SandboxBanner(const SetupPrefill &prefill, QWidget *parent = nullptr);
};

} // namespace fss
