#include "dialogs/RemoveDialog.h"

#include "CheckResultsView.h"
#include "PlanView.h"
#include "core/setup/SecretStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fss {

RemoveDialog::RemoveDialog(SetupRemoval *removal, ProfileStore store, const QString &profile, QWidget *parent)
    : QDialog(parent)
    , m_removal(removal)
    , m_store(std::move(store))
    , m_profile(profile)
    , m_plan(new PlanView(QStringLiteral("removalPlan"), this))
    , m_status(new QLabel(this))
    , m_remove(new QPushButton(tr("&Take it down"), this))
    , m_forget(new QPushButton(tr("&Forget it here anyway"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Take the setup down"));
    setObjectName(QStringLiteral("removeSetup"));
    resize(860, 600);
    m_removal->setParent(this);
    auto intro = new QLabel(tr("Profile “%1”: the wizard reads what the setup left in GenAuth and Feishu and lists every request "
                               "first. The profile and its secrets in the keychain are forgotten last, once all of it is gone.")
                                .arg(profile),
                            this);
    intro->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("removalStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Result"));
    m_status->setText(tr("Reading what the setup left…"));
    m_remove->setObjectName(QStringLiteral("takeItDown"));
    m_remove->setEnabled(false);
    m_forget->setObjectName(QStringLiteral("forgetAnyway"));
    m_forget->hide();
    m_buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_forget, QDialogButtonBox::ActionRole);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_remove->setEnabled(false);
        m_removal->apply();
    });
    connect(m_forget, &QPushButton::clicked, this, &RemoveDialog::forget);
    connect(m_removal, &SetupRemoval::progress, m_status, &QLabel::setText);
    connect(m_removal, &SetupRemoval::planned, this, &RemoveDialog::planned);
    connect(m_removal, &SetupRemoval::finished, this, &RemoveDialog::finished);
    m_removal->plan();
}

void RemoveDialog::showNotes(const RemovalResult &result, const QString &lead)
{
    QString html = lead;
    if (!result.ok()) {
        CheckResult r;
        r.fail(result.error);
        html += checkResultHtml(r, this);
    }
    for (const QString &note : result.notes)
        html += QStringLiteral("<br>• ") + note.toHtmlEscaped();
    m_status->setText(html);
}

void RemoveDialog::planned(const RemovalResult &result)
{
    m_plan->setChanges(result.changes);
    m_remove->setEnabled(result.ok());
    m_forget->setVisible(!result.ok());
    showNotes(result, result.changes.isEmpty() ? tr("Nothing of this setup is left in GenAuth or in the Feishu app's redirect URLs.")
                                               : QString());
    if (result.ok() && result.changes.isEmpty())
        m_remove->setText(tr("&Forget the profile"));
}

void RemoveDialog::finished(const RemovalResult &result)
{
    m_plan->setChanges(result.changes);
    if (!result.ok()) {
        // Kept, to run again once fixed, unless the operator says otherwise.
        showNotes(result, tr("The profile and its keychain entries were kept, so that this can run again once the failure is fixed.")
                              + QStringLiteral("<br>"));
        m_remove->setEnabled(true);
        m_forget->show();
        return;
    }
    forget();
}

void RemoveDialog::forget()
{
    m_forget->setEnabled(false);
    removeProfile(m_store, m_profile, this, [this](const QString &error) {
        m_forget->setEnabled(true);
        if (!error.isEmpty()) {
            m_status->setText(m_status->text() + QStringLiteral("<br>") + error.toHtmlEscaped());
            return;
        }
        m_remove->setEnabled(false);
        m_forget->hide();
        const RemovalResult &r = m_removal->result();
        showNotes(r, tr("<b>Done.</b> The profile “%1” and its keychain entries were deleted.").arg(m_profile.toHtmlEscaped()));
        emit forgotten();
    });
}

} // namespace fss
