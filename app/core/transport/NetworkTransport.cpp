#include "core/transport/NetworkTransport.h"

#include "core/transport/HarTrace.h"
#include "core/transport/Logging.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

namespace fss {

namespace {

// A request body that can be read once. Qt cannot rewind it, so when a
// connection drops before the answer Qt reports ContentReSendError instead
// of quietly sending the request again. Up to Qt 6.8 Qt re-sent a POST on a
// dropped connection by itself, Qt 6.11 does not: with every body
// read once, whether a request goes out again is the program's decision on
// every Qt (attempt() below), and a single-use code goes out once.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    // Qt asks before it sends the body again; the answer is always no (and
    // without QIODevice's warning about seeking a sequential device).
    bool reset() override { return false; }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::atEnd(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return -1; // the end: there is no more, ever
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

NetworkTransport::NetworkTransport(ApiTransport *transport)
    : m_transport(transport)
    , m_network(new QNetworkAccessManager(this))
{
    trustChanged();
}

void NetworkTransport::send(const ApiRequest &request, QObject *context, ApiTransport::Done done)
{
    attempt(request, context, std::move(done), 1);
}

void NetworkTransport::trustChanged()
{
    QList<QSslCertificate> trusted;
    for (const Certificate &c : m_transport->trustedCertificates())
        trusted.append(QSslCertificate(c.der, QSsl::Der));
    if (trusted == m_trusted)
        return;
    m_trusted = trusted;
    // Qt keeps connections (and their TLS settings) per host: without this
    // a host refused a moment ago stays refused, or one trusted stays trusted.
    m_network->clearConnectionCache();
}

void NetworkTransport::attempt(const ApiRequest &request, QObject *context, ApiTransport::Done done, int attemptNo)
{
    QNetworkRequest req(request.url);
    req.setTransferTimeout(int(m_transport->timeout().count()));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", "application/json");
    if (!request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    if (!m_trusted.isEmpty() && request.url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_trusted);
        req.setSslConfiguration(tls);
    }

    // What goes out again after a dropped connection is decided here, never
    // below: each body is read once (OneShotBody), and a retryable request
    // is sent once more by attempt(), after a pause. Qt may still re-send a
    // GET on a dropped connection by itself, as HTTP allows for a read.
    QNetworkReply *reply = nullptr;
    if (request.verb == "GET") {
        reply = m_network->get(req);
    } else {
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        req.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        auto body = new OneShotBody(request.body, nullptr);
        reply = m_network->sendCustomRequest(req, request.verb, body);
        body->setParent(reply);
    }
    qCDebug(lcNetwork) << request.verb << request.url.toDisplayString(QUrl::RemoveQuery) << "attempt" << attemptNo;

    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge](qint64 received, qint64) {
        if (received > ApiTransport::maxBodyBytes && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    });

    QPointer<QObject> guard(context);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    connect(reply, &QNetworkReply::finished, this, [=, this, done = std::move(done)]() mutable {
        reply->deleteLater();
        // A reply aborted by the time limit is closed: nothing to read.
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        ApiReply result = interpret(request, reply, body, *tooLarge);
        if (HarTrace *trace = HarTrace::active())
            trace->record(traced(req, request, reply, body, started, result));
        if (!guard)
            return;
        result.attempts = attemptNo;
        if (!result.error.ok())
            qCDebug(lcNetwork) << request.verb << request.url.toDisplayString(QUrl::RemoveQuery) << "failed:"
                               << result.error.code << result.error.detail;
        if (!result.error.ok() && result.error.transient() && request.retryable && attemptNo == 1) {
            QTimer::singleShot(m_transport->retryDelay(), this, [=, this, done = std::move(done)]() mutable {
                if (guard)
                    attempt(request, guard, std::move(done), attemptNo + 1);
            });
            return;
        }
        done(result);
    });
}

TracedExchange NetworkTransport::traced(const QNetworkRequest &sent, const ApiRequest &request, QNetworkReply *reply,
                                     const QByteArray &body, const QDateTime &started, const ApiReply &result)
{
    TracedExchange x;
    x.started = started;
    x.milliseconds = started.msecsTo(QDateTime::currentDateTimeUtc());
    x.method = request.verb;
    x.url = request.url;
    for (const QByteArray &name : sent.rawHeaderList())
        x.requestHeaders.append({name, sent.rawHeader(name)});
    x.requestBody = request.body;
    x.status = result.httpStatus;
    x.responseHeaders = reply->rawHeaderPairs();
    x.responseBody = body;
    if (result.httpStatus == 0)
        x.error = result.error.code;
    return x;
}

QList<Certificate> NetworkTransport::certificatesFromPem(const QByteArray &pem, QString *error)
{
    QList<Certificate> usable;
    for (const QSslCertificate &c : QSslCertificate::fromData(pem, QSsl::Pem)) {
        if (!c.isNull())
            usable.append({c.toDer(), c.subjectDisplayName(), c.digest(QCryptographicHash::Sha256)});
    }
    if (usable.isEmpty() && error)
        *error = ApiTransport::tr("No certificate in PEM format (-----BEGIN CERTIFICATE-----) was found.");
    return usable;
}

ApiReply NetworkTransport::interpret(const ApiRequest &request, QNetworkReply *reply, const QByteArray &body, bool tooLarge) const
{
    ApiReply result;
    ApiError &e = result.error;
    const QString host = request.url.host();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.httpStatus = status.isValid() ? status.toInt() : 0;
    e.httpStatus = result.httpStatus;
    e.detail = reply->errorString();
    for (const char *name : {"x-ogw-ratelimit-reset", "retry-after"}) {
        bool ok = false;
        const double seconds = reply->rawHeader(name).trimmed().toDouble(&ok);
        if (ok && seconds >= 0) {
            result.retryAfterSeconds = seconds;
            break;
        }
    }

    if (tooLarge) {
        e.kind = ApiError::Kind::NotJson;
        e.step = Step::Welcome;
        e.code = QStringLiteral("too-large");
        e.message = ApiTransport::tr("%1 at %2 sent an answer larger than %3 MB, which no API call here returns. Check the address.")
                        .arg(request.service, host)
                        .arg(ApiTransport::maxBodyBytes / (1024 * 1024));
        return result;
    }

    if (result.httpStatus == 0) {
        describeConnectionError(request, reply, e);
        return result;
    }

    // Qt accepts an answer cut off by a closed connection; the length it
    // announced tells.
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && announced.toLongLong() > body.size()) {
        e.kind = ApiError::Kind::Closed;
        e.step = request.step;
        e.code = QStringLiteral("truncated");
        e.detail = QStringLiteral("HTTP %1, %2 of %3 bytes").arg(result.httpStatus).arg(body.size()).arg(announced.toLongLong());
        e.message = request.retryable
            ? ApiTransport::tr("%1's answer was cut off (%2 of %3 bytes arrived). Try again in a moment.").arg(request.service).arg(body.size()).arg(announced.toLongLong())
            : ApiTransport::tr("%1's answer was cut off (%2 of %3 bytes arrived). The request was not sent again, because it may be sent only once "
                 "(a login code works once): start again.")
                  .arg(request.service)
                  .arg(body.size())
                  .arg(announced.toLongLong());
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        result.json = doc.object();
        e = {};
        return result;
    }

    describeUnreadableAnswer(request, reply, body, e);
    return result;
}

void NetworkTransport::describeConnectionError(const ApiRequest &request, QNetworkReply *reply, ApiError &e) const
{
    const QString host = request.url.host();
    const auto cause = [&e](ApiError::Kind kind, Step step, const char *code) {
        e.kind = kind;
        e.step = step;
        e.code = QString::fromLatin1(code);
    };
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        cause(ApiError::Kind::Dns, Step::Welcome, "dns");
        e.message = ApiTransport::tr("Cannot find the %1 server “%2” (DNS lookup failed). Check the network connection and the "
                       "platform or address chosen on the Welcome page.")
                        .arg(request.service, host);
        break;
    case QNetworkReply::ConnectionRefusedError:
        cause(ApiError::Kind::Refused, Step::Welcome, "refused");
        e.message = ApiTransport::tr("%1 at %2 refused the connection. Check the address chosen on the Welcome page and any "
                       "proxy or firewall.")
                        .arg(request.service, request.url.authority());
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // a one-shot request whose connection dropped
        cause(ApiError::Kind::Closed, request.step, "closed");
        e.message = request.retryable
            ? ApiTransport::tr("%1 closed the connection before answering. Try again in a moment.").arg(request.service)
            : ApiTransport::tr("%1 closed the connection before answering. The request was not sent again, because it may be sent only "
                 "once (a login code works once): start again.")
                  .arg(request.service);
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        cause(ApiError::Kind::Tls, Step::Welcome, "tls");
        e.message = ApiTransport::tr("The secure connection to %1 (%2) failed: %3. Nothing was sent. Check the computer's clock, "
                       "a proxy that intercepts TLS, and the address on the Welcome page. If the host uses your "
                       "organisation's own certificate authority, trust its certificate on the Welcome page (or check "
                       "--ca-cert FILE).")
                        .arg(request.service, host, reply->errorString());
        break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // A transfer timeout aborts the reply; nothing else cancels ours.
        cause(ApiError::Kind::Timeout, request.step, "timeout");
        e.message = ApiTransport::tr("%1 did not answer within %2 seconds. Check the network connection, then try again.")
                        .arg(request.service)
                        .arg(m_transport->timeout().count() / 1000.0, 0, 'g', 3);
        break;
    default:
        cause(ApiError::Kind::Network, Step::Welcome, "network");
        e.message = ApiTransport::tr("Could not reach %1 at %2: %3.").arg(request.service, host, reply->errorString());
        break;
    }
}

void NetworkTransport::describeUnreadableAnswer(const ApiRequest &request, QNetworkReply *reply, const QByteArray &body, ApiError &e)
{
    const QString host = request.url.host();
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    e.detail = QStringLiteral("HTTP %1, %2, %3 bytes").arg(e.httpStatus).arg(contentType).arg(body.size());
    if (e.httpStatus >= 500 || e.httpStatus == 429) {
        e.kind = ApiError::Kind::Http;
        e.step = request.step;
        e.code = QStringLiteral("http-%1").arg(e.httpStatus);
        e.message = e.httpStatus == 429
            ? ApiTransport::tr("%1 is limiting requests (HTTP 429). Wait a minute, then try again.").arg(request.service)
            : ApiTransport::tr("%1 had a server error (HTTP %2). This is on the platform's side; try again later.")
                  .arg(request.service)
                  .arg(e.httpStatus);
        return;
    }
    e.kind = ApiError::Kind::NotJson;
    e.step = Step::Welcome;
    e.code = e.httpStatus >= 400 ? QStringLiteral("http-%1").arg(e.httpStatus) : QStringLiteral("not-json");
    const QString what = contentType.contains(QLatin1String("html"), Qt::CaseInsensitive) ? ApiTransport::tr("a web page")
        : body.isEmpty()                                                                  ? ApiTransport::tr("an empty answer")
                                                                                          : ApiTransport::tr("something that is not JSON");
    e.message = ApiTransport::tr("%1 at %2 answered HTTP %3 with %4 where the API answers JSON. The address probably points at a web "
                   "page or a proxy, not at the Open API; check it on the Welcome page.")
                    .arg(request.service, host)
                    .arg(e.httpStatus)
                    .arg(what);
}

} // namespace fss
