// The login test: a real Feishu login whose redirect to the GenAuth callback
// is caught, exchanged and shown as the user fields GenAuth will receive.
// With QtWebEngine the login runs in an embedded browser; without it, in the
// system browser with a loopback listener for the callback.
#pragma once

#include "core/LoginProbe.h"

#include "StepPage.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedLayout;
class QTreeWidget;

namespace fss {

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
    bool m_built = false;
    SetupWizard *setupWizard() const;
    void startTest();
    void showResult(const LoginResult &result);
    void setStatus(const QString &html, bool problem);
    void startEmbedded();
    void startInSystemBrowser();

    LoginProbe *m_probe = nullptr;
    LoginBrowserApi *m_browser = nullptr;    // created on first use: WebEngine loads only then
    QString m_browserUnavailable;            // why the plugin could not be loaded
    LoopbackReceiver *m_receiver = nullptr;  // without WebEngine
    QWidget *m_browserArea = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_signInAgain = nullptr;
    QCheckBox *m_keepSession = nullptr;
    QSpinBox *m_timeout = nullptr;
    QTreeWidget *m_fields = nullptr;
    QPushButton *m_copy = nullptr;
    LoginResult m_last;
};

} // namespace fss
