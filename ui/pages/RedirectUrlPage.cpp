#include "RedirectUrlPage.h"

#include "SetupWizard.h"
#include "core/setup/ProfileMapping.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace fss {

RedirectUrlPage::RedirectUrlPage(QWidget *parent)
    : StepPage(Step::RedirectUrl,
               tr("<ol><li>In your app open <b>Security Settings</b> (安全设置).</li>"
                  "<li>Under <b>Redirect URLs</b> click Add, paste the address below exactly as it is, and save.</li></ol>"
                  "<p>Feishu compares the whole address: one wrong character, a different identifier or user pool, or "
                  "http instead of https, and the login page shows error 20029.</p>"),
               parent)
{
}

void RedirectUrlPage::buildStep()
{
    addFeishuSetupButton();
    m_url = new QLineEdit(this);
    addFeishuConsoleButton(tr("Open Security Settings in Feishu"), ConsolePage::Security);

    m_url->setReadOnly(true);
    m_url->setObjectName(QStringLiteral("redirectUrl"));
    m_url->setAccessibleName(tr("Redirect URL"));
    auto copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyRedirectUrl"));
    copy->setAccessibleName(tr("Copy the redirect URL"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_url->text()); });
    auto row = new QHBoxLayout;
    row->addWidget(m_url, 1);
    row->addWidget(copy);
    contentLayout()->addLayout(row);

    addChecklistItem(ChecklistId::redirectUrlAdded(), tr("I added exactly this URL under Redirect URLs and saved"));
    addLiveCheck(SetupChecks::Group::AppRecord);
}

void RedirectUrlPage::initializePage()
{
    m_url->setText(ProfileMapping::redirectUrl(session()->profile()).toString());
}

} // namespace fss
