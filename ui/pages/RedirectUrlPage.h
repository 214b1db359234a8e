// Step 4: the GenAuth callback as a Feishu redirect URL, built from the cloud,
// the identifier and the user pool ID.
#pragma once

#include "StepPage.h"

class QLineEdit;

namespace fss {

class RedirectUrlPage : public StepPage
{
    Q_OBJECT

public:
    explicit RedirectUrlPage(QWidget *parent = nullptr);

protected:
    void buildStep() override;

public:
    void initializePage() override;

private:
    QLineEdit *m_url = nullptr;
};

} // namespace fss
