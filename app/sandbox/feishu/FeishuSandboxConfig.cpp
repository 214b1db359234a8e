#include "sandbox/feishu/FeishuSandboxConfig.h"

#include "sandbox/SandboxDefaults.h"
#include "sandbox/feishu/FeishuSandboxShared.h"

#include <QJsonArray>
#include <QVersionNumber>

#include <algorithm>

namespace fss {

using namespace feishusandbox;

FeishuSandboxConfig FeishuSandboxConfig::defaults()
{
    SandboxApp app;
    app.appId = QStringLiteral("cli_a1b2c3d4e5f60718");
    app.appSecret = QStringLiteral("SandboxAppSecret0123456789abcdef");
    app.name = QStringLiteral("GenAuth login (sandbox)");
    app.grantedScopes = {QStringLiteral("contact:user.email:readonly"),      QStringLiteral("contact:user.phone:readonly"),
                         QStringLiteral("contact:user.employee_id:readonly"), QStringLiteral("contact:user.id:readonly"),
                         QStringLiteral("contact:user.base:readonly"),        QStringLiteral("contact:user.union_id:readonly"),
                         QStringLiteral("contact:contact.base:readonly"),     selfManageScope};
    // The fields of user_info come with the user's token, so they are
    // granted for the user identity as well (RequiredPermission::tokenTypes).
    app.grantedUserScopes = {QStringLiteral("contact:user.email:readonly"), QStringLiteral("contact:user.phone:readonly"),
                             QStringLiteral("contact:user.employee_id:readonly"), QStringLiteral("contact:user.base:readonly"),
                             QStringLiteral("contact:user.union_id:readonly")};
    app.redirectUrls = {QStringLiteral("https://core.genauth.ai/connection/social/%1/%2/callback")
                            .arg(QLatin1String(SandboxDefaults::identifier), QLatin1String(SandboxDefaults::userPoolId))};
    app.onlineVersion = QStringLiteral("1.0.0");
    app.users = {
        {QStringLiteral("张三 Zhang San"), QStringLiteral("Zhang San"), QStringLiteral("ou_7d8a6e6df7621556ce0d21922b676706"),
         QStringLiteral("on_8ed6aa67826108097d9ee143816345"), QStringLiteral("e33ggbyz"), QStringLiteral("zhangsan@example.com"),
         QStringLiteral("zhangsan@corp.example.com"), QStringLiteral("+8613800000001"), QStringLiteral("736588c9260f175d"),
         QStringLiteral("od-sandbox-sales")},
        {QStringLiteral("李四 Li Si"), QStringLiteral("Li Si"), QStringLiteral("ou_84aad35d084aa403a838cf73ee18467"),
         QStringLiteral("on_1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d"), QStringLiteral("5d9bdxgz"), QStringLiteral("lisi@example.com"),
         {}, QStringLiteral("+8613800000002"), QStringLiteral("736588c9260f175d"), QStringLiteral("od-sandbox-support")},
    };
    FeishuSandboxConfig c;
    c.apps = {app};
    return c;
}

bool SandboxApp::availableTo(const SandboxUser &user) const
{
    if (deniedUsers.contains(user.openId))
        return false;
    return visibleToAll || visibleUsers.contains(user.openId) || paidUsers.contains(user.openId) || (!user.department.isEmpty() && visibleDepartments.contains(user.department));
}

QStringList SandboxApp::versions() const
{
    QStringList all = rejectedVersions;
    for (const QString &v : {onlineVersion, reviewVersion}) {
        if (!v.isEmpty())
            all.append(v);
    }
    std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) < QVersionNumber::fromString(b);
    });
    return all;
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
    c.secretGraceSeconds = feishu.value(QLatin1String("secret_grace_seconds")).toInt(c.secretGraceSeconds);
    c.scopeNamesWithPrefix = feishu.value(QLatin1String("scope_names_with_prefix")).toBool(false);
    const QJsonObject rateLimit = feishu.value(QLatin1String("rate_limit")).toObject();
    c.rateLimitedCalls = rateLimit.value(QLatin1String("calls")).toInt(0);
    c.rateLimitResetSeconds = rateLimit.value(QLatin1String("reset_seconds")).toDouble(c.rateLimitResetSeconds);
    if (feishu.contains(QLatin1String("review_required_scopes")))
        c.reviewRequiredScopes = stringList(feishu.value(QLatin1String("review_required_scopes")));
    if (feishu.contains(QLatin1String("closed_scopes")))
        c.closedScopes = stringList(feishu.value(QLatin1String("closed_scopes")));
    c.unknownScopes = stringList(feishu.value(QLatin1String("unknown_scopes")));
    c.scopeTypes = feishu.value(QLatin1String("scope_types")).toBool(c.scopeTypes);
    const QJsonObject reg = feishu.value(QLatin1String("registration")).toObject();
    SandboxRegistration &g = c.registration;
    g.addonsHonoured = reg.value(QLatin1String("addons_honoured")).toBool(g.addonsHonoured);
    g.membersMayCreateApps = reg.value(QLatin1String("members_may_create_apps")).toBool(g.membersMayCreateApps);
    g.larkTenant = reg.value(QLatin1String("lark_tenant")).toBool(g.larkTenant);
    g.expiresInSeconds = reg.value(QLatin1String("expires_in_seconds")).toInt(g.expiresInSeconds);
    g.intervalSeconds = reg.value(QLatin1String("interval_seconds")).toInt(g.intervalSeconds);
    g.slowDowns = reg.value(QLatin1String("slow_downs")).toInt(g.slowDowns);
    g.expiryField = reg.value(QLatin1String("expiry_field")).toString(g.expiryField);
    g.configurable = reg.value(QLatin1String("configurable")).toBool(g.configurable);
    g.authMethod = reg.value(QLatin1String("auth_method")).toString(g.authMethod);
    g.sendsSecret = reg.value(QLatin1String("sends_secret")).toBool(g.sendsSecret);
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
        app.grantedUserScopes = stringList(a.value(QLatin1String("granted_user_scopes")));
        app.requestedUserScopes = stringList(a.value(QLatin1String("requested_user_scopes")));
        app.consoleCreated = a.value(QLatin1String("console_created")).toBool(true);
        app.visibleToAll = a.value(QLatin1String("visible_to_all")).toBool(true);
        app.visibleUsers = stringList(a.value(QLatin1String("visible_users")));
        app.visibleDepartments = stringList(a.value(QLatin1String("visible_departments")));
        app.deniedUsers = stringList(a.value(QLatin1String("denied_users")));
        app.paidUsers = stringList(a.value(QLatin1String("paid_users")));
        app.redirectStyle = a.value(QLatin1String("redirect_style")).toString(QStringLiteral("http"));
        app.brand = a.value(QLatin1String("brand")).toString(app.brand);
        if (app.brand != QLatin1String("feishu") && app.brand != QLatin1String("lark"))
            return bad(QObject::tr("“brand” of %1 must be feishu or lark.").arg(app.appId));
        app.ipAllowList = stringList(a.value(QLatin1String("ip_allow_list")));
        app.tenantKey = a.value(QLatin1String("tenant_key")).toString(app.tenantKey);
        app.tenantName = a.value(QLatin1String("tenant_name")).toString(app.tenantName);
        static const QStringList styles{QStringLiteral("http"), QStringLiteral("script"), QStringLiteral("form_post")};
        if (!styles.contains(app.redirectStyle))
            return bad(QObject::tr("“redirect_style” of %1 must be one of %2.").arg(app.appId, styles.join(QStringLiteral(", "))));
        for (const QJsonValue &u : a.value(QLatin1String("users")).toArray()) {
            const QJsonObject x = u.toObject();
            const auto s = [&](const char *key) { return x.value(QLatin1String(key)).toString(); };
            app.users.append({s("name"), s("en_name"), s("open_id"), s("union_id"), s("user_id"), s("email"),
                              s("enterprise_email"), s("mobile"), s("tenant_key"), s("department")});
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
                                     {QStringLiteral("mobile"), u.mobile},     {QStringLiteral("tenant_key"), u.tenantKey},
                                     {QStringLiteral("department"), u.department}});
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
                                {QStringLiteral("granted_user_scopes"), QJsonArray::fromStringList(a.grantedUserScopes)},
                                {QStringLiteral("requested_user_scopes"), QJsonArray::fromStringList(a.requestedUserScopes)},
                                {QStringLiteral("console_created"), a.consoleCreated},
                                {QStringLiteral("visible_to_all"), a.visibleToAll},
                                {QStringLiteral("visible_users"), QJsonArray::fromStringList(a.visibleUsers)},
                                {QStringLiteral("visible_departments"), QJsonArray::fromStringList(a.visibleDepartments)},
                                {QStringLiteral("denied_users"), QJsonArray::fromStringList(a.deniedUsers)},
                                {QStringLiteral("paid_users"), QJsonArray::fromStringList(a.paidUsers)},
                                {QStringLiteral("redirect_style"), a.redirectStyle},
                                {QStringLiteral("brand"), a.brand},
                                {QStringLiteral("ip_allow_list"), QJsonArray::fromStringList(a.ipAllowList)},
                                {QStringLiteral("tenant_key"), a.tenantKey},
                                {QStringLiteral("tenant_name"), a.tenantName},
                                {QStringLiteral("users"), users}});
    }
    return {{QStringLiteral("feishu"),
             QJsonObject{{QStringLiteral("apps"), appList},
                         {QStringLiteral("code_lifetime_seconds"), codeLifetimeSeconds},
                         {QStringLiteral("token_lifetime_seconds"), tokenLifetimeSeconds},
                         {QStringLiteral("secret_grace_seconds"), secretGraceSeconds},
                         {QStringLiteral("scope_names_with_prefix"), scopeNamesWithPrefix},
                         {QStringLiteral("rate_limit"),
                          QJsonObject{{QStringLiteral("calls"), rateLimitedCalls}, {QStringLiteral("reset_seconds"), rateLimitResetSeconds}}},
                         {QStringLiteral("review_required_scopes"), QJsonArray::fromStringList(reviewRequiredScopes)},
                         {QStringLiteral("closed_scopes"), QJsonArray::fromStringList(closedScopes)},
                         {QStringLiteral("unknown_scopes"), QJsonArray::fromStringList(unknownScopes)},
                         {QStringLiteral("scope_types"), scopeTypes},
                         {QStringLiteral("registration"),
                          QJsonObject{{QStringLiteral("addons_honoured"), registration.addonsHonoured},
                                      {QStringLiteral("members_may_create_apps"), registration.membersMayCreateApps},
                                      {QStringLiteral("lark_tenant"), registration.larkTenant},
                                      {QStringLiteral("expires_in_seconds"), registration.expiresInSeconds},
                                      {QStringLiteral("interval_seconds"), registration.intervalSeconds},
                                      {QStringLiteral("slow_downs"), registration.slowDowns},
                                      {QStringLiteral("expiry_field"), registration.expiryField},
                                      {QStringLiteral("configurable"), registration.configurable},
                                      {QStringLiteral("auth_method"), registration.authMethod},
                                      {QStringLiteral("sends_secret"), registration.sendsSecret}}}}}};
}

} // namespace fss
