#include "CreateAppPage.h"

#include "SetupWizard.h"
#include "dialogs/AppRegistrationDialog.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace fss {

CreateAppPage::CreateAppPage(QWidget *parent)
    : StepPage(Step::CreateApp,
               tr("<ol><li>Open the Feishu developer console and sign in with an account of your company.</li>"
                  "<li>Click <b>Create Custom App</b> (enterprise self-built app), give it a name your users will "
                  "recognise on the login consent page, a description and an icon.</li>"
                  "<li>Open the new app. You will copy its credentials in the next step.</li></ol>"
                  "<p>An app created in the console is one the wizard can set up for you (steps 3 to 6). <b>Create it by one "
                  "scan</b> brings the credentials into the keychain with no copying, but Feishu may not let the wizard configure "
                  "an app made that way, and then steps 3 to 6 are yours, with the wizard's links and checks.</p>"),
               parent)
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
