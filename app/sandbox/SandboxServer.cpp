#include "SandboxServer.h"

#include "core/Logging.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

namespace fss {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 302: return "Found";
    case 303: return "See Other";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

QString sandboxRandom(int length, bool urlSafeMarks)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    const int size = int(sizeof(alphabet) - 1) - (urlSafeMarks ? 0 : 2);
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(size)]));
    return s;
}

QUrl withQueryItems(const QString &base, const QList<std::pair<QString, QString>> &params)
{
    QUrl url(base);
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[key, value] : params) {
        if (!query.isEmpty())
            query += '&';
        query += key.toLatin1() + '=' + QUrl::toPercentEncoding(value);
    }
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

QString SandboxRequest::bearerToken() const
{
    const QByteArray auth = header("authorization");
    if (!auth.startsWith("Bearer "))
        return {};
    return QString::fromUtf8(auth.mid(7)).trimmed();
}

bool SandboxRequest::isJson() const { return header("content-type").contains("json"); }

QJsonObject SandboxRequest::json(bool *ok) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

QUrlQuery SandboxRequest::form() const
{
    // Forms encode spaces as '+'.
    QByteArray b = body;
    b.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(b));
}

SandboxResponse SandboxResponse::json(const QJsonObject &object, int status)
{
    SandboxResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

SandboxResponse SandboxResponse::html(const QString &page, int status)
{
    SandboxResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = page.toUtf8();
    return r;
}

SandboxResponse SandboxResponse::redirect(const QUrl &location, int status)
{
    SandboxResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.headers.append({"Location", location.toEncoded()});
    return r;
}

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

bool SandboxServer::start(quint16 port)
{
    // Loopback only: the sandbox must never be reachable from the network.
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        m_error = tr("Cannot listen on 127.0.0.1:%1 (is the port in use?)").arg(port);
        return false;
    }
    qCDebug(lcSandbox) << "listening on" << url().toString();
    return true;
}

void SandboxServer::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    sslSetup(certificate, key);
    m_tls = true;
}

QUrl SandboxServer::url() const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u;
}

void SandboxServer::route(const QByteArray &method, const QString &pattern, Handler handler)
{
    routeAsync(method, pattern, [handler = std::move(handler)](const SandboxRequest &r, Respond respond) { respond(handler(r)); });
}

void SandboxServer::routeAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

void SandboxServer::setFault(const QString &pathPrefix, const SandboxFault &fault)
{
    m_faults.removeIf([&](const auto &f) { return f.first == pathPrefix; });
    if (fault.kind != SandboxFault::Kind::None || fault.delayMs > 0)
        m_faults.append({pathPrefix, fault});
}

SandboxFault SandboxServer::takeFault(const QString &path)
{
    for (auto &[prefix, fault] : m_faults) {
        if (!path.startsWith(prefix) || fault.times == 0)
            continue;
        if (fault.times > 0)
            --fault.times;
        return fault;
    }
    return {};
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    for (const auto &[name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();
    m_log.append(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path);

    const QStringList segments = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Route *found = nullptr;
    bool pathKnown = false; // some route has this path, perhaps for another method
    for (const Route &route : std::as_const(m_routes)) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList params;
        bool match = true;
        for (qsizetype i = 0; i < segments.size() && match; ++i) {
            if (route.segments.at(i).startsWith(QLatin1Char(':')))
                params.append(QUrl::fromPercentEncoding(segments.at(i).toUtf8()));
            else
                match = route.segments.at(i) == segments.at(i);
        }
        if (!match)
            continue;
        pathKnown = true;
        if (route.method == r.method) {
            found = &route;
            r.params = params;
            break;
        }
    }
    const SandboxFault fault = takeFault(r.path);
    if (fault.kind == SandboxFault::Kind::Stall) {
        qCDebug(lcSandbox) << r.method << r.path << "stalled";
        return true;
    }
    if (!found) {
        answer(r,
               pathKnown ? SandboxResponse::json({{QStringLiteral("code"), 405}, {QStringLiteral("msg"), QStringLiteral("method not allowed")}}, 405)
                         : SandboxResponse::json({{QStringLiteral("code"), 404}, {QStringLiteral("msg"), QStringLiteral("404 page not found")}}, 404),
               fault, socket);
        return true;
    }
    QPointer<QTcpSocket> target(socket);
    QPointer<SandboxServer> self(this);
    found->handler(r, [self, target, r, fault](const SandboxResponse &response) {
        if (self && target)
            self->answer(r, response, fault, target);
    });
    return true;
}

void SandboxServer::answer(const SandboxRequest &r, SandboxResponse response, const SandboxFault &fault, QTcpSocket *socket)
{
    switch (fault.kind) {
    case SandboxFault::Kind::None:
    case SandboxFault::Kind::Stall:
    case SandboxFault::Kind::Close:
    case SandboxFault::Kind::Truncate:
        break;
    case SandboxFault::Kind::ContentType:
        response.contentType = "text/html; charset=utf-8";
        break;
    case SandboxFault::Kind::Huge:
        response = SandboxResponse::json({});
        response.body = "{\"code\": 0, \"data\": \"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}";
        break;
    case SandboxFault::Kind::BadUtf8:
        response = SandboxResponse::json({});
        response.body = "{\"code\": 0, \"msg\": \"\xff\xfe\xc3\x28\", \"statusCode\": 200}";
        break;
    case SandboxFault::Kind::Status:
        response = SandboxResponse::html(QStringLiteral("<html><body><h1>%1</h1></body></html>").arg(fault.status), fault.status);
        response.contentType = "text/plain; charset=utf-8";
        response.body = QByteArray::number(fault.status) + ' ' + reasonPhrase(fault.status);
        break;
    case SandboxFault::Kind::Html:
        response = SandboxResponse::html(QStringLiteral("<!DOCTYPE html><html><head><title>Portal</title></head>"
                                                        "<body><p>Please sign in to the network.</p></body></html>"));
        break;
    }
    qCDebug(lcSandbox) << r.method << r.path << "->" << (fault.kind == SandboxFault::Kind::Close ? 0 : response.status);

    const int delay = m_delayMs + fault.delayMs;
    QPointer<QTcpSocket> target(socket);
    const bool close = fault.kind == SandboxFault::Kind::Close;
    const bool truncate = fault.kind == SandboxFault::Kind::Truncate;
    const auto send = [target, response, close, truncate] {
        if (!target)
            return;
        if (close)
            target->abort();
        else
            write(target, response, truncate);
    };
    if (delay > 0)
        QTimer::singleShot(delay, this, send);
    else
        send();
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, SandboxResponse::json({{QStringLiteral("code"), 404}}, 404));
}

void SandboxServer::write(QTcpSocket *socket, const SandboxResponse &response, bool truncate)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    // One request per connection keeps delayed and dropped answers simple.
    head += "Connection: close\r\n\r\n";
    socket->write(head + (truncate ? response.body.left(response.body.size() / 2) : response.body));
    socket->disconnectFromHost();
}

} // namespace fss
