#include "FeishuServerCalls.h"

#include "core/transport/QueryBuilder.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace fss {

namespace {

constexpr int kTimeoutMs = 10000;

QString answerCode(const QJsonObject &o)
{
    return QString::number(o.value(QLatin1String("code")).toInteger());
}

} // namespace

FeishuServerCalls::FeishuServerCalls(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void FeishuServerCalls::setHosts(const QUrl &openApi, const QUrl &accounts)
{
    m_openApi = openApi;
    m_accounts = accounts;
}

QUrl FeishuServerCalls::authorizeUrl(const QString &appId, const QString &redirectUri, const QString &state) const
{
    return withQueryItems(m_accounts.resolved(QUrl(QStringLiteral("/open-apis/authen/v1/authorize"))),
                          {{QStringLiteral("client_id"), appId},
                           {QStringLiteral("response_type"), QStringLiteral("code")},
                           {QStringLiteral("redirect_uri"), redirectUri},
                           {QStringLiteral("state"), state}});
}

void FeishuServerCalls::send(const QUrl &url, const QByteArray &bearer, const QJsonObject *body,
                             std::function<void(const QJsonObject &, const QString &)> done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply *reply;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
        reply = m_network->post(request, QJsonDocument(*body).toJson(QJsonDocument::Compact));
    } else {
        reply = m_network->get(request);
    }
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        // Feishu answers its errors as JSON with an HTTP error status; only
        // a reply without a body is a transport failure.
        done(answer, answer.isEmpty() ? reply->errorString() : QString());
    });
}

void FeishuServerCalls::userForCode(const QString &appId, const QString &appSecret, const QString &code, const QString &redirectUri,
                                    std::function<void(const User &)> done)
{
    const QJsonObject body{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                           {QStringLiteral("client_id"), appId},
                           {QStringLiteral("client_secret"), appSecret},
                           {QStringLiteral("code"), code},
                           {QStringLiteral("redirect_uri"), redirectUri}};
    const auto failed = [](const QJsonObject &answer, const QString &transport) {
        QString why = transport;
        if (why.isEmpty())
            why = answer.value(QLatin1String("error_description")).toString();
        if (why.isEmpty())
            why = answer.value(QLatin1String("msg")).toString();
        return User{{}, why.isEmpty() ? QStringLiteral("no answer") : why, answerCode(answer)};
    };
    send(m_openApi.resolved(QUrl(QStringLiteral("/open-apis/authen/v2/oauth/token"))), {}, &body,
         [this, done = std::move(done), failed](const QJsonObject &token, const QString &transport) {
             const QString accessToken = token.value(QLatin1String("access_token")).toString();
             if (accessToken.isEmpty())
                 return done(failed(token, transport));
             send(m_openApi.resolved(QUrl(QStringLiteral("/open-apis/authen/v1/user_info"))), accessToken.toUtf8(), nullptr,
                  [done, failed](const QJsonObject &info, const QString &transport2) {
                      if (info.value(QLatin1String("code")).toInteger(-1) != 0)
                          return done(failed(info, transport2));
                      done({info.value(QLatin1String("data")).toObject(), {}, {}});
                  });
         });
}

} // namespace fss
