#include "sandbox/genauth/GenAuthSandbox.h"

#include "sandbox/RsaSigner.h"
#include "sandbox/genauth/FeishuServerCalls.h"
#include "sandbox/genauth/GenAuthSandboxShared.h"
#include "core/login/Pkce.h"
#include "core/transport/Logging.h"

#include <QDateTime>
#include <QJsonArray>

// The GenAuth imitation's OpenID provider (docs/platforms.md G §5) and its
// social login through Feishu (§4): discovery, authorize, the hand-over to
// Feishu and back, the token endpoint and the ID token.

namespace fss {

using namespace genauthsandbox;

namespace {

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

} // namespace

QJsonObject GenAuthSandbox::claimsOf(const GenAuthSandboxUser &user, const QString &scope)
{
    QJsonObject claims{{QStringLiteral("sub"), user.id}};
    const QStringList scopes = scope.split(QLatin1Char(' '));
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
    return claims;
}

SandboxResponse GenAuthSandbox::userInfo(const SandboxRequest &r) const
{
    // The OpenID user-info endpoint (GenAuth's /oidc/me): the claims the
    // access token's scope allows.
    const auto grant = m_accessTokens.constFind(r.bearerToken());
    const auto user = grant == m_accessTokens.cend()
        ? m_users.cend()
        : std::find_if(m_users.cbegin(), m_users.cend(), [&](const GenAuthSandboxUser &u) { return u.id == grant->userId; });
    if (user == m_users.cend())
        return oauthError("invalid_token", QStringLiteral("access token is invalid"), 401);
    return SandboxResponse::json(claimsOf(*user, grant->scope));
}

SandboxResponse GenAuthSandbox::discovery() const
{
    const QString base = origin();
    return SandboxResponse::json({
        {QStringLiteral("issuer"), issuer()},
        {QStringLiteral("authorization_endpoint"), QString(base + QStringLiteral("/oidc/auth"))},
        {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/oidc/token"))},
        {QStringLiteral("jwks_uri"), QString(base + QStringLiteral("/oidc/.well-known/jwks.json"))},
        {QStringLiteral("userinfo_endpoint"), QString(base + QStringLiteral("/oidc/me"))},
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
    return SandboxResponse::redirect(m_feishu->authorizeUrl(c->fields.value(m_config.appIdFieldKey).toString(), socialCallback(identifier), state));
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
    m_feishu->userForCode(c->fields.value(m_config.appIdFieldKey).toString(), c->fields.value(m_config.appSecretFieldKey).toString(),
                          q("code"), socialCallback(identifier), [this, request, connectionId, respond](const FeishuServerCalls::User &feishuUser) {
        if (!feishuUser.ok()) {
            respond(finishLogin(request, {{QStringLiteral("error"), QStringLiteral("server_error")},
                                          {QStringLiteral("error_description"),
                                           QStringLiteral("Feishu refused GenAuth's request: %1 (%2)").arg(feishuUser.error, feishuUser.code)}}));
            return;
        }
        const QJsonObject &u = feishuUser.fields;
        const QString openId = str(u, "open_id");
        auto user = std::find_if(m_users.begin(), m_users.end(),
                                 [&](const GenAuthSandboxUser &x) { return x.openId == openId && x.connectionId == connectionId; });
        if (user == m_users.end() || m_config.newUserEachLogin) {
            m_users.append({objectId(), str(u, "name"), str(u, "email"), str(u, "mobile"), openId, str(u, "union_id"), connectionId});
            user = m_users.end() - 1;
        }
        const QString code = sandboxRandom(43);
        m_codes.insert(code, {request, user->id, QDeadlineTimer(m_config.codeLifetimeSeconds * 1000LL), false});
        respond(finishLogin(request, {{QStringLiteral("code"), code}}));
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
    const QJsonObject userClaims = claimsOf(user, code.request.scope);
    for (auto c = userClaims.begin(); c != userClaims.end(); ++c)
        claims.insert(c.key(), c.value());
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
    m_accessTokens.insert(accessToken, {it->userId, it->request.scope});
    return SandboxResponse::json({{QStringLiteral("access_token"), accessToken},
                                  {QStringLiteral("id_token"), idToken(*it, *user)},
                                  {QStringLiteral("expires_in"), 3600},
                                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                  {QStringLiteral("scope"), it->request.scope}});
}

} // namespace fss
