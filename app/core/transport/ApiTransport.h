// The one way the core talks HTTP: asynchronous, with one time limit and one
// retry policy for every call, https required except on loopback, and every
// transport failure turned into an ApiError. What a platform's JSON means is
// left to its client. The sending itself (Qt Network) is done by the network
// plugin's TransportEngine, loaded on the first request (NetworkPlugin.h).
#pragma once

#include "core/transport/ApiError.h"
#include "core/transport/Certificate.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace fss {

class TransportEngine;

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
    explicit ApiTransport(QObject *parent = nullptr);
    ~ApiTransport() override;

    using Done = std::function<void(const ApiReply &)>;

    // The callback runs once, and not at all if `context` is destroyed first.
    void send(const ApiRequest &request, QObject *context, Done done);

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // Answers larger than this are cut off and reported; no Feishu answer
    // we read comes close.
    static constexpr qint64 maxBodyBytes = 4 * 1024 * 1024;

    // https, or http to a loopback address.
    static bool isAllowedUrl(const QUrl &url);

    // Certificate authorities the operator chose to trust, on top of the
    // system's (a private deployment's own CA). Verification stays on.
    void setTrustedCertificates(const QList<Certificate> &certificates);
    const QList<Certificate> &trustedCertificates() const { return m_trusted; }
    // PEM text to certificates; the reason when it holds none.
    static QList<Certificate> certificatesFromPem(const QByteArray &pem, QString *error = nullptr);

private:
    // Answers `done` with `error` (still asynchronously, like every answer).
    void answerLater(QObject *context, Done done, const ApiReply &reply);

    std::unique_ptr<TransportEngine> m_engine;
    std::chrono::milliseconds m_timeout{15000};
    std::chrono::milliseconds m_retryDelay{400};
    QList<Certificate> m_trusted;
};

} // namespace fss
