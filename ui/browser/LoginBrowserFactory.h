// How the wizard gets an embedded browser: the QtWebEngine one lives in a
// plugin (fss_loginbrowser), loaded only when a login test starts, so that
// starting the wizard never loads QtWebEngine.
#pragma once

#include "browser/LoginBrowser.h"

#include <QString>
#include <QtPlugin>

class QWidget;

namespace fss {

class LoginBrowserFactory
{
public:
    virtual ~LoginBrowserFactory() = default;
    virtual LoginBrowser *create(QWidget *parent) = 0;
};

// The factory from the plugin, or nullptr (with the reason) when this build
// or installation has none.
LoginBrowserFactory *loginBrowserFactory(QString *error = nullptr);

} // namespace fss

#define FSS_LOGIN_BROWSER_IID "io.github.feishu_sso_setup.LoginBrowserFactory/1.0"
Q_DECLARE_INTERFACE(fss::LoginBrowserFactory, FSS_LOGIN_BROWSER_IID)
