#include "SetupWizard.h"

#include "StepPage.h"
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
    , m_transport(new ApiTransport(nullptr, this))
    , m_feishu(new FeishuClient(m_transport, this))
    , m_genAuth(new GenAuthClient(m_transport, this))
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

void SetupWizard::ensurePagesBuilt() const
{
    for (int id : pageIds()) {
        if (auto lazy = dynamic_cast<LazyPage *>(page(id)))
            lazy->ensureBuilt();
    }
}

void SetupWizard::initializePage(int id)
{
    if (auto lazy = dynamic_cast<LazyPage *>(page(id)))
        lazy->ensureBuilt();
    QWizard::initializePage(id);
}

SetupProfile SetupWizard::profile() const
{
    ensurePagesBuilt(); // the fields live on the pages
    SetupProfile p;
    p.name = field(QStringLiteral("profileName")).toString().trimmed();
    p.platform = field(QStringLiteral("lark")).toBool() ? Platform::Lark : Platform::Feishu;
    p.cloud = Cloud(qBound(0, field(QStringLiteral("cloud")).toInt(), int(Cloud::Custom)));
    if (p.cloud == Cloud::Custom) {
        const FieldCheck host = FieldRules::customHost(field(QStringLiteral("customHost")).toString());
        p.customHost = host.value;
    }
    p.feishuApi = FieldRules::feishuApi(field(QStringLiteral("feishuApi")).toString()).value;
    p.appId = field(QStringLiteral("appId")).toString().trimmed();
    p.userPoolId = field(QStringLiteral("userPoolId")).toString().trimmed();
    p.identifier = field(QStringLiteral("identifier")).toString().trimmed();
    p.version = field(QStringLiteral("version")).toString().trimmed();
    p.genAuthAppId = field(QStringLiteral("genAuthAppId")).toString().trimmed();
    p.genAuthAppHost = FieldRules::authAddress(field(QStringLiteral("genAuthAppHost")).toString()).value;
    const QString callback = FieldRules::callbackUrl(field(QStringLiteral("oidcCallback")).toString()).value;
    p.oidcCallback = callback == QLatin1String(SetupProfile::defaultOidcCallback) ? QString() : callback;
    p.trustedCertificates = field(QStringLiteral("trustedCertificates")).toStringList();
    p.connectionName = m_connectionName;
    p.appIdFieldKey = m_appIdFieldKey;
    p.appSecretFieldKey = m_appSecretFieldKey;
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
    setField(QStringLiteral("appId"), p.appId);
    setField(QStringLiteral("userPoolId"), p.userPoolId);
    setField(QStringLiteral("identifier"), p.identifier);
    setField(QStringLiteral("version"), p.version);
    setField(QStringLiteral("genAuthAppId"), p.genAuthAppId);
    setField(QStringLiteral("trustedCertificates"), p.trustedCertificates);
    setField(QStringLiteral("genAuthAppHost"), p.genAuthAppHost);
    setField(QStringLiteral("oidcCallback"), p.effectiveOidcCallback());
    setConnectionSettings(p.connectionName, p.appIdFieldKey, p.appSecretFieldKey);
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
            setField(QStringLiteral("appSecret"), values.value(SecretName::AppSecret));
        if (values.contains(SecretName::UserPoolSecret))
            setField(QStringLiteral("userPoolSecret"), values.value(SecretName::UserPoolSecret));
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
        if (!page->property("busy").toBool())
            m_resumeTarget = -1;
        return;
    }
    next();
}

void SetupWizard::useSandbox(const SandboxSettings &settings)
{
    ensurePagesBuilt();
    m_sandbox = settings;
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
    setSideWidget(banner);
    const auto fill = [this](const char *name, const QString &value) {
        if (field(QLatin1String(name)).toString().isEmpty())
            setField(QLatin1String(name), value);
    };
    fill("appId", settings.appId);
    fill("appSecret", settings.appSecret);
    fill("userPoolId", settings.userPoolId);
    fill("identifier", settings.identifier);
    if (settings.genAuth.isValid()) {
        // The imitation stands in for a private GenAuth: its redirect URL is
        // registered in the imitated Feishu app.
        if (field(QStringLiteral("customHost")).toString().isEmpty()) {
            setField(QStringLiteral("cloud"), int(Cloud::Custom));
            setField(QStringLiteral("customHost"), settings.genAuth.toString());
        }
        fill("userPoolSecret", settings.userPoolSecret);
        fill("genAuthAppId", settings.genAuthAppId);
        fill("genAuthAppHost", settings.genAuth.toString());
    }
}

void SetupWizard::setLoginResult(const LoginResult &result)
{
    m_logins.feishuLogin = result;
    m_logins.feishuLoginAt = QDateTime::currentDateTimeUtc();
}

void SetupWizard::setLoginResult(const OidcLoginResult &result)
{
    m_logins.genAuthLogin = result;
    m_logins.genAuthLoginAt = QDateTime::currentDateTimeUtc();
}

SetupReport SetupWizard::report(const QList<CheckResult> &checks) const
{
    SetupReport r = m_logins;
    r.profile = profile();
    r.checks = checks;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.generator = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
    return r;
}

WelcomeChoices SetupWizard::welcomeChoices() const
{
    return {true,
            field(QStringLiteral("profileName")).toString(),
            field(QStringLiteral("lark")).toBool(),
            field(QStringLiteral("cloud")).toInt(),
            field(QStringLiteral("customHost")).toString(),
            field(QStringLiteral("feishuApi")).toString(),
            field(QStringLiteral("trustedCertificates")).toStringList()};
}

void SetupWizard::setWelcomeChoices(const WelcomeChoices &c)
{
    if (!c.carried)
        return;
    setField(QStringLiteral("lark"), c.lark);
    setField(QStringLiteral("cloud"), c.cloud);
    setField(QStringLiteral("customHost"), c.customHost);
    setField(QStringLiteral("feishuApi"), c.feishuApi);
    setField(QStringLiteral("trustedCertificates"), c.trustedCertificates);
    setField(QStringLiteral("profileName"), c.profileName);
}

void SetupWizard::setConnectionSettings(const QString &displayName, const QString &appIdKey, const QString &appSecretKey)
{
    const auto orEmpty = [](const QString &value, const char *fallback) { return value == QLatin1String(fallback) ? QString() : value; };
    m_connectionName = orEmpty(displayName.trimmed(), SetupProfile::defaultConnectionName);
    m_appIdFieldKey = orEmpty(appIdKey.trimmed(), SetupProfile::defaultAppIdFieldKey);
    m_appSecretFieldKey = orEmpty(appSecretKey.trimmed(), SetupProfile::defaultAppSecretFieldKey);
}

GenAuthClient *SetupWizard::genAuth()
{
    const SetupProfile p = profile();
    m_transport->setTrustedCertificates(trustedCertificates(p));
    m_genAuth->setEndpoints(GenAuthEndpoints::forProfile(p));
    m_genAuth->setCredentials(p.userPoolId, field(QStringLiteral("userPoolSecret")).toString().trimmed());
    return m_genAuth;
}

FeishuEndpoints SetupWizard::feishuEndpoints() const
{
    return feishuEndpoints(profile());
}

FeishuEndpoints SetupWizard::feishuEndpoints(const SetupProfile &p) const
{
    return m_sandbox ? m_sandbox->endpoints : FeishuEndpoints::forProfile(p);
}

FeishuClient *SetupWizard::feishu()
{
    return feishu(profile());
}

FeishuClient *SetupWizard::feishu(const SetupProfile &p)
{
    m_transport->setTrustedCertificates(trustedCertificates(p));
    m_feishu->setPlatform(p.platform);
    m_feishu->setEndpoints(feishuEndpoints(p));
    m_feishu->setCredentials(p.appId, field(QStringLiteral("appSecret")).toString().trimmed());
    return m_feishu;
}

SetupChecks *SetupWizard::newChecks(QObject *parent)
{
    const SetupProfile p = profile();
    auto checks = new SetupChecks(feishu(p), parent);
    checks->setProfile(p);
    checks->setGenAuth(genAuth(), IdentitySourceSpec::forProfile(p, field(QStringLiteral("appSecret")).toString().trimmed()));
    return checks;
}

void SetupWizard::done(int result)
{
    const QString error = saveProgress();
    if (!error.isEmpty())
        qCWarning(lcWizard) << "could not save on close:" << error;
    // The secrets are in the keychain; the copies the wizard held go now.
    // (Qt's strings may leave other copies in freed memory; this is what
    // Qt allows.)
    m_feishu->setCredentials({}, {});
    m_genAuth->setCredentials({}, {});
    if (isBuilt(page(int(Step::Credentials)))) {
        setField(QStringLiteral("appSecret"), QString());
        setField(QStringLiteral("userPoolSecret"), QString());
    }
    QWizard::done(result);
}

} // namespace fss
