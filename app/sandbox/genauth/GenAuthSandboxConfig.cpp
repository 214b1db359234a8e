#include "sandbox/genauth/GenAuthSandboxConfig.h"

#include "sandbox/SandboxDefaults.h"
#include "sandbox/genauth/GenAuthSandboxShared.h"

#include <QJsonArray>

namespace fss {

using namespace genauthsandbox;

GenAuthSandboxConfig GenAuthSandboxConfig::defaults()
{
    GenAuthSandboxConfig c;
    c.userPoolId = QLatin1String(SandboxDefaults::userPoolId);
    c.userPoolSecret = QLatin1String(defaultUserPoolSecret);
    GenAuthSandboxApp app;
    app.appId = QLatin1String(defaultAppId);
    app.appIdentifier = QStringLiteral("sandbox-app");
    app.name = QStringLiteral("Sandbox web app");
    app.redirectUris = {QStringLiteral("http://127.0.0.1:47821/callback")}; // SetupProfile::defaultOidcCallback
    c.apps = {app};
    return c;
}

std::optional<GenAuthSandboxConfig> GenAuthSandboxConfig::fromJson(const QJsonObject &o, QString *error)
{
    const auto bad = [&](const QString &why) -> std::optional<GenAuthSandboxConfig> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    GenAuthSandboxConfig c = defaults();
    c.userPoolId = o.value(QLatin1String("user_pool_id")).toString(c.userPoolId);
    c.userPoolSecret = o.value(QLatin1String("user_pool_secret")).toString(c.userPoolSecret);
    c.conflictStatusCode = o.value(QLatin1String("conflict_status_code")).toInt(c.conflictStatusCode);
    c.appIdFieldKey = o.value(QLatin1String("app_id_field_key")).toString(c.appIdFieldKey);
    c.appSecretFieldKey = o.value(QLatin1String("app_secret_field_key")).toString(c.appSecretFieldKey);
    c.requiresFieldKeys = o.value(QLatin1String("requires_field_keys")).toBool(c.requiresFieldKeys);
    c.showsConnectionFields = o.value(QLatin1String("shows_connection_fields")).toBool(c.showsConnectionFields);
    c.idTokenFault = o.value(QLatin1String("id_token_fault")).toString();
    c.newUserEachLogin = o.value(QLatin1String("new_user_each_login")).toBool(false);
    static const QStringList faults{QString(), QStringLiteral("bad-signature"), QStringLiteral("wrong-audience"), QStringLiteral("expired"),
                                    QStringLiteral("nonce-mismatch")};
    if (!faults.contains(c.idTokenFault))
        return bad(QObject::tr("“id_token_fault” must be one of %1.").arg(faults.mid(1).join(QStringLiteral(", "))));
    if (o.contains(QLatin1String("pool_headers"))) {
        c.poolHeaders.clear();
        for (const QJsonValue &v : o.value(QLatin1String("pool_headers")).toArray())
            c.poolHeaders.append(v.toString().toLower());
    }
    if (o.contains(QLatin1String("apps"))) {
        if (!o.value(QLatin1String("apps")).isArray())
            return bad(QObject::tr("“genauth.apps” must be a list."));
        c.apps.clear();
        for (const QJsonValue &v : o.value(QLatin1String("apps")).toArray()) {
            const QJsonObject a = v.toObject();
            GenAuthSandboxApp app;
            app.appId = str(a, "app_id");
            if (app.appId.isEmpty())
                return bad(QObject::tr("Every GenAuth app needs “app_id”."));
            app.appIdentifier = a.value(QLatin1String("app_identifier")).toString(app.appId);
            app.name = a.value(QLatin1String("name")).toString(app.appId);
            for (const QJsonValue &u : a.value(QLatin1String("redirect_uris")).toArray())
                app.redirectUris.append(u.toString());
            app.tokenAuthMethod = a.value(QLatin1String("token_endpoint_auth_method")).toString(app.tokenAuthMethod);
            app.appSecret = str(a, "app_secret");
            c.apps.append(app);
        }
    }
    return c;
}

QJsonObject GenAuthSandboxConfig::toJson() const
{
    QJsonArray appList;
    for (const GenAuthSandboxApp &a : apps) {
        appList.append(QJsonObject{{QStringLiteral("app_id"), a.appId},
                                   {QStringLiteral("app_identifier"), a.appIdentifier},
                                   {QStringLiteral("name"), a.name},
                                   {QStringLiteral("redirect_uris"), QJsonArray::fromStringList(a.redirectUris)},
                                   {QStringLiteral("token_endpoint_auth_method"), a.tokenAuthMethod},
                                   {QStringLiteral("app_secret"), a.appSecret}});
    }
    return {{QStringLiteral("user_pool_id"), userPoolId},
            {QStringLiteral("user_pool_secret"), userPoolSecret},
            {QStringLiteral("conflict_status_code"), conflictStatusCode},
            {QStringLiteral("app_id_field_key"), appIdFieldKey},
            {QStringLiteral("app_secret_field_key"), appSecretFieldKey},
            {QStringLiteral("requires_field_keys"), requiresFieldKeys},
            {QStringLiteral("shows_connection_fields"), showsConnectionFields},
            {QStringLiteral("id_token_fault"), idTokenFault},
            {QStringLiteral("new_user_each_login"), newUserEachLogin},
            {QStringLiteral("pool_headers"), QJsonArray::fromStringList(poolHeaders)},
            {QStringLiteral("apps"), appList}};
}

} // namespace fss
