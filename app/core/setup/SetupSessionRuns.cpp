// SetupSession, what the steps run: the clients (made on first use), the
// hosts they talk to, and the checks, logins, identity-source runs and app
// registrations built on them, and the login results kept for the report.
#include "core/setup/SetupSession.h"

#include "core/genauth/GenAuthClient.h"
#include "core/login/LoginProbe.h"
#include "core/login/OidcLogin.h"
#include "core/setup/ProfileMapping.h"
#include "core/transport/ApiTransport.h"

#include <QCoreApplication>

namespace fss {

// ---- Clients ----------------------------------------------------------------

void SetupSession::ensureClients() const
{
    if (!m_transport) {
        auto *self = const_cast<SetupSession *>(this); // the clients are the session's children
        m_transport = new ApiTransport(self);
        m_feishu = new FeishuClient(m_transport, self);
        m_genAuth = new GenAuthClient(m_transport, self);
    }
    if (!m_clientsStale)
        return;
    m_clientsStale = false;
    m_transport->setTrustedCertificates(ProfileMapping::trustedCertificates(m_profile));
    m_feishu->setPlatform(m_profile.platform);
    m_feishu->setEndpoints(feishuEndpoints());
    m_feishu->setCredentials(m_profile.appId, m_appSecret);
    m_genAuth->setEndpoints(ProfileMapping::genAuthEndpoints(m_profile));
    m_genAuth->setCredentials(m_profile.userPoolId, m_userPoolSecret);
}

void SetupSession::setFeishuEndpoints(const FeishuEndpoints &endpoints)
{
    m_feishuEndpoints = endpoints;
    clientsChanged();
}

FeishuEndpoints SetupSession::feishuEndpoints() const
{
    return m_feishuEndpoints ? *m_feishuEndpoints : ProfileMapping::feishuEndpoints(m_profile);
}

void SetupSession::setRegistrationEndpoints(const RegistrationEndpoints &endpoints)
{
    m_registrationEndpoints = endpoints;
}

RegistrationEndpoints SetupSession::registrationEndpoints() const
{
    if (m_registrationEndpoints)
        return *m_registrationEndpoints;
    RegistrationEndpoints e = RegistrationEndpoints::defaults();
    if (m_prefill) {
        e.feishuAccounts = m_prefill->endpoints.accounts;
        e.larkAccounts = m_prefill->larkAccounts;
    } else if (!m_profile.feishuApi.isEmpty()) {
        e.feishuAccounts = QUrl(m_profile.feishuApi); // a private host serves both
        e.larkAccounts = QUrl(m_profile.feishuApi);
    }
    return e;
}

ApiTransport *SetupSession::transport() const
{
    ensureClients();
    return m_transport;
}

FeishuClient *SetupSession::feishu() const
{
    ensureClients();
    return m_feishu;
}

GenAuthClient *SetupSession::genAuth() const
{
    ensureClients();
    return m_genAuth;
}

IdentitySourceSpec SetupSession::identitySource(bool withSecret) const
{
    return ProfileMapping::identitySource(m_profile, withSecret ? m_appSecret : QString());
}

OidcSettings SetupSession::oidcSettings() const
{
    return {m_profile.genAuthAppHost, m_profile.genAuthAppId, m_profile.effectiveOidcCallback()};
}

SetupChecks *SetupSession::newChecks(QObject *parent)
{
    auto checks = new SetupChecks(feishu(), parent);
    connect(checks, &SetupChecks::resultChanged, this, &SetupSession::noteVerdict);
    connect(checks, &SetupChecks::resultChanged, this, &SetupSession::checkResult);
    checks->setProfile(m_profile);
    checks->setHistory(m_recordsHistory ? m_profile.checkHistory : QMap<QString, CheckHistory>{});
    // What each check found is kept in the profile (when it last passed,
    // since when it fails), unless the command line's flags replaced what
    // the profile says: then the verdicts are not about this profile.
    if (m_recordsHistory) {
        connect(checks, &SetupChecks::finished, this, [this, checks] {
            QMap<QString, CheckHistory> found;
            for (const CheckResult &r : checks->results()) {
                const QString id = r.id.toString();
                if (checks->history().contains(id) && (r.status == CheckResult::Status::Pass || r.status == CheckResult::Status::Fail))
                    found.insert(id, checks->history().value(id));
            }
            if (!found.isEmpty() && !isReadOnly()) // a read-only profile keeps what it had
                persist([found](SetupProfile &p) { p.checkHistory.insert(found); });
        });
    }
    checks->setGenAuth(genAuth(), identitySource());
    // The availability check asks about the person of the last login test.
    if (const auto &login = m_logins.feishuLogin; login && login->ok())
        checks->setSignedInUser(login->value(QStringLiteral("open_id")), login->value(QStringLiteral("name")),
                                login->value(QStringLiteral("union_id")));
    return checks;
}

GenAuthIdentitySource *SetupSession::newIdentitySourceRun(QObject *parent, bool withSecret) const
{
    return new GenAuthIdentitySource(genAuth(), identitySource(withSecret), parent);
}

LoginProbe *SetupSession::newLoginProbe(QObject *parent) const
{
    return new LoginProbe(feishu(), parent);
}

OidcLogin *SetupSession::newOidcLogin(QObject *parent) const
{
    auto login = new OidcLogin(transport(), parent);
    login->setSettings(oidcSettings());
    return login;
}

AppRegistration *SetupSession::newAppRegistration(QObject *parent) const
{
    return new AppRegistration(transport(), registrationEndpoints(), parent);
}

SecretRotation *SetupSession::newSecretRotation(QObject *parent)
{
    auto verifier = new FeishuClient(transport());
    verifier->setPlatform(m_profile.platform);
    verifier->setEndpoints(feishuEndpoints());
    auto rotation = new SecretRotation(genAuth(), verifier, identitySource(), m_profile.platform, parent);
    verifier->setParent(rotation);
    rotation->setKeeper([this](const QString &secret, QObject *context, SecretStore::Done done) {
        adoptRotatedSecret(secret, context, std::move(done));
    });
    return rotation;
}

SetupRemoval *SetupSession::newRemoval(QObject *parent) const
{
    return new SetupRemoval(genAuth(), feishu(), identitySource(false), ProfileMapping::redirectUrl(m_profile), m_profile.platform, parent);
}

// ---- Results ----------------------------------------------------------------

void SetupSession::recordLogin(const LoginResult &result)
{
    m_logins.feishuLogin = result;
    m_logins.feishuLoginAt = QDateTime::currentDateTimeUtc();
    m_progress.setLoginWorked(result.ok());
    emit progressChanged();
}

void SetupSession::recordLogin(const OidcLoginResult &result)
{
    m_logins.genAuthLogin = result;
    m_logins.genAuthLoginAt = QDateTime::currentDateTimeUtc();
    m_progress.setLoginWorked(result.ok());
    emit progressChanged();
}

SetupReport SetupSession::report(const QList<CheckResult> &checks) const
{
    SetupReport r = m_logins;
    r.profile = m_profile;
    r.checks = checks;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.generator = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
    return r;
}

} // namespace fss
