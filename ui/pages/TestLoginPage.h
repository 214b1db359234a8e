// The login test, in two modes:
// - Feishu only: a real Feishu login whose redirect to the GenAuth callback
//   is caught, exchanged and shown as the user fields GenAuth will receive;
//   nothing reaches GenAuth.
// - Through GenAuth: an OpenID Connect login at the GenAuth application,
//   which hands over to Feishu and back; the final redirect to the
//   application's callback is caught and the ID token's claims shown.
// With QtWebEngine the login runs in an embedded browser; without it, in the
// system browser with a loopback listener for the callback.
#pragma once

#include "core/login/LoginProbe.h"
#include "core/login/OidcLogin.h"

#include "StepPage.h"

#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace fss {

class FieldEdit;
class LoginBrowserApi;
class LoopbackReceiver;
class SetupWizard;

class TestLoginPage : public QWizardPage, public LazyPage
{
    Q_OBJECT

public:
    explicit TestLoginPage(QWidget *parent = nullptr);
    void ensureBuilt() override;
    ~TestLoginPage() override;

    void initializePage() override;
    void cleanupPage() override;

    // Whether this build has the embedded browser (the plugin may still be
    // missing at run time; then the system browser is used).
    static bool embeddedBrowser();

private:
    enum class Mode { Feishu, GenAuth };
    Mode mode() const;
    bool m_built = false;
    SetupWizard *setupWizard() const;
    void showIntro();
    void startTest();
    bool ensureBrowser();
    void openInBrowser(const QUrl &url, const QString &expectedState);
    void showResult(const LoginResult &result);
    void showOidcResult(const OidcLoginResult &result);
    // Shows a failure (false), or clears the result table for `columns`.
    bool beginResult(const ApiError &error, const QString &report, const QStringList &columns);
    void setStatus(const QString &html, bool problem);
    bool isCallback(const QUrl &url) const;
    void handleCallback(const QUrl &url);
    void handlePageText(const QString &text);

    LoginProbe *m_probe = nullptr;
    OidcLogin *m_oidc = nullptr;
    LoginBrowserApi *m_browser = nullptr;    // created on first use: WebEngine loads only then
    QString m_browserUnavailable;            // why the plugin could not be loaded
    LoopbackReceiver *m_receiver = nullptr;  // without WebEngine
    Mode m_running = Mode::Feishu;           // the mode of the attempt under way
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
    QPushButton *m_copy = nullptr;
    QString m_report;
};

} // namespace fss
