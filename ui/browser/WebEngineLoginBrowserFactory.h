// The plugin's entry point: makes the QtWebEngine login browser.
#pragma once

#include "browser/LoginBrowserFactory.h"

#include <QObject>

namespace fss {

class WebEngineLoginBrowserFactory : public QObject, public LoginBrowserFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID FSS_LOGIN_BROWSER_IID)
    Q_INTERFACES(fss::LoginBrowserFactory)

public:
    LoginBrowser *create(QWidget *parent) override;
};

} // namespace fss
