#include "cli/CommandSession.h"

#include "core/FieldRules.h"
#include "core/setup/ProfileMapping.h"
#include "core/setup/SecretStore.h"
#include "core/setup/SetupSession.h"
#include "core/transport/CertificateFile.h"

#include <QTimer>

namespace fss {

CommandSession::CommandSession(CommandLine command, ProfileStore store, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
    , m_store(std::move(store))
{
}

void CommandSession::stop(const QString &error, int exitCode)
{
    QTimer::singleShot(0, this, [this, error, exitCode] { emit failed(exitCode, error); });
}

void CommandSession::start()
{
    const CommandLine &c = m_command;
    if (!c.profile.isEmpty()) {
        const ProfileStore::Loaded loaded = m_store.load(c.profile);
        if (!loaded.profile) {
            return stop(loaded.error.isEmpty()
                                          ? tr("There is no profile called “%1”. Create it in the wizard, or give --app-id.").arg(c.profile)
                                          : loaded.error);
        }
        m_profile = *loaded.profile;
    }
    if (!c.appId.isEmpty())
        m_profile.appId = c.appId;
    if (!c.userPoolId.isEmpty())
        m_profile.userPoolId = c.userPoolId;
    if (!c.identifier.isEmpty())
        m_profile.identifier = c.identifier;
    if (!c.genAuthAppIds.isEmpty()) {
        m_profile.genAuthAppId = c.genAuthAppIds.first();
        m_profile.otherGenAuthAppIds = c.genAuthAppIds.mid(1);
    }
    if (!c.feishuApi.isEmpty())
        m_profile.feishuApi = c.feishuApi;
    if (m_profile.platform == Platform::Lark && !c.larkApi.isEmpty())
        m_profile.feishuApi = c.larkApi;
    if (c.cloud == QLatin1String("genauth")) {
        m_profile.cloud = Cloud::GenAuth;
    } else if (c.cloud == QLatin1String("authing")) {
        m_profile.cloud = Cloud::Authing;
    } else if (!c.cloud.isEmpty()) {
        m_profile.cloud = Cloud::Custom;
        m_profile.customHost = c.cloud;
    }
    if (!c.caCertificate.isEmpty()) {
        const CertificateFile file = CertificateFile::read(c.caCertificate);
        if (!file.ok())
            return stop(tr("--ca-cert: %1: %2").arg(c.caCertificate, file.error));
        m_profile.trustedCertificates.append(QString::fromLatin1(file.pem));
    }
    const FieldCheck appId = FieldRules::appId(m_profile.appId);
    if (!appId.acceptable())
        return stop(tr("App ID: %1").arg(appId.message));

    // A secret from the environment is for CI; otherwise the keychain.
    const QString fromEnvironment = qEnvironmentVariable("FSS_APP_SECRET");
    if (!fromEnvironment.isEmpty())
        return readPoolSecretThen(fromEnvironment);
    if (m_profile.name.isEmpty())
        return stop(tr("No App Secret: set FSS_APP_SECRET, or use --profile with a secret stored by the wizard."));
    SecretStore::read(m_profile.name, SecretName::AppSecret, this, [this](const KeychainResult &r, const QString &value) {
        if (r.status == KeychainResult::Status::NotFound || (r.ok() && value.isEmpty()))
            return stop(tr("The keychain holds no App Secret for profile “%1”. Enter it in the wizard (Step 2), or set "
                                         "FSS_APP_SECRET.")
                                          .arg(m_profile.name));
        if (!r.ok())
            return stop(tr("Cannot read the App Secret from the keychain: %1").arg(r.message));
        readPoolSecretThen(value);
    });
}

void CommandSession::readPoolSecretThen(const QString &appSecret)
{
    const QString fromEnvironment = qEnvironmentVariable("FSS_USERPOOL_SECRET");
    if (!fromEnvironment.isEmpty() || m_profile.name.isEmpty())
        return makeSession(appSecret, fromEnvironment);
    SecretStore::read(m_profile.name, SecretName::UserPoolSecret, this, [this, appSecret](const KeychainResult &r, const QString &value) {
        if (!r.ok() && r.status != KeychainResult::Status::NotFound)
            return stop(tr("Cannot read the user pool secret from the keychain: %1").arg(r.message));
        makeSession(appSecret, r.ok() ? value : QString());
    });
}

void CommandSession::makeSession(const QString &appSecret, const QString &poolSecret)
{
    m_session = new SetupSession(this);
    m_session->setStore(m_store); // what a run produces is saved into the stored profile
    m_session->setProfile(m_profile);
    // One writer per profile: `apply`, `rotate-secret` and `remove` change it, so they
    // do not start while the wizard or another command holds it; `check` and
    // a dry run only read, and go on read-only.
    const bool writes = ((m_command.mode == CommandLine::Mode::Apply || m_command.mode == CommandLine::Mode::Remove) && !m_command.dryRun)
        || m_command.mode == CommandLine::Mode::RotateSecret;
    if (!m_profile.name.isEmpty() && !m_session->lockProfile(m_profile.name) && writes)
        return stop(m_session->readOnlyReason(), exitFailed);
    const bool lark = m_profile.platform == Platform::Lark;
    const QString accounts = lark ? m_command.larkAccounts : m_command.feishuAccounts;
    // The other brand's Open API, asked when this one does not know the App
    // ID: given on the command line, or the brand's own when neither host is.
    const QString otherApi = lark ? (m_command.larkApi.isEmpty() ? QString() : m_command.feishuApi) : m_command.larkApi;
    if (!accounts.isEmpty() || !otherApi.isEmpty()) {
        FeishuEndpoints endpoints = ProfileMapping::feishuEndpoints(m_profile);
        if (!accounts.isEmpty())
            endpoints.accounts = QUrl(accounts);
        if (!otherApi.isEmpty())
            endpoints.otherBrandApi = QUrl(otherApi);
        m_session->setFeishuEndpoints(endpoints);
    }
    m_session->setSecrets(appSecret, poolSecret);
    const CommandLine &c = m_command;
    m_session->setRecordsHistory(c.appId.isEmpty() && c.userPoolId.isEmpty() && c.identifier.isEmpty() && c.genAuthAppIds.isEmpty()
                                 && c.feishuApi.isEmpty() && c.larkApi.isEmpty() && c.cloud.isEmpty());
    emit ready(m_session);
}

} // namespace fss
