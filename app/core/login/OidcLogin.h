// The end-to-end login through GenAuth: an OpenID Connect authorization-code
// login with PKCE (S256), state and nonce at the GenAuth application's
// authentication address (docs/platforms.md G §5). GenAuth hands over to Feishu
// and back; the browser (embedded or the system's) only hands this class
// the final callback URL and the text of the pages it shows. The code is
// exchanged at the token endpoint and the ID token is checked (issuer,
// audience, nonce, expiry, RS256 signature from the JWKS) before any claim
// is shown. Endpoints come from discovery; where the provider has no
// discovery document, GenAuth's documented /oidc paths are used.
#pragma once

#include "core/transport/ApiTransport.h"
#include "core/login/AuthorizationAttempt.h"
#include "core/login/IdToken.h"

#include <QObject>

#include <chrono>

namespace fss {

struct OidcSettings
{
    QString authAddress; // the application's Authentication address (or any OpenID issuer)
    QString clientId;    // the GenAuth application ID
    QString redirectUri; // registered as a Login Callback URL of that application
    QStringList scopes{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"), QStringLiteral("phone")};
};

struct OidcProvider
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    bool discovered = false; // false: GenAuth's documented paths were assumed
};

struct OidcLoginResult
{
    ApiError error;
    QJsonObject claims; // of a valid ID token only
    QString scope;      // as granted by the token endpoint
    OidcProvider provider;
    bool ok() const { return error.ok(); }
    // For hand-over: claim names with their values masked.
    QString redactedReport() const;
};

class OidcLogin : public AuthorizationAttempt
{
    Q_OBJECT

public:
    explicit OidcLogin(ApiTransport *transport, QObject *parent = nullptr);

    void setSettings(const OidcSettings &settings);
    const OidcSettings &settings() const { return m_settings; }

    // A new attempt: fresh state, nonce and PKCE verifier; finds the
    // endpoints, then emits ready() with the URL to open (or finished() with
    // the reason it cannot start). The time limit starts with ready().
    void start();
    // Only while an attempt runs: the callback is a loopback address that
    // means nothing afterwards.
    bool isCallback(const QUrl &url) const override;
    QUrl redirectUri() const override { return QUrl(m_settings.redirectUri); }
    // The text of a page the browser showed: GenAuth's or Feishu's refusals
    // end the attempt at once.
    void handlePageText(const QString &text) override;

signals:
    void ready(const QUrl &authorizeUrl);
    void finished(const OidcLoginResult &result);

private:
    ApiError timedOut() const override;
    std::optional<ApiError> refused(const AuthorizationResponse &response) const override;
    ApiError callbackError(const AuthorizationResponse &response) const override;
    void exchange(const QString &code) override;
    void fail(ApiError error) override;
    void discover(const QStringList &candidates);
    void authorize();
    void validate(const QJsonObject &tokens);
    void finish(OidcLoginResult result);
    ApiRequest request(const QByteArray &verb, const QUrl &url) const;

    ApiTransport *m_transport;
    OidcSettings m_settings;
    OidcProvider m_provider;
    QString m_nonce;
};

} // namespace fss

Q_DECLARE_METATYPE(fss::OidcLoginResult)
