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
    : StepPage(Step::RedirectUrl, parent)
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
