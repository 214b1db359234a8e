// Step 5: the seven user-info permissions, and the version that releases them.
#pragma once

#include "StepPage.h"

namespace fss {

class FieldEdit;

class PermissionsPage : public StepPage
{
    Q_OBJECT

public:
    explicit PermissionsPage(QWidget *parent = nullptr);

protected:
    bool pageComplete() const override;

private:
    FieldEdit *m_version;
};

} // namespace fss
