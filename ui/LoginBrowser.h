// The embedded browser of the login test (QtWebEngine). It shows Feishu's
// real login page and catches the navigation to the redirect URL, whether it
// comes as a 302, a form post or a script redirect, before any request for it
// leaves the machine. Off the record unless the operator keeps the session.
#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class QWebEngineProfile;
class QWebEngineView;

namespace fss {

class LoginBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit LoginBrowser(QWidget *parent = nullptr);
    ~LoginBrowser() override;

    // Decides which URLs are the callback; they are caught, never loaded.
    void setCallbackMatcher(std::function<bool(const QUrl &)> matcher) { m_isCallback = std::move(matcher); }
    // Keeping the session stores cookies under the app's data folder;
    // otherwise nothing outlives the browser.
    void setKeepSession(bool keep);
    bool keepsSession() const { return m_keep; }
    void open(const QUrl &url);
    // Signs out: forgets cookies and cache of the login session.
    void clearSession();
    QWebEngineView *view() const { return m_view; }

signals:
    void callbackCaught(const QUrl &url);
    // The visible text of each page that finished loading.
    void pageText(const QString &text);

private:
    void rebuild();
    void caught(const QUrl &url);

    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
    std::function<bool(const QUrl &)> m_isCallback;
    bool m_keep = false;
    bool m_caughtOnce = false;
};

} // namespace fss
