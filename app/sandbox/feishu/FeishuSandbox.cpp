#include "sandbox/feishu/FeishuSandbox.h"

#include "core/login/Pkce.h"
#include "core/transport/Logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace fss {

namespace {

const QString kSelfManage = QStringLiteral("application:application:self_manage");
const QString kAppInfoReadonly = QStringLiteral("admin:app.info:readonly");
const QString kVersionReadonly = QStringLiteral("application:application.app_version:readonly");

QString logId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"))
        + QString::number(QRandomGenerator::global()->generate64(), 16).toUpper().left(18);
}

QString versionId(const QString &appId, const QString &version)
{
    return QStringLiteral("oav_")
        + QString::fromLatin1(QCryptographicHash::hash((appId + version).toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
}

// {"code": N, "msg": "…", "data": {}} — Feishu's envelope for errors (§2.3).
SandboxResponse platformError(int code, const QString &msg, int status = 200)
{
    return SandboxResponse::json({{QStringLiteral("code"), code}, {QStringLiteral("msg"), msg}, {QStringLiteral("data"), QJsonObject{}}},
                                 status);
}

// 99991672 with permission_violations and the console link (§6.2).
SandboxResponse missingScope(const QStringList &scopes, const QString &appId)
{
    const QString host = QStringLiteral("https://open.feishu.cn");
    const QString list = scopes.join(QStringLiteral(", "));
    const QString link = QStringLiteral("%1/app/%2/auth?q=%3&op_from=openapi&token_type=tenant")
                             .arg(host, appId, scopes.join(QLatin1Char(',')));
    QJsonArray violations;
    for (const QString &s : scopes)
        violations.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("action_scope_required")}, {QStringLiteral("subject"), s}});
    const QJsonObject error{
        {QStringLiteral("message"), QStringLiteral("Refer to the documentation to fix the error: https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error")},
        {QStringLiteral("log_id"), logId()},
        {QStringLiteral("permission_violations"), violations},
        {QStringLiteral("helps"), QJsonArray{QJsonObject{{QStringLiteral("url"), link},
                                                         {QStringLiteral("description"), QStringLiteral("Learn more about scopes and how to add them: [%1]").arg(list)}}}},
    };
    return SandboxResponse::json(
        {{QStringLiteral("code"), 99991672},
         {QStringLiteral("msg"), QStringLiteral("Access denied. One of the following scopes is required: [%1].应用尚未开通所需的应用身份权限：[%1]，点击链接申请并开通任一权限即可：%2")
                                     .arg(list, link)},
         {QStringLiteral("error"), error}},
        400);
}

// v2 token errors (§4.1): HTTP 400 (500/503 for server errors) with code,
// an OAuth error string and a description. Only "server_error" is
// documented; the other strings follow RFC 6749 (unverified).
SandboxResponse oauthError(int code, const char *error, const QString &description, int status = 400)
{
    return SandboxResponse::json({{QStringLiteral("code"), code},
                                  {QStringLiteral("error"), QString::fromLatin1(error)},
                                  {QStringLiteral("error_description"), description}},
                                 status);
}

// The text Feishu's authorize page shows when it refuses (§3.4).
SandboxResponse errorPage(const QString &codeAndText)
{
    return SandboxResponse::html(
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>飞书 - 错误</title></head><body>"
                       "<div class=\"error\"><p id=\"error-code\">错误码：%1</p>"
                       "<p>若点击刷新重试无法解决问题，请将 log ID 提供给客服协助解决：%2</p></div></body></html>")
            .arg(codeAndText.toHtmlEscaped(), logId()));
}

QString stripQueryAndFragment(const QString &url)
{
    return QUrl(url).adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list.append(item.toString());
    return list;
}

QString shortScopeName(const QString &scope)
{
    return scope.startsWith(QLatin1String("contact:")) ? scope.mid(8) : scope;
}

} // namespace

FeishuSandboxConfig FeishuSandboxConfig::defaults()
{
    SandboxApp app;
    app.appId = QStringLiteral("cli_a1b2c3d4e5f60718");
    app.appSecret = QStringLiteral("SandboxAppSecret0123456789abcdef");
    app.name = QStringLiteral("GenAuth login (sandbox)");
    app.grantedScopes = {QStringLiteral("contact:user.email:readonly"),      QStringLiteral("contact:user.phone:readonly"),
                         QStringLiteral("contact:user.employee_id:readonly"), QStringLiteral("contact:user.id:readonly"),
                         QStringLiteral("contact:user.base:readonly"),        QStringLiteral("contact:user.union_id:readonly"),
                         QStringLiteral("contact:contact:readonly_as_app"),   kSelfManage};
    app.redirectUrls = {QStringLiteral("https://core.genauth.ai/connection/social/%1/%2/callback")
                            .arg(QLatin1String(defaultIdentifier), QLatin1String(defaultUserPoolId))};
    app.onlineVersion = QStringLiteral("1.0.0");
    app.users = {
        {QStringLiteral("张三 Zhang San"), QStringLiteral("Zhang San"), QStringLiteral("ou_7d8a6e6df7621556ce0d21922b676706"),
         QStringLiteral("on_8ed6aa67826108097d9ee143816345"), QStringLiteral("e33ggbyz"), QStringLiteral("zhangsan@example.com"),
         QStringLiteral("zhangsan@corp.example.com"), QStringLiteral("+8613800000001"), QStringLiteral("736588c9260f175d")},
        {QStringLiteral("李四 Li Si"), QStringLiteral("Li Si"), QStringLiteral("ou_84aad35d084aa403a838cf73ee18467"),
         QStringLiteral("on_1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d"), QStringLiteral("5d9bdxgz"), QStringLiteral("lisi@example.com"),
         {}, QStringLiteral("+8613800000002"), QStringLiteral("736588c9260f175d")},
    };
    FeishuSandboxConfig c;
    c.apps = {app};
    return c;
}

std::optional<FeishuSandboxConfig> FeishuSandboxConfig::fromJson(const QJsonObject &o, QString *error)
{
    FeishuSandboxConfig c;
    const auto bad = [&](const QString &why) -> std::optional<FeishuSandboxConfig> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QJsonObject feishu = o.value(QLatin1String("feishu")).toObject(o);
    c.codeLifetimeSeconds = feishu.value(QLatin1String("code_lifetime_seconds")).toInt(c.codeLifetimeSeconds);
    c.tokenLifetimeSeconds = feishu.value(QLatin1String("token_lifetime_seconds")).toInt(c.tokenLifetimeSeconds);
    c.scopeNamesWithPrefix = feishu.value(QLatin1String("scope_names_with_prefix")).toBool(false);
    if (!feishu.value(QLatin1String("apps")).isArray())
        return bad(QObject::tr("“apps” must be a list of apps."));
    for (const QJsonValue &v : feishu.value(QLatin1String("apps")).toArray()) {
        const QJsonObject a = v.toObject();
        SandboxApp app;
        app.appId = a.value(QLatin1String("app_id")).toString();
        app.appSecret = a.value(QLatin1String("app_secret")).toString();
        if (app.appId.isEmpty() || app.appSecret.isEmpty())
            return bad(QObject::tr("Every app needs “app_id” and “app_secret”."));
        app.name = a.value(QLatin1String("name")).toString(app.appId);
        app.status = a.value(QLatin1String("status")).toInt(1);
        app.grantedScopes = stringList(a.value(QLatin1String("granted_scopes")));
        app.requestedScopes = stringList(a.value(QLatin1String("requested_scopes")));
        app.redirectUrls = stringList(a.value(QLatin1String("redirect_urls")));
        app.webPage = a.value(QLatin1String("web_page")).toBool(true);
        app.onlineVersion = a.value(QLatin1String("online_version")).toString();
        app.reviewVersion = a.value(QLatin1String("review_version")).toString();
        app.redirectStyle = a.value(QLatin1String("redirect_style")).toString(QStringLiteral("http"));
        static const QStringList styles{QStringLiteral("http"), QStringLiteral("script"), QStringLiteral("form_post")};
        if (!styles.contains(app.redirectStyle))
            return bad(QObject::tr("“redirect_style” of %1 must be one of %2.").arg(app.appId, styles.join(QStringLiteral(", "))));
        for (const QJsonValue &u : a.value(QLatin1String("users")).toArray()) {
            const QJsonObject x = u.toObject();
            const auto s = [&](const char *key) { return x.value(QLatin1String(key)).toString(); };
            app.users.append({s("name"), s("en_name"), s("open_id"), s("union_id"), s("user_id"), s("email"),
                              s("enterprise_email"), s("mobile"), s("tenant_key")});
        }
        c.apps.append(app);
    }
    return c;
}

QJsonObject FeishuSandboxConfig::toJson() const
{
    QJsonArray appList;
    for (const SandboxApp &a : apps) {
        QJsonArray users;
        for (const SandboxUser &u : a.users) {
            users.append(QJsonObject{{QStringLiteral("name"), u.name},         {QStringLiteral("en_name"), u.enName},
                                     {QStringLiteral("open_id"), u.openId},    {QStringLiteral("union_id"), u.unionId},
                                     {QStringLiteral("user_id"), u.userId},    {QStringLiteral("email"), u.email},
                                     {QStringLiteral("enterprise_email"), u.enterpriseEmail},
                                     {QStringLiteral("mobile"), u.mobile},     {QStringLiteral("tenant_key"), u.tenantKey}});
        }
        appList.append(QJsonObject{{QStringLiteral("app_id"), a.appId},
                                {QStringLiteral("app_secret"), a.appSecret},
                                {QStringLiteral("name"), a.name},
                                {QStringLiteral("status"), a.status},
                                {QStringLiteral("granted_scopes"), QJsonArray::fromStringList(a.grantedScopes)},
                                {QStringLiteral("requested_scopes"), QJsonArray::fromStringList(a.requestedScopes)},
                                {QStringLiteral("redirect_urls"), QJsonArray::fromStringList(a.redirectUrls)},
                                {QStringLiteral("web_page"), a.webPage},
                                {QStringLiteral("online_version"), a.onlineVersion},
                                {QStringLiteral("review_version"), a.reviewVersion},
                                {QStringLiteral("redirect_style"), a.redirectStyle},
                                {QStringLiteral("users"), users}});
    }
    return {{QStringLiteral("feishu"),
             QJsonObject{{QStringLiteral("apps"), appList},
                         {QStringLiteral("code_lifetime_seconds"), codeLifetimeSeconds},
                         {QStringLiteral("token_lifetime_seconds"), tokenLifetimeSeconds},
                         {QStringLiteral("scope_names_with_prefix"), scopeNamesWithPrefix}}}};
}

FeishuSandbox::FeishuSandbox(SandboxServer *server, FeishuSandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    addRoutes(server);
}

SandboxApp *FeishuSandbox::app(const QString &appId)
{
    for (SandboxApp &a : m_config.apps) {
        if (a.appId == appId)
            return &a;
    }
    return nullptr;
}

void FeishuSandbox::expireAll()
{
    for (Code &c : m_codes)
        c.expiry = QDeadlineTimer(0);
    for (auto *store : {&m_tenantTokens, &m_appTokens, &m_userTokens}) {
        for (Token &t : *store)
            t.expiry = QDeadlineTimer(0);
    }
}

void FeishuSandbox::addRoutes(SandboxServer *s)
{
    s->route("POST", QStringLiteral("/open-apis/auth/v3/tenant_access_token/internal"), [this](const SandboxRequest &r) { return appToken(r, true); });
    s->route("POST", QStringLiteral("/open-apis/auth/v3/app_access_token/internal"), [this](const SandboxRequest &r) { return appToken(r, false); });
    s->route("GET", QStringLiteral("/open-apis/application/v6/scopes"), [this](const SandboxRequest &r) { return scopes(r); });
    s->route("POST", QStringLiteral("/open-apis/contact/v3/users/batch_get_id"), [this](const SandboxRequest &r) { return batchGetId(r); });
    s->route("GET", QStringLiteral("/open-apis/contact/v3/scopes"), [this](const SandboxRequest &r) { return contactScopes(r); });
    s->route("GET", QStringLiteral("/open-apis/application/v6/applications/:app_id"), [this](const SandboxRequest &r) { return application(r); });
    s->route("GET", QStringLiteral("/open-apis/application/v6/applications/:app_id/app_versions"), [this](const SandboxRequest &r) { return appVersions(r); });
    s->route("GET", QStringLiteral("/open-apis/authen/v1/authorize"), [this](const SandboxRequest &r) { return authorizePage(r); });
    s->route("GET", QStringLiteral("/open-apis/authen/v1/index"), [this](const SandboxRequest &r) { return authorizePage(r); });
    s->route("POST", QStringLiteral("/open-apis/authen/v1/authorize"), [this](const SandboxRequest &r) { return authorizeDecision(r); });
    s->route("POST", QStringLiteral("/open-apis/authen/v2/oauth/token"), [this](const SandboxRequest &r) { return tokenV2(r); });
    s->route("POST", QStringLiteral("/open-apis/authen/v1/oidc/access_token"), [this](const SandboxRequest &r) { return tokenV1(r); });
    s->route("GET", QStringLiteral("/open-apis/authen/v1/user_info"), [this](const SandboxRequest &r) { return userInfo(r); });
}

QString FeishuSandbox::issueToken(QHash<QString, Token> &store, const QString &prefix, const QString &appId, const QString &openId)
{
    const QString token = prefix + sandboxRandom(prefix.startsWith(QLatin1String("eyJ")) ? 120 : 40, true);
    store.insert(token, {appId, openId, QDeadlineTimer(m_config.tokenLifetimeSeconds * 1000LL)});
    return token;
}

SandboxResponse FeishuSandbox::appToken(const SandboxRequest &r, bool tenant)
{
    bool ok = false;
    const QJsonObject body = r.json(&ok);
    const QString appId = body.value(QLatin1String("app_id")).toString();
    const QString secret = body.value(QLatin1String("app_secret")).toString();
    // §2.3: malformed or empty input is 10003, an unknown id 10014.
    static const QRegularExpression appIdForm(QStringLiteral("^cli_[0-9a-zA-Z]+$"));
    if (!ok || appId.isEmpty() || secret.isEmpty() || !appIdForm.match(appId).hasMatch())
        return platformError(10003, QStringLiteral("invalid param"));
    SandboxApp *a = app(appId);
    if (!a)
        return platformError(10014, QStringLiteral("app id not exists"));
    if (a->appSecret != secret)
        return platformError(10014, QStringLiteral("app secret invalid"));
    if (a->status == 0)
        return platformError(10014, QStringLiteral("app unauthorized")); // §2.3: unverified for disabled apps

    // §2.1: the same token while more than 30 minutes remain, else a new one.
    QHash<QString, Token> &store = tenant ? m_tenantTokens : m_appTokens;
    QString token;
    qint64 remaining = 0;
    for (auto it = store.cbegin(); it != store.cend(); ++it) {
        if (it->appId == appId && it->expiry.remainingTime() > 30 * 60 * 1000) {
            token = it.key();
            remaining = it->expiry.remainingTime() / 1000;
            break;
        }
    }
    if (token.isEmpty()) {
        token = issueToken(store, tenant ? QStringLiteral("t-") : QStringLiteral("a-"), appId, {});
        remaining = m_config.tokenLifetimeSeconds;
    }
    QJsonObject answer{{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("ok")}, {QStringLiteral("expire"), remaining}};
    if (tenant) {
        answer.insert(QStringLiteral("tenant_access_token"), token);
    } else {
        answer.insert(QStringLiteral("app_access_token"), token);
        answer.insert(QStringLiteral("tenant_access_token"), issueToken(m_tenantTokens, QStringLiteral("t-"), appId, {}));
    }
    return SandboxResponse::json(answer);
}

std::optional<SandboxResponse> FeishuSandbox::requireTenantToken(const SandboxRequest &r, SandboxApp **result)
{
    const QString token = r.bearerToken();
    if (token.isEmpty())
        return platformError(99991661, QStringLiteral("Missing access token for authorization. Please make a request with token attached."), 400);
    const auto it = m_tenantTokens.constFind(token);
    if (it == m_tenantTokens.cend() || it->expiry.hasExpired())
        return platformError(99991663, QStringLiteral("Invalid access token for authorization. Please make a request with token attached."), 400);
    SandboxApp *a = app(it->appId);
    if (!a)
        return platformError(99991663, QStringLiteral("Invalid access token for authorization."), 400);
    *result = a;
    return std::nullopt;
}

SandboxResponse FeishuSandbox::scopes(const SandboxRequest &r)
{
    SandboxApp *a = nullptr;
    if (auto refused = requireTenantToken(r, &a))
        return *refused;
    if (!a->released())
        return platformError(212100, QStringLiteral("app not install"), 400);
    QJsonArray list;
    const auto add = [&](const QString &scope, int status) {
        list.append(QJsonObject{{QStringLiteral("scope_name"), m_config.scopeNamesWithPrefix ? scope : shortScopeName(scope)},
                                {QStringLiteral("grant_status"), status},
                                {QStringLiteral("scope_type"), QStringLiteral("tenant")}});
    };
    for (const QString &s : a->grantedScopes)
        add(s, 1);
    for (const QString &s : a->requestedScopes)
        add(s, 2);
    return SandboxResponse::json({{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")},
                                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("scopes"), list}}}});
}

SandboxResponse FeishuSandbox::batchGetId(const SandboxRequest &r)
{
    SandboxApp *a = nullptr;
    if (auto refused = requireTenantToken(r, &a))
        return *refused;
    const QString scope = QStringLiteral("contact:user.id:readonly");
    if (!a->hasScope(scope))
        return missingScope({scope}, a->appId);
    const QJsonObject body = r.json();
    QJsonArray users;
    const auto lookup = [&](const QString &key, const QString &value) {
        QJsonObject entry{{key, value}};
        for (const SandboxUser &u : a->users) {
            if ((key == QLatin1String("email") && u.email == value) || (key == QLatin1String("mobile") && u.mobile == value))
                entry.insert(QStringLiteral("user_id"), u.openId);
        }
        users.append(entry);
    };
    for (const QString &e : stringList(body.value(QLatin1String("emails"))))
        lookup(QStringLiteral("email"), e);
    for (const QString &m : stringList(body.value(QLatin1String("mobiles"))))
        lookup(QStringLiteral("mobile"), m);
    if (users.size() > 100)
        return platformError(99992402, QStringLiteral("field validation failed"), 400);
    return SandboxResponse::json({{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")},
                                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("user_list"), users}}}});
}

SandboxResponse FeishuSandbox::contactScopes(const SandboxRequest &r)
{
    SandboxApp *a = nullptr;
    if (auto refused = requireTenantToken(r, &a))
        return *refused;
    const QStringList accepted{QStringLiteral("contact:contact.base:readonly"), QStringLiteral("contact:contact:access_as_app"),
                               QStringLiteral("contact:contact:readonly_as_app")};
    if (std::none_of(accepted.cbegin(), accepted.cend(), [a](const QString &s) { return a->hasScope(s); }))
        return missingScope(accepted, a->appId);
    QJsonArray userIds;
    for (const SandboxUser &u : a->users)
        userIds.append(u.openId);
    const int pageSize = qBound(1, r.query.queryItemValue(QStringLiteral("page_size")).toInt(), 100);
    QJsonArray page;
    for (int i = 0; i < std::min<int>(pageSize, userIds.size()); ++i)
        page.append(userIds.at(i));
    return SandboxResponse::json({{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")},
                                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("department_ids"), QJsonArray{QStringLiteral("0")}},
                                                                       {QStringLiteral("user_ids"), page},
                                                                       {QStringLiteral("group_ids"), QJsonArray{}},
                                                                       {QStringLiteral("has_more"), userIds.size() > pageSize}}}});
}

SandboxResponse FeishuSandbox::application(const SandboxRequest &r)
{
    SandboxApp *a = nullptr;
    if (auto refused = requireTenantToken(r, &a))
        return *refused;
    const QString id = r.params.value(0);
    if (id != QLatin1String("me") && id != a->appId)
        return platformError(210504, QStringLiteral("app is not found in this tenant"), 400);
    if (!a->hasScope(kSelfManage) && !a->hasScope(kAppInfoReadonly))
        return missingScope({kSelfManage, kAppInfoReadonly}, a->appId);
    QJsonArray scopes;
    for (const QString &s : a->grantedScopes)
        scopes.append(QJsonObject{{QStringLiteral("scope"), s}, {QStringLiteral("description"), s}, {QStringLiteral("level"), 1},
                                  {QStringLiteral("token_types"), QJsonArray{QStringLiteral("tenant")}}});
    const QJsonObject app{
        {QStringLiteral("app_id"), a->appId},
        {QStringLiteral("app_name"), a->name},
        {QStringLiteral("status"), a->status},
        {QStringLiteral("scene_type"), 0},
        {QStringLiteral("redirect_urls"), QJsonArray::fromStringList(a->redirectUrls)},
        {QStringLiteral("online_version_id"), a->released() ? versionId(a->appId, a->onlineVersion) : QString()},
        {QStringLiteral("unaudit_version_id"), a->reviewVersion.isEmpty() ? QString() : versionId(a->appId, a->reviewVersion)},
        {QStringLiteral("scopes"), scopes},
        {QStringLiteral("pc_default_ability"), a->webPage ? QStringLiteral("web_app") : QString()},
        {QStringLiteral("primary_language"), QStringLiteral("zh_cn")},
    };
    return SandboxResponse::json({{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")},
                                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("app"), app}}}});
}

SandboxResponse FeishuSandbox::appVersions(const SandboxRequest &r)
{
    SandboxApp *a = nullptr;
    if (auto refused = requireTenantToken(r, &a))
        return *refused;
    if (r.params.value(0) != a->appId)
        return platformError(210504, QStringLiteral("app is not found in this tenant"), 400);
    if (!a->hasScope(kSelfManage) && !a->hasScope(kVersionReadonly))
        return missingScope({kSelfManage, kVersionReadonly}, a->appId);
    QJsonArray items;
    const auto add = [&](const QString &version, int status) {
        QJsonObject ability;
        if (a->webPage)
            ability.insert(QStringLiteral("web_app"), QJsonObject{{QStringLiteral("pc_url"), QString()}, {QStringLiteral("mobile_url"), QString()}});
        items.append(QJsonObject{{QStringLiteral("app_id"), a->appId},
                                 {QStringLiteral("version"), version},
                                 {QStringLiteral("version_id"), versionId(a->appId, version)},
                                 {QStringLiteral("status"), status},
                                 {QStringLiteral("publish_time"), QString::number(QDateTime::currentSecsSinceEpoch())},
                                 {QStringLiteral("ability"), ability},
                                 {QStringLiteral("scopes"), QJsonArray::fromStringList(a->grantedScopes)}});
    };
    if (!a->reviewVersion.isEmpty())
        add(a->reviewVersion, 3);
    if (a->released())
        add(a->onlineVersion, 1);
    return SandboxResponse::json({{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")},
                                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("items"), items},
                                                                       {QStringLiteral("page_token"), QString()},
                                                                       {QStringLiteral("has_more"), false}}}});
}

std::optional<SandboxResponse> FeishuSandbox::checkAuthorize(const QUrlQuery &q, SandboxApp **result)
{
    QString clientId = q.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (clientId.isEmpty())
        clientId = q.queryItemValue(QStringLiteral("app_id"), QUrl::FullyDecoded); // the older form (§3.2)
    const QString redirectUri = q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    if (clientId.isEmpty() || redirectUri.isEmpty())
        return errorPage(QStringLiteral("20001 请求不合法"));
    SandboxApp *a = app(clientId);
    // §10: the full URL without ?query and #fragment must be registered on
    // this very app; anything else (another app's URL, an unknown app) is 20029.
    if (!a || !a->redirectUrls.contains(stripQueryAndFragment(redirectUri)))
        return errorPage(QStringLiteral("20029 redirect_uri 请求不合法"));
    const QStringList scopes = q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &s : scopes) {
        if (s != QLatin1String("offline_access") && !a->hasScope(s))
            return errorPage(QStringLiteral("20027 当前应用未申请 %1 相关权限，无法授权").arg(s));
    }
    const QString method = q.queryItemValue(QStringLiteral("code_challenge_method"));
    if (!method.isEmpty() && method != QLatin1String("S256") && method != QLatin1String("plain"))
        return errorPage(QStringLiteral("20001 请求不合法"));
    // Without a released version that has the web page capability and is
    // enabled, Feishu never hands back a code (§3.4, seen texts only).
    if (a->status == 0 || !a->released() || !a->webPage) {
        return SandboxResponse::html(QStringLiteral(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>应用未开通</title></head><body>"
            "<p id=\"not-available\">应用未开通 / The app is not available</p><p>请联系管理员安装应用</p></body></html>"));
    }
    *result = a;
    return std::nullopt;
}

SandboxResponse FeishuSandbox::authorizePage(const SandboxRequest &r)
{
    SandboxApp *a = nullptr;
    if (auto refused = checkAuthorize(r.query, &a))
        return *refused;
    QString hidden;
    for (const auto &[key, value] : r.query.queryItems(QUrl::FullyDecoded)) {
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    }
    QString buttons;
    for (qsizetype i = 0; i < a->users.size(); ++i) {
        const SandboxUser &u = a->users.at(i);
        buttons += QStringLiteral("<p><button type=\"submit\" id=\"sign-in-%1\" name=\"user\" value=\"%2\">Sign in as %3</button></p>")
                       .arg(i)
                       .arg(u.openId.toHtmlEscaped(), u.name.toHtmlEscaped());
    }
    if (a->users.isEmpty())
        buttons = QStringLiteral("<p>This sandbox app has no test users.</p>");
    return SandboxResponse::html(QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Feishu sandbox – sign in</title></head><body>"
        "<h1>Sign in to %1</h1><p>Feishu sandbox: an imitation of the Feishu login page on this computer.</p>"
        "<form method=\"post\" action=\"/open-apis/authen/v1/authorize\">%2%3"
        "<p><button type=\"submit\" id=\"cancel\" name=\"decision\" value=\"cancel\">Cancel</button></p></form></body></html>")
                                     .arg(a->name.toHtmlEscaped(), hidden, buttons));
}

SandboxResponse FeishuSandbox::authorizeDecision(const SandboxRequest &r)
{
    const QUrlQuery form = r.form();
    SandboxApp *a = nullptr;
    if (auto refused = checkAuthorize(form, &a))
        return *refused;
    const QString redirectUri = form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    const QString state = form.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    QList<std::pair<QString, QString>> params;
    if (form.queryItemValue(QStringLiteral("decision")) == QLatin1String("cancel")) {
        params.append({QStringLiteral("error"), QStringLiteral("access_denied")});
    } else {
        const QString openId = form.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
        const auto user = std::find_if(a->users.cbegin(), a->users.cend(), [&](const SandboxUser &u) { return u.openId == openId; });
        if (user == a->users.cend())
            return errorPage(QStringLiteral("20001 请求不合法"));
        const QString code = sandboxRandom(64, true);
        QString method = form.queryItemValue(QStringLiteral("code_challenge_method"));
        const QString challenge = form.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded);
        if (!challenge.isEmpty() && method.isEmpty())
            method = QStringLiteral("plain"); // §3.1: plain is the default
        m_codes.insert(code, {a->appId, redirectUri, challenge, method, openId,
                              form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                              QDeadlineTimer(m_config.codeLifetimeSeconds * 1000LL), false});
        params.append({QStringLiteral("code"), code});
    }
    if (!state.isEmpty())
        params.append({QStringLiteral("state"), state});
    if (a->redirectStyle == QLatin1String("form_post")) {
        QString inputs;
        for (const auto &[key, value] : std::as_const(params))
            inputs += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
        return SandboxResponse::html(QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Redirecting</title></head>"
                                                    "<body><form method=\"post\" action=\"%1\">%2</form>"
                                                    "<script>document.forms[0].submit();</script></body></html>")
                                         .arg(redirectUri.toHtmlEscaped(), inputs));
    }
    const QUrl target = withQueryItems(QUrl(redirectUri), params); // §3.3
    if (a->redirectStyle == QLatin1String("script")) {
        const QString js = QString::fromUtf8(QJsonDocument(QJsonArray{target.toString(QUrl::FullyEncoded)}).toJson(QJsonDocument::Compact));
        return SandboxResponse::html(QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Redirecting</title></head>"
                                                    "<body><p>Redirecting…</p><script>window.location.replace(%1[0]);</script></body></html>")
                                         .arg(js));
    }
    return SandboxResponse::redirect(target);
}

SandboxResponse FeishuSandbox::tokenV2(const SandboxRequest &r)
{
    QHash<QString, QString> p;
    if (r.isJson()) {
        const QJsonObject o = r.json();
        for (auto it = o.begin(); it != o.end(); ++it)
            p.insert(it.key(), it.value().toString());
    } else {
        for (const auto &[k, v] : r.form().queryItems(QUrl::FullyDecoded))
            p.insert(k, v);
    }
    if (r.header("authorization").startsWith("Basic ") && p.contains(QStringLiteral("client_secret")))
        return oauthError(20070, "invalid_request", QStringLiteral("Multiple authentication methods were provided."));
    const QString grantType = p.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return oauthError(20001, "invalid_request", QStringLiteral("The request is missing a required parameter: grant_type."));
    if (grantType != QLatin1String("authorization_code"))
        return oauthError(20036, "unsupported_grant_type", QStringLiteral("The specified grant_type is not supported."));
    for (const char *required : {"client_id", "client_secret", "code"}) {
        if (p.value(QLatin1String(required)).isEmpty())
            return oauthError(20001, "invalid_request", QStringLiteral("The request is missing a required parameter: %1.").arg(QLatin1String(required)));
    }
    SandboxApp *a = app(p.value(QStringLiteral("client_id")));
    if (!a)
        return oauthError(20048, "invalid_client", QStringLiteral("The specified app does not exist."));
    if (a->appSecret != p.value(QStringLiteral("client_secret")))
        return oauthError(20002, "invalid_client", QStringLiteral("The client secret is invalid."));
    if (a->status == 0)
        return oauthError(20069, "unauthorized_client", QStringLiteral("The specified app is not enabled."));
    const auto it = m_codes.find(p.value(QStringLiteral("code")));
    if (it == m_codes.end())
        return oauthError(20003, "invalid_grant", QStringLiteral("The authorization code is not found. Note that the code can only be used once."));
    if (it->appId != a->appId)
        return oauthError(20024, "invalid_grant", QStringLiteral("The provided authorization code does not match the provided client ID."));
    if (it->used)
        return oauthError(20065, "invalid_grant", QStringLiteral("The authorization code has been used."));
    if (it->expiry.hasExpired())
        return oauthError(20004, "invalid_grant", QStringLiteral("The authorization code has expired."));
    if (p.value(QStringLiteral("redirect_uri")) != it->redirectUri)
        return oauthError(20071, "invalid_grant", QStringLiteral("The provided redirect URI does not match the one used during authorization."));
    if (!it->challenge.isEmpty()) {
        if (!Pkce::verifies(it->challengeMethod, it->challenge, p.value(QStringLiteral("code_verifier"))))
            return oauthError(20049, "invalid_grant", QStringLiteral("PKCE code challenge failed."));
    }
    it->used = true;
    const QString scope = it->scope;
    QJsonObject answer{{QStringLiteral("code"), 0},
                       {QStringLiteral("access_token"), issueToken(m_userTokens, QStringLiteral("eyJhbGciOiJFUzI1NiIs"), a->appId, it->openId)},
                       {QStringLiteral("expires_in"), m_config.tokenLifetimeSeconds},
                       {QStringLiteral("scope"), (QStringLiteral("auth:user.id:read ") + scope).trimmed()},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    if (scope.split(QLatin1Char(' ')).contains(QStringLiteral("offline_access"))) {
        answer.insert(QStringLiteral("refresh_token"), QStringLiteral("eyJ") + sandboxRandom(120, true));
        answer.insert(QStringLiteral("refresh_token_expires_in"), 604800);
    }
    return SandboxResponse::json(answer);
}

SandboxResponse FeishuSandbox::tokenV1(const SandboxRequest &r)
{
    const auto token = m_appTokens.constFind(r.bearerToken());
    if (token == m_appTokens.cend() || token->expiry.hasExpired())
        return platformError(20014, QStringLiteral("app access token invalid"));
    SandboxApp *a = app(token->appId);
    const QJsonObject body = r.json();
    if (body.value(QLatin1String("grant_type")).toString() != QLatin1String("authorization_code"))
        return platformError(20036, QStringLiteral("grant_type is not supported"));
    if (a && a->status == 0)
        return platformError(20042, QStringLiteral("App disabled"));
    const auto it = m_codes.find(body.value(QLatin1String("code")).toString());
    if (it == m_codes.end() || it->used)
        return platformError(20003, QStringLiteral("code is invalid"));
    if (it->appId != token->appId)
        return platformError(20024, QStringLiteral("code does not match the app"));
    if (it->expiry.hasExpired())
        return platformError(20004, QStringLiteral("code is expired"));
    it->used = true;
    const QJsonObject data{{QStringLiteral("access_token"), issueToken(m_userTokens, QStringLiteral("u-"), token->appId, it->openId)},
                           {QStringLiteral("refresh_token"), QStringLiteral("ur-") + sandboxRandom(40, true)},
                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                           {QStringLiteral("expires_in"), m_config.tokenLifetimeSeconds - 1},
                           {QStringLiteral("refresh_expires_in"), 2591999},
                           {QStringLiteral("scope"), it->scope}};
    return SandboxResponse::json({{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")}, {QStringLiteral("data"), data}});
}

SandboxResponse FeishuSandbox::userInfo(const SandboxRequest &r)
{
    const auto token = m_userTokens.constFind(r.bearerToken());
    if (token == m_userTokens.cend() || token->expiry.hasExpired())
        return platformError(20005, QStringLiteral("The user access token passed is invalid"));
    SandboxApp *a = app(token->appId);
    if (!a)
        return platformError(20008, QStringLiteral("user not exist"));
    const auto user = std::find_if(a->users.cbegin(), a->users.cend(), [&](const SandboxUser &u) { return u.openId == token->openId; });
    if (user == a->users.cend())
        return platformError(20008, QStringLiteral("user not exist"));
    QJsonObject data{{QStringLiteral("name"), user->name},
                     {QStringLiteral("en_name"), user->enName},
                     {QStringLiteral("avatar_url"), QStringLiteral("https://example.invalid/avatar/%1.png").arg(user->openId)},
                     {QStringLiteral("avatar_thumb"), QStringLiteral("https://example.invalid/avatar/%1_72.png").arg(user->openId)},
                     {QStringLiteral("avatar_middle"), QStringLiteral("https://example.invalid/avatar/%1_240.png").arg(user->openId)},
                     {QStringLiteral("avatar_big"), QStringLiteral("https://example.invalid/avatar/%1_640.png").arg(user->openId)},
                     {QStringLiteral("open_id"), user->openId},
                     {QStringLiteral("union_id"), user->unionId},
                     {QStringLiteral("tenant_key"), user->tenantKey}};
    // §5: a field whose permission is missing is left out, not an error.
    if (a->hasScope(QStringLiteral("contact:user.email:readonly")) && !user->email.isEmpty())
        data.insert(QStringLiteral("email"), user->email);
    if (a->hasScope(QStringLiteral("contact:user.phone:readonly")) && !user->mobile.isEmpty())
        data.insert(QStringLiteral("mobile"), user->mobile);
    if (a->hasScope(QStringLiteral("contact:user.employee_id:readonly")) && !user->userId.isEmpty())
        data.insert(QStringLiteral("user_id"), user->userId);
    if (a->hasScope(QStringLiteral("contact:user.employee:readonly")) && !user->enterpriseEmail.isEmpty())
        data.insert(QStringLiteral("enterprise_email"), user->enterpriseEmail);
    return SandboxResponse::json({{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")}, {QStringLiteral("data"), data}});
}

} // namespace fss
