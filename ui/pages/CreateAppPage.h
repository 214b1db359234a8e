// Step 1: create the enterprise self-built app in the Feishu developer console.
#pragma once

#include "StepPage.h"

namespace fss {

class CreateAppPage : public StepPage
{
    Q_OBJECT

public:
    explicit CreateAppPage(QWidget *parent = nullptr);

protected:
    void buildStep() override;

public:
};

} // namespace fss
