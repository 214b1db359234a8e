// GenAuth (Authing) Management API v3 calls the wizard needs to create and
// verify the Feishu identity source (docs/platforms.md G §2, §3). A management
// token from the user pool ID and secret is cached until shortly before it
// expires and shared by callers that ask while it is being fetched; an
// answer of statusCode 401 fetches a new one once. Every request can also be
// built without sending it, for the "Show the requests" view.
#pragma once

#include "core/transport/ApiTransport.h"
#include "core/transport/CachedToken.h"
#include "core/genauth/GenAuthErrors.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace fss {

struct GenAuthEndpoints
{
    QUrl api;     // Management API: https://api.genauth.ai, https://api.authing.cn, or the private host
    QUrl console; // for the messages' links

    // GenAuth's or Authing's hosts, or the private deployment's origin.
    static GenAuthEndpoints forCloud(Cloud cloud, const QString &customHost);
    bool operator==(const GenAuthEndpoints &) const = default;
};

struct ExtIdpConnection
{
    QString id;
    QString extIdpId;
    QString type;        // "lark-internal"
    QString identifier;
    QString displayName;
    QJsonObject fields;  // may hold secrets: never log it
    bool loginOnly = false;
};

struct ExtIdp
{
    QString id;
    QString name;
    QString type; // "lark"
    QList<ExtIdpConnection> connections; // filled by getExtIdp only
};

struct EnabledConnection
{
    QString connectionId;
    QString identifier;
    QString type;
    bool enabled = true;
};

struct GenAuthApplication
{
    QString appId;
    QString appIdentifier;
    QString name;
    QStringList redirectUris;
    QList<EnabledConnection> enabledConnections;
};

class GenAuthClient : public QObject
{
    Q_OBJECT

public:
    explicit GenAuthClient(ApiTransport *transport, QObject *parent = nullptr);

    template <class T>
    using Callback = std::function<void(const ApiResult<T> &)>;

    void setEndpoints(const GenAuthEndpoints &endpoints);
    GenAuthEndpoints endpoints() const { return m_endpoints; }
    // Forgets the cached token when either changes.
    void setCredentials(const QString &userPoolId, const QString &userPoolSecret);
    QString userPoolId() const { return m_userPoolId; }
    bool hasSecret() const { return !m_secret.isEmpty(); }
    // For messages: the identifier and the application being worked on.
    void setSubject(const QString &identifier, const QString &appId);

    // The requests, as they are sent (without the token header).
    ApiRequest tokenRequest() const;
    ApiRequest listExtIdpsRequest() const;
    ApiRequest getExtIdpRequest(const QString &extIdpId) const;
    ApiRequest createExtIdpRequest(const QString &name, const QString &type) const;
    ApiRequest createConnectionRequest(const ExtIdpConnection &connection) const;
    ApiRequest updateConnectionRequest(const ExtIdpConnection &connection) const;
    ApiRequest changeConnectionStateRequest(const QString &connectionId, const QString &appId, bool enabled) const;
    ApiRequest getApplicationRequest(const QString &appId) const;
    ApiRequest updateRedirectUrisRequest(const QString &appId, const QStringList &redirectUris) const;
    // One page (from 1) of the pool's applications, as the SDK's plain
    // listApplications() asks for it (docs/platforms.md G §3.6).
    ApiRequest listApplicationsRequest(int page) const;
    ApiRequest deleteConnectionRequest(const QString &connectionId) const;

    void managementToken(QObject *context, Callback<QString> done);
    void listExtIdps(QObject *context, Callback<QList<ExtIdp>> done);
    void getExtIdp(const QString &extIdpId, QObject *context, Callback<ExtIdp> done);
    void createExtIdp(const QString &name, const QString &type, QObject *context, Callback<ExtIdp> done);
    void createConnection(const ExtIdpConnection &connection, QObject *context, Callback<ExtIdpConnection> done);
    void updateConnection(const ExtIdpConnection &connection, QObject *context, Callback<ExtIdpConnection> done);
    void changeConnectionState(const QString &connectionId, const QString &appId, bool enabled, QObject *context,
                               Callback<bool> done);
    void application(const QString &appId, QObject *context, Callback<GenAuthApplication> done);
    // The application's Login Callback URLs, replaced by `redirectUris`
    // (whether GenAuth merges or replaces is unverified, so the full list is sent).
    void updateRedirectUris(const QString &appId, const QStringList &redirectUris, QObject *context, Callback<bool> done);
    // Every application of the pool, page after page, each with the
    // connections enabled on it.
    void listApplications(QObject *context, Callback<QList<GenAuthApplication>> done);
    // delete-ext-idp-conn (§3.7): GenAuth answers {success}.
    void deleteConnection(const QString &connectionId, QObject *context, Callback<bool> done);

    // What the answers' data mean, for any JSON at all (they are fuzzed).
    static ExtIdpConnection connectionFromJson(const QJsonObject &object);
    static ExtIdp parseExtIdp(const QJsonObject &data);
    static QList<ExtIdp> parseExtIdpList(const QJsonValue &data);
    static GenAuthApplication parseApplication(const QJsonObject &data);
    // A page of list-applications: its applications and the total count.
    static QList<GenAuthApplication> parseApplicationPage(const QJsonValue &data, int *totalCount);

private:
    using Done = std::function<void(const ApiError &, const QJsonValue &data)>;
    // Sends with the management token and pool headers; on statusCode 401
    // fetches a new token and sends once more.
    void call(ApiRequest request, GenAuthCall what, QObject *context, Done done, bool retried = false);
    void send(const ApiRequest &request, GenAuthCall what, QObject *context, Done done);
    ApiRequest request(const QByteArray &verb, const QString &path, const QJsonObject &body = {}) const;
    ApiRequest getRequest(const QString &path, const QString &key, const QString &value) const;
    GenAuthErrorContext errorContext(GenAuthCall call) const;
    void listApplicationsFrom(int page, QList<GenAuthApplication> found, QObject *context, Callback<QList<GenAuthApplication>> done);

    ApiTransport *m_transport;
    GenAuthEndpoints m_endpoints;
    QString m_userPoolId;
    QString m_secret;
    QString m_identifier;
    QString m_appId;

    CachedToken m_token;
};

} // namespace fss
