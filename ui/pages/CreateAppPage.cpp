#include "CreateAppPage.h"

#include "SetupWizard.h"
#include "dialogs/AppRegistrationDialog.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace fss {

CreateAppPage::CreateAppPage(QWidget *parent)
    : StepPage(Step::CreateApp, parent)
{
}

void CreateAppPage::buildStep()
{
    auto scan = new QPushButton(tr("Create it by one &scan…"), this);
    scan->setObjectName(QStringLiteral("createByScan"));
    scan->setToolTip(tr("Feishu creates the app when you scan a code with the Feishu app and confirm; its App ID and App Secret "
                        "come straight to the wizard."));
    connect(scan, &QPushButton::clicked, this, [this] {
        auto dialog = new AppRegistrationDialog(session(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AppRegistrationDialog::continueInFeishu, this, &StepPage::openFeishuSetup);
        connect(dialog, &AppRegistrationDialog::continueInConsole, this, [this] { wizard()->next(); });
        dialog->open();
    });
    auto row = new QHBoxLayout;
    row->addWidget(scan);
    row->addStretch();
    contentLayout()->addLayout(row);
    addFeishuConsoleButton(tr("Open the developer console"), ConsolePage::AppList);
    addChecklistItem(ChecklistId::appCreated(), tr("I created an enterprise self-built app (not a store app)"));
    addChecklistItem(ChecklistId::appOpens(), tr("I can open the app's page in the developer console"));
}

} // namespace fss
