// The login test: a real Feishu login whose redirect to the GenAuth callback
// is caught, exchanged and shown as the user fields GenAuth will receive.
// With QtWebEngine the login runs in an embedded browser; without it, in the
// system browser with a loopback listener for the callback.
#pragma once

#include "core/LoginProbe.h"

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

class TestLoginPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TestLoginPage(QWidget *parent = nullptr);
    ~TestLoginPage() override;

    void initializePage() override;
    void cleanupPage() override;

    // Whether this build has the embedded browser (the plugin may still be
    // missing at run time; then the system browser is used).
    static bool embeddedBrowser();

private:
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
    QWidget *m_browserArea;
    QLabel *m_intro;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_signInAgain;
    QCheckBox *m_keepSession;
    QSpinBox *m_timeout;
    QTreeWidget *m_fields;
    QPushButton *m_copy;
    LoginResult m_last;
};

} // namespace fss
