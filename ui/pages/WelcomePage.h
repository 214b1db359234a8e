// Welcome: Feishu or Lark, which GenAuth cloud, and the profile to create or
// continue.
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace fss {

class FieldEdit;
class SetupWizard;

class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(const QString &profileName = {}, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    SetupWizard *setupWizard() const;
    void refreshProfiles();
    void profileChosen(const QString &name);
    void deleteProfile();
    void showStatus(const QString &text, bool problem);

    QRadioButton *m_feishu;
    QRadioButton *m_lark;
    QComboBox *m_cloud;
    FieldEdit *m_customHost;
    FieldEdit *m_feishuApi;
    QComboBox *m_profile;
    QLabel *m_profileMessage;
    QPushButton *m_delete;
    QLabel *m_status;
    QString m_initialProfile;
    QString m_openedProfile;
    bool m_busy = false;
};

} // namespace fss
