#include "sandbox/genauth/GenAuthSandbox.h"

#include "sandbox/RsaSigner.h"
#include "core/feishu/FeishuClient.h"
#include "core/login/Pkce.h"
#include "core/transport/Logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace fss {

namespace {

// GenAuth's ids look like MongoDB ObjectIds: 24 lowercase hex digits (§6).
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

// GenAuth answers HTTP 200 and tells success by statusCode (§2.3).
SandboxResponse ok(const QJsonValue &data)
{
    return SandboxResponse::json({{QStringLiteral("statusCode"), 200}, {QStringLiteral("message"), QStringLiteral("Operation successful")},
                                  {QStringLiteral("data"), data}});
}

SandboxResponse failure(int statusCode, const QString &message, int apiCode = 0)
{
    QJsonObject o{{QStringLiteral("statusCode"), statusCode},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("requestId"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    if (apiCode)
        o.insert(QStringLiteral("apiCode"), apiCode);
    return SandboxResponse::json(o);
}

// OAuth errors of the token endpoint (RFC 6749 §5.2).
SandboxResponse oauthError(const char *error, const QString &description, int status = 400)
{
    return SandboxResponse::json({{QStringLiteral("error"), QLatin1String(error)}, {QStringLiteral("error_description"), description}}, status);
}

SandboxResponse page(const QString &title, const QString &body, int status = 200)
{
    return SandboxResponse::html(QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>%2</body></html>")
                                     .arg(title.toHtmlEscaped(), body),
                                 status);
}

const QStringList kExtIdpTypes{QStringLiteral("oidc"),   QStringLiteral("oauth2"), QStringLiteral("saml"),   QStringLiteral("ldap"),
                               QStringLiteral("ad"),     QStringLiteral("cas"),    QStringLiteral("wechat"), QStringLiteral("google"),
                               QStringLiteral("github"), QStringLiteral("dingtalk"), QStringLiteral("wechatwork"), QStringLiteral("lark")};

// Connection types a `lark` identity source may hold (§3.1).
const QStringList kLarkConnectionTypes{QStringLiteral("lark-internal"), QStringLiteral("lark-public"), QStringLiteral("lark-block")};

} // namespace

GenAuthSandboxConfig GenAuthSandboxConfig::defaults()
{
    GenAuthSandboxConfig c;
    c.userPoolId = QStringLiteral("65a1b2c3d4e5f60718293a4b"); // FeishuSandboxConfig::defaultUserPoolId
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
    c.idTokenFault = o.value(QLatin1String("id_token_fault")).toString();
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
            {QStringLiteral("id_token_fault"), idTokenFault},
            {QStringLiteral("pool_headers"), QJsonArray::fromStringList(poolHeaders)},
            {QStringLiteral("apps"), appList}};
}

GenAuthSandbox::GenAuthSandbox(SandboxServer *server, GenAuthSandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_config(std::move(config))
    , m_transport(new ApiTransport(nullptr, this))
    , m_feishu(new FeishuClient(m_transport, this))
{
    m_transport->setTimeout(std::chrono::seconds(10));
    addRoutes();
}

GenAuthSandbox::~GenAuthSandbox() = default;

void GenAuthSandbox::setFeishu(const QUrl &openApi, const QUrl &accounts)
{
    m_feishu->setEndpoints({openApi, accounts});
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
    s->route("GET", QStringLiteral("/api/v3/list-ext-idp"), [this](const SandboxRequest &r) { return listExtIdps(r); });
    s->route("GET", QStringLiteral("/api/v3/get-ext-idp"), [this](const SandboxRequest &r) { return getExtIdp(r); });
    s->route("POST", QStringLiteral("/api/v3/create-ext-idp"), [this](const SandboxRequest &r) { return createExtIdp(r); });
    s->route("POST", QStringLiteral("/api/v3/create-ext-idp-conn"), [this](const SandboxRequest &r) { return createConnection(r); });
    s->route("POST", QStringLiteral("/api/v3/update-ext-idp-conn"), [this](const SandboxRequest &r) { return updateConnection(r); });
    s->route("POST", QStringLiteral("/api/v3/change-ext-idp-conn-state"), [this](const SandboxRequest &r) { return changeConnectionState(r); });
    s->route("GET", QStringLiteral("/api/v3/get-application"), [this](const SandboxRequest &r) { return getApplication(r); });
    s->route("POST", QStringLiteral("/api/v3/update-application"), [this](const SandboxRequest &r) { return updateApplication(r); });

    s->route("GET", QStringLiteral("/oidc/.well-known/openid-configuration"), [this](const SandboxRequest &) { return discovery(); });
    s->route("GET", QStringLiteral("/oidc/.well-known/jwks.json"), [](const SandboxRequest &) {
        return SandboxResponse::json({{QStringLiteral("keys"), QJsonArray{RsaSigner::shared().publicJwk()}}});
    });
    s->route("GET", QStringLiteral("/oidc/auth"), [this](const SandboxRequest &r) { return authorize(r); });
    s->route("GET", QStringLiteral("/connections/social/:identifier"), [this](const SandboxRequest &r) { return startSocial(r); });
    s->routeAsync("GET", QStringLiteral("/connection/social/:identifier/:pool/callback"),
                  [this](const SandboxRequest &r, SandboxServer::Respond respond) { socialCallback(r, std::move(respond)); });
    s->route("POST", QStringLiteral("/oidc/token"), [this](const SandboxRequest &r) { return token(r); });
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
    // included (§3.3; TF data-sources/ext_idp_connection.md).
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("type"), c.type},
            {QStringLiteral("extIdpId"), c.extIdpId},
            {QStringLiteral("logo"), QStringLiteral("https://files.authing.co/authing-console/social-connections/lark.svg")},
            {QStringLiteral("identifier"), c.identifier},
            {QStringLiteral("displayName"), c.displayName},
            {QStringLiteral("loginOnly"), c.loginOnly},
            {QStringLiteral("associationMode"), QStringLiteral("none")},
            {QStringLiteral("challengeBindingMethods"), QJsonArray{}},
            {QStringLiteral("fields"), c.fields}};
}

std::optional<SandboxResponse> GenAuthSandbox::requireManagementToken(const SandboxRequest &r)
{
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

SandboxResponse GenAuthSandbox::listExtIdps(const SandboxRequest &r)
{
    if (auto refused = requireManagementToken(r))
        return *refused;
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
    if (auto refused = requireManagementToken(r))
        return *refused;
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
    if (auto refused = requireManagementToken(r))
        return *refused;
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
    if (auto refused = requireManagementToken(r))
        return *refused;
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
    if (c.type == QLatin1String("lark-internal")) {
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
    if (auto refused = requireManagementToken(r))
        return *refused;
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
    if (auto refused = requireManagementToken(r))
        return *refused;
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
    if (auto refused = requireManagementToken(r))
        return *refused;
    const GenAuthSandboxApp *a = app(r.query.queryItemValue(QStringLiteral("appId"), QUrl::FullyDecoded));
    if (!a)
        return failure(404, QStringLiteral("Application not found"), 2011);
    return ok(applicationJson(*a));
}

SandboxResponse GenAuthSandbox::updateApplication(const SandboxRequest &r)
{
    if (auto refused = requireManagementToken(r))
        return *refused;
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
    return ok(applicationJson(*a));
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
    return QJsonObject{
        {QStringLiteral("appId"), a->appId},
        {QStringLiteral("appIdentifier"), a->appIdentifier},
        {QStringLiteral("appName"), a->name},
        {QStringLiteral("appType"), QStringLiteral("web")},
        {QStringLiteral("userPoolId"), m_config.userPoolId},
        {QStringLiteral("defaultProtocol"), QStringLiteral("oidc")},
        {QStringLiteral("redirectUris"), QJsonArray::fromStringList(a->redirectUris)},
        {QStringLiteral("logoutRedirectUris"), QJsonArray{}},
        {QStringLiteral("loginConfig"), QJsonObject{{QStringLiteral("enabledExtIdpConns"), enabled},
                                                    {QStringLiteral("mergeLoginAndRegisterPage"), false},
                                                    {QStringLiteral("showAuthorizationPage"), false}}},
    };
}

SandboxResponse GenAuthSandbox::discovery() const
{
    const QString base = origin();
    return SandboxResponse::json({
        {QStringLiteral("issuer"), issuer()},
        {QStringLiteral("authorization_endpoint"), base + QStringLiteral("/oidc/auth")},
        {QStringLiteral("token_endpoint"), base + QStringLiteral("/oidc/token")},
        {QStringLiteral("jwks_uri"), base + QStringLiteral("/oidc/.well-known/jwks.json")},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256"), QStringLiteral("plain")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_post"), QStringLiteral("client_secret_basic"), QStringLiteral("none")}},
        {QStringLiteral("scopes_supported"),
         QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"), QStringLiteral("phone")}},
    });
}

SandboxResponse GenAuthSandbox::authorize(const SandboxRequest &r)
{
    const auto q = [&](const char *key) { return r.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    GenAuthSandboxApp *a = app(q("client_id"));
    // Without a known client and one of its callbacks there is nowhere safe
    // to send an error: GenAuth shows it on its own page.
    if (!a)
        return page(QStringLiteral("GenAuth – error"), QStringLiteral("<p id=\"oidc-error\">invalid_client: the application does not exist</p>"), 400);
    if (!a->redirectUris.contains(q("redirect_uri")))
        return page(QStringLiteral("GenAuth – error"),
                    QStringLiteral("<p id=\"oidc-error\">redirect_uri_mismatch: %1 is not a Login Callback URL of %2</p>")
                        .arg(q("redirect_uri").toHtmlEscaped(), a->name.toHtmlEscaped()),
                    400);
    Interaction i{a->appId, q("redirect_uri"), q("state"), q("nonce"), q("scope"), q("code_challenge"), q("code_challenge_method")};
    if (i.challengeMethod.isEmpty() && !i.challenge.isEmpty())
        i.challengeMethod = QStringLiteral("plain");
    QString error;
    if (q("response_type") != QLatin1String("code"))
        error = QStringLiteral("unsupported_response_type");
    else if (!i.scope.split(QLatin1Char(' ')).contains(QStringLiteral("openid")))
        error = QStringLiteral("invalid_scope");
    else if (a->tokenAuthMethod == QLatin1String("none") && i.challenge.isEmpty())
        error = QStringLiteral("invalid_request"); // PKCE is required of public clients
    if (!error.isEmpty())
        return SandboxResponse::redirect(withQueryItems(QUrl(i.redirectUri), {{QStringLiteral("error"), error}, {QStringLiteral("state"), i.state}}));

    const QString id = sandboxRandom(24);
    m_interactions.insert(id, i);
    QString buttons;
    for (const QString &connId : std::as_const(a->enabledConnectionIds)) {
        const GenAuthSandboxConnection *c = connection(connId);
        if (!c)
            continue;
        buttons += QStringLiteral("<p><a id=\"social-%1\" href=\"/connections/social/%1?app_id=%2&amp;interaction=%3\">Sign in with %4</a></p>")
                       .arg(c->identifier.toHtmlEscaped(), a->appId, id, c->displayName.toHtmlEscaped());
    }
    if (buttons.isEmpty())
        buttons = QStringLiteral("<p id=\"no-login-method\">No identity source is enabled for this application.</p>");
    return page(QStringLiteral("GenAuth sandbox – sign in"),
                QStringLiteral("<h1>Sign in to %1</h1><p>GenAuth sandbox: an imitation of GenAuth's hosted login page on this "
                               "computer.</p>%2")
                    .arg(a->name.toHtmlEscaped(), buttons));
}

SandboxResponse GenAuthSandbox::startSocial(const SandboxRequest &r)
{
    const QString identifier = r.params.value(0);
    const QString interaction = r.query.queryItemValue(QStringLiteral("interaction"), QUrl::FullyDecoded);
    const GenAuthSandboxConnection *c = connectionByIdentifier(identifier);
    const GenAuthSandboxApp *a = app(r.query.queryItemValue(QStringLiteral("app_id"), QUrl::FullyDecoded));
    if (!c || !a || !a->enabledConnectionIds.contains(c->id))
        return page(QStringLiteral("GenAuth – error"), QStringLiteral("<p id=\"social-error\">This identity source is not enabled for the application.</p>"), 400);
    const QString state = sandboxRandom(32);
    m_socialStates.insert(state, interaction);
    // GenAuth sends the browser to Feishu with the §4.1 callback.
    m_feishu->setCredentials(c->fields.value(m_config.appIdFieldKey).toString(), c->fields.value(m_config.appSecretFieldKey).toString());
    return SandboxResponse::redirect(m_feishu->authorizeUrl({socialCallback(identifier), state, QString(), {}}));
}

SandboxResponse GenAuthSandbox::finishLogin(const Interaction &request, const QList<std::pair<QString, QString>> &params)
{
    QList<std::pair<QString, QString>> all = params;
    if (!request.state.isEmpty())
        all.append({QStringLiteral("state"), request.state});
    return SandboxResponse::redirect(withQueryItems(QUrl(request.redirectUri), all));
}

void GenAuthSandbox::socialCallback(const SandboxRequest &r, SandboxServer::Respond respond)
{
    const QString identifier = r.params.value(0);
    const auto q = [&](const char *key) { return r.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    const QString interactionId = m_socialStates.take(q("state"));
    if (interactionId.isEmpty() || !m_interactions.contains(interactionId) || r.params.value(1) != m_config.userPoolId) {
        respond(page(QStringLiteral("GenAuth – error"), QStringLiteral("<p id=\"social-error\">The login session is unknown or has expired.</p>"), 400));
        return;
    }
    const Interaction request = m_interactions.take(interactionId);
    if (!q("error").isEmpty()) {
        respond(finishLogin(request, {{QStringLiteral("error"), q("error")},
                                      {QStringLiteral("error_description"), QStringLiteral("The Feishu login was not completed.")}}));
        return;
    }
    const GenAuthSandboxConnection *c = connectionByIdentifier(identifier);
    if (!c) {
        respond(page(QStringLiteral("GenAuth – error"), QStringLiteral("<p id=\"social-error\">No identity source connection “%1”.</p>").arg(identifier.toHtmlEscaped()), 400));
        return;
    }
    const QString connectionId = c->id;
    // Server to server, with the App ID and App Secret the connection holds:
    // a wrong secret here is the operator's mistake GenAuth reports.
    m_feishu->setCredentials(c->fields.value(m_config.appIdFieldKey).toString(), c->fields.value(m_config.appSecretFieldKey).toString());
    m_feishu->exchangeCode(q("code"), socialCallback(identifier), QString(), this, [this, request, connectionId, respond](const ApiResult<UserToken> &token) {
        const auto refuse = [this, request, respond](const ApiError &e) {
            respond(finishLogin(request, {{QStringLiteral("error"), QStringLiteral("server_error")},
                                          {QStringLiteral("error_description"),
                                           QStringLiteral("Feishu refused GenAuth's request: %1 (%2)").arg(e.detail.isEmpty() ? e.message : e.detail, e.code)}}));
        };
        if (!token.ok())
            return refuse(token.error);
        m_feishu->userInfo(token.value.accessToken, this, [this, request, connectionId, respond, refuse](const ApiResult<QJsonObject> &info) {
            if (!info.ok())
                return refuse(info.error);
            const QJsonObject u = info.value;
            const QString openId = str(u, "open_id");
            auto user = std::find_if(m_users.begin(), m_users.end(),
                                     [&](const GenAuthSandboxUser &x) { return x.openId == openId && x.connectionId == connectionId; });
            if (user == m_users.end()) {
                m_users.append({objectId(), str(u, "name"), str(u, "email"), str(u, "mobile"), openId, str(u, "union_id"), connectionId});
                user = m_users.end() - 1;
            }
            const QString code = sandboxRandom(43);
            m_codes.insert(code, {request, user->id, QDeadlineTimer(m_config.codeLifetimeSeconds * 1000LL), false});
            respond(finishLogin(request, {{QStringLiteral("code"), code}}));
        });
    });
}

QString GenAuthSandbox::idToken(const Code &code, const GenAuthSandboxUser &user) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString &fault = m_config.idTokenFault;
    QJsonObject claims{{QStringLiteral("iss"), issuer()},
                       {QStringLiteral("sub"), user.id},
                       {QStringLiteral("aud"), fault == QLatin1String("wrong-audience") ? QStringLiteral("5f0000000000000000000000") : code.request.appId},
                       {QStringLiteral("iat"), fault == QLatin1String("expired") ? now - 7200 : now},
                       {QStringLiteral("exp"), fault == QLatin1String("expired") ? now - 3600 : now + 3600},
                       {QStringLiteral("auth_time"), now}};
    if (!code.request.nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), fault == QLatin1String("nonce-mismatch") ? QStringLiteral("not-this-login") : code.request.nonce);
    const QStringList scopes = code.request.scope.split(QLatin1Char(' '));
    if (scopes.contains(QStringLiteral("profile")))
        claims.insert(QStringLiteral("name"), user.name);
    if (scopes.contains(QStringLiteral("email")) && !user.email.isEmpty()) {
        claims.insert(QStringLiteral("email"), user.email);
        claims.insert(QStringLiteral("email_verified"), true);
    }
    if (scopes.contains(QStringLiteral("phone")) && !user.phone.isEmpty()) {
        claims.insert(QStringLiteral("phone_number"), user.phone);
        claims.insert(QStringLiteral("phone_number_verified"), true);
    }
    QString jwt = RsaSigner::shared().signJwt(claims);
    if (fault == QLatin1String("bad-signature")) {
        // Same claims, a signature over something else.
        const qsizetype dot = jwt.lastIndexOf(QLatin1Char('.'));
        jwt = jwt.left(dot + 1) + QString::fromLatin1(RsaSigner::shared().sign("not these claims").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    return jwt;
}

SandboxResponse GenAuthSandbox::token(const SandboxRequest &r)
{
    const QUrlQuery form = r.form();
    const auto p = [&](const char *key) { return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    QString clientId = p("client_id");
    QString clientSecret = p("client_secret");
    const QByteArray basic = r.header("authorization");
    if (basic.startsWith("Basic ")) {
        const QList<QByteArray> pair = QByteArray::fromBase64(basic.mid(6)).split(':');
        clientId = QUrl::fromPercentEncoding(pair.value(0));
        clientSecret = QUrl::fromPercentEncoding(pair.value(1));
    }
    if (p("grant_type") != QLatin1String("authorization_code"))
        return oauthError("unsupported_grant_type", QStringLiteral("grant_type must be authorization_code"));
    const GenAuthSandboxApp *a = app(clientId);
    if (!a)
        return oauthError("invalid_client", QStringLiteral("client authentication failed"), 401);
    if (a->tokenAuthMethod != QLatin1String("none") && clientSecret != a->appSecret)
        return oauthError("invalid_client", QStringLiteral("client authentication failed"), 401);
    const auto it = m_codes.find(p("code"));
    if (it == m_codes.end() || it->used || it->expiry.hasExpired() || it->request.appId != a->appId)
        return oauthError("invalid_grant", QStringLiteral("grant request is invalid"));
    if (p("redirect_uri") != it->request.redirectUri)
        return oauthError("invalid_grant", QStringLiteral("grant request is invalid (redirect_uri)"));
    if (!it->request.challenge.isEmpty()) {
        if (!Pkce::verifies(it->request.challengeMethod, it->request.challenge, p("code_verifier")))
            return oauthError("invalid_grant", QStringLiteral("PKCE verification failed"));
    }
    it->used = true;
    const auto user = std::find_if(m_users.cbegin(), m_users.cend(), [&](const GenAuthSandboxUser &u) { return u.id == it->userId; });
    const QString accessToken = sandboxRandom(43);
    m_accessTokens.insert(accessToken, it->userId);
    return SandboxResponse::json({{QStringLiteral("access_token"), accessToken},
                                  {QStringLiteral("id_token"), idToken(*it, *user)},
                                  {QStringLiteral("expires_in"), 3600},
                                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                  {QStringLiteral("scope"), it->request.scope}});
}

} // namespace fss
