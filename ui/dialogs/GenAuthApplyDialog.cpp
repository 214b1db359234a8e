#include "dialogs/GenAuthApplyDialog.h"

#include "CheckResultsView.h"
#include "PlanView.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fss {

GenAuthApplyDialog::GenAuthApplyDialog(GenAuthClient *client, const IdentitySourceSpec &spec, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_spec(spec)
    , m_displayName(new QLineEdit(spec.displayName, this))
    , m_appIdKey(new QLineEdit(spec.appIdKeys.join(QStringLiteral(", ")), this))
    , m_appSecretKey(new QLineEdit(spec.appSecretKeys.join(QStringLiteral(", ")), this))
    , m_plan(new PlanView(QStringLiteral("plannedRequests"), this))
    , m_status(new QLabel(this))
    , m_send(new QPushButton(tr("&Send to GenAuth"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Create the identity source in GenAuth"));
    setObjectName(QStringLiteral("genAuthApply"));
    resize(860, 640);

    auto intro = new QLabel(tr("The wizard will add the Feishu enterprise self-built app as an identity source of user pool %1, "
                               "with the identifier “%2”, and enable it on the application %3. These are the requests; the ones "
                               "marked “only if” are sent only when GenAuth does not hold that already, so running this again "
                               "changes nothing. Secrets are masked here and never written anywhere.")
                                .arg(client->userPoolId(), spec.identifier,
                                     spec.applicationId.isEmpty() ? tr("(none: enter the GenAuth application ID in Step 2)") : spec.applicationId),
                            this);
    intro->setWordWrap(true);

    auto form = new QFormLayout;
    m_displayName->setObjectName(QStringLiteral("connectionName"));
    m_displayName->setAccessibleName(tr("Display name on GenAuth's login page"));
    form->addRow(tr("&Display name:"), m_displayName);
    auto advanced = new QGroupBox(tr("Field names in GenAuth (which ones GenAuth reads is not settled, so both spellings are "
                                     "written; keep one only if you know GenAuth reads it)"),
                                  this);
    auto advancedForm = new QFormLayout(advanced);
    m_appIdKey->setObjectName(QStringLiteral("appIdFieldKey"));
    m_appIdKey->setAccessibleName(tr("Name of the App ID field"));
    m_appSecretKey->setObjectName(QStringLiteral("appSecretFieldKey"));
    m_appSecretKey->setAccessibleName(tr("Name of the App Secret field"));
    advancedForm->addRow(tr("App &ID field:"), m_appIdKey);
    advancedForm->addRow(tr("App S&ecret field:"), m_appSecretKey);

    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Result"));
    m_send->setObjectName(QStringLiteral("sendToGenAuth"));
    m_send->setDefault(true);
    m_buttons->addButton(m_send, QDialogButtonBox::ActionRole);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(advanced);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &GenAuthApplyDialog::send);
    for (QLineEdit *edit : {m_displayName, m_appIdKey, m_appSecretKey})
        connect(edit, &QLineEdit::textChanged, this, &GenAuthApplyDialog::showPlan);
    showPlan();
}

IdentitySourceSpec GenAuthApplyDialog::spec() const
{
    IdentitySourceSpec s = m_spec;
    s.displayName = m_displayName->text().trimmed();
    s.appIdKeys = SetupProfile::fieldKeys(m_appIdKey->text());
    s.appSecretKeys = SetupProfile::fieldKeys(m_appSecretKey->text());
    return s;
}

void GenAuthApplyDialog::showPlan()
{
    const IdentitySourceSpec s = spec();
    const bool shared = std::any_of(s.appIdKeys.cbegin(), s.appIdKeys.cend(), [&](const QString &k) { return s.appSecretKeys.contains(k); });
    const bool usable = !s.displayName.isEmpty() && !s.appIdKeys.isEmpty() && !s.appSecretKeys.isEmpty() && !shared;
    m_send->setEnabled(usable && !m_source);
    m_plan->setChanges(GenAuthIdentitySource(m_client, s).preview());
    if (!usable)
        m_status->setText(tr("Enter a display name, and field names for the App ID and the App Secret (separated by commas) "
                             "that the two do not share."));
}

void GenAuthApplyDialog::send()
{
    m_send->setEnabled(false);
    for (QLineEdit *edit : {m_displayName, m_appIdKey, m_appSecretKey})
        edit->setReadOnly(true);
    m_source = new GenAuthIdentitySource(m_client, spec(), this);
    connect(m_source, &GenAuthIdentitySource::progress, m_status, &QLabel::setText);
    connect(m_source, &GenAuthIdentitySource::applied, this, &GenAuthApplyDialog::showResult);
    m_source->apply();
}

void GenAuthApplyDialog::showResult(const ApplyResult &result)
{
    m_result = result;
    m_done = true;
    QString html;
    for (const QString &line : result.done)
        html += QStringLiteral("✓ %1<br>").arg(line.toHtmlEscaped());
    if (result.ok()) {
        html += result.changes ? tr("<b>Done.</b> Changes made in GenAuth: %n.", nullptr, result.changes)
                               : tr("<b>Nothing to do:</b> GenAuth already holds all of it.");
    } else {
        CheckResult r;
        r.fail(result.error);
        html += checkResultHtml(r, this);
        // A second try may be worth it (after fixing the secret, say).
        m_source->deleteLater(); // it is the sender
        m_source = nullptr;
        m_send->setEnabled(true);
        for (QLineEdit *edit : {m_displayName, m_appIdKey, m_appSecretKey})
            edit->setReadOnly(false);
    }
    m_status->setText(html);
}

} // namespace fss
