// Step 6: publish the version and have an administrator approve it. A
// release submitted by Set it up in Feishu is watched here until it is
// approved or rejected, also after the wizard is opened again.
#pragma once

#include "StepPage.h"

class QCheckBox;
class QLabel;

namespace fss {

class ApprovalWatch;

class PublishPage : public StepPage
{
    Q_OBJECT

public:
    explicit PublishPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;

protected:
    void buildStep() override;

private:
    void watchApproval();

    QCheckBox *m_submitted = nullptr;
    QLabel *m_approval = nullptr;
    ApprovalWatch *m_watch = nullptr;
};

} // namespace fss
