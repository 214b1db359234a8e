// What the GenAuth imitation holds: the user pool, its identity sources
// and applications, the users it made, and the settings of what the
// references leave open, with the defaults of a fresh pool and the --config
// JSON form.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fss {

struct GenAuthSandboxConnection
{
    QString id;
    QString extIdpId;
    QString type;
    QString identifier;
    QString displayName;
    QJsonObject fields;
    bool loginOnly = false;
};

struct GenAuthSandboxExtIdp
{
    QString id;
    QString name;
    QString type;
    QList<GenAuthSandboxConnection> connections;
};

struct GenAuthSandboxApp
{
    QString appId;
    QString appIdentifier;
    QString name;
    QStringList redirectUris;                 // Login Callback URLs
    QString tokenAuthMethod = QStringLiteral("none"); // none, client_secret_post, client_secret_basic
    QString appSecret;
    QStringList enabledConnectionIds;
};

// A user GenAuth made or found for a Feishu login.
struct GenAuthSandboxUser
{
    QString id;
    QString name;
    QString email;
    QString phone;
    QString openId;
    QString unionId;
    QString connectionId;
};

struct GenAuthSandboxConfig
{
    QString userPoolId;
    QString userPoolSecret;
    QList<GenAuthSandboxExtIdp> extIdps;
    QList<GenAuthSandboxApp> apps;
    // Pool header names that are read (§2.1, open question 3): any one of them.
    QStringList poolHeaders{QStringLiteral("x-authing-userpool-id"), QStringLiteral("x-genauth-userpool-id")};
    // The statusCode for an identifier already in use (§2.3: 409, unverified).
    int conflictStatusCode = 409;
    // The keys of a lark-internal connection's `fields` that the login
    // reads (disputed: docs/platforms.md, "GenAuth's connection").
    QString appIdFieldKey = QStringLiteral("appId");
    QString appSecretFieldKey = QStringLiteral("appSecret");
    // The API takes any keys (UpdateExtIdpConnDto types fields as any);
    // true: creating one without the two keys above is refused, as a
    // GenAuth that checked them would.
    bool requiresFieldKeys = false;
    // Whether get-ext-idp shows a connection's fields: the official detail
    // type (ExtIdpConnDetail) has none.
    bool showsConnectionFields = true;
    // For tests of the ID-token checks: "", "bad-signature", "wrong-audience",
    // "expired" or "nonce-mismatch".
    QString idTokenFault;
    // Every login makes a new user, even for a Feishu identity it has seen
    // (the "re-login makes another user" failure, peers §2 #20).
    bool newUserEachLogin = false;
    int tokenLifetimeSeconds = 7200; // management token (§2.1)
    int codeLifetimeSeconds = 600;   // OIDC code (§5: 10 minutes)

    // A fresh user pool (no identity source yet) with one OIDC application
    // whose Login Callback URL is the wizard's default loopback callback.
    static GenAuthSandboxConfig defaults();
    static constexpr const char *defaultAppId = "65b2c3d4e5f60718293a4b5c";
    static constexpr const char *defaultUserPoolSecret = "SandboxUserPoolSecret0123456789ab";

    static std::optional<GenAuthSandboxConfig> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
};

} // namespace fss
