// Step 2: App ID and App Secret from Feishu, the GenAuth user pool and the
// connection identifier. The secrets go to the keychain before Next.
#pragma once

#include "StepPage.h"
#include "core/setup/ProfileSecrets.h"

#include <functional>

class QLabel;
class QPushButton;

class QFormLayout;

namespace fss {

class FieldEdit;

class CredentialsPage : public StepPage
{
    Q_OBJECT

public:
    explicit CredentialsPage(QWidget *parent = nullptr);

    // Step 1 proves itself when the credentials are already known (a
    // resumed profile, an app created by scan, the sandbox): the checks of
    // Verify run once, unasked, and tick what passes. Only Feishu's: GenAuth's
    // side is Step 2's business (Verify there asks it too).
    void verifyUnasked();

    void initializePage() override;
    bool validatePage() override;
    bool isBusy() const override { return m_busy; } // storing the secrets

protected:
    void buildStep() override;
    bool pageComplete() const override;

private:
    QFormLayout *buildForm();
    // A button with the label that tells its result, on one row.
    QLabel *addActionRow(QPushButton *button, const QString &resultName, const QString &accessibleName);
    // Before the App ID of an existing GenAuth connection changes.
    void warnOfAppIdChange();
    ProfileSecrets::Values secretValues() const; // as typed now
    void showKeychainState();
    void setBusy(bool busy);
    // Stores changed secrets, then runs `then` if that worked, `failed` if not.
    void saveSecretsThen(std::function<void()> then, std::function<void()> failed = {});
    // Stores the secrets, then runs the checks: Feishu's, and GenAuth's when
    // its user pool secret is here; or `only` those.
    void verify(std::optional<SetupChecks::Groups> only = std::nullopt);
    void forgetVerification(); // a value the verdicts were about changed
    void createInGenAuth();
    // The pool's applications to choose from (GenAuthAppsDialog).
    void chooseGenAuthApps();
    void showOtherGenAuthApps();

    FieldEdit *m_appId = nullptr;
    FieldEdit *m_appSecret = nullptr;
    FieldEdit *m_userPoolId = nullptr;
    FieldEdit *m_identifier = nullptr;
    FieldEdit *m_userPoolSecret = nullptr;
    FieldEdit *m_genAuthAppId = nullptr;
    QPushButton *m_createInGenAuth = nullptr;
    QPushButton *m_chooseApps = nullptr;
    QLabel *m_otherApps = nullptr; // the other applications it is to be on
    QLabel *m_genAuthResult = nullptr;
    QLabel *m_keychain = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_verifyResult = nullptr;
    QLabel *m_appIdChange = nullptr; // an existing connection's App ID would change
    class SetupChecks *m_checks = nullptr;
    bool m_busy = false;
};

} // namespace fss
