#include "WebAppPage.h"

#include "SetupWizard.h"

namespace fss {

WebAppPage::WebAppPage(QWidget *parent)
    : StepPage(Step::WebPage,
               tr("<ol><li>In your app, open <b>Features</b> (Add Features / 应用能力).</li>"
                  "<li>Add <b>Web App</b> (网页). If the console asks for a homepage address, any https page of yours "
                  "will do; GenAuth does not use it.</li></ol>"
                  "<p>GenAuth's Feishu login needs this capability; without it the login page may say the app is not "
                  "available.</p>"),
               parent)
{
}

void WebAppPage::buildStep()
{
    addFeishuSetupButton();
    addFeishuConsoleButton(tr("Open the app in Feishu"), ConsolePage::Overview);
    addChecklistItem(ChecklistId::webApp(), tr("The app has the Web App (网页) capability"));
    addLiveCheck(SetupChecks::Group::AppRecord);
}

} // namespace fss
