// The embedded browser of the login test (QtWebEngine). It shows Feishu's
// real login page and catches the navigation to the redirect URL, whether it
// comes as a 302, a form post or a script redirect, before any request for it
// leaves the machine. Off the record unless the operator keeps the session.
#pragma once

#include "browser/LoginBrowser.h"

#include <QObject>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QWebEngineProfile;
class QWebEngineView;

namespace fss {

class WebEngineLoginBrowser : public QWidget, public LoginBrowser
{
    Q_OBJECT

public:
    explicit WebEngineLoginBrowser(QWidget *parent = nullptr);
    ~WebEngineLoginBrowser() override;

    QWidget *widget() override { return this; }
    void setCallbackMatcher(std::function<bool(const QUrl &)> matcher) override { m_isCallback = std::move(matcher); }
    void setOnCallback(std::function<void(const QUrl &)> caught) override { m_onCallback = std::move(caught); }
    void setOnPageText(std::function<void(const QString &)> text) override { m_onPageText = std::move(text); }
    // Keeping the session stores cookies under the app's data folder.
    void setKeepSession(bool keep) override;
    void open(const QUrl &url) override;
    void clearSession() override;

private:
    void rebuild();
    void showAddress(const QUrl &url);
    void caught(const QUrl &url);

    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
    QLabel *m_address = nullptr; // the page's host and whether its TLS is verified
    QString m_refusedHost;       // a host whose certificate was refused
    QString m_refusedWhy;
    std::function<bool(const QUrl &)> m_isCallback;
    std::function<void(const QUrl &)> m_onCallback;
    std::function<void(const QString &)> m_onPageText;
    bool m_keep = false;
    bool m_caughtOnce = false;
};

} // namespace fss
