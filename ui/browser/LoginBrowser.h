// What the login test needs of an embedded browser. The QtWebEngine one
// (WebEngineLoginBrowser) lives in a plugin, made by LoginBrowserFactory.
#pragma once

#include <QUrl>

#include <functional>

class QWidget;

namespace fss {

class LoginBrowser
{
public:
    virtual ~LoginBrowser() = default;
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

} // namespace fss
