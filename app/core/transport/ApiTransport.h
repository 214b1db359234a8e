// The one way the core talks HTTP: asynchronous, with one time limit and one
// retry policy for every call, https required except on loopback, and every
// transport failure turned into an ApiError. What a platform's JSON means is
// left to its client.
#pragma once

#include "core/transport/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <functional>

class QDateTime;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace fss {

struct TracedExchange;

struct ApiRequest
{
    QByteArray verb = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Only calls that change nothing may be repeated: token requests, reads.
    // Never a code exchange (a code is single-use).
    bool retryable = true;
    QString service;        // "Feishu", for messages
    Step step = Step::Welcome; // the step this call verifies
};

struct ApiReply
{
    int httpStatus = 0;
    QJsonObject json;     // the body, when it is a JSON object
    ApiError error;       // transport, HTTP or body failure; None when json is usable
    int attempts = 0;
    // How long the platform asks the caller to wait before the next try
    // (Feishu's x-ogw-ratelimit-reset, or Retry-After), in seconds; -1 when
    // it does not say.
    double retryAfterSeconds = -1;
};

// What a platform client hands back: a value, or the error that says why not.
template <class T>
struct ApiResult
{
    ApiError error;
    T value{};
    bool ok() const { return error.ok(); }
};

class ApiTransport : public QObject
{
    Q_OBJECT

public:
    explicit ApiTransport(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    using Done = std::function<void(const ApiReply &)>;

    // The callback runs once, and not at all if `context` is destroyed first.
    void send(const ApiRequest &request, QObject *context, Done done);

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // Answers larger than this are cut off and reported; no Feishu answer
    // we read comes close.
    static constexpr qint64 maxBodyBytes = 4 * 1024 * 1024;

    // https, or http to a loopback address.
    static bool isAllowedUrl(const QUrl &url);

    QNetworkAccessManager *network() const { return m_network; }

    // Certificate authorities the operator chose to trust, on top of the
    // system's (a private deployment's own CA). Verification stays on.
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    // PEM text to certificates; the reason when it holds none.
    static QList<QSslCertificate> certificatesFromPem(const QByteArray &pem, QString *error = nullptr);

private:
    void attempt(const ApiRequest &request, QObject *context, Done done, int attemptNo);
    ApiReply interpret(const ApiRequest &request, QNetworkReply *reply, const QByteArray &body, bool tooLarge) const;
    // No HTTP answer at all (DNS, refused, closed, TLS, timeout), into `e`.
    void describeConnectionError(const ApiRequest &request, QNetworkReply *reply, ApiError &e) const;
    // An HTTP answer that is not a JSON object, into `e`.
    static void describeUnreadableAnswer(const ApiRequest &request, QNetworkReply *reply, const QByteArray &body, ApiError &e);
    // One exchange as --trace records it (HarTrace redacts it).
    static TracedExchange traced(const QNetworkRequest &sent, const ApiRequest &request, QNetworkReply *reply, const QByteArray &body,
                                 const QDateTime &started, const ApiReply &result);

    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{15000};
    std::chrono::milliseconds m_retryDelay{400};
    QList<QSslCertificate> m_trusted;
};

} // namespace fss
