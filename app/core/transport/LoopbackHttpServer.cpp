#include "core/transport/LoopbackHttpServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QSslServer>

#include <functional>
#include <optional>
#endif

namespace fss {

struct HttpConnection::Exchange
{
    QPointer<QTcpSocket> socket;
    bool answered = false;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // While Qt's HTTP/1 handler has a responder out, it reads nothing more
    // from the connection and leaves it open: kept until the connection is
    // closed, so that an answer written to the socket is sent whole.
    std::optional<QHttpServerResponder> responder;
#endif
};

QTcpSocket *HttpConnection::socket() const { return m_exchange ? m_exchange->socket.data() : nullptr; }

bool HttpConnection::isOpen() const
{
    const QTcpSocket *s = socket();
    return s && !m_exchange->answered && s->state() == QAbstractSocket::ConnectedState;
}

QByteArray HttpConnection::reasonPhrase(int status)
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

void HttpConnection::answer(int status, const QByteArray &contentType, const QByteArray &body, const Headers &headers,
                            qsizetype bodyBytes) const
{
    if (!isOpen())
        return;
    m_exchange->answered = true;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n\r\n";
    QTcpSocket *s = socket();
    s->write(head + (bodyBytes < 0 ? body : body.left(bodyBytes)));
    // Closed only once everything is written: Qt 6.8's HTTP/1 handler
    // deletes a connection (and drops what it has not sent) as soon as it
    // leaves the connected state.
    const auto closeWhenWritten = [s] {
        const auto *ssl = qobject_cast<const QSslSocket *>(s);
        if (s->bytesToWrite() == 0 && (!ssl || ssl->encryptedBytesToWrite() == 0))
            s->disconnectFromHost();
    };
    QObject::connect(s, &QIODevice::bytesWritten, s, closeWhenWritten);
    if (auto *ssl = qobject_cast<QSslSocket *>(s))
        QObject::connect(ssl, &QSslSocket::encryptedBytesWritten, s, closeWhenWritten);
    closeWhenWritten();
}

void HttpConnection::reset() const
{
    if (!isOpen())
        return;
    m_exchange->answered = true;
    socket()->abort();
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
namespace {

// Qt 6.5+ hands the handler no socket: the listener remembers each
// connection it gives QtHttpServer, found again by the request's peer.
template <class Server>
class RememberingListener : public Server
{
public:
    explicit RememberingListener(std::function<void(QTcpSocket *)> remember)
        : m_remember(std::move(remember))
    {
    }
    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Server::nextPendingConnection();
        if (socket)
            m_remember(socket);
        return socket;
    }

private:
    std::function<void(QTcpSocket *)> m_remember;
};

} // namespace
#endif

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

LoopbackHttpServer::~LoopbackHttpServer() = default;

void LoopbackHttpServer::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

bool LoopbackHttpServer::listenOnLoopback(quint16 port)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    if (usesTls())
        sslSetup(m_certificate, m_key);
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port != 0;
#else
    const auto remember = [this](QTcpSocket *socket) {
        m_sockets.removeIf([](const QPointer<QTcpSocket> &s) { return s.isNull(); });
        m_sockets.append(socket);
    };
    QTcpServer *listener = nullptr;
    if (usesTls()) {
        auto *ssl = new RememberingListener<QSslServer>(remember);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_certificate);
        configuration.setPrivateKey(m_key);
        // Answers are written as HTTP/1.1: never agree to HTTP/2.
        configuration.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
        ssl->setSslConfiguration(configuration);
        listener = ssl;
    } else {
        listener = new RememberingListener<QTcpServer>(remember);
    }
    if (!listener->listen(QHostAddress::LocalHost, port) || !bind(listener)) {
        delete listener;
        m_port = 0;
        return false;
    }
    m_port = listener->serverPort();
    return true;
#endif
}

bool LoopbackHttpServer::isListening() const
{
    const QList<QTcpServer *> list = servers();
    return std::any_of(list.cbegin(), list.cend(), [](const QTcpServer *s) { return s->isListening(); });
}

void LoopbackHttpServer::close()
{
    for (QTcpServer *s : servers())
        s->close();
}

QHash<QByteArray, QByteArray> LoopbackHttpServer::headersOf(const QHttpServerRequest &request)
{
    QHash<QByteArray, QByteArray> headers;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    for (const auto &[name, value] : request.headers())
        headers.insert(name.toLower(), value);
#else
    const QHttpHeaders &all = request.headers();
    for (qsizetype i = 0; i < all.size(); ++i)
        headers.insert(QByteArray(all.nameAt(i).data(), all.nameAt(i).size()).toLower(), all.valueAt(i).toByteArray());
#endif
    return headers;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool LoopbackHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto exchange = std::make_shared<HttpConnection::Exchange>();
    exchange->socket = socket;
    serve(request, HttpConnection(std::move(exchange)));
    return true;
}

void LoopbackHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}
#else
bool LoopbackHttpServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QTcpSocket *socket = nullptr;
    for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets)) {
        if (s && s->peerPort() == request.remotePort() && s->peerAddress() == request.remoteAddress()) {
            socket = s;
            break;
        }
    }
    if (!socket)
        return true; // the peer is gone already
    auto exchange = std::make_shared<HttpConnection::Exchange>();
    exchange->socket = socket;
    exchange->responder.emplace(std::move(responder));
    const std::weak_ptr<HttpConnection::Exchange> weak = exchange;
    connect(socket, &QAbstractSocket::disconnected, socket, [weak] {
        if (const auto e = weak.lock())
            e->responder.reset();
    });
    serve(request, HttpConnection(std::move(exchange)));
    return true;
}

void LoopbackHttpServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    handleRequest(request, responder);
}
#endif

} // namespace fss
