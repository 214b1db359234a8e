#include "dialogs/FeishuSetupDialog.h"

#include "CheckResultsView.h"
#include "PlanView.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace fss {

FeishuSetupDialog::FeishuSetupDialog(FeishuClient *client, const FeishuAppSpec &spec, Platform platform, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_spec(spec)
    , m_platform(platform)
    , m_setup(new FeishuAppSetup(client, spec, this))
    , m_intro(new QLabel(this))
    , m_prerequisite(new QLabel(this))
    , m_grant(new QPushButton(tr("&Grant the two permissions in Feishu…"), this))
    , m_recheck(new QPushButton(tr("Check &again"), this))
    , m_version(new QLineEdit(this))
    , m_audience(new QComboBox(this))
    , m_departments(new QLineEdit(this))
    , m_plan(new PlanView(QStringLiteral("plannedChanges"), this))
    , m_status(new QLabel(this))
    , m_send(new QPushButton(tr("&Send to Feishu"), this))
    , m_askAdmins(new QPushButton(tr("Ask the &administrators"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Set it up in Feishu"));
    setObjectName(QStringLiteral("feishuSetup"));
    resize(880, 640);

    m_intro->setText(tr("The wizard changes app %1 itself through Feishu's configuration API: it adds the GenAuth redirect URL, asks "
                        "for the seven user-info permissions, turns on the web app and submits a release for an administrator to "
                        "approve. It reads the app first and sends only what is missing, so running this again sends nothing.")
                         .arg(client->appId()));
    m_intro->setWordWrap(true);
    m_prerequisite->setObjectName(QStringLiteral("prerequisite"));
    m_prerequisite->setWordWrap(true);
    m_prerequisite->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_prerequisite->hide();
    m_grant->setObjectName(QStringLiteral("grantPrerequisites"));
    m_grant->hide();
    m_recheck->setObjectName(QStringLiteral("recheckPrerequisites"));
    m_recheck->hide();
    m_version->setObjectName(QStringLiteral("releaseVersion"));
    m_version->setAccessibleName(tr("Version to release"));
    m_version->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,4}\\.\\d{1,4}\\.\\d{1,4}")), m_version));
    m_audience->setObjectName(QStringLiteral("audience"));
    m_audience->addItem(tr("Everyone in the organisation"));
    m_audience->addItem(tr("Only the members of these departments"));
    m_audience->setAccessibleName(tr("Who may sign in"));
    m_audience->setCurrentIndex(m_spec.availability.toAll ? 0 : 1);
    m_departments->setObjectName(QStringLiteral("audienceDepartments"));
    m_departments->setAccessibleName(tr("Department IDs"));
    m_departments->setPlaceholderText(tr("open department IDs, separated by commas (od-…)"));
    m_departments->setText(m_spec.availability.departments.join(QStringLiteral(", ")));
    m_departments->setEnabled(!m_spec.availability.toAll);
    m_status->setObjectName(QStringLiteral("feishuSetupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Result"));
    m_send->setObjectName(QStringLiteral("sendToFeishu"));
    m_send->setEnabled(false);
    m_send->setDefault(true);
    m_buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    m_askAdmins->setObjectName(QStringLiteral("askAdministrators"));
    m_askAdmins->setToolTip(tr("Asks the organisation's administrators, through Feishu, to grant the permissions that need their "
                               "review (at most ten times a version)."));
    m_askAdmins->hide();
    m_buttons->addButton(m_askAdmins, QDialogButtonBox::ActionRole);

    auto grantRow = new QHBoxLayout;
    grantRow->addWidget(m_grant);
    grantRow->addWidget(m_recheck);
    grantRow->addStretch();
    auto form = new QFormLayout;
    form->addRow(tr("Release &version:"), m_version);
    auto audienceRow = new QHBoxLayout;
    audienceRow->addWidget(m_audience);
    audienceRow->addWidget(m_departments, 1);
    form->addRow(tr("A&vailable to:"), audienceRow);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_prerequisite);
    layout->addLayout(grantRow);
    layout->addLayout(form);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &FeishuSetupDialog::send);
    connect(m_recheck, &QPushButton::clicked, this, &FeishuSetupDialog::readPlan);
    connect(m_askAdmins, &QPushButton::clicked, this, &FeishuSetupDialog::askAdministrators);
    connect(m_grant, &QPushButton::clicked, this, [this] {
        m_waitingForGrant = true;
        QDesktopServices::openUrl(FeishuAppSetup::scopeApplyLink(m_platform, m_client->appId()));
    });
    connect(m_audience, &QComboBox::currentIndexChanged, this, &FeishuSetupDialog::audienceChanged);
    connect(m_departments, &QLineEdit::editingFinished, this, &FeishuSetupDialog::audienceChanged);
    connectSetup();
    readPlan();
}

void FeishuSetupDialog::connectSetup()
{
    connect(m_setup, &FeishuAppSetup::progress, m_status, &QLabel::setText);
    connect(m_setup, &FeishuAppSetup::planned, this, &FeishuSetupDialog::showPlan);
    connect(m_setup, &FeishuAppSetup::applied, this, &FeishuSetupDialog::showResult);
}

void FeishuSetupDialog::audienceChanged()
{
    AvailabilityIntent intent;
    QStringList departments;
    for (const QString &id : m_departments->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!id.trimmed().isEmpty())
            departments.append(id.trimmed());
    }
    intent.toAll = m_audience->currentIndex() == 0 || departments.isEmpty();
    if (!intent.toAll)
        intent.departments = departments;
    m_departments->setEnabled(m_audience->currentIndex() == 1);
    if (m_audience->currentIndex() == 1 && departments.isEmpty()) {
        m_status->setText(tr("Enter at least one department ID; until then the app is planned for everyone."));
        m_departments->setFocus();
    }
    if (intent.toAll == m_spec.availability.toAll && intent.departments == m_spec.availability.departments)
        return;
    m_spec.availability = intent;
    if (m_done)
        return;
    delete m_setup;
    m_setup = new FeishuAppSetup(m_client, m_spec, this);
    connectSetup();
    readPlan();
}

void FeishuSetupDialog::changeEvent(QEvent *event)
{
    // Back from Feishu's page in the browser: look again.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_waitingForGrant) {
        m_waitingForGrant = false;
        readPlan();
    }
    QDialog::changeEvent(event);
}

void FeishuSetupDialog::readPlan()
{
    m_send->setEnabled(false);
    m_setup->plan();
}

void FeishuSetupDialog::fillRows(const QList<FeishuChange> &changes)
{
    m_plan->setChanges({changes.cbegin(), changes.cend()});
}

void FeishuSetupDialog::showPlan(const FeishuAppState &state, const QList<FeishuChange> &changes)
{
    m_status->clear();
    const bool grantNeeded = state.error.ok() && !state.canPatch;
    m_prerequisite->setVisible(grantNeeded || (state.error.ok() && !state.canReadSelf));
    m_grant->setVisible(m_prerequisite->isVisible());
    m_recheck->setVisible(m_prerequisite->isVisible());
    if (grantNeeded) {
        m_prerequisite->setText(tr("<b>The app may not change itself yet.</b> It needs application:application:patch to make the "
                                   "changes and application:application:self_manage to read them back. Grant both on Feishu's page "
                                   "for this app; if Feishu says they need review, release a version once and have it approved. "
                                   "The wizard looks again when you come back to this window."));
    } else if (!state.canReadSelf && state.error.ok()) {
        m_prerequisite->setText(tr("The app holds application:application:patch but not application:application:self_manage, so the "
                                   "wizard cannot read the result back; every change is then sent (sending one twice changes "
                                   "nothing)."));
    }
    if (!state.error.ok()) {
        CheckResult r;
        r.fail(state.error);
        m_status->setText(checkResultHtml(r, this));
    } else if (!state.versionInReview().isEmpty()) {
        m_status->setText(tr("Version %1 waits for an administrator's approval; Feishu accepts no change until then.").arg(state.versionInReview()));
    }
    fillRows(changes);
    for (const FeishuChange &c : changes) {
        if (c.id == PlannedChange::Id::Release && m_version->text().isEmpty())
            m_version->setText(QJsonDocument::fromJson(c.request.body).object().value(QLatin1String("version")).toString());
    }
    const bool anything = std::any_of(changes.cbegin(), changes.cend(), [](const FeishuChange &c) { return c.status == FeishuChange::Status::Planned; });
    m_send->setEnabled(anything && !m_done);
    if (state.error.ok() && state.canPatch && !changes.isEmpty() && !anything)
        m_status->setText(tr("<b>Nothing to do:</b> Feishu already holds all of it."));
}

void FeishuSetupDialog::send()
{
    m_send->setEnabled(false);
    m_version->setReadOnly(true);
    m_audience->setEnabled(false);
    m_departments->setReadOnly(true);
    FeishuAppSpec spec = m_spec;
    spec.version = m_version->text().trimmed();
    delete m_setup;
    m_setup = new FeishuAppSetup(m_client, spec, this);
    connectSetup();
    m_setup->apply();
}

void FeishuSetupDialog::askAdministrators()
{
    m_askAdmins->setEnabled(false);
    m_client->sendChange(m_client->scopesApplyRequest(), FeishuCall::ScopesApply, this, [this](const ApiResult<QJsonObject> &r) {
        if (r.ok()) {
            m_status->setText(tr("Feishu has asked the administrators to grant the permissions that wait for review."));
            return;
        }
        CheckResult c;
        c.fail(r.error);
        m_status->setText(checkResultHtml(c, this));
        m_askAdmins->setEnabled(true);
    });
}

void FeishuSetupDialog::showResult(const FeishuSetupResult &result)
{
    m_result = result;
    m_done = true;
    fillRows(result.changes);
    // Permissions that need review were asked for: the administrators can be told.
    const bool permissionsSent = std::any_of(result.changes.cbegin(), result.changes.cend(), [](const FeishuChange &c) {
        return c.id == PlannedChange::Id::Permissions && c.status == FeishuChange::Status::Sent;
    });
    m_askAdmins->setVisible(result.ok() && permissionsSent && !result.submittedVersion.isEmpty());
    m_askAdmins->setEnabled(true);
    if (result.ok()) {
        m_status->setText(result.submittedVersion.isEmpty()
                              ? tr("<b>Done.</b> Everything is in place.")
                              : tr("<b>Done.</b> Version %1 waits for an administrator's approval (admin console → Workplace → App "
                                   "Review); the checks of step 6 pass once it is online.")
                                    .arg(result.submittedVersion.toHtmlEscaped()));
        return;
    }
    if (result.consoleOnly()) {
        // Not a fault to retry: the path for this app is the console.
        m_status->setText(tr("<b>Feishu does not let the wizard configure this app</b> (%1): %2 Steps 3 to 6 are done in the "
                             "developer console; each page links to the place and checks it with Feishu.")
                              .arg(result.error.code.toHtmlEscaped(), result.error.message.toHtmlEscaped()));
        return;
    }
    CheckResult r;
    r.fail(result.error);
    m_status->setText(checkResultHtml(r, this));
    m_done = false; // a second try may be worth it
    m_version->setReadOnly(false);
    m_audience->setEnabled(true);
    m_departments->setReadOnly(false);
    m_send->setEnabled(true);
}

} // namespace fss
