// What the Feishu imitation holds: its apps, their users and settings, with
// the defaults of a correctly set-up app, and the --config JSON form. Tests
// build each broken setup an operator can end up with from it.
#pragma once

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QList>
#include <QString>
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
    QString department; // open department id
};

// What a version carries besides its number, taking effect when an
// administrator approves it (docs/platforms.md A §4): the web app
// ability, review-required permissions and the availability range.
struct SandboxAppChanges
{
    std::optional<bool> webPage;
    QString pcUrl;
    QStringList tenantScopes;
    QStringList userScopes;
    std::optional<bool> visibleToAll;
    QStringList visibleUsers;       // open ids
    QStringList visibleDepartments;

    bool isEmpty() const
    {
        return !webPage && tenantScopes.isEmpty() && userScopes.isEmpty() && !visibleToAll;
    }
};

struct SandboxApp
{
    QString appId;
    QString appSecret;
    // The secret before the last reset, still accepted until
    // previousSecretExpiry (FeishuSandboxConfig::secretGraceSeconds).
    QString previousSecret;
    QDeadlineTimer previousSecretExpiry;
    QString name;
    int status = 1;              // 0 disabled, 1 enabled
    QStringList grantedScopes;   // grant_status 1, for the tenant identity
    QStringList requestedScopes; // grant_status 2: asked for, not yet approved
    QStringList grantedUserScopes;   // the same for the user identity
    QStringList requestedUserScopes;
    QStringList redirectUrls;
    bool webPage = true;         // the web page capability
    QString onlineVersion;       // released version, empty: never released
    QString reviewVersion;       // version waiting for approval
    QStringList rejectedVersions;
    // Made in the developer console; false: the v7 API refuses it
    // (210043, 210021, 210001).
    bool consoleCreated = true;
    bool visibleToAll = true;    // the availability range of the online version
    QStringList visibleUsers;    // open ids, when not visible to all
    QStringList visibleDepartments;
    QStringList deniedUsers;     // open ids on the deny list (禁用名单)
    QStringList paidUsers;       // open ids on the paid list (付费名单)
    SandboxAppChanges draft;     // v7 changes for the next version
    SandboxAppChanges inReview;  // what reviewVersion carries
    int scopeApplications = 0;   // v6 scopes/apply calls for the current draft
    QList<SandboxUser> users;
    // How the login page hands the code back: "http" (302), "script"
    // (window.location) or "form_post" (a form POSTed to the redirect URL,
    // the code in its body).
    QString redirectStyle = QStringLiteral("http");
    // The brand whose Open API knows the app: "feishu" (open.feishu.cn) or
    // "lark" (open.larksuite.com); the other brand answers 10014 "app id not
    // exists" (docs/platforms.md F §2.3, jumpserver#7243).
    QString brand = QStringLiteral("feishu");
    // Security Settings → IP allow-list: when not empty, calls from any
    // other address answer 99991401 (docs/platforms.md F §2.3).
    QStringList ipAllowList;
    // The organisation the app belongs to (tenant/v2/tenant/query).
    QString tenantKey = QStringLiteral("736588c9260f175d");
    QString tenantName = QStringLiteral("Sandbox Co.");

    // Whether Feishu takes this App Secret now: the current one, or the one
    // before a reset while its grace lasts.
    bool acceptsSecret(const QString &secret) const
    {
        return !secret.isEmpty()
            && (secret == appSecret || (secret == previousSecret && !previousSecretExpiry.hasExpired()));
    }
    bool hasScope(const QString &scope) const { return grantedScopes.contains(scope); }
    // Granted for the user identity: what user_info returns needs it.
    bool hasUserScope(const QString &scope) const { return grantedUserScopes.contains(scope); }
    // Takes a permission away from both identities (a test's broken app).
    void revoke(const QString &scope)
    {
        grantedScopes.removeAll(scope);
        grantedUserScopes.removeAll(scope);
    }
    // Whether it holds or asked for the scope, for either identity.
    bool configures(const QString &scope) const
    {
        return grantedScopes.contains(scope) || requestedScopes.contains(scope) || grantedUserScopes.contains(scope)
            || requestedUserScopes.contains(scope);
    }
    // Whether the online version's availability range lets this user in.
    bool availableTo(const SandboxUser &user) const;
    // Every version number the app has had, highest last.
    QStringList versions() const;
    bool released() const { return !onlineVersion.isEmpty(); }
};

// How the app registration (docs/platforms.md A §1, §2) behaves: the
// settings tests need to reach each answer of the device flow.
struct SandboxRegistration
{
    bool addonsHonoured = true;       // false: the confirm page drops them (gray-scale, §2)
    bool membersMayCreateApps = true; // false: the tenant forbids it; confirming is refused
    bool larkTenant = false;          // the confirming user's tenant is Lark's: credentials come from its host
    int expiresInSeconds = 600;
    int intervalSeconds = 5;
    int slowDowns = 0;                // the first N polls answer slow_down
    QString expiryField = QStringLiteral("expire_in"); // or the older "expires_in"
    // Whether the v7 API configures apps made this way: the v7 pages exclude
    // apps made "through other channels" and the one field report says
    // they are refused (docs/platforms.md, "Scan-created apps"), so not by
    // default (210043, 210021, 210001).
    bool configurable = false;
    // The poll answer's auth_method (empty: none): "client_secret", or
    // "private_key_jwt" for a keyless app, which comes without a
    // client_secret; sendsSecret false leaves the secret out anyway.
    QString authMethod = QStringLiteral("client_secret");
    bool sendsSecret = true;
};

struct FeishuSandboxConfig
{
    QList<SandboxApp> apps;
    SandboxRegistration registration;
    int codeLifetimeSeconds = 300;   // §3.3: 5 minutes
    int tokenLifetimeSeconds = 7200; // §2.1
    // How long the old App Secret still works after a reset in the console
    // (Credentials & Basic Info): not documented (docs/platforms.md G §3.8),
    // so a setting; 0 refuses it at once.
    int secretGraceSeconds = 0;
    // §6.3: the doc's example lists scope names without "contact:".
    bool scopeNamesWithPrefix = false;
    // Feishu's rate limit: the next N Open API calls answer HTTP 429 with
    // 99991400 and x-ogw-ratelimit-reset (docs/platforms.md F §2.3).
    int rateLimitedCalls = 0;
    double rateLimitResetSeconds = 1;
    // Permissions that need an approved version (需审核权限); the others
    // (免审权限) are granted by v7 config at once. Which ones need review is
    // not documented (docs/platforms.md A §3): a setting.
    QStringList reviewRequiredScopes{QStringLiteral("contact:user.email:readonly"), QStringLiteral("contact:user.phone:readonly"),
                                     QStringLiteral("contact:user.employee_id:readonly"),
                                     QStringLiteral("contact:contact.base:readonly")};
    // Scopes closed to new applications (docs/platforms.md, "Permissions"):
    // v7 config refuses to add one the app does not already hold.
    QStringList closedScopes{QStringLiteral("contact:contact:readonly_as_app"), QStringLiteral("contact:contact:access_as_app")};
    // Scope names Feishu does not know: v7 config refuses them. None by
    // default; whether Feishu knows contact:user.union_id:readonly is not
    // settled by any official page.
    QStringList unknownScopes;
    // The v6 scope list's scope_type: in the SDK's types, not on the doc
    // page (optional); false leaves it out.
    bool scopeTypes = true;

    // One correctly set-up app with two test users; the redirect URL is the
    // GenAuth callback of SandboxDefaults' identifier and user pool.
    static FeishuSandboxConfig defaults();

    // Reads a --config file's JSON; on error returns nullopt and says why.
    static std::optional<FeishuSandboxConfig> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
};

} // namespace fss
