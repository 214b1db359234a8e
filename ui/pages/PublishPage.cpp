#include "PublishPage.h"

#include "SetupWizard.h"

#include <QCheckBox>

namespace fss {

PublishPage::PublishPage(QWidget *parent)
    : StepPage(Step::Publish, tr("Publish and get it approved"),
               tr("<ol><li>In <b>Version Management &amp; Release</b>, open the version you created and click "
                  "<b>Submit for release</b>.</li>"
                  "<li>Set the <b>availability</b> so that everyone who will sign in through GenAuth is included.</li>"
                  "<li>An administrator of your Feishu organisation approves the version in the Feishu Admin Console. "
                  "Until it is approved and online, nobody can sign in with the app, and changes to permissions or "
                  "redirect URLs do not take effect.</li></ol>"),
               parent)
{
}

void PublishPage::buildStep()
{
    addFeishuSetupButton();
    addFeishuConsoleButton(tr("Open the app in Feishu"), ConsolePage::Overview);
    m_submitted = addChecklistItem(ChecklistId::releaseSubmitted(), {});
    addChecklistItem(ChecklistId::availability(), tr("The availability includes the people who will sign in"));
    addChecklistItem(ChecklistId::releaseApproved(), tr("An administrator approved it and the version is online"));
}

void PublishPage::initializePage()
{
    m_submitted->setText(tr("I submitted version %1 for release").arg(fieldValue(Field::Version).toString()));
    m_submitted->setAccessibleName(m_submitted->text());
}

} // namespace fss
