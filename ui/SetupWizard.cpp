#include "SetupWizard.h"

#include "StepList.h"
#include "StepPage.h"
#include "WizardPage.h"
#include "core/setup/FieldRules.h"
#include "core/transport/Logging.h"
#include "pages/CreateAppPage.h"
#include "pages/CredentialsPage.h"
#include "pages/PermissionsPage.h"
#include "pages/PublishPage.h"
#include "pages/RedirectUrlPage.h"
#include "pages/SummaryPage.h"
#include "pages/TestLoginPage.h"
#include "pages/WebPagePage.h"
#include "pages/WelcomePage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>

namespace fss {

SetupWizard::SetupWizard(ProfileStore store, const QString &profileName, QWidget *parent)
    : QWizard(parent)
    , m_store(std::move(store))
    , m_session(new SetupSession(this))
{
    setWindowTitle(tr("Feishu SSO Setup"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButton, false);
    setMinimumSize(820, 640);

    setPage(int(Step::Welcome), new WelcomePage(profileName));
    setPage(int(Step::CreateApp), new CreateAppPage);
    setPage(int(Step::Credentials), new CredentialsPage);
    setPage(int(Step::WebPage), new WebPagePage);
    setPage(int(Step::RedirectUrl), new RedirectUrlPage);
    setPage(int(Step::Permissions), new PermissionsPage);
    setPage(int(Step::Publish), new PublishPage);
    setPage(int(Step::TestLogin), new TestLoginPage);
    setPage(int(Step::Summary), new SummaryPage);
    setStartId(int(Step::Welcome));

    // Where each step stands, beside the pages, from every check's verdicts.
    m_stepList = new StepList(this);
    setSideWidget(m_stepList);
    connect(m_session, &SetupSession::checkResult, m_stepList, &StepList::addVerdict);
    // The App ID GenAuth's connection was last seen holding: changing it
    // makes every user who signed in through it a new GenAuth user.
    connect(m_session, &SetupSession::checkResult, this, [this](const CheckResult &r) {
        if (r.id == CheckId::genAuthConnection().toString() && r.status == CheckResult::Status::Pass) {
            m_connectionAppId = m_session->profile().appId;
            emit connectionAppIdChanged();
        }
    });
    connect(m_stepList, &StepList::stepClicked, this, [this](Step step) {
        // Back, page by page, as the Back button goes: each page cleans up.
        m_resumeTarget = -1;
        while (currentId() > int(step) && visitedIds().contains(int(step)))
            back();
    });
    connect(this, &QWizard::currentIdChanged, m_stepList, [this](int id) {
        if (id < 0)
            return;
        m_stepList->setCurrent(Step(id));
        QList<int> earlier;
        for (int visited : visitedIds()) {
            if (visited < id)
                earlier.append(visited);
        }
        m_stepList->setReachable(earlier);
    });

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // While resuming, the profile keeps the step it was left at.
        if (id > int(Step::Welcome) && id >= m_resumeTarget) {
            const QString error = saveProgress();
            if (!error.isEmpty())
                emit progressSaveFailed(error);
        }
        if (QWizardPage *p = currentPage())
            connect(p, &QWizardPage::completeChanged, this, &SetupWizard::continueResume, Qt::UniqueConnection);
        QTimer::singleShot(0, this, &SetupWizard::continueResume);
    });
    // Going back means the operator takes over from the resume.
    connect(button(QWizard::BackButton), &QAbstractButton::clicked, this, [this] { m_resumeTarget = -1; });
    connect(this, &SetupWizard::progressSaveFailed, this, [this](const QString &error) {
        auto box = new QMessageBox(QMessageBox::Warning, tr("Progress not saved"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void SetupWizard::ensurePagesBuilt()
{
    for (int id : pageIds()) {
        if (auto p = qobject_cast<WizardPage *>(page(id)))
            p->ensureBuilt();
    }
}

void SetupWizard::initializePage(int id)
{
    if (auto p = qobject_cast<WizardPage *>(page(id)))
        p->ensureBuilt();
    QWizard::initializePage(id);
}

SetupProfile SetupWizard::profile() const
{
    SetupProfile p;
    p.name = fieldValue(Field::ProfileName).toString().trimmed();
    p.platform = fieldValue(Field::Lark).toBool() ? Platform::Lark : Platform::Feishu;
    p.cloud = Cloud(qBound(0, fieldValue(Field::Cloud).toInt(), int(Cloud::Custom)));
    if (p.cloud == Cloud::Custom) {
        const FieldCheck host = FieldRules::customHost(fieldValue(Field::CustomHost).toString());
        p.customHost = host.value;
    }
    p.feishuApi = FieldRules::feishuApi(fieldValue(Field::FeishuApi).toString()).value;
    p.appId = fieldValue(Field::AppId).toString().trimmed();
    p.userPoolId = fieldValue(Field::UserPoolId).toString().trimmed();
    p.identifier = fieldValue(Field::Identifier).toString().trimmed();
    p.version = fieldValue(Field::Version).toString().trimmed();
    p.genAuthAppId = fieldValue(Field::GenAuthAppId).toString().trimmed();
    p.genAuthAppHost = FieldRules::authAddress(fieldValue(Field::GenAuthAppHost).toString()).value;
    const QString callback = FieldRules::callbackUrl(fieldValue(Field::OidcCallback).toString()).value;
    p.oidcCallback = callback == QLatin1String(SetupProfile::defaultOidcCallback) ? QString() : callback;
    p.trustedCertificates = fieldValue(Field::TrustedCertificates).toStringList();
    p.connectionName = m_connectionName;
    p.appIdFieldKey = m_appIdFieldKey;
    p.appSecretFieldKey = m_appSecretFieldKey;
    p.releaseWaiting = m_releaseWaiting;
    p.availableToAll = m_availability.toAll;
    p.availableDepartments = m_availability.departments;
    for (int id : pageIds()) {
        if (auto step = qobject_cast<StepPage *>(page(id)))
            p.ticked.unite(step->ticked());
    }
    p.appSecretStored = m_secrets.isStored(SecretName::AppSecret);
    p.userPoolSecretStored = m_secrets.isStored(SecretName::UserPoolSecret);
    p.lastStep = currentId() >= 0 ? Step(currentId()) : Step::Welcome;
    return p;
}

void SetupWizard::applyProfile(const SetupProfile &p)
{
    setFieldValue(Field::AppId, p.appId);
    setFieldValue(Field::UserPoolId, p.userPoolId);
    setFieldValue(Field::Identifier, p.identifier);
    setFieldValue(Field::Version, p.version);
    setFieldValue(Field::GenAuthAppId, p.genAuthAppId);
    setFieldValue(Field::TrustedCertificates, p.trustedCertificates);
    setFieldValue(Field::GenAuthAppHost, p.genAuthAppHost);
    setFieldValue(Field::OidcCallback, p.effectiveOidcCallback());
    setConnectionSettings(p.connectionName, p.appIdFieldKey, p.appSecretFieldKey);
    m_releaseWaiting = p.releaseWaiting;
    m_availability = AvailabilityIntent::forProfile(p);
    for (int id : pageIds()) {
        if (auto step = qobject_cast<StepPage *>(page(id)))
            step->setTicked(p.ticked);
    }
}

void SetupWizard::openProfile(const QString &name, std::function<void(const QString &)> done)
{
    ensurePagesBuilt();
    std::optional<SetupProfile> saved;
    if (m_store.contains(name)) {
        ProfileStore::Loaded loaded = m_store.load(name);
        if (!loaded.profile) {
            done(loaded.error);
            return;
        }
        saved = loaded.profile;
    }

    m_secrets.setProfile(name);
    m_profileOpen = false;
    m_resumeTarget = saved && saved->lastStep > Step::Welcome ? int(saved->lastStep) : -1;
    if (saved)
        applyProfile(*saved); // a new name keeps what is on the pages: "save as"
    qCInfo(lcWizard) << "opening profile" << name << (saved ? "(saved)" : "(new)");

    m_secrets.load(this, [this, done](const KeychainResult &r, const ProfileSecrets::Values &values) {
        // Without a keychain the profile still opens; the Credentials page
        // says what is wrong and the resume stops there.
        setKeychainState(r);
        if (values.contains(SecretName::AppSecret))
            setFieldValue(Field::AppSecret, values.value(SecretName::AppSecret));
        if (values.contains(SecretName::UserPoolSecret))
            setFieldValue(Field::UserPoolSecret, values.value(SecretName::UserPoolSecret));
        m_profileOpen = true;
        done({});
    });
}

void SetupWizard::setKeychainState(const KeychainResult &state)
{
    m_keychainState = state;
    emit keychainStateChanged();
}

QString SetupWizard::saveProgress()
{
    if (!m_profileOpen)
        return {};
    return m_store.save(profile());
}

void SetupWizard::continueResume()
{
    if (m_resumeTarget < 0)
        return;
    QWizardPage *page = currentPage();
    if (!page || currentId() >= m_resumeTarget) {
        m_resumeTarget = -1; // arrived
        return;
    }
    if (!page->isComplete()) {
        // A page still waiting for the keychain will say when it is done;
        // any other incomplete page is for the operator to finish.
        auto p = qobject_cast<WizardPage *>(page);
        if (!p || !p->isBusy())
            m_resumeTarget = -1;
        return;
    }
    next();
}

void SetupWizard::useSandbox(const SandboxSettings &settings)
{
    ensurePagesBuilt();
    m_sandbox = settings;
    m_session->setFeishuEndpoints(settings.endpoints);
    setWindowTitle(tr("Feishu SSO Setup — sandbox"));
    QString text = tr("<b>Sandbox</b><br>Nothing leaves this computer: Feishu is imitated at %1.")
                       .arg(settings.endpoints.openApi.toString().toHtmlEscaped());
    if (settings.genAuth.isValid())
        text += QLatin1Char(' ') + tr("GenAuth is imitated at %1, as a private host.").arg(settings.genAuth.toString().toHtmlEscaped());
    text += QStringLiteral("<br><br>") + tr("Step 2 is filled in with the test app (App ID %1); every live check runs against the "
                                            "imitation.")
                                             .arg(settings.appId.toHtmlEscaped());
    auto banner = new QLabel(text, this);
    banner->setObjectName(QStringLiteral("sandboxBanner"));
    banner->setWordWrap(true);
    banner->setMaximumWidth(200);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    banner->setAccessibleName(tr("Sandbox mode"));
    banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #3b2f00; padding: 8px; border: 1px solid #e0c050; }"));
    banner->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stepList->addNote(banner);
    const auto fill = [this](Field field, const QString &value) {
        if (fieldValue(field).toString().isEmpty())
            setFieldValue(field, value);
    };
    fill(Field::AppId, settings.appId);
    fill(Field::AppSecret, settings.appSecret);
    fill(Field::UserPoolId, settings.userPoolId);
    fill(Field::Identifier, settings.identifier);
    if (settings.genAuth.isValid()) {
        // The imitation stands in for a private GenAuth: its redirect URL is
        // registered in the imitated Feishu app.
        if (fieldValue(Field::CustomHost).toString().isEmpty()) {
            setFieldValue(Field::Cloud, int(Cloud::Custom));
            setFieldValue(Field::CustomHost, settings.genAuth.toString());
        }
        fill(Field::UserPoolSecret, settings.userPoolSecret);
        fill(Field::GenAuthAppId, settings.genAuthAppId);
        fill(Field::GenAuthAppHost, settings.genAuth.toString());
    }
}

WelcomeChoices SetupWizard::welcomeChoices() const
{
    return {true,
            fieldValue(Field::ProfileName).toString(),
            fieldValue(Field::Lark).toBool(),
            fieldValue(Field::Cloud).toInt(),
            fieldValue(Field::CustomHost).toString(),
            fieldValue(Field::FeishuApi).toString(),
            fieldValue(Field::TrustedCertificates).toStringList()};
}

void SetupWizard::setWelcomeChoices(const WelcomeChoices &c)
{
    if (!c.carried)
        return;
    setFieldValue(Field::Lark, c.lark);
    setFieldValue(Field::Cloud, c.cloud);
    setFieldValue(Field::CustomHost, c.customHost);
    setFieldValue(Field::FeishuApi, c.feishuApi);
    setFieldValue(Field::TrustedCertificates, c.trustedCertificates);
    setFieldValue(Field::ProfileName, c.profileName);
}

void SetupWizard::setConnectionSettings(const QString &displayName, const QString &appIdKey, const QString &appSecretKey)
{
    const auto orEmpty = [](const QString &value, const char *fallback) { return value == QLatin1String(fallback) ? QString() : value; };
    m_connectionName = orEmpty(displayName.trimmed(), SetupProfile::defaultConnectionName);
    const auto keys = [](const QString &text) { return SetupProfile::fieldKeys(text).join(QStringLiteral(", ")); };
    m_appIdFieldKey = orEmpty(keys(appIdKey), SetupProfile::defaultAppIdFieldKeys);
    m_appSecretFieldKey = orEmpty(keys(appSecretKey), SetupProfile::defaultAppSecretFieldKeys);
}

void SetupWizard::setReleaseWaiting(const QString &version)
{
    m_releaseWaiting = version;
    const QString error = saveProgress();
    if (!error.isEmpty())
        emit progressSaveFailed(error);
}

RegistrationEndpoints SetupWizard::registrationEndpoints() const
{
    RegistrationEndpoints e = RegistrationEndpoints::defaults();
    if (m_sandbox) {
        e.feishuAccounts = m_sandbox->endpoints.accounts;
        e.larkAccounts = m_sandbox->larkAccounts;
    } else if (const QString host = fieldValue(Field::FeishuApi).toString().trimmed(); !host.isEmpty()) {
        e.feishuAccounts = QUrl(host); // a private host serves both
        e.larkAccounts = QUrl(host);
    }
    return e;
}

void SetupWizard::adoptNewApp(const RegisteredApp &app, std::function<void(const KeychainResult &)> done)
{
    ensurePagesBuilt();
    const RegisteredApp created = app;
    m_secrets.save({{SecretName::AppSecret, created.appSecret}}, this, [this, created, done](const KeychainResult &r) {
        if (r.ok()) {
            setFieldValue(Field::Lark, created.platform == Platform::Lark);
            setFieldValue(Field::AppId, created.appId);
            setFieldValue(Field::AppSecret, created.appSecret);
            // The registration proves both items of step 1.
            if (auto step = qobject_cast<StepPage *>(page(int(Step::CreateApp))))
                step->setTicked(step->ticked() + QSet<QString>{ChecklistId::appCreated().toString(), ChecklistId::appOpens().toString()});
            const QString error = saveProgress();
            if (!error.isEmpty())
                emit progressSaveFailed(error);
        }
        done(r);
    });
}

void SetupWizard::runLiveChecks()
{
    ensurePagesBuilt();
    for (int id : pageIds()) {
        if (auto step = qobject_cast<StepPage *>(page(id)))
            step->runLiveCheck();
    }
}

void SetupWizard::setAvailability(const AvailabilityIntent &intent)
{
    m_availability = intent;
    const QString error = saveProgress();
    if (!error.isEmpty())
        emit progressSaveFailed(error);
}

SetupSession *SetupWizard::syncSession()
{
    m_session->setProfile(profile());
    m_session->setSecrets(fieldValue(Field::AppSecret).toString(), fieldValue(Field::UserPoolSecret).toString());
    return m_session;
}

void SetupWizard::done(int result)
{
    const QString error = saveProgress();
    if (!error.isEmpty())
        qCWarning(lcWizard) << "could not save on close:" << error;
    // The secrets are in the keychain; the copies the wizard held go now.
    m_session->forgetSecrets();
    if (isBuilt(page(int(Step::Credentials)))) {
        setFieldValue(Field::AppSecret, QString());
        setFieldValue(Field::UserPoolSecret, QString());
    }
    QWizard::done(result);
}

} // namespace fss
