// Step 2: App ID and App Secret from Feishu, the GenAuth user pool and the
// connection identifier. The secrets go to the keychain before Next.
#pragma once

#include "StepPage.h"

#include <functional>

class QLabel;
class QPushButton;

namespace fss {

class FieldEdit;

class CredentialsPage : public StepPage
{
    Q_OBJECT

public:
    explicit CredentialsPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

protected:
    bool pageComplete() const override;

private:
    void showKeychainState();
    void setBusy(bool busy);
    // Stores changed secrets, then runs `then` if that worked, `failed` if not.
    void saveSecretsThen(std::function<void()> then, std::function<void()> failed = {});
    void verify();

    FieldEdit *m_appId;
    FieldEdit *m_appSecret;
    FieldEdit *m_userPoolId;
    FieldEdit *m_identifier;
    FieldEdit *m_userPoolSecret;
    QLabel *m_keychain;
    QPushButton *m_verify;
    QLabel *m_verifyResult;
    class SetupChecks *m_checks = nullptr;
    bool m_busy = false;
};

} // namespace fss
