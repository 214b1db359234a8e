#include "core/genauth/GenAuthClient.h"

#include "core/login/IdToken.h"
#include "core/transport/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

namespace fss {

namespace {
// list-applications takes at most 50 per page (§3.6); 40 pages are 2,000
// applications, past any pool the wizard is for.
constexpr int kApplicationsPerPage = 50;
constexpr int kMostApplicationPages = 40;
} // namespace

namespace {

const QString kGenAuth = QStringLiteral("GenAuth");

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

} // namespace

GenAuthEndpoints GenAuthEndpoints::forCloud(Cloud cloud, const QString &customHost)
{
    GenAuthEndpoints e;
    switch (cloud) {
    case Cloud::GenAuth:
        e.api = QUrl(QStringLiteral("https://api.genauth.ai"));
        break;
    case Cloud::Authing:
        e.api = QUrl(QStringLiteral("https://api.authing.cn"));
        break;
    case Cloud::Custom:
        // A private deployment serves the API on its own host (§1).
        e.api = QUrl(genAuthCoreOrigin(cloud, customHost));
        break;
    }
    e.console = genAuthConsole(cloud, customHost);
    return e;
}

ExtIdp GenAuthClient::parseExtIdp(const QJsonObject &o)
{
    ExtIdp idp{str(o, "id"), str(o, "name"), str(o, "type"), {}};
    // The schema says an object, the runtime sends a list (§3.3).
    const QJsonValue connections = o.value(QLatin1String("connections"));
    const QJsonArray list = connections.isArray() ? connections.toArray() : QJsonArray{};
    for (const QJsonValue &c : list)
        idp.connections.append(connectionFromJson(c.toObject()));
    return idp;
}

QList<ExtIdp> GenAuthClient::parseExtIdpList(const QJsonValue &data)
{
    const QJsonValue list = data.toObject().value(QLatin1String("list"));
    // A single object has been seen where a list belongs (the generated docs' example).
    const QJsonArray items = list.isArray() ? list.toArray() : list.isObject() ? QJsonArray{list} : QJsonArray{};
    QList<ExtIdp> idps;
    for (const QJsonValue &v : items)
        idps.append(parseExtIdp(v.toObject()));
    return idps;
}

GenAuthApplication GenAuthClient::parseApplication(const QJsonObject &o)
{
    GenAuthApplication a;
    a.appId = str(o, "appId");
    a.appIdentifier = str(o, "appIdentifier");
    a.name = str(o, "appName");
    for (const QJsonValue &v : o.value(QLatin1String("redirectUris")).toArray())
        a.redirectUris.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("loginConfig")).toObject().value(QLatin1String("enabledExtIdpConns")).toArray()) {
        const QJsonObject c = v.toObject();
        a.enabledConnections.append({str(c, "extIdpConnId"), str(c, "extIdpConnIdentifier"), str(c, "extIdpConnType"),
                                     c.value(QLatin1String("enabled")).toBool(true)});
    }
    return a;
}

QList<GenAuthApplication> GenAuthClient::parseApplicationPage(const QJsonValue &data, int *totalCount)
{
    const QJsonObject page = data.toObject();
    QList<GenAuthApplication> list;
    for (const QJsonValue &v : page.value(QLatin1String("list")).toArray()) {
        if (v.isObject())
            list.append(parseApplication(v.toObject()));
    }
    if (totalCount)
        *totalCount = page.value(QLatin1String("totalCount")).toInt(int(list.size()));
    return list;
}

ExtIdpConnection GenAuthClient::connectionFromJson(const QJsonObject &o)
{
    return {str(o, "id"),
            str(o, "extIdpId"),
            str(o, "type"),
            str(o, "identifier"),
            str(o, "displayName"),
            o.value(QLatin1String("fields")).toObject(),
            o.value(QLatin1String("loginOnly")).toBool()};
}

GenAuthClient::GenAuthClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

void GenAuthClient::setEndpoints(const GenAuthEndpoints &endpoints)
{
    if (endpoints == m_endpoints)
        return;
    m_endpoints = endpoints;
    setCredentials({}, {});
}

void GenAuthClient::setCredentials(const QString &userPoolId, const QString &userPoolSecret)
{
    if (userPoolId == m_userPoolId && userPoolSecret == m_secret)
        return;
    m_userPoolId = userPoolId;
    m_secret = userPoolSecret;
    m_token.forget();
}

void GenAuthClient::setSubject(const QString &identifier, const QString &appId)
{
    m_identifier = identifier;
    m_appId = appId;
}

GenAuthErrorContext GenAuthClient::errorContext(GenAuthCall call) const
{
    return {call, m_endpoints.console, m_userPoolId, m_identifier, m_appId};
}

ApiRequest GenAuthClient::request(const QByteArray &verb, const QString &path, const QJsonObject &body) const
{
    ApiRequest r;
    r.verb = verb;
    r.url = m_endpoints.api.resolved(QUrl(path));
    r.service = kGenAuth;
    r.step = Step::Credentials;
    r.retryable = verb == "GET";
    if (verb != "GET") {
        r.contentType = "application/json";
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return r;
}

ApiRequest GenAuthClient::tokenRequest() const
{
    ApiRequest r = request("POST", QStringLiteral("/api/v3/get-management-token"),
                           {{QStringLiteral("accessKeyId"), m_userPoolId}, {QStringLiteral("accessKeySecret"), m_secret}});
    r.retryable = true; // a token request changes nothing
    return r;
}

ApiRequest GenAuthClient::listExtIdpsRequest() const
{
    return request("GET", QStringLiteral("/api/v3/list-ext-idp"));
}

ApiRequest GenAuthClient::getRequest(const QString &path, const QString &key, const QString &value) const
{
    ApiRequest r = request("GET", path);
    QUrlQuery q;
    q.addQueryItem(key, value);
    r.url.setQuery(q);
    return r;
}

ApiRequest GenAuthClient::listApplicationsRequest(int page) const
{
    ApiRequest r = request("GET", QStringLiteral("/api/v3/list-applications"));
    // What authing-node-sdk 4.0.1's listApplications() sends with no
    // arguments; whether its three false filters filter is unverified.
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("limit"), QString::number(kApplicationsPerPage));
    q.addQueryItem(QStringLiteral("isIntegrateApp"), QStringLiteral("false"));
    q.addQueryItem(QStringLiteral("isSelfBuiltApp"), QStringLiteral("false"));
    q.addQueryItem(QStringLiteral("ssoEnabled"), QStringLiteral("false"));
    r.url.setQuery(q);
    return r;
}

ApiRequest GenAuthClient::deleteConnectionRequest(const QString &connectionId) const
{
    return request("POST", QStringLiteral("/api/v3/delete-ext-idp-conn"), {{QStringLiteral("id"), connectionId}});
}

ApiRequest GenAuthClient::getExtIdpRequest(const QString &extIdpId) const
{
    return getRequest(QStringLiteral("/api/v3/get-ext-idp"), QStringLiteral("id"), extIdpId);
}

ApiRequest GenAuthClient::createExtIdpRequest(const QString &name, const QString &type) const
{
    return request("POST", QStringLiteral("/api/v3/create-ext-idp"), {{QStringLiteral("name"), name}, {QStringLiteral("type"), type}});
}

ApiRequest GenAuthClient::createConnectionRequest(const ExtIdpConnection &c) const
{
    return request("POST", QStringLiteral("/api/v3/create-ext-idp-conn"),
                   {{QStringLiteral("extIdpId"), c.extIdpId},
                    {QStringLiteral("type"), c.type},
                    {QStringLiteral("identifier"), c.identifier},
                    {QStringLiteral("displayName"), c.displayName},
                    {QStringLiteral("fields"), c.fields},
                    {QStringLiteral("loginOnly"), c.loginOnly}});
}

ApiRequest GenAuthClient::updateConnectionRequest(const ExtIdpConnection &c) const
{
    // fields is an incremental change (§3); the identifier cannot change.
    return request("POST", QStringLiteral("/api/v3/update-ext-idp-conn"),
                   {{QStringLiteral("id"), c.id}, {QStringLiteral("displayName"), c.displayName}, {QStringLiteral("fields"), c.fields}});
}

ApiRequest GenAuthClient::changeConnectionStateRequest(const QString &connectionId, const QString &appId, bool enabled) const
{
    // Both appId and appIds: the Java SDK's own test sends both (§3.4, open question 4).
    return request("POST", QStringLiteral("/api/v3/change-ext-idp-conn-state"),
                   {{QStringLiteral("id"), connectionId},
                    {QStringLiteral("enabled"), enabled},
                    {QStringLiteral("appId"), appId},
                    {QStringLiteral("appIds"), QJsonArray{appId}}});
}

ApiRequest GenAuthClient::getApplicationRequest(const QString &appId) const
{
    return getRequest(QStringLiteral("/api/v3/get-application"), QStringLiteral("appId"), appId);
}

ApiRequest GenAuthClient::updateRedirectUrisRequest(const QString &appId, const QStringList &redirectUris) const
{
    return request("POST", QStringLiteral("/api/v3/update-application"),
                   {{QStringLiteral("appId"), appId}, {QStringLiteral("redirectUris"), QJsonArray::fromStringList(redirectUris)}});
}

void GenAuthClient::send(const ApiRequest &r, GenAuthCall what, QObject *context, Done done)
{
    const GenAuthErrorContext ctx = errorContext(what);
    m_transport->send(r, context, [ctx, done = std::move(done)](const ApiReply &reply) {
        if (!reply.error.ok()) {
            ApiError e = reply.error;
            if (e.step == Step::Welcome && e.kind == ApiError::Kind::NotJson)
                e.message += QLatin1Char(' ') + GenAuthErrors::tr("(GenAuth's address comes from the cloud chosen on the Welcome page.)");
            done(e, {});
            return;
        }
        const ApiError e = GenAuthErrors::fromAnswer(reply.json, ctx);
        done(e, e.ok() ? reply.json.value(QLatin1String("data")) : QJsonValue());
    });
}

void GenAuthClient::managementToken(QObject *context, Callback<QString> done)
{
    m_token.get(this, context, std::move(done), [this](auto answer) {
        send(tokenRequest(), GenAuthCall::ManagementToken, this, [answer = std::move(answer)](const ApiError &error, const QJsonValue &data) {
            const QJsonObject d = data.toObject();
            ApiResult<QString> result{error, str(d, "access_token")};
            if (error.ok() && result.value.isEmpty()) {
                result.error.kind = ApiError::Kind::NotJson;
                result.error.step = Step::Credentials;
                result.error.code = QStringLiteral("genauth-no-token");
                result.error.message = tr("GenAuth answered without a management token. Try again later.");
            }
            qCDebug(lcGenAuth) << "management token" << (result.ok() ? "issued" : qPrintable(result.error.code));
            answer(result, d.value(QLatin1String("expires_in")).toInt(7200));
        });
    });
}

void GenAuthClient::call(ApiRequest r, GenAuthCall what, QObject *context, Done done, bool retried)
{
    QPointer<QObject> guard(context);
    managementToken(context, [this, r, what, guard, retried, done = std::move(done)](const ApiResult<QString> &token) mutable {
        if (!token.ok()) {
            done(token.error, {});
            return;
        }
        ApiRequest withToken = r;
        // Every SDK sends the pool the token is scoped to (§2.1).
        const QString scoped = IdToken::unverifiedClaims(token.value).value(QLatin1String("scoped_userpool_id")).toString();
        const QByteArray pool = (scoped.isEmpty() ? m_userPoolId : scoped).toUtf8();
        withToken.headers.append({"Authorization", "Bearer " + token.value.toUtf8()});
        // Authing's names and GenAuth's own; which ones genauth.ai reads is
        // not documented (§2.1, open question 3), so both are sent.
        withToken.headers.append({"x-authing-userpool-id", pool});
        withToken.headers.append({"x-genauth-userpool-id", pool});
        send(withToken, what, guard, [this, r, what, guard, retried, done = std::move(done)](const ApiError &e, const QJsonValue &data) mutable {
            if (!e.ok() && e.kind == ApiError::Kind::Platform && e.code.startsWith(QLatin1String("genauth-401")) && !retried && guard) {
                qCDebug(lcGenAuth) << "token refused; fetching a new one";
                m_token.forget();
                call(r, what, guard, std::move(done), true);
                return;
            }
            done(e, data);
        });
    });
}

void GenAuthClient::listExtIdps(QObject *context, Callback<QList<ExtIdp>> done)
{
    call(listExtIdpsRequest(), GenAuthCall::ListExtIdps, context,
         [done = std::move(done)](const ApiError &e, const QJsonValue &data) { done({e, parseExtIdpList(data)}); });
}

void GenAuthClient::listApplications(QObject *context, Callback<QList<GenAuthApplication>> done)
{
    listApplicationsFrom(1, {}, context, std::move(done));
}

void GenAuthClient::listApplicationsFrom(int page, QList<GenAuthApplication> found, QObject *context,
                                         Callback<QList<GenAuthApplication>> done)
{
    call(listApplicationsRequest(page), GenAuthCall::ListApplications, context,
         [this, page, found = std::move(found), context, done = std::move(done)](const ApiError &e, const QJsonValue &data) mutable {
             if (!e.ok())
                 return done({e, {}});
             int total = 0;
             const QList<GenAuthApplication> more = parseApplicationPage(data, &total);
             found.append(more);
             // On while pages come full and fewer than the total are in
             // (a page past the end answers an empty list).
             if (more.size() < kApplicationsPerPage || found.size() >= total || page >= kMostApplicationPages)
                 return done({e, found});
             listApplicationsFrom(page + 1, std::move(found), context, std::move(done));
         });
}

void GenAuthClient::deleteConnection(const QString &connectionId, QObject *context, Callback<bool> done)
{
    call(deleteConnectionRequest(connectionId), GenAuthCall::DeleteConnection, context,
         [done = std::move(done)](const ApiError &e, const QJsonValue &) { done({e, e.ok()}); });
}

void GenAuthClient::getExtIdp(const QString &extIdpId, QObject *context, Callback<ExtIdp> done)
{
    call(getExtIdpRequest(extIdpId), GenAuthCall::GetExtIdp, context, [done = std::move(done)](const ApiError &e, const QJsonValue &data) {
        done({e, parseExtIdp(data.toObject())});
    });
}

void GenAuthClient::createExtIdp(const QString &name, const QString &type, QObject *context, Callback<ExtIdp> done)
{
    call(createExtIdpRequest(name, type), GenAuthCall::CreateExtIdp, context,
         [done = std::move(done)](const ApiError &e, const QJsonValue &data) { done({e, parseExtIdp(data.toObject())}); });
}

void GenAuthClient::createConnection(const ExtIdpConnection &c, QObject *context, Callback<ExtIdpConnection> done)
{
    call(createConnectionRequest(c), GenAuthCall::CreateConnection, context,
         [done = std::move(done)](const ApiError &e, const QJsonValue &data) { done({e, connectionFromJson(data.toObject())}); });
}

void GenAuthClient::updateConnection(const ExtIdpConnection &c, QObject *context, Callback<ExtIdpConnection> done)
{
    call(updateConnectionRequest(c), GenAuthCall::UpdateConnection, context,
         [done = std::move(done)](const ApiError &e, const QJsonValue &data) { done({e, connectionFromJson(data.toObject())}); });
}

void GenAuthClient::changeConnectionState(const QString &connectionId, const QString &appId, bool enabled, QObject *context,
                                          Callback<bool> done)
{
    call(changeConnectionStateRequest(connectionId, appId, enabled), GenAuthCall::ChangeConnectionState, context,
         [done = std::move(done)](const ApiError &e, const QJsonValue &) { done({e, e.ok()}); });
}

void GenAuthClient::application(const QString &appId, QObject *context, Callback<GenAuthApplication> done)
{
    call(getApplicationRequest(appId), GenAuthCall::GetApplication, context,
         [done = std::move(done)](const ApiError &e, const QJsonValue &data) { done({e, parseApplication(data.toObject())}); });
}

void GenAuthClient::updateRedirectUris(const QString &appId, const QStringList &redirectUris, QObject *context, Callback<bool> done)
{
    call(updateRedirectUrisRequest(appId, redirectUris), GenAuthCall::UpdateApplication, context,
         [done = std::move(done)](const ApiError &e, const QJsonValue &) { done({e, e.ok()}); });
}

} // namespace fss
