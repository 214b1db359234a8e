#include "sandbox/feishu/FeishuSandbox.h"

#include "sandbox/feishu/FeishuSandboxShared.h"
#include "core/login/Pkce.h"
#include "core/transport/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>

// The Feishu imitation's login (docs/platforms.md F §3–§5): the authorize page and
// the user's decision, the code exchange (v2 and v1) and user_info.

namespace fss {

using namespace feishusandbox;

namespace {

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

} // namespace

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
        if (s != QLatin1String("offline_access") && !a->hasUserScope(s))
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
    if (!a->acceptsSecret(p.value(QStringLiteral("client_secret"))))
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
    // The availability range (可用范围) is enforced here, at the exchange
    // (docs/platforms.md F §4.1: 20010).
    const auto user = std::find_if(a->users.cbegin(), a->users.cend(), [&](const SandboxUser &u) { return u.openId == it->openId; });
    if (user != a->users.cend() && !a->availableTo(*user))
        return oauthError(20010, "unauthorized_client", QStringLiteral("The user does not have permission to use this app."));
    it->used = true;
    const QString scope = it->scope;
    QJsonObject answer{{QStringLiteral("code"), 0},
                       {QStringLiteral("access_token"), issueToken(m_userTokens, QStringLiteral("eyJhbGciOiJFUzI1NiIs"), a->appId, it->openId)},
                       {QStringLiteral("expires_in"), m_config.tokenLifetimeSeconds},
                       {QStringLiteral("scope"), QString(QStringLiteral("auth:user.id:read ") + scope).trimmed()},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    if (scope.split(QLatin1Char(' ')).contains(QStringLiteral("offline_access"))) {
        answer.insert(QStringLiteral("refresh_token"), QString(QStringLiteral("eyJ") + sandboxRandom(120, true)));
        answer.insert(QStringLiteral("refresh_token_expires_in"), 604800);
    }
    return SandboxResponse::json(answer);
}

SandboxResponse FeishuSandbox::tokenV1(const SandboxRequest &r)
{
    // The doc page asks for the app_access_token; the official Node SDK
    // (1.74.0, formatPayload) sends the tenant_access_token to every call
    // not given a user's. No official source says which Feishu takes, so
    // both are accepted (docs/platforms.md, "Code exchange").
    const QString bearer = r.bearerToken();
    const Token *token = m_appTokens.contains(bearer) ? &m_appTokens[bearer] : m_tenantTokens.contains(bearer) ? &m_tenantTokens[bearer] : nullptr;
    if (!token || token->expiry.hasExpired())
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
                           {QStringLiteral("refresh_token"), QString(QStringLiteral("ur-") + sandboxRandom(40, true))},
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
    if (a->hasUserScope(QStringLiteral("contact:user.email:readonly")) && !user->email.isEmpty())
        data.insert(QStringLiteral("email"), user->email);
    if (a->hasUserScope(QStringLiteral("contact:user.phone:readonly")) && !user->mobile.isEmpty())
        data.insert(QStringLiteral("mobile"), user->mobile);
    if (a->hasUserScope(QStringLiteral("contact:user.employee_id:readonly")) && !user->userId.isEmpty())
        data.insert(QStringLiteral("user_id"), user->userId);
    if (a->hasUserScope(QStringLiteral("contact:user.employee:readonly")) && !user->enterpriseEmail.isEmpty())
        data.insert(QStringLiteral("enterprise_email"), user->enterpriseEmail);
    return SandboxResponse::json({{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")}, {QStringLiteral("data"), data}});
}

} // namespace fss
