// One operator's setup as the core works on it: the profile, its secrets,
// the HTTP transport and both platform clients, kept configured together.
// The wizard and `check` both start from it. It builds what the steps run,
// ready to use: the live checks, the login attempts and the identity-source
// runs (Create it for me); and it keeps the login tests' results for the
// report. Only setProfile(), setSecrets() and forgetSecrets() change it.
#pragma once

#include "core/feishu/FeishuClient.h"
#include "core/genauth/GenAuthIdentitySource.h"
#include "core/login/OidcLogin.h"
#include "core/setup/SetupChecks.h"
#include "core/setup/SetupProfile.h"
#include "core/setup/SetupReport.h"

#include <QObject>

#include <optional>

namespace fss {

class ApiTransport;
class GenAuthClient;
class LoginProbe;
class OidcLogin;

class SetupSession : public QObject
{
    Q_OBJECT

public:
    explicit SetupSession(QObject *parent = nullptr);

    // The clients take the profile's hosts, trusted certificates and App ID
    // and user pool ID at once.
    void setProfile(const SetupProfile &profile);
    // The secrets the clients use, already in the keychain (or, for `check`,
    // from the environment).
    void setSecrets(const QString &appSecret, const QString &userPoolSecret);
    // Drops the session's copies of the secrets (the keychain keeps them).
    void forgetSecrets();
    // Feishu hosts that stand in for the profile's (the in-process sandbox).
    void setFeishuEndpoints(const FeishuEndpoints &endpoints);

    const SetupProfile &profile() const { return m_profile; }
    FeishuEndpoints feishuEndpoints() const;
    bool hasUserPoolSecret() const { return !m_userPoolSecret.isEmpty(); }
    ApiTransport *transport() const { return m_transport; }
    FeishuClient *feishu() const { return m_feishu; }
    GenAuthClient *genAuth() const { return m_genAuth; }
    // What GenAuth's identity source should hold; `withSecret` false for
    // runs that never write the App Secret (removing a callback URL).
    IdentitySourceSpec identitySource(bool withSecret = true) const;
    // The end-to-end login's GenAuth application, from the profile.
    OidcSettings oidcSettings() const;

    // Owned by `parent`, configured with the session now.
    // Every verdict of every check made here is also sent as checkResult().
    SetupChecks *newChecks(QObject *parent);
    GenAuthIdentitySource *newIdentitySourceRun(QObject *parent, bool withSecret = true) const;
    LoginProbe *newLoginProbe(QObject *parent) const;
    OidcLogin *newOidcLogin(QObject *parent) const;

    // The login tests' last results, with when they came.
    void recordLogin(const LoginResult &result);
    void recordLogin(const OidcLoginResult &result);
    // The report of the profile now, these checks and the login results.
    SetupReport report(const QList<CheckResult> &checks) const;

signals:
    // A verdict of any check this session made (newChecks), as it arrives:
    // what the wizard's step list shows.
    void checkResult(const CheckResult &result);

private:
    void configureClients();

    ApiTransport *m_transport;
    FeishuClient *m_feishu;
    GenAuthClient *m_genAuth;
    SetupProfile m_profile;
    QString m_appSecret;
    QString m_userPoolSecret;
    std::optional<FeishuEndpoints> m_feishuEndpoints;
    SetupReport m_logins; // only the login results are kept here
};

} // namespace fss
