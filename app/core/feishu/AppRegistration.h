// Creating a Feishu app by one scan: the device flow Feishu's official SDKs
// and CLI use (docs/platforms.md A §1, §2). `init` (optional), `begin`
// and `poll` are form-encoded POSTs without authentication to the accounts
// host; pending states come back as JSON on HTTP 400. The person who scans
// the link's QR code (or opens it) confirms in Feishu; the answer carries the
// new App ID and App Secret. A poll that says the tenant is Lark moves the
// polling, once, to Lark's accounts host.
#pragma once

#include "core/feishu/FeishuClient.h"
#include "core/transport/ApiTransport.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace fss {

struct RegistrationEndpoints
{
    QUrl feishuAccounts; // begin always goes here
    QUrl larkAccounts;   // the switch, when the tenant is Lark

    static RegistrationEndpoints defaults();
};

// What the link asks Feishu to put into the new app (§2): permissions for
// the app (tenant) and for its users (user). The SSO set is the seven
// user-info permissions plus the two the app needs to configure itself.
struct RegistrationAddons
{
    QStringList tenantScopes;
    QStringList userScopes;

    static RegistrationAddons forSso();
    QStringList allScopes() const;
    QByteArray json() const;       // {"scopes":{"tenant":[…],"user":[…]}}
    // JSON → gzip → base64url without padding, as the confirm page decodes it.
    QByteArray encoded() const;
    static std::optional<RegistrationAddons> decode(const QByteArray &encoded);
};

// Which of the permissions the link asked for the new app really holds,
// from its scope list: the platform may drop addons silently (§2), so only
// what Feishu lists counts.
struct ArrivedScopes
{
    QStringList granted;
    QStringList waiting; // listed, not granted yet (review)
    QStringList missing; // not listed at all
    static ArrivedScopes of(const RegistrationAddons &asked, const QList<ScopeGrant> &listed);
};

struct RegistrationLink
{
    QUrl url;           // what the QR code holds and the browser opens
    QString userCode;
    QDateTime expiresAt;
};

struct RegisteredApp
{
    QString appId;      // client_id
    QString appSecret;  // client_secret: straight to the keychain, never shown
    QString openId;     // of the person who confirmed, when given
    Platform platform = Platform::Feishu;
};

struct RegistrationOutcome
{
    enum class Kind { Created, Refused, Expired, Cancelled, Failed };
    Kind kind = Kind::Failed;
    ApiError error;     // for everything but Created: message and step
    RegisteredApp app;  // for Created
    bool created() const { return kind == Kind::Created; }
};

class AppRegistration : public QObject
{
    Q_OBJECT

public:
    AppRegistration(ApiTransport *transport, RegistrationEndpoints endpoints, QObject *parent = nullptr);

    // The new app's name and description as the link pre-fills them
    // (editable on the confirm page; "{user}" stands for the person who
    // confirms), and what it asks for.
    void setApp(const QString &name, const QString &description) { m_name = name, m_description = description; }
    void setAddons(const RegistrationAddons &addons) { m_addons = addons; }
    // Whether to ask `init` first (it says which authentication methods the
    // server supports); the SDKs differ, so it is a setting.
    void setUseInit(bool use) { m_useInit = use; }

    // init → begin → linkReady() → polls → finished(). A run in progress
    // is abandoned.
    void start();
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

    // The link: the server's verification_uri_complete with createOnly=true,
    // the name, the description and the addons.
    // What the link pre-fills when the operator gives nothing else
    // (translated; Feishu's page replaces "{user}" with the person who confirms).
    static QString defaultName(const QString &profile);
    static QString defaultDescription();

    static QUrl linkFor(const QUrl &serverLink, const QString &name, const QString &description, const RegistrationAddons &addons);

signals:
    void linkReady(const RegistrationLink &link);
    void waiting(const QDateTime &nextPoll);
    void finished(const RegistrationOutcome &outcome);

private:
    void post(const QUrl &accounts, const QList<std::pair<QString, QString>> &form, std::function<void(const ApiReply &)> then);
    void begin();
    void poll();
    void schedulePoll();
    void end(RegistrationOutcome outcome);
    // The transport's failure (DNS, TLS, time-out …) as the outcome of step 1.
    static RegistrationOutcome transportFailure(const ApiError &error);
    RegistrationOutcome failure(RegistrationOutcome::Kind kind, const QString &code, const QString &message, const QString &detail = {}) const;
    QUrl endpoint(const QUrl &accounts) const;

    ApiTransport *m_transport;
    RegistrationEndpoints m_endpoints;
    QString m_name;
    QString m_description;
    RegistrationAddons m_addons = RegistrationAddons::forSso();
    bool m_useInit = true;

    QObject *m_run = nullptr;   // context of the current run's answers
    QTimer m_pollTimer;
    QTimer m_expiry;
    QString m_deviceCode;
    int m_intervalMs = 5000;
    QUrl m_pollHost;            // Feishu's accounts host, or Lark's after the switch
    bool m_switched = false;
};

} // namespace fss

Q_DECLARE_METATYPE(fss::RegistrationLink)
Q_DECLARE_METATYPE(fss::RegistrationOutcome)
