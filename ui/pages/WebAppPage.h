// Step 3: enable the app's web page (网页) capability.
#pragma once

#include "StepPage.h"

namespace fss {

class WebAppPage : public StepPage
{
    Q_OBJECT

public:
    explicit WebAppPage(QWidget *parent = nullptr);

protected:
    void buildStep() override;

public:
};

} // namespace fss
