#include "sandbox/feishu/FeishuSandbox.h"

#include "sandbox/feishu/FeishuSandboxShared.h"
#include "core/transport/Logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QRandomGenerator>

// The Feishu imitation's tokens and Open API (docs/platforms.md F §2, §6, §7);
// its login pages are in FeishuSandboxLogin.cpp, its settings in
// FeishuSandboxConfig.cpp.

namespace fss {

namespace feishusandbox {

QStringList stringList(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list.append(item.toString());
    return list;
}

QString logId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"))
        + QString::number(QRandomGenerator::global()->generate64(), 16).toUpper().left(18);
}

SandboxResponse platformError(int code, const QString &msg, int status)
{
    return SandboxResponse::json({{QStringLiteral("code"), code}, {QStringLiteral("msg"), msg}, {QStringLiteral("data"), QJsonObject{}}},
                                 status);
}

QString versionId(const QString &appId, const QString &version)
{
    return QStringLiteral("oav_")
        + QString::fromLatin1(QCryptographicHash::hash((appId + version).toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
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

std::optional<SandboxResponse> requireScope(const SandboxApp &app, const QStringList &anyOf)
{
    if (std::any_of(anyOf.cbegin(), anyOf.cend(), [&app](const QString &s) { return app.hasScope(s); }))
        return std::nullopt;
    return missingScope(anyOf, app.appId);
}

} // namespace feishusandbox

using namespace feishusandbox;

namespace {

const QString kAppInfoReadonly = QStringLiteral("admin:app.info:readonly");
const QString kVersionReadonly = QStringLiteral("application:application.app_version:readonly");

QString shortScopeName(const QString &scope)
{
    return scope.startsWith(QLatin1String("contact:")) ? scope.mid(8) : scope;
}

// The organisation's picture in its four sizes (the SDKs' tenant.avatar).
QJsonObject tenantAvatar(const QString &tenantKey)
{
    QJsonObject avatar;
    for (const char *size : {"72", "240", "640", "origin"})
        avatar.insert(QLatin1String("avatar_") + QLatin1String(size),
                      QStringLiteral("https://s1-imfile.feishucdn.com/static-resource/v1/sandbox-%1~?image_size=%2")
                          .arg(tenantKey, QLatin1String(size)));
    return avatar;
}

// The scopes an app is configured with, as its record and its versions
// list them (the SDK's types: {scope, description, level, token_types}),
// each with the identities it is asked for, granted or not.
QJsonArray configuredScopes(const SandboxApp &a)
{
    QStringList names;
    for (const QStringList *list : {&a.grantedScopes, &a.requestedScopes, &a.grantedUserScopes, &a.requestedUserScopes}) {
        for (const QString &s : *list) {
            if (!names.contains(s))
                names.append(s);
        }
    }
    QJsonArray out;
    for (const QString &s : std::as_const(names)) {
        QJsonArray types;
        if (a.grantedScopes.contains(s) || a.requestedScopes.contains(s))
            types.append(QStringLiteral("tenant"));
        if (a.grantedUserScopes.contains(s) || a.requestedUserScopes.contains(s))
            types.append(QStringLiteral("user"));
        out.append(QJsonObject{{QStringLiteral("scope"), s}, {QStringLiteral("description"), s}, {QStringLiteral("level"), 1},
                               {QStringLiteral("token_types"), types}});
    }
    return out;
}

} // namespace

FeishuSandbox::FeishuSandbox(SandboxServer *server, FeishuSandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_server(server)
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
    for (Registration &r : m_registrations)
        r.expiry = QDeadlineTimer(0);
    for (auto *store : {&m_tenantTokens, &m_appTokens, &m_userTokens}) {
        for (Token &t : *store)
            t.expiry = QDeadlineTimer(0);
    }
}

void FeishuSandbox::addRoutes(SandboxServer *s)
{
    s->route("POST", QStringLiteral("/open-apis/auth/v3/tenant_access_token/internal"), limited([this](const SandboxRequest &r) { return appToken(r, true); }));
    s->route("POST", QStringLiteral("/open-apis/auth/v3/app_access_token/internal"), limited([this](const SandboxRequest &r) { return appToken(r, false); }));
    s->route("GET", QStringLiteral("/open-apis/application/v6/scopes"), limited([this](const SandboxRequest &r) { return scopes(r); }));
    s->route("POST", QStringLiteral("/open-apis/contact/v3/users/batch_get_id"), limited([this](const SandboxRequest &r) { return batchGetId(r); }));
    s->route("GET", QStringLiteral("/open-apis/contact/v3/scopes"), limited([this](const SandboxRequest &r) { return contactScopes(r); }));
    s->route("GET", QStringLiteral("/open-apis/application/v6/applications/:app_id"), limited([this](const SandboxRequest &r) { return application(r); }));
    s->route("GET", QStringLiteral("/open-apis/application/v6/applications/:app_id/app_versions"), limited([this](const SandboxRequest &r) { return appVersions(r); }));
    s->route("PATCH", QStringLiteral("/open-apis/application/v7/applications/:app_id/config"), limited([this](const SandboxRequest &r) { return v7Config(r); }));
    s->route("PATCH", QStringLiteral("/open-apis/application/v7/applications/:app_id/ability"), limited([this](const SandboxRequest &r) { return v7Ability(r); }));
    s->route("POST", QStringLiteral("/open-apis/application/v7/applications/:app_id/publish"), limited([this](const SandboxRequest &r) { return v7Publish(r); }));
    s->route("POST", QStringLiteral("/open-apis/application/v6/scopes/apply"), limited([this](const SandboxRequest &r) { return applyScopes(r); }));
    s->route("POST", QStringLiteral("/open-apis/application/v6/applications/:app_id/visibility/check_white_black_list"),
             limited([this](const SandboxRequest &r) { return checkVisibility(r); }));
    s->route("POST", QStringLiteral("/oauth/v1/app/registration"), [this](const SandboxRequest &r) { return registration(r, false); });
    s->route("GET", QStringLiteral("/page/launcher"), [this](const SandboxRequest &r) { return registrationPage(r); });
    s->route("POST", QStringLiteral("/page/launcher"), [this](const SandboxRequest &r) { return registrationDecision(r); });
    s->route("GET", QStringLiteral("/sandbox/admin"), [this](const SandboxRequest &r) { return adminPage(r); });
    s->route("POST", QStringLiteral("/sandbox/admin/review"), [this](const SandboxRequest &r) { return adminReview(r); });
    s->route("POST", QStringLiteral("/sandbox/admin/reset-secret"), [this](const SandboxRequest &r) { return adminResetSecret(r); });
    s->route("GET", QStringLiteral("/open-apis/authen/v1/authorize"), [this](const SandboxRequest &r) { return authorizePage(r); });
    s->route("GET", QStringLiteral("/open-apis/authen/v1/index"), [this](const SandboxRequest &r) { return authorizePage(r); });
    s->route("POST", QStringLiteral("/open-apis/authen/v1/authorize"), [this](const SandboxRequest &r) { return authorizeDecision(r); });
    s->route("POST", QStringLiteral("/open-apis/authen/v2/oauth/token"), limited([this](const SandboxRequest &r) { return tokenV2(r); }));
    s->route("POST", QStringLiteral("/open-apis/authen/v1/oidc/access_token"), limited([this](const SandboxRequest &r) { return tokenV1(r); }));
    s->route("GET", QStringLiteral("/open-apis/authen/v1/user_info"), limited([this](const SandboxRequest &r) { return userInfo(r); }));
    s->route("GET", QStringLiteral("/open-apis/tenant/v2/tenant/query"), limited([this](const SandboxRequest &r) { return tenantQuery(r); }));
}

SandboxServer::Handler FeishuSandbox::limited(SandboxServer::Handler handler)
{
    return [this, handler = std::move(handler)](const SandboxRequest &r) {
        if (m_config.rateLimitedCalls > 0) {
            --m_config.rateLimitedCalls;
            SandboxResponse limit = platformError(99991400, QStringLiteral("request trigger frequency limit"), 429);
            limit.headers.append(std::pair<QByteArray, QByteArray>("x-ogw-ratelimit-limit", "50"));
            limit.headers.append(std::pair<QByteArray, QByteArray>("x-ogw-ratelimit-reset", QByteArray::number(m_config.rateLimitResetSeconds)));
            return limit;
        }
        return handler(r);
    };
}

void FeishuSandbox::addLarkApiRoutes(SandboxServer *lark)
{
    lark->route("POST", QStringLiteral("/open-apis/auth/v3/tenant_access_token/internal"), [this](const SandboxRequest &r) { return appToken(r, true, true); });
    lark->route("POST", QStringLiteral("/open-apis/auth/v3/app_access_token/internal"), [this](const SandboxRequest &r) { return appToken(r, false, true); });
}

std::optional<SandboxResponse> FeishuSandbox::ipRefusal(const SandboxApp &a)
{
    // The sandbox listens on loopback only: every caller is 127.0.0.1.
    const QString caller = QStringLiteral("127.0.0.1");
    if (a.ipAllowList.isEmpty() || a.ipAllowList.contains(caller))
        return std::nullopt;
    return platformError(99991401, QStringLiteral("ip %1 is denied by app setting").arg(caller), 400);
}

SandboxResponse FeishuSandbox::tenantQuery(const SandboxRequest &r)
{
    SandboxApp *a = nullptr;
    if (auto refused = requireTenantToken(r, &a))
        return *refused;
    if (auto refused = requireScope(*a, {QStringLiteral("tenant:tenant:readonly")}))
        return *refused;
    return SandboxResponse::json({{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")},
                                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("tenant"),
                                                                        QJsonObject{{QStringLiteral("name"), a->tenantName},
                                                                                    {QStringLiteral("display_id"), QString(QStringLiteral("F") + a->tenantKey.left(8))},
                                                                                    {QStringLiteral("tenant_tag"), 0},
                                                                                    {QStringLiteral("tenant_key"), a->tenantKey},
                                                                                    {QStringLiteral("avatar"), tenantAvatar(a->tenantKey)}}}}}});
}

QString FeishuSandbox::issueToken(QHash<QString, Token> &store, const QString &prefix, const QString &appId, const QString &openId)
{
    const QString token = prefix + sandboxRandom(prefix.startsWith(QLatin1String("eyJ")) ? 120 : 40, true);
    store.insert(token, {appId, openId, QDeadlineTimer(m_config.tokenLifetimeSeconds * 1000LL)});
    return token;
}

SandboxResponse FeishuSandbox::appToken(const SandboxRequest &r, bool tenant, bool larkHost)
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
    if (!a || (a->brand == QLatin1String("lark")) != larkHost)
        return platformError(10014, QStringLiteral("app id not exists"));
    if (auto refused = ipRefusal(*a))
        return *refused;
    if (!a->acceptsSecret(secret))
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
    if (auto refused = ipRefusal(*a))
        return refused;
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
    const auto add = [&](const QString &scope, int status, const char *type) {
        QJsonObject o{{QStringLiteral("scope_name"), m_config.scopeNamesWithPrefix ? scope : shortScopeName(scope)},
                      {QStringLiteral("grant_status"), status}};
        if (m_config.scopeTypes)
            o.insert(QStringLiteral("scope_type"), QLatin1String(type));
        list.append(o);
    };
    for (const QString &s : a->grantedScopes)
        add(s, 1, "tenant");
    for (const QString &s : a->requestedScopes)
        add(s, 2, "tenant");
    for (const QString &s : a->grantedUserScopes)
        add(s, 1, "user");
    for (const QString &s : a->requestedUserScopes)
        add(s, 2, "user");
    return SandboxResponse::json({{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")},
                                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("scopes"), list}}}});
}

SandboxResponse FeishuSandbox::batchGetId(const SandboxRequest &r)
{
    SandboxApp *a = nullptr;
    if (auto refused = requireTenantToken(r, &a))
        return *refused;
    if (auto refused = requireScope(*a, {QStringLiteral("contact:user.id:readonly")}))
        return *refused;
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
    if (auto refused = requireScope(*a, {QStringLiteral("contact:contact.base:readonly"), QStringLiteral("contact:contact:access_as_app"),
                                         QStringLiteral("contact:contact:readonly_as_app")}))
        return *refused;
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
    if (auto refused = requireScope(*a, {selfManageScope, kAppInfoReadonly}))
        return *refused;
    const QJsonArray scopes = configuredScopes(*a);
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

SandboxResponse FeishuSandbox::checkVisibility(const SandboxRequest &r)
{
    SandboxApp *a = nullptr;
    if (auto refused = requireTenantToken(r, &a))
        return *refused;
    if (r.params.value(0) != a->appId)
        return platformError(210504, QStringLiteral("app is not found in this tenant"), 400);
    if (auto refused = requireScope(*a, {selfManageScope, kAppInfoReadonly}))
        return *refused;
    // user_id_type defaults to open_id (the SDK's types, the doc page); the
    // sandbox knows no other kind of user id.
    const QString idType = r.query.queryItemValue(QStringLiteral("user_id_type"));
    if (!idType.isEmpty() && idType != QLatin1String("open_id"))
        return platformError(99992402, QStringLiteral("field validation failed: user_id_type"), 400);
    const QJsonArray ids = r.json().value(QLatin1String("user_ids")).toArray();
    if (ids.size() > 100)
        return platformError(99992402, QStringLiteral("field validation failed: user_ids at most 100"), 400);
    // The allow list is the online version's visible list (everyone is on
    // it when the app is visible to all [unverified]); the deny list, its
    // invisible list.
    QJsonArray users;
    for (const QJsonValue &id : ids) {
        const QString openId = id.toString();
        const auto user = std::find_if(a->users.cbegin(), a->users.cend(), [&](const SandboxUser &u) { return u.openId == openId; });
        const bool inDepartment = user != a->users.cend() && a->visibleDepartments.contains(user->department);
        users.append(QJsonObject{{QStringLiteral("user_id"), openId},
                                 {QStringLiteral("in_white_list"), a->visibleToAll || a->visibleUsers.contains(openId) || inDepartment},
                                 {QStringLiteral("in_black_list"), a->deniedUsers.contains(openId)},
                                 {QStringLiteral("in_paid_list"), a->paidUsers.contains(openId)}});
    }
    return SandboxResponse::json({{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")},
                                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("user_visibility_list"), users},
                                                                       {QStringLiteral("department_visibility_list"), QJsonArray()},
                                                                       {QStringLiteral("group_visibility_list"), QJsonArray()}}}});
}

SandboxResponse FeishuSandbox::appVersions(const SandboxRequest &r)
{
    SandboxApp *a = nullptr;
    if (auto refused = requireTenantToken(r, &a))
        return *refused;
    if (r.params.value(0) != a->appId)
        return platformError(210504, QStringLiteral("app is not found in this tenant"), 400);
    if (auto refused = requireScope(*a, {selfManageScope, kVersionReadonly}))
        return *refused;
    QJsonArray items;
    // What a version carries: the app as it is, or for the version under
    // review, with what that version changes.
    const auto add = [&](const QString &version, int status, const SandboxAppChanges &changes) {
        QJsonObject ability;
        if (changes.webPage.value_or(a->webPage))
            ability.insert(QStringLiteral("web_app"), QJsonObject{{QStringLiteral("pc_url"), QString()}, {QStringLiteral("mobile_url"), QString()}});
        const bool changesRange = changes.visibleToAll.has_value();
        QJsonObject visibility{{QStringLiteral("is_all"), changes.visibleToAll.value_or(a->visibleToAll)},
                               {QStringLiteral("visible_list"),
                                QJsonObject{{QStringLiteral("open_ids"), QJsonArray::fromStringList(changesRange ? changes.visibleUsers : a->visibleUsers)},
                                            {QStringLiteral("department_ids"),
                                             QJsonArray::fromStringList(changesRange ? changes.visibleDepartments : a->visibleDepartments)}}},
                               {QStringLiteral("invisible_list"),
                                QJsonObject{{QStringLiteral("open_ids"), QJsonArray::fromStringList(a->deniedUsers)},
                                            {QStringLiteral("department_ids"), QJsonArray()}}}};
        items.append(QJsonObject{{QStringLiteral("app_id"), a->appId},
                                 {QStringLiteral("version"), version},
                                 {QStringLiteral("version_id"), versionId(a->appId, version)},
                                 {QStringLiteral("status"), status},
                                 {QStringLiteral("publish_time"), QString::number(QDateTime::currentSecsSinceEpoch())},
                                 {QStringLiteral("ability"), ability},
                                 {QStringLiteral("remark"), QJsonObject{{QStringLiteral("remark"), QString()},
                                                                        {QStringLiteral("update_remark"), QString()},
                                                                        {QStringLiteral("visibility"), visibility}}},
                                 {QStringLiteral("scopes"), configuredScopes(*a)}});
    };
    if (!a->reviewVersion.isEmpty())
        add(a->reviewVersion, 3, a->inReview);
    if (a->released())
        add(a->onlineVersion, 1, {});
    for (auto it = a->rejectedVersions.crbegin(); it != a->rejectedVersions.crend(); ++it)
        add(*it, 2, {});
    return SandboxResponse::json({{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")},
                                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("items"), items},
                                                                       {QStringLiteral("page_token"), QString()},
                                                                       {QStringLiteral("has_more"), false}}}});
}

} // namespace fss
