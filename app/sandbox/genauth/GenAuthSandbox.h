// A local imitation of the GenAuth (Authing) endpoints the wizard uses, per
// docs/platforms.md G: the Management API v3 calls that
// create and enable the Feishu identity source (§2, §3), with GenAuth's
// envelope and its errors (statusCode 401 for a bad pool secret, 404, 409
// for an identifier in use), and an OpenID provider (§5) whose hosted login
// hands over to Feishu at the `/connections/social/{identifier}` start URL
// and back through `/connection/social/{identifier}/{userPoolId}/callback`
// (§4), exchanging Feishu's code with Feishu over HTTP as GenAuth would.
// It serves the management API, the "core" host and the application's
// authentication address all on one loopback origin.
#pragma once

#include "sandbox/SandboxServer.h"
#include "sandbox/genauth/GenAuthSandboxConfig.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

namespace fss {

class FeishuServerCalls;

class GenAuthSandbox : public QObject
{
    Q_OBJECT

public:
    GenAuthSandbox(SandboxServer *server, GenAuthSandboxConfig config, QObject *parent = nullptr);
    ~GenAuthSandbox() override;

    GenAuthSandboxConfig &config() { return m_config; }
    const QList<GenAuthSandboxUser> &users() const { return m_users; }
    // Where GenAuth reaches Feishu (the Feishu sandbox).
    void setFeishu(const QUrl &openApi, const QUrl &accounts);
    // {origin}/connection/social/{identifier}/{userPoolId}/callback
    QString socialCallback(const QString &identifier) const;
    // Lets tests age every management token.
    void expireTokens();

private:
    struct Interaction // an OIDC authorization request waiting for its login
    {
        QString appId;
        QString redirectUri;
        QString state;
        QString nonce;
        QString scope;
        QString challenge;
        QString challengeMethod;
    };
    struct Code
    {
        Interaction request;
        QString userId;
        QDeadlineTimer expiry;
        bool used = false;
    };

    void addRoutes();
    QString origin() const;
    QString issuer() const;
    // The pool the request's management token and pool header name, or an error answer.
    std::optional<SandboxResponse> requireManagementToken(const SandboxRequest &r);
    SandboxResponse managementToken(const SandboxRequest &r);
    SandboxResponse listExtIdps(const SandboxRequest &r);
    SandboxResponse getExtIdp(const SandboxRequest &r);
    SandboxResponse createExtIdp(const SandboxRequest &r);
    SandboxResponse createConnection(const SandboxRequest &r);
    SandboxResponse updateConnection(const SandboxRequest &r);
    SandboxResponse changeConnectionState(const SandboxRequest &r);
    SandboxResponse getApplication(const SandboxRequest &r);
    SandboxResponse updateApplication(const SandboxRequest &r);
    SandboxResponse listApplications(const SandboxRequest &r);
    SandboxResponse deleteConnection(const SandboxRequest &r);
    QJsonObject applicationJson(const GenAuthSandboxApp &a);
    SandboxResponse discovery() const;
    SandboxResponse authorize(const SandboxRequest &r);
    SandboxResponse startSocial(const SandboxRequest &r);
    void socialCallback(const SandboxRequest &r, SandboxServer::Respond respond);
    SandboxResponse token(const SandboxRequest &r);
    SandboxResponse userInfo(const SandboxRequest &r) const;
    // The user's claims that `scope` allows, "sub" always.
    static QJsonObject claimsOf(const GenAuthSandboxUser &user, const QString &scope);

    GenAuthSandboxApp *app(const QString &appId);
    GenAuthSandboxConnection *findConnection(const std::function<bool(const GenAuthSandboxConnection &)> &match);
    GenAuthSandboxConnection *connection(const QString &id);
    GenAuthSandboxConnection *connectionByIdentifier(const QString &identifier);
    QJsonObject connectionJson(const GenAuthSandboxConnection &c) const;
    SandboxResponse finishLogin(const Interaction &request, const QList<std::pair<QString, QString>> &params);
    QString idToken(const Code &code, const GenAuthSandboxUser &user) const;

    SandboxServer *m_server;
    GenAuthSandboxConfig m_config;
    FeishuServerCalls *m_feishu;
    QHash<QString, QDeadlineTimer> m_managementTokens;
    QHash<QString, Interaction> m_interactions;      // by interaction id
    QHash<QString, QString> m_socialStates;          // Feishu state -> interaction id
    QHash<QString, Code> m_codes;
    struct AccessGrant
    {
        QString userId;
        QString scope;
    };
    QHash<QString, AccessGrant> m_accessTokens;      // OIDC access tokens
    QList<GenAuthSandboxUser> m_users;
};

} // namespace fss
