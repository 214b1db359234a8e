// Feishu (Lark) Open Platform calls the wizard needs to verify the steps and
// run the login test. Asynchronous; every answer is an ApiResult whose error
// names the step that fixes it (FeishuErrors). The tenant and app tokens are
// cached until five minutes before they expire, and callers that ask while
// one is being fetched share that request.
#pragma once

#include "core/transport/ApiTransport.h"
#include "core/transport/CachedToken.h"
#include "core/feishu/FeishuErrors.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QObject>

#include <chrono>

#include <optional>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace fss {

struct FeishuEndpoints
{
    QUrl openApi;  // tokens, scopes, contact, application, user_info
    QUrl accounts; // the browser's authorize page
    // The other brand's Open API (Lark's for Feishu, Feishu's for Lark),
    // asked once when this brand does not know the App ID; empty: never.
    QUrl otherBrandApi = {};

    static FeishuEndpoints defaults(Platform platform);
    bool operator==(const FeishuEndpoints &) const = default;
};

// A scope of the v6 scope list: whether the tenant granted it.
struct ScopeGrant
{
    QString name;     // as Feishu lists it; may lack the "contact:" prefix
    bool granted = false;
    QString type;     // scope_type, "tenant" or "user", when given (optional, not on the doc page)
};

// A scope of the app's record (application.get → scopes[]): which
// identities it is configured for.
struct ConfiguredScope
{
    QString name;
    QStringList tokenTypes; // "tenant", "user"; empty when not said
};

struct AppRecord
{
    QString appId;
    QString name;
    int status = -1;          // 0 disabled, 1 enabled, 2 not enabled, 3 unknown
    QStringList redirectUrls; // Security Settings → Redirect URLs
    QString onlineVersionId;  // empty: never released
    QString unauditVersionId; // a version under review
    QList<ConfiguredScope> scopes; // the configured scopes, when the record lists them
    bool scopesListed = false;     // whether it did
};

// Who may use a version of the app: its availability range (可用范围),
// from the version's remark.visibility (docs/platforms.md A §7).
struct AppVisibility
{
    bool toAll = false;
    QStringList users;        // open ids
    QStringList departments;  // department ids
    QStringList deniedUsers;  // the deny list (invisible_list)
    QStringList deniedDepartments;
    bool operator==(const AppVisibility &) const = default;
};

struct AppVersion
{
    QString version;
    QString versionId;
    int status = 0; // 1 approved, 2 rejected, 3 under review, 4 not submitted
    bool webApp = false;
    std::optional<AppVisibility> visibility; // absent when the answer has none
};

// Whether one user is on the app's allow or deny list
// (visibility/check_white_black_list).
struct UserAvailability
{
    QString openId;
    bool allowed = false; // in_white_list
    bool denied = false;  // in_black_list
    bool paid = false;    // in_paid_list

    // Feishu's rule (docs/platforms.md, "Availability"): with a range of
    // everyone, anyone not on the deny list; otherwise those on the allow or
    // paid list and not on the deny list.
    bool mayUse(bool visibleToAll) const { return !denied && (visibleToAll || allowed || paid); }
};

struct UserToken
{
    QString accessToken;
    QString refreshToken;
    QString scope;
    int expiresIn = 0;
};

struct AuthorizeRequest
{
    QString redirectUri;
    QString state;
    QString codeChallenge; // S256; empty: no PKCE
    QStringList scopes;
};

enum class CodeExchangeVersion { V2, V1 };

// The organisation an app belongs to (tenant/v2/tenant/query).
struct TenantInfo
{
    QString tenantKey;
    QString name;
};

class FeishuClient : public QObject
{
    Q_OBJECT

public:
    explicit FeishuClient(ApiTransport *transport, QObject *parent = nullptr);

    template <class T>
    using Callback = std::function<void(const ApiResult<T> &)>;

    void setEndpoints(const FeishuEndpoints &endpoints);
    FeishuEndpoints endpoints() const { return m_endpoints; }
    void setPlatform(Platform platform) { m_platform = platform; }
    // Forgets cached tokens when either changes.
    void setCredentials(const QString &appId, const QString &appSecret);
    QString appId() const { return m_appId; }
    void setCodeExchangeVersion(CodeExchangeVersion version) { m_exchange = version; }
    ApiTransport *transport() const { return m_transport; }

    // The token request as it is sent (the App Secret in its body): for a
    // plan, masked. `tenant` false: the app token's.
    ApiRequest tokenRequest(bool tenant = true) const;
    // POST /open-apis/auth/v3/tenant_access_token/internal (§2.1)
    void tenantAccessToken(QObject *context, Callback<QString> done);
    // POST /open-apis/auth/v3/app_access_token/internal (§2.2)
    void appAccessToken(QObject *context, Callback<QString> done);
    // GET /open-apis/application/v6/scopes (§6.3); needs no permission.
    void scopes(QObject *context, Callback<QList<ScopeGrant>> done);
    // POST /open-apis/contact/v3/users/batch_get_id: proves contact:user.id:readonly (§7).
    void probeUserIdByEmail(QObject *context, Callback<bool> done);
    // GET /open-apis/contact/v3/scopes?page_size=1: proves "contacts as an app" (§7).
    void probeContactScope(QObject *context, Callback<bool> done);
    // GET /open-apis/application/v6/applications/me (§8); needs self_manage.
    void applicationInfo(QObject *context, Callback<AppRecord> done);
    // GET /open-apis/application/v6/applications/{app_id}/app_versions (§8).
    void appVersions(QObject *context, Callback<QList<AppVersion>> done);

    // POST /open-apis/application/v6/applications/{app_id}/visibility/check_white_black_list
    // for these users (open ids, at most 100); needs self_manage.
    void checkAvailability(const QStringList &openIds, QObject *context, Callback<QList<UserAvailability>> done);

    // The configuration API (docs/platforms.md A §3): the app changes
    // itself with its tenant token, once it holds
    // application:application:patch. The requests are built apart from
    // sending them, so that a plan can show them first.
    ApiRequest configRequest(const QJsonObject &body) const;  // PATCH v7 …/config
    ApiRequest abilityRequest(const QJsonObject &body) const; // PATCH v7 …/ability
    ApiRequest publishRequest(const QJsonObject &body) const; // POST v7 …/publish
    ApiRequest scopesApplyRequest() const;                    // POST v6 scopes/apply
    // Sends one of them with the tenant token; the answer's "data".
    void sendChange(const ApiRequest &request, FeishuCall call, QObject *context, Callback<QJsonObject> done);

    // The browser page (§3.1).
    QUrl authorizeUrl(const AuthorizeRequest &request) const;
    // v2 /open-apis/authen/v2/oauth/token (§4.1) or v1 oidc/access_token
    // (§4.2, with the app token). Never repeated: a code works once.
    void exchangeCode(const QString &code, const QString &redirectUri, const QString &codeVerifier, QObject *context,
                      Callback<UserToken> done);
    // GET /open-apis/authen/v1/user_info (§5): the "data" object.
    void userInfo(const QString &userAccessToken, QObject *context, Callback<QJsonObject> done);
    // GET /open-apis/tenant/v2/tenant/query: the app's own organisation
    // ("data.tenant": name, tenant_key); needs tenant:tenant:readonly.
    void tenantInfo(QObject *context, Callback<TenantInfo> done);

    // How long to wait, at most, before the one more try after Feishu's
    // rate limit (99991400); Feishu's own x-ogw-ratelimit-reset decides
    // within it.
    void setRateLimitWait(std::chrono::milliseconds most) { m_rateLimitWait = most; }

    FeishuErrorContext errorContext(FeishuCall call) const { return {call, m_platform, m_appId}; }

    // What the answers mean, for any JSON at all (they are fuzzed).
    static QList<ScopeGrant> parseScopes(const QJsonObject &answer);
    static AppRecord parseAppRecord(const QJsonObject &answer);
    static QList<AppVersion> parseVersions(const QJsonObject &answer);
    static QList<UserAvailability> parseAvailability(const QJsonObject &answer);
    static UserToken parseUserToken(const QJsonObject &token);

private:
    void fetchToken(CachedToken &cache, FeishuCall call, QObject *context, Callback<QString> done);
    // Sends and maps the answer: JSON body on success, a catalogued error otherwise.
    void call(ApiRequest request, FeishuCall call, QObject *context, std::function<void(const ApiError &, const QJsonObject &)> done);
    void send(ApiRequest request, FeishuCall call, QObject *context, std::function<void(const ApiError &, const QJsonObject &)> done,
              bool afterRateLimit);
    // The token request at m_endpoints.otherBrandApi, once per App ID; done
    // gets `unknown`, reworded when the other brand knows the App ID.
    void askOtherBrand(ApiRequest tokenRequest, const ApiError &unknown, std::function<void(const ApiError &)> done);
    // call() with "Authorization: Bearer <tenant token>".
    void callWithTenantToken(ApiRequest request, FeishuCall call, QObject *context,
                             std::function<void(const ApiError &, const QJsonObject &)> done);
    ApiRequest request(const QByteArray &verb, const QString &path, Step step) const;

    ApiTransport *m_transport;
    FeishuEndpoints m_endpoints;
    Platform m_platform = Platform::Feishu;
    QString m_appId;
    QString m_appSecret;
    CodeExchangeVersion m_exchange = CodeExchangeVersion::V2;
    CachedToken m_tenant;
    CachedToken m_app;
    std::chrono::milliseconds m_rateLimitWait{10000};
    QString m_brandAsked; // the App ID the other brand was asked about
    ApiError m_brandAnswer; // and what that made of "app id not exists"
};

} // namespace fss
