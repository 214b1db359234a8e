// A local imitation of the Feishu Open Platform endpoints the wizard uses,
// with the paths, JSON shapes and error codes of
// ../shared/reference/feishu-api.md. Everything about the imitated app is
// configurable (FeishuSandboxConfig), so tests can build each broken setup
// an operator can end up with.
#pragma once

#include "sandbox/SandboxServer.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

namespace fss {

struct SandboxUser
{
    QString name;
    QString enName;
    QString openId;
    QString unionId;
    QString userId;
    QString email;
    QString enterpriseEmail;
    QString mobile;
    QString tenantKey;
};

struct SandboxApp
{
    QString appId;
    QString appSecret;
    QString name;
    int status = 1;              // 0 disabled, 1 enabled
    QStringList grantedScopes;   // grant_status 1
    QStringList requestedScopes; // grant_status 2: asked for, not yet approved
    QStringList redirectUrls;
    bool webPage = true;         // the web page capability
    QString onlineVersion;       // released version, empty: never released
    QString reviewVersion;       // version waiting for approval
    QList<SandboxUser> users;
    // How the login page hands the code back: "http" (302), "script"
    // (window.location) or "form_post" (a form POSTed to the redirect URL,
    // the code in its body).
    QString redirectStyle = QStringLiteral("http");

    bool hasScope(const QString &scope) const { return grantedScopes.contains(scope); }
    bool released() const { return !onlineVersion.isEmpty(); }
};

struct FeishuSandboxConfig
{
    QList<SandboxApp> apps;
    int codeLifetimeSeconds = 300;   // §3.3: 5 minutes
    int tokenLifetimeSeconds = 7200; // §2.1
    // §6.3: the doc's example lists scope names without "contact:".
    bool scopeNamesWithPrefix = false;

    // One correctly set-up app with two test users; the redirect URL is the
    // GenAuth callback for identifier "feishu" and the user pool below.
    static FeishuSandboxConfig defaults();
    static constexpr const char *defaultUserPoolId = "65a1b2c3d4e5f60718293a4b";
    static constexpr const char *defaultIdentifier = "feishu";

    // Reads a --config file's JSON; on error returns nullopt and says why.
    static std::optional<FeishuSandboxConfig> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
};

class FeishuSandbox : public QObject
{
    Q_OBJECT

public:
    FeishuSandbox(SandboxServer *server, FeishuSandboxConfig config, QObject *parent = nullptr);

    FeishuSandboxConfig &config() { return m_config; }
    SandboxApp *app(const QString &appId);
    // Lets tests age every issued code and token.
    void expireAll();

private:
    struct Code
    {
        QString appId;
        QString redirectUri;
        QString challenge;
        QString challengeMethod;
        QString openId;
        QString scope;
        QDeadlineTimer expiry;
        bool used = false;
    };
    struct Token
    {
        QString appId;
        QString openId; // user tokens only
        QDeadlineTimer expiry;
    };

    void addRoutes(SandboxServer *server);
    SandboxResponse appToken(const SandboxRequest &r, bool tenant);
    // The app whose tenant token authorises the request, or an error answer.
    std::optional<SandboxResponse> requireTenantToken(const SandboxRequest &r, SandboxApp **app);
    SandboxResponse scopes(const SandboxRequest &r);
    SandboxResponse batchGetId(const SandboxRequest &r);
    SandboxResponse contactScopes(const SandboxRequest &r);
    SandboxResponse application(const SandboxRequest &r);
    SandboxResponse appVersions(const SandboxRequest &r);
    SandboxResponse authorizePage(const SandboxRequest &r);
    SandboxResponse authorizeDecision(const SandboxRequest &r);
    SandboxResponse tokenV2(const SandboxRequest &r);
    SandboxResponse tokenV1(const SandboxRequest &r);
    SandboxResponse userInfo(const SandboxRequest &r);

    // Checks of the authorize request shared by the page and the decision;
    // an error page when it is refused.
    std::optional<SandboxResponse> checkAuthorize(const QUrlQuery &q, SandboxApp **app);
    QString issueToken(QHash<QString, Token> &store, const QString &prefix, const QString &appId, const QString &openId);

    FeishuSandboxConfig m_config;
    QHash<QString, Code> m_codes;
    QHash<QString, Token> m_tenantTokens;
    QHash<QString, Token> m_appTokens;
    QHash<QString, Token> m_userTokens;
};

} // namespace fss
