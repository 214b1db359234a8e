// An HTTP server on 127.0.0.1 whose subclasses answer on the connection
// itself: QtHttpServer parses each request, and the answer is written to the
// socket, so that the sandbox can also stall, reset or cut off an answer.
//
// The one place that knows both QtHttpServer APIs. QtHttpServer left its
// technology preview in Qt 6.5 and changed QAbstractHttpServer: the handler
// gets a QHttpServerResponder instead of the QTcpSocket, listen() and
// sslSetup() gave way to bind(QTcpServer *) with a QSslServer for TLS, and
// QHttpServerRequest::headers() became a QHttpHeaders. Debian 12 ships 6.4,
// Debian 13 ships 6.8: the forks below are for that change only.
#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>

#include <memory>
#include <utility>

namespace fss {

// The connection one request came in on. A copy is a handle to the same
// connection; answer it once, now or later (a timer, another request).
class HttpConnection
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    HttpConnection() = default;

    // False once the peer went away or the connection was answered.
    bool isOpen() const;
    // A whole HTTP/1.1 answer, then the connection is closed (one request per
    // connection keeps delayed and dropped answers simple). `bodyBytes` sends
    // only that many bytes of the body, under the full Content-Length: a
    // cut-off answer.
    void answer(int status, const QByteArray &contentType, const QByteArray &body, const Headers &headers = {},
                qsizetype bodyBytes = -1) const;
    // Drops the connection without an answer (a reset).
    void reset() const;

    static QByteArray reasonPhrase(int status);

private:
    friend class LoopbackHttpServer;
    struct Exchange;
    explicit HttpConnection(std::shared_ptr<Exchange> exchange)
        : m_exchange(std::move(exchange))
    {
    }
    QTcpSocket *socket() const;

    std::shared_ptr<Exchange> m_exchange;
};

class LoopbackHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    // Serves https with this certificate; call before listenOnLoopback().
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    bool usesTls() const { return !m_certificate.isNull(); }
    // Listens on 127.0.0.1 only (port 0 picks a free one); false when the
    // port cannot be had.
    bool listenOnLoopback(quint16 port = 0);
    quint16 port() const { return m_port; }
    bool isListening() const;
    // Stops listening; connections already open are answered.
    void close();

    // The request's headers, names in lower case.
    static QHash<QByteArray, QByteArray> headersOf(const QHttpServerRequest &request);

protected:
    // Every request, including those no route knows.
    virtual void serve(const QHttpServerRequest &request, const HttpConnection &connection) = 0;

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) final;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) final;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) final;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) final;
#endif

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    quint16 m_port = 0;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // The connections handed to QtHttpServer, to answer on.
    QList<QPointer<QTcpSocket>> m_sockets;
#endif
};

} // namespace fss
