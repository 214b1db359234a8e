#include "core/login/OidcLogin.h"

#include "core/login/AuthorizationResponse.h"
#include "core/feishu/FeishuClient.h"
#include "core/feishu/FeishuErrors.h"
#include "core/transport/Logging.h"
#include "core/transport/QueryBuilder.h"
#include "core/transport/Redact.h"
#include "core/login/Pkce.h"

#include <QDateTime>
#include <QJsonArray>

namespace fss {

namespace {

const QString kGenAuth = QStringLiteral("GenAuth");

QUrl under(const QString &base, const QString &path)
{
    return QUrl(base + path);
}

} // namespace

OidcLogin::OidcLogin(ApiTransport *transport, QObject *parent)
    : AuthorizationAttempt(std::chrono::seconds(180), parent)
    , m_transport(transport)
{
}

ApiError OidcLogin::timedOut() const
{
    return failure(QStringLiteral("no-callback"), Step::Credentials,
                   tr("No login came back within %1 seconds. Check that the Feishu identity source is enabled on this GenAuth "
                      "application (Step 2, Create it for me), that its Login Callback URLs hold %2, and that the Feishu app is "
                      "released with the web page capability (Steps 3 and 6).")
                       .arg(timeout().count())
                       .arg(m_settings.redirectUri));
}

void OidcLogin::setSettings(const OidcSettings &settings)
{
    if (settings.authAddress != m_settings.authAddress)
        m_provider = {};
    m_settings = settings;
}

ApiRequest OidcLogin::request(const QByteArray &verb, const QUrl &url) const
{
    ApiRequest r;
    r.verb = verb;
    r.url = url;
    r.service = kGenAuth;
    r.step = Step::TestLogin;
    return r;
}

void OidcLogin::start()
{
    begin();
    m_nonce = Pkce::randomState();
    if (m_settings.authAddress.isEmpty() || m_settings.clientId.isEmpty() || m_settings.redirectUri.isEmpty()) {
        return fail(failure(QStringLiteral("oidc-settings"), Step::TestLogin,
                            tr("Enter the GenAuth application's Authentication address, its App ID (Step 2) and the login "
                               "callback URL registered in it.")));
    }
    if (m_provider.authorizationEndpoint.isValid())
        return authorize();
    // GenAuth serves OpenID Connect under /oidc; a plain OpenID provider at
    // its issuer's root (docs/platforms.md G §5, open question 6).
    discover({m_settings.authAddress + QStringLiteral("/oidc"), m_settings.authAddress});
}

void OidcLogin::discover(const QStringList &candidates)
{
    if (candidates.isEmpty()) {
        // Not found anywhere: GenAuth's documented paths (§5).
        const QString base = m_settings.authAddress + QStringLiteral("/oidc");
        m_provider = {base, under(base, QStringLiteral("/auth")), under(base, QStringLiteral("/token")),
                      under(base, QStringLiteral("/.well-known/jwks.json")), false};
        qCInfo(lcLogin) << "no discovery document; using GenAuth's documented /oidc paths";
        return authorize();
    }
    const QString issuer = candidates.first();
    const QStringList rest = candidates.mid(1);
    m_transport->send(request("GET", under(issuer, QStringLiteral("/.well-known/openid-configuration"))), attemptContext(),
                      [this, issuer, rest](const ApiReply &reply) {
                          if (!reply.error.ok()) {
                              // Only "no such document" tries the next place; a
                              // transport failure is the answer.
                              if (reply.error.kind == ApiError::Kind::NotJson)
                                  return discover(rest);
                              ApiError e = reply.error;
                              if (e.step == Step::Welcome)
                                  e.step = Step::TestLogin;
                              e.message += QLatin1Char(' ') + tr("(The Authentication address is set on this page.)");
                              return fail(e);
                          }
                          const QJsonObject d = reply.json;
                          OidcProvider p{d.value(QLatin1String("issuer")).toString(),
                                         QUrl(d.value(QLatin1String("authorization_endpoint")).toString()),
                                         QUrl(d.value(QLatin1String("token_endpoint")).toString()),
                                         QUrl(d.value(QLatin1String("jwks_uri")).toString()),
                                         true};
                          if (!p.authorizationEndpoint.isValid() || !p.tokenEndpoint.isValid() || !p.jwksUri.isValid())
                              return discover(rest);
                          // OpenID Connect Discovery §4.3: the document must be the issuer's own.
                          if (p.issuer != issuer)
                              return fail(failure(QStringLiteral("oidc-issuer"), Step::TestLogin,
                                          tr("The discovery document at %1 names the issuer “%2”, which is not that address. Check "
                                             "the Authentication address.")
                                              .arg(issuer, p.issuer)));
                          for (const QUrl &u : {p.authorizationEndpoint, p.tokenEndpoint, p.jwksUri}) {
                              if (!ApiTransport::isAllowedUrl(u))
                                  return fail(failure(QStringLiteral("insecure-url"), Step::TestLogin,
                                              tr("The provider names an endpoint that is not https: %1.").arg(u.toString())));
                          }
                          m_provider = p;
                          authorize();
                      });
}

void OidcLogin::authorize()
{
    const QueryItems items{{QStringLiteral("client_id"), m_settings.clientId},
                                             {QStringLiteral("response_type"), QStringLiteral("code")},
                                             {QStringLiteral("redirect_uri"), m_settings.redirectUri},
                                             {QStringLiteral("scope"), m_settings.scopes.join(QLatin1Char(' '))},
                                             {QStringLiteral("state"), state()},
                                             {QStringLiteral("nonce"), m_nonce},
                                             {QStringLiteral("code_challenge"), Pkce::challengeS256(verifier())},
                                             {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
                                             {QStringLiteral("prompt"), QStringLiteral("login")}};
    const QUrl url = withQueryItems(m_provider.authorizationEndpoint, items);
    startTimer();
    qCInfo(lcLogin) << "end-to-end login started, waiting for" << QUrl(m_settings.redirectUri).toDisplayString(QUrl::RemoveQuery);
    emit ready(url);
}

bool OidcLogin::isCallback(const QUrl &url) const
{
    return isRunning() && AuthorizationAttempt::isCallback(url);
}

void OidcLogin::fail(ApiError error)
{
    OidcLoginResult r;
    r.error = std::move(error);
    r.provider = m_provider;
    finish(r);
}

void OidcLogin::finish(OidcLoginResult result)
{
    end();
    qCInfo(lcLogin) << "end-to-end login finished:" << (result.ok() ? QStringLiteral("ok") : result.error.code);
    emit finished(result);
}

std::optional<ApiError> OidcLogin::refused(const AuthorizationResponse &response) const
{
    // RFC 9207: a provider that names itself must be the one this login
    // started with (a mix-up attack otherwise).
    const QString &iss = response.issuer;
    if (!iss.isEmpty() && iss != m_provider.issuer)
        return failure(QStringLiteral("issuer-mismatch"), Step::TestLogin,
                       tr("Refused: the login came back from “%1”, not from “%2”. Nothing was exchanged.").arg(iss, m_provider.issuer));
    return std::nullopt;
}

ApiError OidcLogin::callbackError(const AuthorizationResponse &response) const
{
    const QString &error = response.error;
    const QString &description = response.errorDescription;
    if (error == QLatin1String("access_denied"))
        return failure(error, Step::TestLogin, tr("The login was cancelled or declined (access_denied). Start the test again and sign in."),
                       description);
    if (error == QLatin1String("server_error") || error == QLatin1String("temporarily_unavailable"))
        return failure(error, Step::Credentials,
                       tr("GenAuth could not complete the Feishu login: %1. Check the App ID and App Secret the identity source "
                          "holds in GenAuth (Step 2, Create it for me).")
                           .arg(description.isEmpty() ? error : description),
                       description);
    return failure(error, Step::TestLogin,
                   tr("GenAuth refused the login request (%1): %2. Check the application's settings in GenAuth: OIDC "
                      "authorization code with PKCE, and the scopes openid, profile, email and phone.")
                       .arg(error, description.isEmpty() ? tr("no description") : description),
                   description);
}

void OidcLogin::exchange(const QString &code)
{
    ApiRequest r = request("POST", m_provider.tokenEndpoint);
    r.retryable = false; // a code works once
    r.contentType = "application/x-www-form-urlencoded";
    r.body = encodedQuery({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("redirect_uri"), m_settings.redirectUri},
                      {QStringLiteral("client_id"), m_settings.clientId},
                      {QStringLiteral("code_verifier"), verifier()}});
    m_transport->send(r, attemptContext(), [this](const ApiReply &reply) {
        const QString error = reply.json.value(QLatin1String("error")).toString();
        if (!error.isEmpty()) {
            const QString description = reply.json.value(QLatin1String("error_description")).toString();
            if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client"))
                return fail(failure(error, Step::TestLogin,
                            tr("GenAuth does not let this test use the application as a public client (%1). In the GenAuth "
                               "console set the application's token endpoint authentication method to none, with PKCE.")
                                .arg(error),
                            description));
            return fail(failure(error, Step::TestLogin,
                        tr("GenAuth refused the code exchange (%1: %2). A code works once and for ten minutes: start the test "
                           "again.")
                            .arg(error, description.isEmpty() ? tr("no description") : description),
                        description));
        }
        if (!reply.error.ok())
            return fail(reply.error);
        validate(reply.json);
    });
}

void OidcLogin::validate(const QJsonObject &tokens)
{
    const QString idToken = tokens.value(QLatin1String("id_token")).toString();
    const QString scope = tokens.value(QLatin1String("scope")).toString();
    m_transport->send(request("GET", m_provider.jwksUri), attemptContext(), [this, idToken, scope](const ApiReply &reply) {
        if (!reply.error.ok())
            return fail(reply.error);
        QString why;
        const auto keys = Jwks::fromJson(reply.json, &why);
        if (!keys)
            return fail(failure(QStringLiteral("oidc-jwks"), Step::TestLogin, tr("The provider's key set (JWKS) is unusable: %1.").arg(why)));
        const IdTokenResult checked = IdToken::validate(
            idToken, *keys, {m_provider.issuer, m_settings.clientId, m_nonce, QDateTime::currentSecsSinceEpoch(), 60});
        if (!checked.ok())
            return fail(checked.error);
        OidcLoginResult r;
        r.claims = checked.claims;
        r.scope = scope;
        r.provider = m_provider;
        finish(r);
    });
}

void OidcLogin::handlePageText(const QString &text)
{
    if (!isRunning() || isExchanging())
        return;
    // GenAuth's own refusal, before it hands over to Feishu.
    if (text.contains(QLatin1String("redirect_uri_mismatch")))
        return fail(failure(QStringLiteral("redirect_uri_mismatch"), Step::TestLogin,
                    tr("GenAuth does not know %1 as a Login Callback URL of this application. Add it in the GenAuth console "
                       "(Applications → your application → Authentication Configuration), or change it here.")
                        .arg(m_settings.redirectUri)));
    if (text.contains(QLatin1String("invalid_client")))
        return fail(failure(QStringLiteral("invalid_client"), Step::Credentials,
                    tr("GenAuth has no application with the ID %1 at this Authentication address. Check both.").arg(m_settings.clientId)));
    // Feishu's refusal page on the way (docs/platforms.md F §3.4).
    if (const auto refusal = feishuRefusal(text))
        fail(FeishuErrors::fromCode(refusal->code, refusal->text, {FeishuCall::AuthorizePage, Platform::Feishu, {}}));
}

QString OidcLoginResult::redactedReport() const
{
    QString report = OidcLogin::tr("End-to-end login through GenAuth: %1").arg(ok() ? OidcLogin::tr("passed") : OidcLogin::tr("failed"));
    report += QLatin1Char('\n');
    if (!ok())
        return report + OidcLogin::tr("%1 [%2] — fix it in %3").arg(error.message, error.code, stepLabel(error.step)) + QLatin1Char('\n');
    report += OidcLogin::tr("Issuer: %1").arg(provider.issuer) + QLatin1Char('\n');
    QStringList keys = claims.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue v = claims.value(key);
        const QString text = v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble(), 'g', 16) : QString();
        // Times and flags are not personal; names, e-mail and ids are masked.
        const bool plain = key == QLatin1String("iss") || key == QLatin1String("exp") || key == QLatin1String("iat")
            || key == QLatin1String("auth_time") || v.isBool();
        report += QStringLiteral("- %1: %2\n").arg(key, plain ? (v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : text)
                                                               : maskForReport(text));
    }
    return report;
}

} // namespace fss
