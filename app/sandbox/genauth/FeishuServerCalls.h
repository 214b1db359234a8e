// What GenAuth's own server does with Feishu after a login comes back to its
// social callback (docs/platforms.md G §4): exchange the code for a user token
// with the App ID and App Secret the connection holds (v2 OAuth token), then
// read the user (user_info). Plain HTTP with sandbox code, so that the
// imitation never runs the product's FeishuClient it is meant to test.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace fss {

class FeishuServerCalls : public QObject
{
    Q_OBJECT

public:
    explicit FeishuServerCalls(QObject *parent = nullptr);

    void setHosts(const QUrl &openApi, const QUrl &accounts);
    // Where GenAuth sends the browser: the authorize page with the callback.
    QUrl authorizeUrl(const QString &appId, const QString &redirectUri, const QString &state) const;

    // The user's fields (user_info's data), or why not: Feishu's description
    // and code ("The client secret is invalid.", "20002").
    struct User
    {
        QJsonObject fields;
        QString error;
        QString code;
        bool ok() const { return error.isEmpty(); }
    };
    void userForCode(const QString &appId, const QString &appSecret, const QString &code, const QString &redirectUri,
                     std::function<void(const User &)> done);

private:
    void send(const QUrl &url, const QByteArray &bearer, const QJsonObject *body, std::function<void(const QJsonObject &, const QString &)> done);

    QNetworkAccessManager *m_network;
    QUrl m_openApi;
    QUrl m_accounts;
};

} // namespace fss
