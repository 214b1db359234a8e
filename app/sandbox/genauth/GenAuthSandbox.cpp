#include "sandbox/genauth/GenAuthSandbox.h"

#include "sandbox/RsaSigner.h"
#include "sandbox/genauth/FeishuServerCalls.h"
#include "sandbox/genauth/GenAuthSandboxShared.h"
#include "sandbox/genauth/SignedRequest.h"
#include "core/transport/Logging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QUuid>

// The GenAuth imitation's management API v3 (docs/platforms.md G §2, §3); its
// OpenID provider and social login are in GenAuthSandboxOidc.cpp, its
// settings in GenAuthSandboxConfig.cpp.

namespace fss {

namespace genauthsandbox {

QString objectId()
{
    const quint32 seconds = quint32(QDateTime::currentSecsSinceEpoch());
    QByteArray bytes(12, '\0');
    for (int i = 0; i < 4; ++i)
        bytes[i] = char((seconds >> (24 - 8 * i)) & 0xff);
    for (int i = 4; i < 12; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(bytes.toHex());
}

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

SandboxResponse ok(const QJsonValue &data)
{
    return SandboxResponse::json({{QStringLiteral("statusCode"), 200}, {QStringLiteral("message"), QStringLiteral("Operation successful")},
                                  {QStringLiteral("data"), data}});
}

} // namespace genauthsandbox

using namespace genauthsandbox;

namespace {

SandboxResponse failure(int statusCode, const QString &message, int apiCode = 0)
{
    QJsonObject o{{QStringLiteral("statusCode"), statusCode},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("requestId"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    if (apiCode)
        o.insert(QStringLiteral("apiCode"), apiCode);
    return SandboxResponse::json(o);
}

const QStringList kExtIdpTypes{QStringLiteral("oidc"),   QStringLiteral("oauth2"), QStringLiteral("saml"),   QStringLiteral("ldap"),
                               QStringLiteral("ad"),     QStringLiteral("cas"),    QStringLiteral("wechat"), QStringLiteral("google"),
                               QStringLiteral("github"), QStringLiteral("dingtalk"), QStringLiteral("wechatwork"), QStringLiteral("lark")};

// Connection types a `lark` identity source may hold (§3.1).
const QStringList kLarkConnectionTypes{QStringLiteral("lark-internal"), QStringLiteral("lark-public"), QStringLiteral("lark-block")};

} // namespace

GenAuthSandbox::GenAuthSandbox(SandboxServer *server, GenAuthSandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_config(std::move(config))
    , m_feishu(new FeishuServerCalls(this))
{
    addRoutes();
}

GenAuthSandbox::~GenAuthSandbox() = default;

void GenAuthSandbox::setFeishu(const QUrl &openApi, const QUrl &accounts)
{
    m_feishu->setHosts(openApi, accounts);
}

QString GenAuthSandbox::origin() const
{
    return m_server->url().toString();
}

QString GenAuthSandbox::issuer() const
{
    return origin() + QStringLiteral("/oidc");
}

QString GenAuthSandbox::socialCallback(const QString &identifier) const
{
    return origin() + QStringLiteral("/connection/social/%1/%2/callback").arg(identifier, m_config.userPoolId);
}

void GenAuthSandbox::expireTokens()
{
    m_managementTokens.clear();
}

void GenAuthSandbox::addRoutes()
{
    SandboxServer *s = m_server;
    s->route("POST", QStringLiteral("/api/v3/get-management-token"), [this](const SandboxRequest &r) { return managementToken(r); });
    // The management API: the token (or signature) is checked before the call is read.
    const auto management = [this, s](const char *method, const QString &path, SandboxResponse (GenAuthSandbox::*call)(const SandboxRequest &)) {
        s->route(method, path, [this, call](const SandboxRequest &r) {
            if (auto refused = requireManagementToken(r))
                return *refused;
            return (this->*call)(r);
        });
    };
    management("GET", QStringLiteral("/api/v3/list-ext-idp"), &GenAuthSandbox::listExtIdps);
    management("GET", QStringLiteral("/api/v3/get-ext-idp"), &GenAuthSandbox::getExtIdp);
    management("POST", QStringLiteral("/api/v3/create-ext-idp"), &GenAuthSandbox::createExtIdp);
    management("POST", QStringLiteral("/api/v3/create-ext-idp-conn"), &GenAuthSandbox::createConnection);
    management("POST", QStringLiteral("/api/v3/update-ext-idp-conn"), &GenAuthSandbox::updateConnection);
    management("POST", QStringLiteral("/api/v3/change-ext-idp-conn-state"), &GenAuthSandbox::changeConnectionState);
    management("GET", QStringLiteral("/api/v3/get-application"), &GenAuthSandbox::getApplication);
    management("POST", QStringLiteral("/api/v3/update-application"), &GenAuthSandbox::updateApplication);
    management("GET", QStringLiteral("/api/v3/list-applications"), &GenAuthSandbox::listApplications);
    management("POST", QStringLiteral("/api/v3/delete-ext-idp-conn"), &GenAuthSandbox::deleteConnection);

    s->route("GET", QStringLiteral("/oidc/.well-known/openid-configuration"), [this](const SandboxRequest &) { return discovery(); });
    s->route("GET", QStringLiteral("/oidc/.well-known/jwks.json"), [](const SandboxRequest &) {
        return SandboxResponse::json({{QStringLiteral("keys"), QJsonArray{RsaSigner::shared().publicJwk()}}});
    });
    s->route("GET", QStringLiteral("/oidc/auth"), [this](const SandboxRequest &r) { return authorize(r); });
    s->route("GET", QStringLiteral("/connections/social/:identifier"), [this](const SandboxRequest &r) { return startSocial(r); });
    s->routeAsync("GET", QStringLiteral("/connection/social/:identifier/:pool/callback"),
                  [this](const SandboxRequest &r, SandboxServer::Respond respond) { socialCallback(r, std::move(respond)); });
    s->route("POST", QStringLiteral("/oidc/token"), [this](const SandboxRequest &r) { return token(r); });
    s->route("GET", QStringLiteral("/oidc/me"), [this](const SandboxRequest &r) { return userInfo(r); });
}

GenAuthSandboxApp *GenAuthSandbox::app(const QString &appId)
{
    for (GenAuthSandboxApp &a : m_config.apps) {
        if (a.appId == appId)
            return &a;
    }
    return nullptr;
}

GenAuthSandboxConnection *GenAuthSandbox::findConnection(const std::function<bool(const GenAuthSandboxConnection &)> &match)
{
    for (GenAuthSandboxExtIdp &idp : m_config.extIdps) {
        for (GenAuthSandboxConnection &c : idp.connections) {
            if (match(c))
                return &c;
        }
    }
    return nullptr;
}

GenAuthSandboxConnection *GenAuthSandbox::connection(const QString &id)
{
    return findConnection([&](const GenAuthSandboxConnection &c) { return c.id == id; });
}

GenAuthSandboxConnection *GenAuthSandbox::connectionByIdentifier(const QString &identifier)
{
    return findConnection([&](const GenAuthSandboxConnection &c) { return c.identifier == identifier; });
}

QJsonObject GenAuthSandbox::connectionJson(const GenAuthSandboxConnection &c) const
{
    // ExtIdpConnDetail, with the fields as get-ext-idp returns them, secrets
    // included (§3.3; TF data-sources/ext_idp_connection.md), unless the
    // setting follows the official type, which has none.
    QJsonObject o{{QStringLiteral("id"), c.id},
            {QStringLiteral("type"), c.type},
            {QStringLiteral("extIdpId"), c.extIdpId},
            {QStringLiteral("logo"), QStringLiteral("https://files.authing.co/authing-console/social-connections/lark.svg")},
            {QStringLiteral("identifier"), c.identifier},
            {QStringLiteral("displayName"), c.displayName},
            {QStringLiteral("loginOnly"), c.loginOnly},
            {QStringLiteral("associationMode"), QStringLiteral("none")},
            {QStringLiteral("challengeBindingMethods"), QJsonArray{}}};
    if (m_config.showsConnectionFields)
        o.insert(QStringLiteral("fields"), c.fields);
    return o;
}

std::optional<SandboxResponse> GenAuthSandbox::requireManagementToken(const SandboxRequest &r)
{
    // Signed with the pool secret (the official Node SDK's way), or a
    // management token with the pool header (docs/platforms.md G §2.1).
    if (const std::optional<QString> refused = SignedRequest::verify(r, m_config.userPoolId, m_config.userPoolSecret))
        return refused->isEmpty() ? std::nullopt : std::optional<SandboxResponse>(failure(401, *refused));
    const QString token = r.bearerToken();
    const auto it = m_managementTokens.constFind(token);
    if (token.isEmpty() || it == m_managementTokens.cend() || it->hasExpired())
        return failure(401, QStringLiteral("Invalid or expired access token"));
    bool poolNamed = false;
    for (const QString &name : std::as_const(m_config.poolHeaders))
        poolNamed = poolNamed || QString::fromUtf8(r.header(name.toLatin1())) == m_config.userPoolId;
    if (!poolNamed)
        return failure(401, QStringLiteral("Missing or wrong user pool header (%1)").arg(m_config.poolHeaders.join(QStringLiteral(", "))));
    return std::nullopt;
}

SandboxResponse GenAuthSandbox::managementToken(const SandboxRequest &r)
{
    const QJsonObject body = r.json();
    const QString id = str(body, "accessKeyId");
    const QString secret = str(body, "accessKeySecret");
    if (id.isEmpty() || secret.isEmpty())
        return failure(400, QStringLiteral("accessKeyId and accessKeySecret are required"));
    if (id != m_config.userPoolId)
        return failure(404, QStringLiteral("User pool not found"), 2224);
    if (secret != m_config.userPoolSecret)
        return failure(401, QStringLiteral("Invalid accessKeySecret"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString token = RsaSigner::shared().signJwt({{QStringLiteral("scoped_userpool_id"), m_config.userPoolId},
                                                      {QStringLiteral("token_type"), QStringLiteral("management_token")},
                                                      {QStringLiteral("access_key_type"), QStringLiteral("userpool")},
                                                      {QStringLiteral("access_key_id"), m_config.userPoolId},
                                                      {QStringLiteral("jti"), sandboxRandom(16)},
                                                      {QStringLiteral("iat"), now},
                                                      {QStringLiteral("exp"), now + m_config.tokenLifetimeSeconds}});
    m_managementTokens.insert(token, QDeadlineTimer(m_config.tokenLifetimeSeconds * 1000LL));
    return ok(QJsonObject{{QStringLiteral("access_token"), token}, {QStringLiteral("expires_in"), m_config.tokenLifetimeSeconds}});
}

SandboxResponse GenAuthSandbox::listExtIdps(const SandboxRequest &)
{
    QJsonArray list;
    for (const GenAuthSandboxExtIdp &idp : std::as_const(m_config.extIdps)) {
        list.append(QJsonObject{{QStringLiteral("id"), idp.id},
                                {QStringLiteral("name"), idp.name},
                                {QStringLiteral("logo"), QString()},
                                {QStringLiteral("type"), idp.type}});
    }
    return ok(QJsonObject{{QStringLiteral("totalCount"), list.size()}, {QStringLiteral("list"), list}});
}

SandboxResponse GenAuthSandbox::getExtIdp(const SandboxRequest &r)
{
    const QString id = r.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    for (const GenAuthSandboxExtIdp &idp : std::as_const(m_config.extIdps)) {
        if (idp.id != id)
            continue;
        QJsonArray connections;
        for (const GenAuthSandboxConnection &c : idp.connections)
            connections.append(connectionJson(c));
        return ok(QJsonObject{{QStringLiteral("id"), idp.id},
                              {QStringLiteral("name"), idp.name},
                              {QStringLiteral("logo"), QString()},
                              {QStringLiteral("type"), idp.type},
                              {QStringLiteral("connections"), connections},
                              {QStringLiteral("autoJoin"), false}});
    }
    // Seen live: not-found comes back as statusCode 404 in an HTTP 200 body (§2.3).
    return failure(404, QStringLiteral("Identity source not found"));
}

SandboxResponse GenAuthSandbox::createExtIdp(const SandboxRequest &r)
{
    bool isJson = false;
    const QJsonObject body = r.json(&isJson);
    const QString name = str(body, "name");
    const QString type = str(body, "type");
    if (!isJson || name.isEmpty() || !kExtIdpTypes.contains(type))
        return failure(400, QStringLiteral("name and a valid type are required"));
    GenAuthSandboxExtIdp idp{objectId(), name, type, {}};
    m_config.extIdps.append(idp);
    qCDebug(lcSandbox) << "GenAuth: created identity source" << idp.id << type;
    return ok(QJsonObject{{QStringLiteral("id"), idp.id}, {QStringLiteral("name"), name}, {QStringLiteral("logo"), QString()},
                          {QStringLiteral("type"), type}});
}

SandboxResponse GenAuthSandbox::createConnection(const SandboxRequest &r)
{
    const QJsonObject body = r.json();
    GenAuthSandboxConnection c{objectId(),
                               str(body, "extIdpId"),
                               str(body, "type"),
                               str(body, "identifier"),
                               str(body, "displayName"),
                               body.value(QLatin1String("fields")).toObject(),
                               body.value(QLatin1String("loginOnly")).toBool()};
    if (c.extIdpId.isEmpty() || c.type.isEmpty() || c.identifier.isEmpty() || c.displayName.isEmpty() || !body.contains(QLatin1String("fields")))
        return failure(400, QStringLiteral("extIdpId, type, identifier, displayName and fields are required"));
    static const QRegularExpression identifierForm(QStringLiteral("^[a-z0-9-]{1,31}$"));
    if (!identifierForm.match(c.identifier).hasMatch())
        return failure(400, QStringLiteral("identifier may hold lowercase letters, digits and '-', at most 31"));
    GenAuthSandboxExtIdp *owner = nullptr;
    for (GenAuthSandboxExtIdp &idp : m_config.extIdps) {
        if (idp.id == c.extIdpId)
            owner = &idp;
    }
    if (!owner)
        return failure(404, QStringLiteral("Identity source not found"));
    if (owner->type == QLatin1String("lark") && !kLarkConnectionTypes.contains(c.type))
        return failure(400, QStringLiteral("type %1 does not belong to a lark identity source").arg(c.type));
    if (c.type == QLatin1String("lark-internal") && m_config.requiresFieldKeys) {
        for (const QString &key : {m_config.appIdFieldKey, m_config.appSecretFieldKey}) {
            if (c.fields.value(key).toString().isEmpty())
                return failure(400, QStringLiteral("fields.%1 is required").arg(key));
        }
    }
    // The identifier is unique in the user pool (§6).
    if (connectionByIdentifier(c.identifier))
        return failure(m_config.conflictStatusCode, QStringLiteral("Identifier %1 already exists").arg(c.identifier));
    owner->connections.append(c);
    qCDebug(lcSandbox) << "GenAuth: created connection" << c.identifier;
    QJsonObject answer = connectionJson(c);
    return ok(answer);
}

SandboxResponse GenAuthSandbox::updateConnection(const SandboxRequest &r)
{
    const QJsonObject body = r.json();
    GenAuthSandboxConnection *c = connection(str(body, "id"));
    if (!c)
        return failure(404, QStringLiteral("Connection not found"));
    if (body.contains(QLatin1String("displayName")))
        c->displayName = str(body, "displayName");
    if (body.contains(QLatin1String("loginOnly")))
        c->loginOnly = body.value(QLatin1String("loginOnly")).toBool();
    // "fields" is an incremental change (§3).
    const QJsonObject fields = body.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        c->fields.insert(it.key(), it.value());
    qCDebug(lcSandbox) << "GenAuth: updated connection" << c->identifier;
    return ok(connectionJson(*c));
}

SandboxResponse GenAuthSandbox::changeConnectionState(const SandboxRequest &r)
{
    const QJsonObject body = r.json();
    GenAuthSandboxConnection *c = connection(str(body, "id"));
    if (!c)
        return failure(404, QStringLiteral("Connection not found"));
    QStringList appIds;
    if (!str(body, "appId").isEmpty())
        appIds.append(str(body, "appId"));
    for (const QJsonValue &v : body.value(QLatin1String("appIds")).toArray()) {
        if (!appIds.contains(v.toString()))
            appIds.append(v.toString());
    }
    if (appIds.isEmpty() || !body.value(QLatin1String("enabled")).isBool())
        return failure(400, QStringLiteral("id, enabled and appId are required"));
    const bool enabled = body.value(QLatin1String("enabled")).toBool();
    for (const QString &appId : std::as_const(appIds)) {
        if (!app(appId))
            return failure(404, QStringLiteral("Application not found"), 2011);
    }
    for (const QString &appId : std::as_const(appIds)) {
        GenAuthSandboxApp *a = app(appId);
        a->enabledConnectionIds.removeAll(c->id);
        if (enabled)
            a->enabledConnectionIds.append(c->id);
    }
    return ok(QJsonObject{{QStringLiteral("success"), true}});
}

SandboxResponse GenAuthSandbox::getApplication(const SandboxRequest &r)
{
    const GenAuthSandboxApp *a = app(r.query.queryItemValue(QStringLiteral("appId"), QUrl::FullyDecoded));
    if (!a)
        return failure(404, QStringLiteral("Application not found"), 2011);
    return ok(applicationJson(*a));
}

SandboxResponse GenAuthSandbox::updateApplication(const SandboxRequest &r)
{
    const QJsonObject body = r.json();
    GenAuthSandboxApp *a = app(str(body, "appId"));
    if (!a)
        return failure(404, QStringLiteral("Application not found"), 2011);
    // The list replaces the old one (the reference leaves merge or replace
    // open; replacing is the stricter imitation).
    if (body.contains(QLatin1String("redirectUris"))) {
        a->redirectUris.clear();
        for (const QJsonValue &v : body.value(QLatin1String("redirectUris")).toArray())
            a->redirectUris.append(v.toString());
    }
    // IsSuccessRespDto (authing-node-sdk 4.0.1, ManagementClient.updateApplication).
    return ok(QJsonObject{{QStringLiteral("success"), true}});
}

SandboxResponse GenAuthSandbox::listApplications(const SandboxRequest &r)
{
    // ApplicationPaginatedRespDto (authing-node-sdk 4.0.1): page from 1,
    // limit at most 50 (the SDK's defaults: 1 and 10).
    bool pageOk = true, limitOk = true;
    const QString pageText = r.query.queryItemValue(QStringLiteral("page"));
    const QString limitText = r.query.queryItemValue(QStringLiteral("limit"));
    const int page = pageText.isEmpty() ? 1 : pageText.toInt(&pageOk);
    const int limit = limitText.isEmpty() ? 10 : limitText.toInt(&limitOk);
    if (!pageOk || !limitOk || page < 1 || limit < 1 || limit > 50)
        return failure(400, QStringLiteral("page must be at least 1 and limit between 1 and 50"));
    QJsonArray list;
    for (qsizetype i = qsizetype(page - 1) * limit; i < m_config.apps.size() && list.size() < limit; ++i)
        list.append(applicationJson(m_config.apps.at(i)));
    return ok(QJsonObject{{QStringLiteral("totalCount"), int(m_config.apps.size())}, {QStringLiteral("list"), list}});
}

SandboxResponse GenAuthSandbox::deleteConnection(const SandboxRequest &r)
{
    // DeleteExtIdpConnDto {id, tenantId?}; IsSuccessRespDto.
    const QString id = str(r.json(), "id");
    for (GenAuthSandboxExtIdp &idp : m_config.extIdps) {
        for (qsizetype i = 0; i < idp.connections.size(); ++i) {
            if (idp.connections.at(i).id != id)
                continue;
            idp.connections.removeAt(i);
            for (GenAuthSandboxApp &a : m_config.apps)
                a.enabledConnectionIds.removeAll(id);
            return ok(QJsonObject{{QStringLiteral("success"), true}});
        }
    }
    return failure(404, QStringLiteral("Connection not found"));
}

QJsonObject GenAuthSandbox::applicationJson(const GenAuthSandboxApp &app)
{
    const GenAuthSandboxApp *a = &app;
    QJsonArray enabled;
    for (const QString &id : a->enabledConnectionIds) {
        const GenAuthSandboxConnection *c = connection(id);
        if (!c)
            continue;
        enabled.append(QJsonObject{{QStringLiteral("isSocial"), false},
                                   {QStringLiteral("extIdpId"), c->extIdpId},
                                   {QStringLiteral("extIdpType"), QStringLiteral("lark")},
                                   {QStringLiteral("extIdpConnId"), c->id},
                                   {QStringLiteral("extIdpConnType"), c->type},
                                   {QStringLiteral("extIdpConnIdentifier"), c->identifier},
                                   {QStringLiteral("extIdpConnDisplayName"), c->displayName},
                                   {QStringLiteral("extIdpConnLogo"), QString()},
                                   {QStringLiteral("enabled"), true}});
    }
    // ApplicationDto as authing-node-sdk 4.0.1 declares it: every field it
    // does not mark optional, with a new application's values.
    const QJsonObject loginConfig{
        {QStringLiteral("mergeLoginAndRegisterPage"), false},
        {QStringLiteral("enabledBasicLoginMethods"), QJsonArray{QStringLiteral("EMAIL_PASSWORD"), QStringLiteral("PHONE_CODE")}},
        {QStringLiteral("defaultLoginMethod"), QJsonObject{{QStringLiteral("connectionType"), QStringLiteral("PASSWORD")}}},
        {QStringLiteral("enabledExtIdpConns"), enabled},
        {QStringLiteral("showAuthorizationPage"), false}};
    const QJsonObject registerConfig{{QStringLiteral("enabledBasicRegisterMethods"), QJsonArray{QStringLiteral("EMAIL_PASSWORD")}},
                                     {QStringLiteral("defaultRegisterMethod"), QStringLiteral("PASSWORD")}};
    const QJsonObject brandingConfig{{QStringLiteral("customCSSEnabled"), false},
                                     {QStringLiteral("guardVersion"), QStringLiteral("Advanced")},
                                     {QStringLiteral("showChangeLanguageButton"), true},
                                     {QStringLiteral("defaultLanguage"), QStringLiteral("zh-CN")},
                                     {QStringLiteral("showForgetPasswordButton"), true},
                                     {QStringLiteral("showEnterpriseConnections"), true},
                                     {QStringLiteral("showSocialConnections"), true},
                                     {QStringLiteral("showAgreement"), false},
                                     {QStringLiteral("agreements"), QJsonArray{}}};
    const QJsonObject oidcConfig{{QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code")}},
                                 {QStringLiteral("response_types"), QJsonArray{QStringLiteral("code")}},
                                 {QStringLiteral("token_endpoint_auth_method"), a->tokenAuthMethod},
                                 {QStringLiteral("id_token_signed_response_alg"), QStringLiteral("RS256")}};
    return QJsonObject{
        {QStringLiteral("appId"), a->appId},
        {QStringLiteral("appIdentifier"), a->appIdentifier},
        {QStringLiteral("appName"), a->name},
        {QStringLiteral("appLogo"), QStringLiteral("https://files.authing.co/authing-console/default-app-logo.png")},
        {QStringLiteral("appType"), QStringLiteral("web")},
        {QStringLiteral("userPoolId"), m_config.userPoolId},
        {QStringLiteral("isIntegrateApp"), false},
        {QStringLiteral("defaultProtocol"), QStringLiteral("oidc")},
        {QStringLiteral("redirectUris"), QJsonArray::fromStringList(a->redirectUris)},
        {QStringLiteral("logoutRedirectUris"), QJsonArray{}},
        {QStringLiteral("initLoginUri"), QString()},
        {QStringLiteral("ssoEnabled"), false},
        {QStringLiteral("loginConfig"), loginConfig},
        {QStringLiteral("registerConfig"), registerConfig},
        {QStringLiteral("brandingConfig"), brandingConfig},
        {QStringLiteral("oidcConfig"), oidcConfig},
        {QStringLiteral("samlProviderEnabled"), false},
        {QStringLiteral("oauthProviderEnabled"), false},
        {QStringLiteral("casProviderEnabled"), false},
        {QStringLiteral("customBrandingEnabled"), false},
        {QStringLiteral("customSecurityEnabled"), false},
    };
}

} // namespace fss
