// A local imitation of the Feishu Open Platform endpoints the wizard uses,
// with the paths, JSON shapes and error codes of
// docs/platforms.md F. Everything about the imitated app is
// configurable (FeishuSandboxConfig), so tests can build each broken setup
// an operator can end up with.
#pragma once

#include "sandbox/SandboxServer.h"
#include "sandbox/feishu/FeishuSandboxConfig.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

namespace fss {

class FeishuSandbox : public QObject
{
    Q_OBJECT

public:
    FeishuSandbox(SandboxServer *server, FeishuSandboxConfig config, QObject *parent = nullptr);

    FeishuSandboxConfig &config() { return m_config; }
    // The app registration's other host (Lark's accounts host): only the
    // registration endpoint, answering for a Lark tenant.
    void addLarkRoutes(SandboxServer *lark);
    // Lark's Open API token endpoints on the same host, for apps whose
    // brand is "lark": what the brand check asks (FeishuClient::askOtherBrand).
    void addLarkApiRoutes(SandboxServer *lark);
    SandboxApp *app(const QString &appId);
    // Lets tests age every issued code, token and registration.
    void expireAll();
    // An administrator approves or rejects the version under review; false
    // when none waits.
    bool review(const QString &appId, bool approve);
    // Someone resets the app's App Secret in the developer console
    // (Credentials & Basic Info): returns the new one; the old one is
    // refused at once, or after config().secretGraceSeconds. Empty when no
    // such app.
    QString resetSecret(const QString &appId);
    struct V7Codes;

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
    SandboxResponse appToken(const SandboxRequest &r, bool tenant, bool larkHost = false);
    // An Open API answer, unless the rate limit (rateLimitedCalls) answers first.
    SandboxServer::Handler limited(SandboxServer::Handler handler);
    // 99991401 when the app's IP allow-list leaves the caller out.
    static std::optional<SandboxResponse> ipRefusal(const SandboxApp &app);
    SandboxResponse tenantQuery(const SandboxRequest &r);
    // The app whose tenant token authorises the request, or an error answer.
    std::optional<SandboxResponse> requireTenantToken(const SandboxRequest &r, SandboxApp **app);
    SandboxResponse scopes(const SandboxRequest &r);
    SandboxResponse batchGetId(const SandboxRequest &r);
    SandboxResponse contactScopes(const SandboxRequest &r);
    SandboxResponse application(const SandboxRequest &r);
    SandboxResponse appVersions(const SandboxRequest &r);
    // The v7 configuration API and the administrator's page
    // (FeishuSandboxAppConfig.cpp).
    std::optional<SandboxResponse> requireV7(const SandboxRequest &r, const V7Codes &codes, SandboxApp **app);
    SandboxResponse v7Config(const SandboxRequest &r);
    SandboxResponse v7Ability(const SandboxRequest &r);
    SandboxResponse v7Publish(const SandboxRequest &r);
    SandboxResponse applyScopes(const SandboxRequest &r);
    SandboxResponse checkVisibility(const SandboxRequest &r);
    SandboxResponse adminPage(const SandboxRequest &r);
    SandboxResponse adminReview(const SandboxRequest &r);
    SandboxResponse adminResetSecret(const SandboxRequest &r);
    SandboxResponse authorizePage(const SandboxRequest &r);
    SandboxResponse authorizeDecision(const SandboxRequest &r);
    SandboxResponse tokenV2(const SandboxRequest &r);
    SandboxResponse tokenV1(const SandboxRequest &r);
    SandboxResponse userInfo(const SandboxRequest &r);
    // The app registration (FeishuSandboxRegistration.cpp).
    SandboxResponse registration(const SandboxRequest &r, bool larkHost);
    SandboxResponse registrationPage(const SandboxRequest &r);
    SandboxResponse registrationDecision(const SandboxRequest &r);

    // Checks of the authorize request shared by the page and the decision;
    // an error page when it is refused.
    std::optional<SandboxResponse> checkAuthorize(const QUrlQuery &q, SandboxApp **app);
    QString issueToken(QHash<QString, Token> &store, const QString &prefix, const QString &appId, const QString &openId);

    struct Registration
    {
        QString userCode;
        QDeadlineTimer expiry;
        int slowDownsLeft = 0;
        enum class State { Pending, Confirmed, Refused } state = State::Pending;
        QString openId;  // who confirmed
        QString appId;   // the app created on confirmation
    };

    SandboxServer *m_server;
    FeishuSandboxConfig m_config;
    QHash<QString, Registration> m_registrations; // by device code
    QHash<QString, Code> m_codes;
    QHash<QString, Token> m_tenantTokens;
    QHash<QString, Token> m_appTokens;
    QHash<QString, Token> m_userTokens;
};

} // namespace fss
