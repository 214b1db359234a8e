// The non-secret settings of one setup: what the operator chose and typed,
// which checklist items they ticked and where they left off. Secrets are
// never part of it; only whether each one is stored in the keychain.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

namespace fss {
Q_NAMESPACE

enum class Platform { Feishu, Lark };
enum class Cloud { GenAuth, Authing, Custom };
Q_ENUM_NS(Platform)
Q_ENUM_NS(Cloud)

// Wizard page ids; the six step pages carry their step number.
enum class Step : int {
    Welcome = 0,
    CreateApp = 1,
    Credentials = 2,
    WebPage = 3,
    RedirectUrl = 4,
    Permissions = 5,
    Publish = 6,
    TestLogin = 7, // the live login test; not one of the six steps
    Summary = 8,
};
Q_ENUM_NS(Step)

struct SetupProfile
{
    static constexpr int formatVersion = 1;

    QString name;
    Platform platform = Platform::Feishu;
    Cloud cloud = Cloud::GenAuth;
    QString customHost; // normalised origin, only for Cloud::Custom
    // The Open API origin of a private Feishu deployment (or the sandbox),
    // which then serves the login page too; empty for the platform's hosts.
    QString feishuApi;
    QString appId;
    QString userPoolId;
    QString identifier;
    QString version;
    // GenAuth's side: the application the connection is enabled on, its
    // Authentication address and the login callback registered in it (for
    // the end-to-end login), the connection's display name, and the names
    // of its App ID / App Secret fields (empty: the defaults below).
    QString genAuthAppId;
    QString genAuthAppHost;
    QString oidcCallback;
    QString connectionName;
    QString appIdFieldKey;
    QString appSecretFieldKey;
    // Certificate authorities trusted for private hosts, as PEM (public, not secrets).
    QStringList trustedCertificates;
    QSet<QString> ticked; // checklist item ids the operator ticked
    // A release submitted by Set it up in Feishu, waiting for an
    // administrator (step 6 watches it, also after the wizard reopens).
    QString releaseWaiting;
    // Who is meant to sign in (step 6's availability range): everyone in the
    // organisation, or the members of these departments (open department ids).
    bool availableToAll = true;
    QStringList availableDepartments;
    bool appSecretStored = false;
    bool userPoolSecretStored = false;
    Step lastStep = Step::Welcome;

    QJsonObject toJson() const;
    // Reads what it can; unknown keys are ignored, wrong types fall back to
    // defaults so that a profile from a newer version still opens.
    static SetupProfile fromJson(const QJsonObject &object);

    bool operator==(const SetupProfile &) const = default;

    // The defaults for the fields above.
    static constexpr const char *defaultConnectionName = "Feishu";
    // Which keys of a lark-internal connection's fields GenAuth reads is
    // disputed (docs/platforms.md, "GenAuth's connection"): official
    // examples write clientID/clientSecret, Authing's Android login reads
    // appId. Unless the operator chose keys, both spellings are written.
    static constexpr const char *defaultAppIdFieldKeys = "clientID, appId";
    static constexpr const char *defaultAppSecretFieldKeys = "clientSecret, appSecret";
    static constexpr const char *defaultOidcCallback = "http://127.0.0.1:47821/callback";
    QString effectiveConnectionName() const;
    // The keys, from the profile's comma-separated choice or the defaults.
    QStringList appIdFieldKeys() const;
    QStringList appSecretFieldKeys() const;
    static QStringList fieldKeys(const QString &commaSeparated);
    QString effectiveOidcCallback() const;
};

QString toString(Platform platform);
QString toString(Cloud cloud);

// What to know before relying on this platform with GenAuth; empty when
// nothing. For Lark: GenAuth's Feishu connection type (lark-internal) may
// serve only Feishu (China) (docs/platforms.md G §3.1, §7; peers §2 #3).
QString platformCaveat(Platform platform);

// https://core.genauth.ai, https://core.authing.cn or the custom origin.
QString genAuthCoreOrigin(Cloud cloud, const QString &customOrigin);
// https://console.genauth.ai, https://console.authing.cn or the custom origin.
QUrl genAuthConsole(Cloud cloud, const QString &customOrigin);

// The URL to register in Feishu's Security Settings → Redirect URLs:
// {core}/connection/social/{identifier}/{userPoolId}/callback — singular
// "connection", unlike the plural start URL. Empty when an input is invalid.
QUrl redirectUrl(Cloud cloud, const QString &customOrigin, const QString &identifier, const QString &userPoolId);
QUrl redirectUrl(const SetupProfile &profile);

// Feishu developer console pages. The App ID pages are deep links where a
// reliable path is known; other pages fall back to the app's overview.
enum class ConsolePage { AppList, Overview, Credentials, Security, Permissions };
Q_ENUM_NS(ConsolePage)
QUrl feishuConsole(Platform platform, ConsolePage page, const QString &appId = {}, const QStringList &scopes = {});

} // namespace fss
