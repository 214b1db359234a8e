// What the Feishu imitation holds: its apps, their users and settings, with
// the defaults of a correctly set-up app, and the --config JSON form. Tests
// build each broken setup an operator can end up with from it.
#pragma once

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
    // GenAuth callback of SandboxDefaults' identifier and user pool.
    static FeishuSandboxConfig defaults();

    // Reads a --config file's JSON; on error returns nullopt and says why.
    static std::optional<FeishuSandboxConfig> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
};

} // namespace fss
