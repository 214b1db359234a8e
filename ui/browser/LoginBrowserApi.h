// What the login test needs of an embedded browser. The QtWebEngine one
// lives in a plugin (fss_loginbrowser), loaded only when a login test
// starts: starting the wizard never loads QtWebEngine.
#pragma once

#include <QtPlugin>
#include <QUrl>

#include <functional>

class QWidget;

namespace fss {

class LoginBrowserApi
{
public:
    virtual ~LoginBrowserApi() = default;
    virtual QWidget *widget() = 0;
    // Decides which URLs are the callback; they are caught, never loaded.
    virtual void setCallbackMatcher(std::function<bool(const QUrl &)> matcher) = 0;
    virtual void setOnCallback(std::function<void(const QUrl &)> caught) = 0;
    // The visible text of each page that finished loading.
    virtual void setOnPageText(std::function<void(const QString &)> text) = 0;
    // Keeping the session stores cookies; otherwise nothing outlives the browser.
    virtual void setKeepSession(bool keep) = 0;
    virtual void open(const QUrl &url) = 0;
    // Signs out: forgets the login session's cookies and cache.
    virtual void clearSession() = 0;
};

class LoginBrowserFactory
{
public:
    virtual ~LoginBrowserFactory() = default;
    virtual LoginBrowserApi *create(QWidget *parent) = 0;
};

// The factory from the plugin, or nullptr (with the reason) when this build
// or installation has none.
LoginBrowserFactory *loginBrowserFactory(QString *error = nullptr);

} // namespace fss

#define FSS_LOGIN_BROWSER_IID "io.github.feishu_sso_setup.LoginBrowserFactory/1.0"
Q_DECLARE_INTERFACE(fss::LoginBrowserFactory, FSS_LOGIN_BROWSER_IID)
