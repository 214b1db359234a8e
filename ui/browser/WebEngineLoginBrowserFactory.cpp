#include "browser/WebEngineLoginBrowserFactory.h"

#include "browser/WebEngineLoginBrowser.h"

namespace fss {

LoginBrowser *WebEngineLoginBrowserFactory::create(QWidget *parent)
{
    return new WebEngineLoginBrowser(parent);
}

} // namespace fss
