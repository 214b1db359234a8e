// Step 3: enable the app's web page (网页) capability.
#pragma once

#include "StepPage.h"

namespace fss {

class WebPagePage : public StepPage
{
    Q_OBJECT

public:
    explicit WebPagePage(QWidget *parent = nullptr);

protected:
    void buildStep() override;

public:
};

} // namespace fss
