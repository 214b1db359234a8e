// Step 6: publish the version and have an administrator approve it.
#pragma once

#include "StepPage.h"

class QCheckBox;

namespace fss {

class PublishPage : public StepPage
{
    Q_OBJECT

public:
    explicit PublishPage(QWidget *parent = nullptr);

protected:
    void buildStep() override;

public:
    void initializePage() override;

private:
    QCheckBox *m_submitted = nullptr;
};

} // namespace fss
