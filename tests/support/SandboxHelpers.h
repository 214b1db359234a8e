// Helpers for tests against the in-process sandbox: wait for a client
// callback, and play the browser on the sandbox's login page with a real
// QNetworkAccessManager.
#pragma once

#include "core/feishu/FeishuClient.h"
#include "sandbox/Sandbox.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslKey>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QRegularExpression>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace fss::test {

// A sandbox on loopback and a Feishu client pointed at it with the test
// app's credentials, fresh for each test function.
struct SandboxFixture
{
    std::unique_ptr<Sandbox> sandbox;
    std::unique_ptr<ApiTransport> transport;
    std::unique_ptr<FeishuClient> client;

    bool start()
    {
        sandbox = std::make_unique<Sandbox>();
        if (!sandbox->start())
            return false;
        transport = std::make_unique<ApiTransport>();
        client = std::make_unique<FeishuClient>(transport.get());
        client->setEndpoints({sandbox->url(), sandbox->url()});
        client->setCredentials(app().appId, app().appSecret);
        return true;
    }
    void stop()
    {
        client.reset();
        transport.reset();
        sandbox.reset();
    }
    SandboxApp &app() { return sandbox->feishu().config().apps.first(); }
};

// Runs `start` with a callback and waits (up to 20 s) for its answer.
template <class T>
std::optional<ApiResult<T>> await(const std::function<void(FeishuClient::Callback<T>)> &start)
{
    std::optional<ApiResult<T>> result;
    start([&](const ApiResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return std::nullopt;
    return result;
}

struct PageAnswer
{
    int status = 0;
    QByteArray body;
    QUrl location; // of a redirect
};

inline PageAnswer fetch(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &verb = "GET",
                        const QByteArray &body = {})
{
    QNetworkRequest req(request);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    PageAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    // Raw: Qt drops a relative Location ("/interaction/…") when it parses the header.
    a.location = QUrl::fromEncoded(reply->rawHeader("Location"));
    reply->deleteLater();
    return a;
}

// Submits a sandbox page's form as the browser would: POST to the page's
// address with the page's parameters plus the button pressed.
inline PageAnswer submitPage(QNetworkAccessManager &nam, const QUrl &page, const std::pair<QString, QString> &button)
{
    QUrlQuery form(page.query(QUrl::FullyEncoded));
    form.addQueryItem(button.first, button.second);
    QNetworkRequest req(page.adjusted(QUrl::RemoveQuery));
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    return fetch(nam, req, "POST", form.query(QUrl::FullyEncoded).toLatin1());
}

// Submits the sandbox login page's form for `authorizeUrl` as the browser
// would: the page's parameters plus the button pressed.
inline PageAnswer submitLogin(QNetworkAccessManager &nam, const QUrl &authorizeUrl, const QString &openId, bool cancel = false)
{
    return submitPage(nam, authorizeUrl,
                      cancel ? std::pair{QStringLiteral("decision"), QStringLiteral("cancel")} : std::pair{QStringLiteral("user"), openId});
}

// Plays the person who opened the app registration's link: the sandbox's
// confirm page, answered as the test user `openId`, or refused.
inline PageAnswer confirmRegistration(QNetworkAccessManager &nam, const QUrl &link, const QString &openId, bool refuse = false)
{
    return submitPage(nam, link, refuse ? std::pair{QStringLiteral("decision"), QStringLiteral("refuse")} : std::pair{QStringLiteral("user"), openId});
}

#ifdef FSS_TEST_DATA
// Makes `sandbox` serve Feishu over https with the committed self-signed
// certificate for 127.0.0.1 (tests/data, test data only); returns the
// certificate as PEM, for tests that trust it.
inline QByteArray serveWithTestCertificate(Sandbox &sandbox)
{
    QFile cert(QStringLiteral(FSS_TEST_DATA "/loopback-test.crt"));
    QFile key(QStringLiteral(FSS_TEST_DATA "/loopback-test.key"));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = cert.readAll();
    sandbox.server().useTls(QSslCertificate(pem), QSslKey(&key, QSsl::Rsa));
    return pem;
}
#endif

// The Feishu identity source as "Create it for me" leaves it in the
// sandbox's GenAuth: a lark identity source with a lark-internal connection
// holding the Feishu test app's credentials, enabled on the default
// application. Returns the connection.
inline GenAuthSandboxConnection &connectGenAuth(Sandbox &sandbox, const QString &identifier = QStringLiteral("feishu"))
{
    GenAuthSandboxConfig &pool = sandbox.genAuth().config();
    const SandboxApp &app = sandbox.feishu().config().apps.constFirst();
    GenAuthSandboxConnection c{QStringLiteral("6600000000000000000000c1"), QStringLiteral("6600000000000000000000e1"),
                               QStringLiteral("lark-internal"), identifier, QStringLiteral("Feishu"),
                               QJsonObject{{pool.appIdFieldKey, app.appId}, {pool.appSecretFieldKey, app.appSecret}}, false};
    pool.extIdps.append({c.extIdpId, QStringLiteral("Feishu"), QStringLiteral("lark"), {c}});
    pool.apps.first().enabledConnectionIds.append(c.id);
    return pool.extIdps.last().connections.last();
}

// Plays the browser through the sandbox's GenAuth hosted login, the Feishu
// login page and back: returns the final redirect to the application's
// callback (or an empty URL, with `where` saying where it stopped).
inline QUrl loginThroughGenAuth(QNetworkAccessManager &nam, const QUrl &authorizeUrl, const QString &openId, QString *where,
                                bool cancel = false)
{
    PageAnswer a = fetch(nam, QNetworkRequest(authorizeUrl));
    static const QRegularExpression link(QStringLiteral("href=\"(/connections/social/[^\"]+)\""));
    const QRegularExpressionMatch m = link.match(QString::fromUtf8(a.body));
    if (!m.hasMatch()) {
        *where = QStringLiteral("hosted login page: ") + QString::fromUtf8(a.body);
        return {};
    }
    a = fetch(nam, QNetworkRequest(authorizeUrl.resolved(QUrl(m.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"))))));
    if (a.status != 302) {
        *where = QStringLiteral("social start: %1 %2").arg(a.status).arg(QString::fromUtf8(a.body));
        return {};
    }
    a = submitLogin(nam, a.location, openId, cancel);
    if (a.status != 302) {
        *where = QStringLiteral("Feishu login: %1 %2").arg(a.status).arg(QString::fromUtf8(a.body));
        return {};
    }
    a = fetch(nam, QNetworkRequest(a.location));
    if (a.status != 302) {
        *where = QStringLiteral("GenAuth callback: %1 %2").arg(a.status).arg(QString::fromUtf8(a.body));
        return {};
    }
    return a.location;
}

// A person signs in through GenAuth's hosted login with Feishu, to the
// sandbox GenAuth application's loopback callback, in a browser of its own
// (no session cookie): empty when it came back with a code, otherwise where
// and why it stopped (GenAuth's error_description, when it sent one).
inline QString loginThroughGenAuthFails(Sandbox &sandbox)
{
    QUrl authorize = sandbox.genAuthUrl().resolved(QUrl(QStringLiteral("/oidc/auth")));
    authorize.setQuery(QStringLiteral("client_id=%1&redirect_uri=%2&response_type=code&scope=openid&state=s1"
                                      "&code_challenge=login-test-verifier-0123456789abcdefghijklmn&code_challenge_method=plain")
                           .arg(QLatin1String(GenAuthSandboxConfig::defaultAppId),
                                QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("http://127.0.0.1:47821/callback")))));
    QNetworkAccessManager browser;
    QString where;
    const QUrl back = loginThroughGenAuth(browser, authorize, sandbox.feishu().config().apps.constFirst().users.constFirst().openId, &where);
    if (!QUrlQuery(back).queryItemValue(QStringLiteral("code")).isEmpty())
        return {};
    return back.isEmpty() ? where : QUrlQuery(back).queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
}

} // namespace fss::test
