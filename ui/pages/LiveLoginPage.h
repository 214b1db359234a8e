// The login test, in two modes:
// - Feishu only: a real Feishu login whose redirect to the GenAuth callback
//   is caught, exchanged and shown as the user fields GenAuth will receive;
//   nothing reaches GenAuth.
// - Through GenAuth: an OpenID Connect login at the GenAuth application,
//   which hands over to Feishu and back; the final redirect to the
//   application's callback is caught and the ID token's claims shown.
// With QtWebEngine the login runs in an embedded browser; without it, in the
// system browser with a loopback listener for the callback. The test itself
// is the core's LiveLogin; the page shows what it says.
#pragma once

#include "WizardPage.h"
#include "core/setup/LiveLogin.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace fss {

class FieldEdit;
class LoginBrowser;

class LiveLoginPage : public WizardPage
{
    Q_OBJECT

public:
    explicit LiveLoginPage(QWidget *parent = nullptr);
    ~LiveLoginPage() override;

    void initializePage() override;
    void cleanupPage() override;

    // Whether this build has the embedded browser (the plugin may still be
    // missing at run time; then the system browser is used).
    static bool embeddedBrowser();

private:
    void build() override;
    // The choice of Feishu only or through GenAuth, and GenAuth's settings.
    QLayout *buildModes();
    // Start, sign in again, how long to wait.
    QLayout *buildControls();
    // What a login test shows: its status, the fields received, findings.
    void buildResults();
    void connectControls();
    void showIntro();
    void startTest();
    bool ensureBrowser();
    void openInBrowser(const QUrl &url);
    void showOutcome(const LiveLoginOutcome &outcome);
    void setStatus(const QString &html, bool problem);

    LiveLogin *m_test = nullptr;
    LoginBrowser *m_browser = nullptr;    // created on first use: WebEngine loads only then
    QString m_browserUnavailable;            // why the plugin could not be loaded
    QRadioButton *m_feishuMode = nullptr;
    QRadioButton *m_genAuthMode = nullptr;
    QGroupBox *m_genAuthSettings = nullptr;
    FieldEdit *m_authAddress = nullptr;
    FieldEdit *m_callback = nullptr;
    QLabel *m_genAuthApp = nullptr;
    QWidget *m_browserArea = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_signInAgain = nullptr;
    QCheckBox *m_keepSession = nullptr;
    QSpinBox *m_timeout = nullptr;
    QTreeWidget *m_fields = nullptr;
    QLabel *m_findings = nullptr; // what the result means: email, ID, tenant, a second person
    QPushButton *m_copy = nullptr;
    QString m_report;
};

} // namespace fss
