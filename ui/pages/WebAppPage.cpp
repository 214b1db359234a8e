#include "WebAppPage.h"

#include "SetupWizard.h"

namespace fss {

WebAppPage::WebAppPage(QWidget *parent)
    : StepPage(Step::WebPage, parent)
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
