// The HTTP side of the sandbox: a loopback-only server with a small router
// and fault injection (delay, stall, dropped connection, error status, a web
// page instead of JSON). The platform imitations (FeishuSandbox, later
// GenAuth) register their routes on it.
#pragma once

#include "core/transport/QueryBuilder.h"
#include "core/transport/LoopbackHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace fss {

// Random letters and digits (and "-_" when asked), for the imitations'
// codes, tokens and states.
QString sandboxRandom(int length, bool urlSafeMarks = false);

struct SandboxRequest
{
    QByteArray method; // "GET", "POST" …
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QStringList params; // values of the route's ":name" segments, in order

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString bearerToken() const; // empty when there is none
    bool isJson() const;
    QJsonObject json(bool *ok = nullptr) const;
    QUrlQuery form() const;
};

struct SandboxResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static SandboxResponse json(const QJsonObject &object, int status = 200);
    static SandboxResponse html(const QString &page, int status = 200);
    static SandboxResponse redirect(const QUrl &location, int status = 302);
};

struct SandboxFault
{
    enum class Kind {
        None,
        Stall,       // accept the request, never answer
        Close,       // drop (reset) the connection without an answer
        Status,      // answer `status` with a short text body
        Html,        // answer 200 with a web page instead of JSON
        Truncate,    // the real answer's headers, then half its body, then close
        ContentType, // the real answer labelled text/html
        Huge,        // 200 with a 10 MB body
        BadUtf8,     // 200 with JSON whose strings are not UTF-8
    };
    Kind kind = Kind::None;
    int delayMs = 0; // before answering (or before the fault)
    int status = 500;
    int times = -1;  // how many requests it hits; -1: all
    // The server fails before doing what was asked (nothing changes);
    // otherwise the request takes effect and only its answer is faulty.
    bool beforeHandling = false;
};

class SandboxServer : public LoopbackHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;
    // For answers that wait on something else (GenAuth calling Feishu):
    // the handler calls `respond` once, now or later.
    using Respond = std::function<void(const SandboxResponse &)>;
    using AsyncHandler = std::function<void(const SandboxRequest &, Respond respond)>;

    explicit SandboxServer(QObject *parent = nullptr);

    // Listens on 127.0.0.1 only; port 0 picks a free one. Returns false and
    // sets errorString() when the port cannot be had.
    bool start(quint16 port = 0);
    QUrl url() const; // http://127.0.0.1:<port>, https after useTls()
    QString errorString() const { return m_error; }

    // `pattern` is a path whose ":name" segments match any one segment.
    void route(const QByteArray &method, const QString &pattern, Handler handler);
    void routeAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler);

    // A delay added to every answer.
    void setDelay(int ms) { m_delayMs = ms; }
    // A fault for paths starting with `pathPrefix` ("" for all).
    void setFault(const QString &pathPrefix, const SandboxFault &fault);
    void clearFaults() { m_faults.clear(); }

    // Paths served so far, "METHOD /path", for tests.
    const QStringList &requestLog() const { return m_log; }
    void clearRequestLog() { m_log.clear(); }

protected:
    void serve(const QHttpServerRequest &request, const HttpConnection &connection) override;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        AsyncHandler handler;
    };
    SandboxFault takeFault(const QString &path);
    // Applies the path's fault and the delay to an answer, then sends it.
    void answer(const SandboxRequest &request, SandboxResponse response, const SandboxFault &fault, const HttpConnection &connection);

    QList<Route> m_routes;
    QList<std::pair<QString, SandboxFault>> m_faults;
    QStringList m_log;
    QString m_error;
    int m_delayMs = 0;
};

} // namespace fss
