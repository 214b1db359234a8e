#include "sandbox/SandboxServer.h"

#include "core/transport/Logging.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
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

} // namespace

QString sandboxRandom(int length, bool urlSafeMarks)
{
    const QLatin1StringView alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");
    return randomString(urlSafeMarks ? alphabet : alphabet.chopped(2), length);
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
    : LoopbackHttpServer(parent)
{
}

bool SandboxServer::start(quint16 port)
{
    // Loopback only: the sandbox must never be reachable from the network.
    if (!listenOnLoopback(port)) {
        m_error = tr("Cannot listen on 127.0.0.1:%1 (is the port in use?)").arg(port);
        return false;
    }
    qCDebug(lcSandbox) << "listening on" << url().toString();
    return true;
}

QUrl SandboxServer::url() const
{
    QUrl u;
    u.setScheme(usesTls() ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
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

void SandboxServer::serve(const QHttpServerRequest &request, const HttpConnection &connection)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.headers = headersOf(request);
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
        return;
    }
    if (!found || (fault.beforeHandling && fault.kind != SandboxFault::Kind::None)) {
        answer(r,
               pathKnown ? SandboxResponse::json({{QStringLiteral("code"), 405}, {QStringLiteral("msg"), QStringLiteral("method not allowed")}}, 405)
                         : SandboxResponse::json({{QStringLiteral("code"), 404}, {QStringLiteral("msg"), QStringLiteral("404 page not found")}}, 404),
               fault, connection);
        return;
    }
    QPointer<SandboxServer> self(this);
    found->handler(r, [self, connection, r, fault](const SandboxResponse &response) {
        if (self && connection.isOpen())
            self->answer(r, response, fault, connection);
    });
}

void SandboxServer::answer(const SandboxRequest &r, SandboxResponse response, const SandboxFault &fault, const HttpConnection &connection)
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
        response.body = QByteArray::number(fault.status) + ' ' + HttpConnection::reasonPhrase(fault.status);
        break;
    case SandboxFault::Kind::Html:
        response = SandboxResponse::html(QStringLiteral("<!DOCTYPE html><html><head><title>Portal</title></head>"
                                                        "<body><p>Please sign in to the network.</p></body></html>"));
        break;
    }
    qCDebug(lcSandbox) << r.method << r.path << "->" << (fault.kind == SandboxFault::Kind::Close ? 0 : response.status);

    const int delay = m_delayMs + fault.delayMs;
    const bool close = fault.kind == SandboxFault::Kind::Close;
    const bool truncate = fault.kind == SandboxFault::Kind::Truncate;
    const auto send = [connection, response, close, truncate] {
        if (close)
            connection.reset();
        else
            connection.answer(response.status, response.contentType, response.body, response.headers,
                              truncate ? response.body.size() / 2 : -1);
    };
    if (delay > 0)
        QTimer::singleShot(delay, this, send);
    else
        send();
}

} // namespace fss
