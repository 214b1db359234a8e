// Step 5: the seven user-info permissions, and the version that releases them.
#pragma once

#include "StepPage.h"

class QLabel;
class QPushButton;

namespace fss {

class FieldEdit;
class SetupChecks;

class PermissionsPage : public StepPage
{
    Q_OBJECT

public:
    explicit PermissionsPage(QWidget *parent = nullptr);

    void runLiveCheck() override { checkPermissions(); }

protected:
    void buildStep() override;
    bool pageComplete() const override;

private:
    // Asks Feishu which of the seven are granted and marks each row.
    void checkPermissions();

    FieldEdit *m_version = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_addMissing = nullptr;
    QLabel *m_result = nullptr;
    SetupChecks *m_checks = nullptr;
    QStringList m_missing;
};

} // namespace fss
