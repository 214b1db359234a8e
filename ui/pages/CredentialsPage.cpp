#include "CredentialsPage.h"
#include "Tones.h"

#include "CheckResultsView.h"
#include "FieldEdit.h"
#include "dialogs/GenAuthApplyDialog.h"
#include "dialogs/GenAuthAppsDialog.h"
#include "SetupWizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace fss {

CredentialsPage::CredentialsPage(QWidget *parent)
    : StepPage(Step::Credentials, parent)
{
}

void CredentialsPage::buildStep()
{
    QFormLayout *form = buildForm();
    addFeishuConsoleButton(tr("Open Credentials && Basic Info in Feishu"), ConsolePage::Credentials);
    addConsoleButton(tr("Open the GenAuth console"), [this] {
        const SetupProfile p = session()->profile();
        return genAuthConsole(p.cloud, p.customHost);
    });
    contentLayout()->addLayout(form);

    // The live check: Feishu issues a tenant token only for a right pair.
    m_verify = new QPushButton(tr("&Verify with Feishu"), this);
    m_verify->setObjectName(QStringLiteral("verifyCredentials"));
    m_verify->setToolTip(tr("Stores the secrets in the keychain, then asks Feishu for a tenant access token with them."));
    m_verifyResult = addActionRow(m_verify, QStringLiteral("credentialsResult"), tr("Result of the credentials check"));
    connect(m_verify, &QPushButton::clicked, this, [this] { verify(); });

    // GenAuth's side done by the wizard, with the user pool secret.
    m_createInGenAuth = new QPushButton(tr("Create it for &me…"), this);
    m_createInGenAuth->setObjectName(QStringLiteral("createInGenAuth"));
    m_createInGenAuth->setToolTip(tr("Stores the secrets in the keychain, shows the requests, then creates or updates the identity "
                                     "source in GenAuth and enables it on the application."));
    m_genAuthResult = addActionRow(m_createInGenAuth, QStringLiteral("genAuthResult"), tr("Result of Create it for me"));
    connect(m_createInGenAuth, &QPushButton::clicked, this, &CredentialsPage::createInGenAuth);
    // Verdicts about other values are no longer true: a run still going is
    // dropped, and Verify can be pressed again at once.
    for (FieldEdit *edit : {m_appId, m_appSecret, m_userPoolId, m_identifier, m_userPoolSecret})
        connect(edit, &FieldEdit::valueChanged, this, &CredentialsPage::forgetVerification);

    m_keychain = new QLabel(this);
    m_keychain->setWordWrap(true);
    m_keychain->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_keychain->setAccessibleName(tr("Keychain status"));
    m_keychain->setObjectName(QStringLiteral("keychainStatus"));
    m_keychain->hide();
    contentLayout()->addWidget(m_keychain);

    addChecklistItem(ChecklistId::genAuthSource(),
                     tr("GenAuth's Feishu identity source holds this App ID, App Secret and identifier"));

    connect(m_appId, &FieldEdit::valueChanged, this, &CredentialsPage::warnOfAppIdChange);
    if (session())
        connect(session(), &SetupSession::connectionAppIdChanged, this, &CredentialsPage::warnOfAppIdChange);
    registerField(Field::AppId, m_appId, "value", SIGNAL(valueChanged()));
    registerField(Field::AppSecret, m_appSecret, "value", SIGNAL(valueChanged()));
    registerField(Field::UserPoolId, m_userPoolId, "value", SIGNAL(valueChanged()));
    registerField(Field::Identifier, m_identifier, "value", SIGNAL(valueChanged()));
    registerField(Field::UserPoolSecret, m_userPoolSecret, "value", SIGNAL(valueChanged()));
    registerField(Field::GenAuthAppId, m_genAuthAppId, "value", SIGNAL(valueChanged()));
    for (FieldEdit *edit : {m_appId, m_appSecret, m_userPoolId, m_identifier, m_userPoolSecret, m_genAuthAppId})
        connect(edit, &FieldEdit::valueChanged, this, &QWizardPage::completeChanged);
}

QFormLayout *CredentialsPage::buildForm()
{
    m_appId = new FieldEdit(tr("App ID"), FieldRules::appId, this);
    m_appSecret = new FieldEdit(tr("App Secret"), FieldRules::userPoolSecret, this);
    m_userPoolId = new FieldEdit(tr("GenAuth user pool ID"), FieldRules::userPoolId, this);
    m_identifier = new FieldEdit(tr("Connection identifier"), FieldRules::identifier, this);
    m_userPoolSecret = new FieldEdit(tr("GenAuth user pool secret"), FieldRules::userPoolSecret, this);
    m_genAuthAppId = new FieldEdit(tr("GenAuth application ID"), FieldRules::genAuthAppId, this);
    // The secret's rule also catches an App ID pasted into the secret field.
    m_appSecret->setRule([this](const QString &v) { return FieldRules::appSecret(v, m_appId->value()); });
    connect(m_appId, &FieldEdit::valueChanged, m_appSecret, &FieldEdit::recheck);
    m_appSecret->setSecret(true);
    m_userPoolSecret->setSecret(true);
    m_appId->setPlaceholderText(QStringLiteral("cli_a1b2c3d4e5f60718"));
    m_identifier->setPlaceholderText(QStringLiteral("feishu"));
    m_userPoolSecret->setPlaceholderText(tr("optional"));
    m_genAuthAppId->setPlaceholderText(tr("optional: the application to enable it on"));
    m_genAuthAppId->setObjectName(QStringLiteral("genAuthAppId"));
    m_appId->setObjectName(QStringLiteral("appId"));
    m_appSecret->setObjectName(QStringLiteral("appSecret"));
    m_userPoolId->setObjectName(QStringLiteral("userPoolId"));
    m_identifier->setObjectName(QStringLiteral("identifier"));
    m_userPoolSecret->setObjectName(QStringLiteral("userPoolSecret"));

    auto form = new QFormLayout;
    const auto addRow = [&](const QString &label, FieldEdit *edit) {
        auto l = new QLabel(label, this);
        l->setBuddy(edit);
        form->addRow(l, edit);
    };
    addRow(tr("&App ID:"), m_appId);
    addRow(tr("App &Secret:"), m_appSecret);
    addRow(tr("User &pool ID:"), m_userPoolId);
    addRow(tr("Connection &identifier:"), m_identifier);
    addRow(tr("User pool s&ecret:"), m_userPoolSecret);
    // The application the connection goes on, and a choice of several
    // from the pool's list (GenAuth turns it on per application).
    m_chooseApps = new QPushButton(tr("C&hoose…"), this);
    m_chooseApps->setObjectName(QStringLiteral("chooseGenAuthApps"));
    m_chooseApps->setToolTip(tr("Lists the user pool's applications with the connection's state in each, to put it on in several."));
    connect(m_chooseApps, &QPushButton::clicked, this, &CredentialsPage::chooseGenAuthApps);
    auto appRow = new QHBoxLayout;
    appRow->addWidget(m_genAuthAppId, 1);
    appRow->addWidget(m_chooseApps, 0, Qt::AlignTop);
    auto appLabel = new QLabel(tr("GenAuth a&pplication ID:"), this);
    appLabel->setBuddy(m_genAuthAppId);
    form->addRow(appLabel, appRow);
    m_otherApps = new QLabel(this);
    m_otherApps->setObjectName(QStringLiteral("otherGenAuthApps"));
    m_otherApps->setWordWrap(true);
    m_otherApps->hide();
    form->addRow(QString(), m_otherApps);

    // Before the App ID of an existing GenAuth connection changes (peers §2
    // #10): GenAuth knows its users by this app's open_id.
    m_appIdChange = new QLabel(this);
    m_appIdChange->setObjectName(QStringLiteral("appIdChangeWarning"));
    m_appIdChange->setWordWrap(true);
    m_appIdChange->setStyleSheet(toneStyle(Tone::Problem));
    m_appIdChange->hide();
    form->insertRow(1, QString(), m_appIdChange);
    return form;
}

QLabel *CredentialsPage::addActionRow(QPushButton *button, const QString &resultName, const QString &accessibleName)
{
    auto result = new QLabel(this);
    result->setObjectName(resultName);
    result->setWordWrap(true);
    result->setTextFormat(Qt::RichText);
    result->setOpenExternalLinks(true);
    result->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    result->setAccessibleName(accessibleName);
    auto row = new QHBoxLayout;
    row->addWidget(button);
    row->addWidget(result, 1);
    contentLayout()->addLayout(row);
    return result;
}

void CredentialsPage::warnOfAppIdChange()
{
    const QString held = session() ? session()->connectionAppId() : QString();
    const QString now = m_appId->value().trimmed();
    const bool changing = !held.isEmpty() && !now.isEmpty() && now != held;
    m_appIdChange->setVisible(changing);
    if (changing)
        m_appIdChange->setText(tr("GenAuth's connection holds App ID %1. If it is changed to %2, everyone who signed in "
                                  "through it arrives in GenAuth as a new user: Feishu's open_id, by which GenAuth knows "
                                  "them, differs per app. Use a new connection identifier for a new app, or keep %1.")
                                   .arg(held, now));
}

void CredentialsPage::initializePage()
{
    connect(session(), &SetupSession::keychainStateChanged, this, &CredentialsPage::showKeychainState,
            Qt::UniqueConnection);
    showKeychainState();
    showOtherGenAuthApps();
}

bool CredentialsPage::pageComplete() const
{
    if (m_busy)
        return false;
    for (const FieldEdit *edit : {m_appId, m_appSecret, m_userPoolId, m_identifier, m_userPoolSecret, m_genAuthAppId}) {
        if (!edit->isAcceptable())
            return false;
    }
    return true;
}

ProfileSecrets::Values CredentialsPage::secretValues() const
{
    return {{SecretName::AppSecret, m_appSecret->value()}, {SecretName::UserPoolSecret, m_userPoolSecret->value()}};
}

bool CredentialsPage::validatePage()
{
    if (!session()->secrets().differs(secretValues()))
        return true;
    if (!m_busy) {
        // The write is asynchronous: stay here and advance when it succeeds.
        saveSecretsThen([this] { wizard()->next(); });
    }
    return false;
}

void CredentialsPage::saveSecretsThen(std::function<void()> then, std::function<void()> failed)
{
    const ProfileSecrets::Values values = secretValues();
    if (!session()->secrets().differs(values)) {
        then();
        return;
    }
    // Secrets are stored before anything may use them.
    setBusy(true);
    m_keychain->setText(tr("Saving the secrets in the keychain…"));
    m_keychain->setStyleSheet({});
    m_keychain->show();
    session()->storeSecrets(values, this, [this, then = std::move(then), failed = std::move(failed)](const KeychainResult &r) {
        setBusy(false);
        if (r.ok())
            then();
        else if (failed)
            failed();
    });
}

void CredentialsPage::verify(std::optional<SetupChecks::Groups> only)
{
    if (m_busy || !m_appId->isAcceptable() || !m_appSecret->isAcceptable()) {
        m_verifyResult->setText(tr("Enter an App ID and App Secret first."));
        return;
    }
    m_verifyResult->setText(tr("Storing the secrets, then asking Feishu…"));
    saveSecretsThen([this, only] {
        delete m_checks;
        m_checks = session()->newChecks(this);
        m_verify->setEnabled(false);
        // Feishu's side, and GenAuth's too once its user pool secret is
        // here: every verdict of this run, Feishu's first.
        connect(m_checks, &SetupChecks::resultChanged, this, [this] {
            QStringList lines;
            for (const CheckResult &r : m_checks->results()) {
                if (r.status != CheckResult::Status::Pending)
                    lines.append(checkResultHtml(r, this));
            }
            m_verifyResult->setText(lines.join(QStringLiteral("<br>")));
        });
        connect(m_checks, &SetupChecks::finished, this, [this] { m_verify->setEnabled(true); });
        SetupChecks::Groups groups = SetupChecks::Group::Credentials;
        if (m_userPoolSecret->isAcceptable() && !m_userPoolSecret->value().isEmpty() && m_userPoolId->isAcceptable())
            groups |= SetupChecks::Group::GenAuth;
        m_checks->run(only ? *only : groups);
    }, [this] {
        // Secrets are never used before they are safely stored.
        m_verifyResult->setText(tr("Not verified: the secrets could not be stored in the keychain (see below)."));
    });
}

void CredentialsPage::verifyUnasked()
{
    ensureBuilt();
    if (m_checks || m_busy || m_appId->value().isEmpty() || m_appSecret->value().isEmpty() || !m_appId->isAcceptable()
        || !m_appSecret->isAcceptable())
        return;
    verify(SetupChecks::Group::Credentials);
}

void CredentialsPage::forgetVerification()
{
    delete m_checks; // its callbacks go with it
    m_checks = nullptr;
    m_verifyResult->clear();
    m_verify->setEnabled(true);
}

void CredentialsPage::createInGenAuth()
{
    if (m_busy)
        return;
    for (const FieldEdit *edit : {m_appId, m_appSecret, m_userPoolId, m_identifier}) {
        if (!edit->isAcceptable() || edit->value().isEmpty()) {
            m_genAuthResult->setText(tr("Enter the App ID, App Secret, user pool ID and connection identifier first."));
            return;
        }
    }
    if (m_userPoolSecret->value().isEmpty()) {
        m_genAuthResult->setText(tr("Enter the user pool secret first (GenAuth console: Settings → Basic Settings → Key Management)."));
        return;
    }
    m_genAuthResult->setText(tr("Storing the secrets…"));
    saveSecretsThen([this] {
        auto dialog = new GenAuthApplyDialog(session()->genAuth(), session()->identitySource(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_genAuthResult->clear();
        connect(dialog, &QDialog::finished, this, [this, dialog] {
            if (!dialog->result().done.isEmpty() || !dialog->result().error.ok()) {
                CheckResult r;
                if (dialog->succeeded()) {
                    r.status = CheckResult::Status::Pass;
                    r.message = dialog->result().done.join(QLatin1Char(' '));
                } else if (!dialog->result().error.ok()) {
                    r.fail(dialog->result().error);
                }
                m_genAuthResult->setText(checkResultHtml(r, this));
            }
            if (!dialog->succeeded())
                return;
            const IdentitySourceSpec used = dialog->spec();
            session()->setConnectionSettings(used.displayName, used.appIdKeys.join(QStringLiteral(", ")),
                                                 used.appSecretKeys.join(QStringLiteral(", ")));
            if (QCheckBox *done = item(ChecklistId::genAuthSource()))
                done->setChecked(true);
            // Read back: GenAuth's checks now see the connection (and the
            // step list forgets the failure from before it existed).
            verify(SetupChecks::Group::GenAuth);
        });
        dialog->open();
    }, [this] {
        m_genAuthResult->setText(tr("Nothing was sent: the secrets could not be stored in the keychain (see below)."));
    });
}

void CredentialsPage::chooseGenAuthApps()
{
    if (m_busy)
        return;
    if (!m_userPoolId->isAcceptable() || m_userPoolId->value().isEmpty() || m_userPoolSecret->value().isEmpty()) {
        m_genAuthResult->setText(tr("Enter the user pool ID and secret first: the list of applications comes from GenAuth."));
        return;
    }
    saveSecretsThen([this] {
        auto dialog = new GenAuthAppsDialog(session()->genAuth(), session()->profile().identifier, session()->profile().genAuthAppIds(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            session()->setGenAuthApplications(dialog->chosen());
            showOtherGenAuthApps();
        });
        dialog->open();
    }, [this] {
        m_genAuthResult->setText(tr("The applications were not listed: the secrets could not be stored in the keychain (see below)."));
    });
}

void CredentialsPage::showOtherGenAuthApps()
{
    const QStringList others = session()->profile().otherGenAuthAppIds;
    m_otherApps->setVisible(!others.isEmpty());
    m_otherApps->setText(tr("Also on the applications %1.").arg(others.join(QStringLiteral(", "))));
}

void CredentialsPage::setBusy(bool busy)
{
    m_busy = busy;
    emit completeChanged();
}

void CredentialsPage::showKeychainState()
{
    const KeychainResult state = session()->keychainState();
    m_keychain->setVisible(!state.ok());
    if (state.ok())
        return;
    QString text = tr("<b>Keychain unavailable.</b> %1").arg(state.message.toHtmlEscaped());
    if (!state.detail.isEmpty() && state.detail != state.message)
        text += QStringLiteral("<br><small>%1</small>").arg(tr("Details: %1").arg(state.detail.toHtmlEscaped()));
    m_keychain->setText(text);
    m_keychain->setStyleSheet(toneStyle(Tone::Problem));
}

} // namespace fss
