#include "PublishPage.h"

#include "SetupWizard.h"
#include "Tones.h"
#include "core/feishu/ApprovalWatch.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace fss {

PublishPage::PublishPage(QWidget *parent)
    : StepPage(Step::Publish, parent)
{
}

void PublishPage::buildStep()
{
    addFeishuSetupButton();
    addFeishuConsoleButton(tr("Open the app in Feishu"), ConsolePage::Overview);
    m_submitted = addChecklistItem(ChecklistId::releaseSubmitted(), tr("I submitted the version for release"));
    addChecklistItem(ChecklistId::availability(), tr("The availability includes the people who will sign in"));
    addChecklistItem(ChecklistId::releaseApproved(), tr("An administrator approved it and the version is online"));
    addLiveCheck(SetupChecks::Group::AppRecord);
    m_approval = new QLabel(this);
    m_approval->setObjectName(QStringLiteral("approvalStatus"));
    m_approval->setWordWrap(true);
    m_approval->setOpenExternalLinks(true);
    m_approval->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_approval->setAccessibleName(tr("Approval of the release"));
    m_approval->hide();
    contentLayout()->addWidget(m_approval);
}

void PublishPage::cleanupPage()
{
    if (m_watch)
        m_watch->stop();
}

void PublishPage::watchApproval()
{
    const QString version = session()->profile().releaseWaiting;
    if (version.isEmpty())
        return;
    if (!m_watch) {
        m_watch = new ApprovalWatch(session()->feishu(), this);
        connect(m_watch, &ApprovalWatch::waiting, this, [this](const QDateTime &next) {
            const SetupProfile p = session()->profile();
            const QUrl app = feishuConsole(p.platform, ConsolePage::Overview, p.appId);
            m_approval->setStyleSheet({});
            m_approval->setText(tr("Waiting for an administrator to approve version %1. An administrator of your Feishu organisation "
                                   "approves it in the Feishu Admin Console under Workplace → App Review; the version's state also "
                                   "shows on <a href=\"%2\">the app's page</a>. Next check at %3.")
                                    .arg(m_watch->version().toHtmlEscaped(), app.toString().toHtmlEscaped(),
                                         next.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"))));
        });
        connect(m_watch, &ApprovalWatch::finished, this, [this](ApprovalWatch::Outcome outcome, const ApiError &error) {
            const QString watched = m_watch->version();
            switch (outcome) {
            case ApprovalWatch::Outcome::Approved:
                m_approval->setText(tr("Version %1 was approved and is online.").arg(watched.toHtmlEscaped()));
                m_approval->setStyleSheet(toneStyle(Tone::Good));
                // Verified is as good as ticked.
                for (const ChecklistId &id : {ChecklistId::releaseSubmitted(), ChecklistId::releaseApproved()}) {
                    if (QCheckBox *box = item(id))
                        box->setChecked(true);
                }
                session()->setReleaseWaiting({});
                // The version brought the web app, the permissions waiting for
                // review and the availability range: every step looks again.
                setupWizard()->runLiveChecks();
                break;
            case ApprovalWatch::Outcome::Rejected:
                m_approval->setText(tr("Version %1 was rejected by an administrator. Ask them why, change what they ask for, and "
                                       "submit again (Set it up in Feishu for me).")
                                        .arg(watched.toHtmlEscaped()));
                m_approval->setStyleSheet(toneStyle(Tone::Problem));
                session()->setReleaseWaiting({});
                break;
            case ApprovalWatch::Outcome::Failed:
                m_approval->setText(error.message.toHtmlEscaped());
                m_approval->setStyleSheet(toneStyle(Tone::Problem));
                break;
            case ApprovalWatch::Outcome::TimedOut:
                m_approval->setText(tr("Version %1 is still waiting for approval; come back to this step later.").arg(watched.toHtmlEscaped()));
                break;
            }
        });
    }
    m_approval->show();
    m_approval->setText(tr("Looking whether version %1 is approved…").arg(version.toHtmlEscaped()));
    m_watch->watch(version, std::chrono::hours(12));
}

void PublishPage::initializePage()
{
    setItemText(ChecklistId::releaseSubmitted(), tr("I submitted version %1 for release").arg(fieldValue(Field::Version).toString()));
    watchApproval();
}

} // namespace fss
