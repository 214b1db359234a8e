// Welcome: Feishu or Lark, which GenAuth cloud, and the profile to create or
// continue.
#pragma once

#include "WizardPage.h"

#include <functional>

class QComboBox;
class QFormLayout;
class QLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace fss {

class FieldEdit;
class WelcomePage : public WizardPage
{
    Q_OBJECT
    // Certificate authorities the operator trusts for private hosts (PEM).
    Q_PROPERTY(QStringList trustedCertificates READ trustedCertificates WRITE setTrustedCertificates NOTIFY trustedCertificatesChanged)

public:
    explicit WelcomePage(const QString &profileName = {}, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool isBusy() const override { return m_busy; }

    QStringList trustedCertificates() const { return m_trusted; }
    void setTrustedCertificates(const QStringList &pems);

signals:
    void trustedCertificatesChanged();

private:
    QFormLayout *buildForm();
    QLayout *buildLanguageRow();
    // Shown only for private hosts, and built then: most operators never
    // need it, and the first page shows faster without it.
    void updateTrustRow();
    void trustCertificate();
    void setBusy(bool busy);
    void refreshProfiles();
    void profileChosen(const QString &name);
    void deleteProfile();
    // Opens the chosen profile (if it is not open and another process does
    // not hold it), then `then`.
    void withOpenProfile(std::function<void(const QString &name)> then);
    void rotateSecret(); // the rotation dialog for the chosen profile
    void takeDown();     // the removal dialog for the chosen profile
    void showStatus(const QString &text, bool problem);
    // A profile another process holds opens read-only: the title says so,
    // and a message names the process.
    void showReadOnly();

    QRadioButton *m_feishu;
    QRadioButton *m_lark;
    QComboBox *m_cloud;
    FieldEdit *m_customHost;
    FieldEdit *m_feishuApi;
    QComboBox *m_profile;
    QLabel *m_profileMessage;
    QPushButton *m_delete;
    QPushButton *m_rotate;
    QPushButton *m_takeDown;
    QLabel *m_status;
    QToolButton *m_language;
    class FlowLayout *m_trustRow = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_forget = nullptr;
    QLabel *m_trustInfo = nullptr;
    QStringList m_trusted;
    QString m_initialProfile;
    QString m_openedProfile;
    bool m_busy = false;    // opening or deleting a profile
    bool m_problem = false; // the status line shows a problem
};

} // namespace fss
