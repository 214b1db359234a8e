// ApiTransport's sending over Qt Network (in the network plugin): a request
// body read once, the time limit, one retry for what may be repeated, the
// answer read and every failure described, each exchange traced (--trace).
#pragma once

#include "core/transport/NetworkPlugin.h"

#include <QObject>
#include <QSslCertificate>

class QDateTime;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace fss {

struct TracedExchange;

class NetworkTransport : public QObject, public TransportEngine
{
public:
    explicit NetworkTransport(ApiTransport *transport);

    void send(const ApiRequest &request, QObject *context, ApiTransport::Done done) override;
    void trustChanged() override;

    // PEM text to certificates; the reason when it holds none.
    static QList<Certificate> certificatesFromPem(const QByteArray &pem, QString *error);

private:
    void attempt(const ApiRequest &request, QObject *context, ApiTransport::Done done, int attemptNo);
    ApiReply interpret(const ApiRequest &request, QNetworkReply *reply, const QByteArray &body, bool tooLarge) const;
    // No HTTP answer at all (DNS, refused, closed, TLS, timeout), into `e`.
    void describeConnectionError(const ApiRequest &request, QNetworkReply *reply, ApiError &e) const;
    // An HTTP answer that is not a JSON object, into `e`.
    static void describeUnreadableAnswer(const ApiRequest &request, QNetworkReply *reply, const QByteArray &body, ApiError &e);
    // One exchange as --trace records it (HarTrace redacts it).
    static TracedExchange traced(const QNetworkRequest &sent, const ApiRequest &request, QNetworkReply *reply, const QByteArray &body,
                                 const QDateTime &started, const ApiReply &result);

    ApiTransport *m_transport;
    QNetworkAccessManager *m_network;
    QList<QSslCertificate> m_trusted; // m_transport's, as Qt takes them
};

} // namespace fss
