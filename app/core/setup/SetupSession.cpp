#include "SetupSession.h"

#include "core/genauth/GenAuthClient.h"
#include "core/login/LoginProbe.h"
#include "core/login/OidcLogin.h"
#include "core/transport/ApiTransport.h"

#include <QCoreApplication>

namespace fss {

SetupSession::SetupSession(QObject *parent)
    : QObject(parent)
    , m_transport(new ApiTransport(nullptr, this))
    , m_feishu(new FeishuClient(m_transport, this))
    , m_genAuth(new GenAuthClient(m_transport, this))
{
}

void SetupSession::setProfile(const SetupProfile &profile)
{
    m_profile = profile;
    configureClients();
}

void SetupSession::setSecrets(const QString &appSecret, const QString &userPoolSecret)
{
    m_appSecret = appSecret.trimmed();
    m_userPoolSecret = userPoolSecret.trimmed();
    configureClients();
}

void SetupSession::forgetSecrets()
{
    // (Qt's strings may leave other copies in freed memory; this is what
    // Qt allows.)
    m_appSecret.clear();
    m_userPoolSecret.clear();
    m_feishu->setCredentials({}, {});
    m_genAuth->setCredentials({}, {});
}

void SetupSession::setFeishuEndpoints(const FeishuEndpoints &endpoints)
{
    m_feishuEndpoints = endpoints;
    configureClients();
}

FeishuEndpoints SetupSession::feishuEndpoints() const
{
    return m_feishuEndpoints ? *m_feishuEndpoints : FeishuEndpoints::forProfile(m_profile);
}

void SetupSession::configureClients()
{
    m_transport->setTrustedCertificates(trustedCertificates(m_profile));
    m_feishu->setPlatform(m_profile.platform);
    m_feishu->setEndpoints(feishuEndpoints());
    m_feishu->setCredentials(m_profile.appId, m_appSecret);
    m_genAuth->setEndpoints(GenAuthEndpoints::forProfile(m_profile));
    m_genAuth->setCredentials(m_profile.userPoolId, m_userPoolSecret);
}

IdentitySourceSpec SetupSession::identitySource(bool withSecret) const
{
    return IdentitySourceSpec::forProfile(m_profile, withSecret ? m_appSecret : QString());
}

OidcSettings SetupSession::oidcSettings() const
{
    return {m_profile.genAuthAppHost, m_profile.genAuthAppId, m_profile.effectiveOidcCallback()};
}

SetupChecks *SetupSession::newChecks(QObject *parent)
{
    auto checks = new SetupChecks(m_feishu, parent);
    connect(checks, &SetupChecks::resultChanged, this, &SetupSession::checkResult);
    checks->setProfile(m_profile);
    checks->setGenAuth(m_genAuth, identitySource());
    // The availability check asks about the person of the last login test.
    if (const auto &login = m_logins.feishuLogin; login && login->ok())
        checks->setSignedInUser(login->value(QStringLiteral("open_id")), login->value(QStringLiteral("name")),
                                login->value(QStringLiteral("union_id")));
    return checks;
}

GenAuthIdentitySource *SetupSession::newIdentitySourceRun(QObject *parent, bool withSecret) const
{
    return new GenAuthIdentitySource(m_genAuth, identitySource(withSecret), parent);
}

LoginProbe *SetupSession::newLoginProbe(QObject *parent) const
{
    return new LoginProbe(m_feishu, parent);
}

OidcLogin *SetupSession::newOidcLogin(QObject *parent) const
{
    auto login = new OidcLogin(m_transport, parent);
    login->setSettings(oidcSettings());
    return login;
}

void SetupSession::recordLogin(const LoginResult &result)
{
    m_logins.feishuLogin = result;
    m_logins.feishuLoginAt = QDateTime::currentDateTimeUtc();
}

void SetupSession::recordLogin(const OidcLoginResult &result)
{
    m_logins.genAuthLogin = result;
    m_logins.genAuthLoginAt = QDateTime::currentDateTimeUtc();
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
