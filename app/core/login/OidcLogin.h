// The end-to-end login through GenAuth: an OpenID Connect authorization-code
// login with PKCE (S256), state and nonce at the GenAuth application's
// authentication address (genauth-api.md §5). GenAuth hands over to Feishu
// and back; the browser (embedded or the system's) only hands this class
// the final callback URL and the text of the pages it shows. The code is
// exchanged at the token endpoint and the ID token is checked (issuer,
// audience, nonce, expiry, RS256 signature from the JWKS) before any claim
// is shown. Endpoints come from discovery; where the provider has no
// discovery document, GenAuth's documented /oidc paths are used.
#pragma once

#include "core/transport/ApiTransport.h"
#include "core/login/IdToken.h"

#include <QObject>
#include <QTimer>

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

class OidcLogin : public QObject
{
    Q_OBJECT

public:
    explicit OidcLogin(ApiTransport *transport, QObject *parent = nullptr);

    void setSettings(const OidcSettings &settings);
    const OidcSettings &settings() const { return m_settings; }
    void setTimeout(std::chrono::seconds timeout) { m_timeout = timeout; }

    // A new attempt: fresh state, nonce and PKCE verifier; finds the
    // endpoints, then emits ready() with the URL to open (or finished() with
    // the reason it cannot start). The time limit starts with ready().
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    QString state() const { return m_state; }

    // Whether `url` is a navigation to the redirect URI (query ignored).
    bool isCallback(const QUrl &url) const;
    void handleCallback(const QUrl &url);
    // The text of a page the browser showed: GenAuth's or Feishu's refusals
    // end the attempt at once.
    void handlePageText(const QString &text);

signals:
    void ready(const QUrl &authorizeUrl);
    void finished(const OidcLoginResult &result);

private:
    void discover(const QStringList &candidates);
    void authorize();
    void exchange(const QString &code);
    void validate(const QJsonObject &tokens);
    void fail(ApiError error);
    void fail(const QString &code, Step step, const QString &message, const QString &detail = {});
    void finish(OidcLoginResult result);
    ApiRequest request(const QByteArray &verb, const QUrl &url) const;

    ApiTransport *m_transport;
    OidcSettings m_settings;
    OidcProvider m_provider;
    std::chrono::seconds m_timeout{180};
    QTimer m_timer;
    QString m_state;
    QString m_nonce;
    QString m_verifier;
    bool m_running = false;
    bool m_exchanging = false;
    QObject *m_attempt = nullptr;
};

} // namespace fss

Q_DECLARE_METATYPE(fss::OidcLoginResult)
