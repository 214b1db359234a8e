#include "core/feishu/FeishuClient.h"
#include "core/transport/QueryBuilder.h"

#include "core/transport/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace fss {

namespace {

const QString kFeishu = QStringLiteral("Feishu");

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

FeishuEndpoints FeishuEndpoints::defaults(Platform platform)
{
    const QUrl feishu(QStringLiteral("https://open.feishu.cn"));
    const QUrl lark(QStringLiteral("https://open.larksuite.com"));
    if (platform == Platform::Lark)
        return {lark, QUrl(QStringLiteral("https://accounts.larksuite.com")), feishu};
    return {feishu, QUrl(QStringLiteral("https://accounts.feishu.cn")), lark};
}

FeishuClient::FeishuClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoints(FeishuEndpoints::defaults(Platform::Feishu))
{
}

void FeishuClient::setEndpoints(const FeishuEndpoints &endpoints)
{
    if (endpoints == m_endpoints)
        return;
    m_endpoints = endpoints;
    setCredentials({}, {});
}

void FeishuClient::setCredentials(const QString &appId, const QString &appSecret)
{
    if (appId == m_appId && appSecret == m_appSecret)
        return;
    m_appId = appId;
    m_appSecret = appSecret;
    m_tenant.forget();
    m_app.forget();
}

ApiRequest FeishuClient::request(const QByteArray &verb, const QString &path, Step step) const
{
    ApiRequest r;
    r.verb = verb;
    r.url = m_endpoints.openApi.resolved(QUrl(path));
    r.service = kFeishu;
    r.step = step;
    return r;
}

void FeishuClient::call(ApiRequest request, FeishuCall what, QObject *context,
                        std::function<void(const ApiError &, const QJsonObject &)> done)
{
    send(std::move(request), what, context, std::move(done), false);
}

void FeishuClient::send(ApiRequest request, FeishuCall what, QObject *context,
                        std::function<void(const ApiError &, const QJsonObject &)> done, bool afterRateLimit)
{
    const FeishuErrorContext ctx = errorContext(what);
    QPointer<QObject> guard(context);
    m_transport->send(request, context, [this, request, what, guard, afterRateLimit, ctx, done = std::move(done)](const ApiReply &reply) mutable {
        if (!reply.error.ok()) {
            done(reply.error, {});
            return;
        }
        ApiError e = FeishuErrors::fromAnswer(reply.json, reply.httpStatus, ctx);
        if (e.code == QLatin1String("99991400")) {
            // Feishu's rate limit: wait as long as it asks (within
            // m_rateLimitWait), then one more try for a call that changes
            // nothing; a second refusal is the answer.
            const auto asked = std::chrono::milliseconds(qint64(qMax(reply.retryAfterSeconds, 1.0) * 1000));
            const auto wait = std::min(asked, m_rateLimitWait);
            if (!afterRateLimit && request.retryable) {
                qCDebug(lcNetwork) << "rate limited; waiting" << wait.count() << "ms";
                QTimer::singleShot(wait, this, [this, request, what, guard, done = std::move(done)]() mutable {
                    if (guard)
                        send(request, what, guard, std::move(done), true);
                });
                return;
            }
            e.message = afterRateLimit
                ? tr("Feishu is limiting requests (rate limit, 99991400), and was still limiting them after the wizard "
                     "waited %1 s and tried once more. Wait a minute, then check again.")
                      .arg(QString::number(double(wait.count()) / 1000, 'g', 3))
                : tr("Feishu is limiting requests (rate limit, 99991400); this change is not repeated on its own. Wait %1 s, "
                     "then try again.")
                      .arg(QString::number(qMax(reply.retryAfterSeconds, 1.0), 'g', 3));
        }
        done(e, e.ok() ? reply.json : QJsonObject{});
    });
}

void FeishuClient::fetchToken(CachedToken &cache, FeishuCall what, QObject *context, Callback<QString> done)
{
    cache.get(this, context, std::move(done), [this, what](auto answer) {
        const bool tenant = what == FeishuCall::TenantToken;
        const ApiRequest r = tokenRequest(tenant);
        const QString tokenKey = tenant ? QStringLiteral("tenant_access_token") : QStringLiteral("app_access_token");
        call(r, what, this, [this, r, tokenKey, what, answer = std::move(answer)](const ApiError &error, const QJsonObject &body) mutable {
            if (FeishuErrors::isUnknownAppId(error) && m_endpoints.otherBrandApi.isValid()) {
                if (m_brandAsked == m_appId) { // asked once: the same answer again
                    answer(ApiResult<QString>{m_brandAnswer, {}}, 0);
                    return;
                }
                askOtherBrand(r, error, [answer = std::move(answer)](const ApiError &e) { answer(ApiResult<QString>{e, {}}, 0); });
                return;
            }
            ApiResult<QString> result{error, body.value(tokenKey).toString()};
            if (error.ok() && result.value.isEmpty()) {
                result.error.kind = ApiError::Kind::NotJson;
                result.error.step = Step::Credentials;
                result.error.code = QStringLiteral("no-token");
                result.error.message = tr("Feishu answered without a token. Try again later.");
            }
            qCDebug(lcNetwork) << (what == FeishuCall::TenantToken ? "tenant" : "app") << "token"
                               << (result.ok() ? "issued" : qPrintable(result.error.code));
            answer(result, body.value(QLatin1String("expire")).toInt());
        });
    });
}

void FeishuClient::askOtherBrand(ApiRequest tokenRequest, const ApiError &unknown, std::function<void(const ApiError &)> done)
{
    // The same token request at the other brand: an App ID it knows (a
    // token, or only the secret refused) belongs there (peers §2 #3).
    m_brandAsked = m_appId;
    const Platform other = m_platform == Platform::Lark ? Platform::Feishu : Platform::Lark;
    tokenRequest.url = m_endpoints.otherBrandApi.resolved(QUrl(tokenRequest.url.path()));
    tokenRequest.service = other == Platform::Lark ? QStringLiteral("Lark") : kFeishu;
    FeishuErrorContext ctx = errorContext(FeishuCall::TenantToken);
    ctx.platform = other;
    m_transport->send(tokenRequest, this, [this, ctx, unknown, other, done = std::move(done)](const ApiReply &reply) {
        ApiError e = unknown;
        const ApiError there = reply.error.ok() ? FeishuErrors::fromAnswer(reply.json, reply.httpStatus, ctx) : reply.error;
        const bool known = reply.error.ok() && (there.ok() || (there.code == QLatin1String("10014") && !FeishuErrors::isUnknownAppId(there)));
        if (known) {
            e.step = Step::Welcome;
            e.message = other == Platform::Lark
                ? tr("This App ID belongs to Lark, not Feishu: Feishu does not know it, Lark does. Switch the platform to "
                     "Lark on the Welcome page.")
                : tr("This App ID belongs to Feishu, not Lark: Lark does not know it, Feishu does. Switch the platform to "
                     "Feishu on the Welcome page.");
            e.detail = QStringLiteral("%1; %2 at %3 knows it").arg(unknown.detail, other == Platform::Lark ? QStringLiteral("Lark") : kFeishu, m_endpoints.otherBrandApi.host());
        } else if (reply.error.ok()) {
            e.message += QLatin1Char(' ') + (other == Platform::Lark ? tr("Lark does not know it either.") : tr("Feishu does not know it either."));
        }
        qCDebug(lcNetwork) << "other brand asked about the App ID:" << (known ? "known there" : "unknown there");
        m_brandAnswer = e;
        done(e);
    });
}

ApiRequest FeishuClient::tokenRequest(bool tenant) const
{
    ApiRequest r = request("POST",
                           tenant ? QStringLiteral("/open-apis/auth/v3/tenant_access_token/internal")
                                  : QStringLiteral("/open-apis/auth/v3/app_access_token/internal"),
                           Step::Credentials);
    r.contentType = "application/json; charset=utf-8";
    r.body = jsonBody({{QStringLiteral("app_id"), m_appId}, {QStringLiteral("app_secret"), m_appSecret}});
    return r;
}

void FeishuClient::tenantAccessToken(QObject *context, Callback<QString> done)
{
    fetchToken(m_tenant, FeishuCall::TenantToken, context, std::move(done));
}

void FeishuClient::appAccessToken(QObject *context, Callback<QString> done)
{
    fetchToken(m_app, FeishuCall::AppToken, context, std::move(done));
}

void FeishuClient::callWithTenantToken(ApiRequest r, FeishuCall what, QObject *context,
                                       std::function<void(const ApiError &, const QJsonObject &)> done)
{
    QPointer<QObject> guard(context);
    tenantAccessToken(context, [this, r, what, guard, done = std::move(done)](const ApiResult<QString> &token) mutable {
        if (!token.ok()) {
            done(token.error, {});
            return;
        }
        r.headers.append({"Authorization", "Bearer " + token.value.toUtf8()});
        call(r, what, guard, std::move(done));
    });
}

void FeishuClient::scopes(QObject *context, Callback<QList<ScopeGrant>> done)
{
    callWithTenantToken(request("GET", QStringLiteral("/open-apis/application/v6/scopes"), Step::Permissions),
                        FeishuCall::Scopes, context, [done = std::move(done)](const ApiError &e, const QJsonObject &body) {
                            done({e, parseScopes(body)});
                        });
}

void FeishuClient::probeUserIdByEmail(QObject *context, Callback<bool> done)
{
    ApiRequest r = request("POST", QStringLiteral("/open-apis/contact/v3/users/batch_get_id?user_id_type=open_id"),
                           Step::Permissions);
    r.contentType = "application/json; charset=utf-8";
    // An address that cannot exist: the answer proves the permission and
    // reveals nobody.
    r.body = jsonBody({{QStringLiteral("emails"), QJsonArray{QStringLiteral("nobody@example.invalid")}}});
    callWithTenantToken(r, FeishuCall::UserIdByEmail, context, [done = std::move(done)](const ApiError &e, const QJsonObject &) {
        done({e, e.ok()});
    });
}

void FeishuClient::probeContactScope(QObject *context, Callback<bool> done)
{
    callWithTenantToken(request("GET", QStringLiteral("/open-apis/contact/v3/scopes?page_size=1"), Step::Permissions),
                        FeishuCall::ContactScope, context,
                        [done = std::move(done)](const ApiError &e, const QJsonObject &) { done({e, e.ok()}); });
}

void FeishuClient::applicationInfo(QObject *context, Callback<AppRecord> done)
{
    callWithTenantToken(
        request("GET", QStringLiteral("/open-apis/application/v6/applications/me?lang=en_us"), Step::Publish),
        FeishuCall::AppInfo, context,
        [done = std::move(done)](const ApiError &e, const QJsonObject &body) { done({e, parseAppRecord(body)}); });
}

void FeishuClient::appVersions(QObject *context, Callback<QList<AppVersion>> done)
{
    const QString path = QStringLiteral("/open-apis/application/v6/applications/%1/app_versions?lang=en_us&page_size=20&order=0")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_appId)));
    callWithTenantToken(request("GET", path, Step::Publish), FeishuCall::AppVersions, context,
                        [done = std::move(done)](const ApiError &e, const QJsonObject &body) { done({e, parseVersions(body)}); });
}

void FeishuClient::checkAvailability(const QStringList &openIds, QObject *context, Callback<QList<UserAvailability>> done)
{
    const QString path = QStringLiteral("/open-apis/application/v6/applications/%1/visibility/check_white_black_list?user_id_type=open_id")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_appId)));
    ApiRequest r = request("POST", path, Step::Publish);
    r.contentType = "application/json; charset=utf-8";
    r.body = jsonBody({{QStringLiteral("user_ids"), QJsonArray::fromStringList(openIds.mid(0, 100))}});
    callWithTenantToken(r, FeishuCall::VisibilityCheck, context,
                        [done = std::move(done)](const ApiError &e, const QJsonObject &body) { done({e, parseAvailability(body)}); });
}

namespace {

QString appPath(const QString &appId, const char *tail)
{
    return QStringLiteral("/open-apis/application/v7/applications/%1/").arg(QString::fromLatin1(QUrl::toPercentEncoding(appId)))
        + QLatin1String(tail);
}

} // namespace

ApiRequest FeishuClient::configRequest(const QJsonObject &body) const
{
    ApiRequest r = request("PATCH", appPath(m_appId, "config"), Step::RedirectUrl);
    r.contentType = "application/json; charset=utf-8";
    r.body = jsonBody(body);
    return r;
}

ApiRequest FeishuClient::abilityRequest(const QJsonObject &body) const
{
    ApiRequest r = request("PATCH", appPath(m_appId, "ability"), Step::WebPage);
    r.contentType = "application/json; charset=utf-8";
    r.body = jsonBody(body);
    return r;
}

ApiRequest FeishuClient::publishRequest(const QJsonObject &body) const
{
    ApiRequest r = request("POST", appPath(m_appId, "publish"), Step::Publish);
    r.contentType = "application/json; charset=utf-8";
    r.body = jsonBody(body);
    r.retryable = false; // it creates a version
    return r;
}

ApiRequest FeishuClient::scopesApplyRequest() const
{
    ApiRequest r = request("POST", QStringLiteral("/open-apis/application/v6/scopes/apply"), Step::Permissions);
    r.contentType = "application/json; charset=utf-8";
    r.body = "{}";
    r.retryable = false; // it notifies the administrators, at most ten times a version
    return r;
}

void FeishuClient::sendChange(const ApiRequest &r, FeishuCall what, QObject *context, Callback<QJsonObject> done)
{
    callWithTenantToken(r, what, context, [done = std::move(done)](const ApiError &e, const QJsonObject &body) {
        done({e, body.value(QLatin1String("data")).toObject()});
    });
}

QUrl FeishuClient::authorizeUrl(const AuthorizeRequest &r) const
{
    // Every value percent-encoded exactly once, as in Feishu's own example.
    QueryItems items{{QStringLiteral("client_id"), m_appId},
                                             {QStringLiteral("response_type"), QStringLiteral("code")},
                                             {QStringLiteral("redirect_uri"), r.redirectUri}};
    if (!r.scopes.isEmpty())
        items.append({QStringLiteral("scope"), r.scopes.join(QLatin1Char(' '))});
    if (!r.state.isEmpty())
        items.append({QStringLiteral("state"), r.state});
    if (!r.codeChallenge.isEmpty()) {
        items.append({QStringLiteral("code_challenge"), r.codeChallenge});
        items.append({QStringLiteral("code_challenge_method"), QStringLiteral("S256")});
    }
    return withQueryItems(m_endpoints.accounts.resolved(QUrl(QStringLiteral("/open-apis/authen/v1/authorize"))), items);
}

void FeishuClient::exchangeCode(const QString &code, const QString &redirectUri, const QString &codeVerifier,
                                QObject *context, Callback<UserToken> done)
{
    const auto parse = &FeishuClient::parseUserToken;
    if (m_exchange == CodeExchangeVersion::V2) {
        ApiRequest r = request("POST", QStringLiteral("/open-apis/authen/v2/oauth/token"), Step::TestLogin);
        r.retryable = false;
        r.contentType = "application/json; charset=utf-8";
        QJsonObject body{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                         {QStringLiteral("client_id"), m_appId},
                         {QStringLiteral("client_secret"), m_appSecret},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("redirect_uri"), redirectUri}};
        if (!codeVerifier.isEmpty())
            body.insert(QStringLiteral("code_verifier"), codeVerifier);
        r.body = jsonBody(body);
        call(r, FeishuCall::CodeExchange, context, [parse, done = std::move(done)](const ApiError &e, const QJsonObject &o) {
            done({e, parse(o)});
        });
        return;
    }
    QPointer<QObject> guard(context);
    appAccessToken(context, [this, code, guard, parse, done = std::move(done)](const ApiResult<QString> &token) mutable {
        if (!token.ok()) {
            done({token.error, {}});
            return;
        }
        ApiRequest r = request("POST", QStringLiteral("/open-apis/authen/v1/oidc/access_token"), Step::TestLogin);
        r.retryable = false;
        r.contentType = "application/json; charset=utf-8";
        r.headers.append({"Authorization", "Bearer " + token.value.toUtf8()});
        r.body = jsonBody({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), code}});
        call(r, FeishuCall::CodeExchangeV1, guard, [parse, done = std::move(done)](const ApiError &e, const QJsonObject &o) {
            done({e, parse(o.value(QLatin1String("data")).toObject())});
        });
    });
}

void FeishuClient::userInfo(const QString &userAccessToken, QObject *context, Callback<QJsonObject> done)
{
    ApiRequest r = request("GET", QStringLiteral("/open-apis/authen/v1/user_info"), Step::TestLogin);
    r.headers.append({"Authorization", "Bearer " + userAccessToken.toUtf8()});
    call(r, FeishuCall::UserInfo, context, [done = std::move(done)](const ApiError &e, const QJsonObject &o) {
        done({e, o.value(QLatin1String("data")).toObject()});
    });
}

void FeishuClient::tenantInfo(QObject *context, Callback<TenantInfo> done)
{
    callWithTenantToken(request("GET", QStringLiteral("/open-apis/tenant/v2/tenant/query"), Step::TestLogin),
                        FeishuCall::TenantQuery, context, [done = std::move(done)](const ApiError &e, const QJsonObject &body) {
                            const QJsonObject t = body.value(QLatin1String("data")).toObject().value(QLatin1String("tenant")).toObject();
                            done({e, {t.value(QLatin1String("tenant_key")).toString(), t.value(QLatin1String("name")).toString()}});
                        });
}

QList<ScopeGrant> FeishuClient::parseScopes(const QJsonObject &answer)
{
    QList<ScopeGrant> list;
    for (const QJsonValue &v : answer.value(QLatin1String("data")).toObject().value(QLatin1String("scopes")).toArray()) {
        const QJsonObject o = v.toObject();
        list.append({o.value(QLatin1String("scope_name")).toString(), o.value(QLatin1String("grant_status")).toInt() == 1,
                     o.value(QLatin1String("scope_type")).toString()});
    }
    return list;
}

AppRecord FeishuClient::parseAppRecord(const QJsonObject &answer)
{
    const QJsonObject app = answer.value(QLatin1String("data")).toObject().value(QLatin1String("app")).toObject();
    AppRecord a;
    a.appId = app.value(QLatin1String("app_id")).toString();
    a.name = app.value(QLatin1String("app_name")).toString();
    a.status = app.value(QLatin1String("status")).toInt(-1);
    for (const QJsonValue &v : app.value(QLatin1String("redirect_urls")).toArray())
        a.redirectUrls.append(v.toString());
    a.onlineVersionId = app.value(QLatin1String("online_version_id")).toString();
    a.unauditVersionId = app.value(QLatin1String("unaudit_version_id")).toString();
    const QJsonValue scopes = app.value(QLatin1String("scopes"));
    a.scopesListed = scopes.isArray();
    for (const QJsonValue &v : scopes.toArray()) {
        const QJsonObject o = v.toObject();
        ConfiguredScope scope{o.value(QLatin1String("scope")).toString(), {}};
        for (const QJsonValue &type : o.value(QLatin1String("token_types")).toArray()) {
            if (type.isString())
                scope.tokenTypes.append(type.toString());
        }
        if (!scope.name.isEmpty())
            a.scopes.append(scope);
    }
    return a;
}

QList<AppVersion> FeishuClient::parseVersions(const QJsonObject &answer)
{
    QList<AppVersion> list;
    for (const QJsonValue &v : answer.value(QLatin1String("data")).toObject().value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject web = o.value(QLatin1String("ability")).toObject().value(QLatin1String("web_app")).toObject();
        AppVersion version{o.value(QLatin1String("version")).toString(), o.value(QLatin1String("version_id")).toString(),
                           o.value(QLatin1String("status")).toInt(), !web.isEmpty(), std::nullopt};
        const QJsonValue visibility = o.value(QLatin1String("remark")).toObject().value(QLatin1String("visibility"));
        if (visibility.isObject()) {
            const QJsonObject range = visibility.toObject();
            const auto ids = [&](const char *part, const char *key) {
                QStringList out;
                for (const QJsonValue &id : range.value(QLatin1String(part)).toObject().value(QLatin1String(key)).toArray()) {
                    if (id.isString())
                        out.append(id.toString());
                }
                return out;
            };
            version.visibility = AppVisibility{range.value(QLatin1String("is_all")).toBool(),
                                               ids("visible_list", "open_ids"),
                                               ids("visible_list", "department_ids"),
                                               ids("invisible_list", "open_ids"),
                                               ids("invisible_list", "department_ids")};
        }
        list.append(version);
    }
    return list;
}

QList<UserAvailability> FeishuClient::parseAvailability(const QJsonObject &answer)
{
    QList<UserAvailability> list;
    const QJsonArray users = answer.value(QLatin1String("data")).toObject().value(QLatin1String("user_visibility_list")).toArray();
    for (const QJsonValue &v : users) {
        const QJsonObject o = v.toObject();
        list.append({o.value(QLatin1String("user_id")).toString(), o.value(QLatin1String("in_white_list")).toBool(),
                     o.value(QLatin1String("in_black_list")).toBool(), o.value(QLatin1String("in_paid_list")).toBool()});
    }
    return list;
}

UserToken FeishuClient::parseUserToken(const QJsonObject &o)
{
    return {o.value(QLatin1String("access_token")).toString(), o.value(QLatin1String("refresh_token")).toString(),
            o.value(QLatin1String("scope")).toString(), o.value(QLatin1String("expires_in")).toInt()};
}

} // namespace fss
