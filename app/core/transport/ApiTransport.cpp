#include "core/transport/ApiTransport.h"

#include "core/FieldRules.h"
#include "core/transport/NetworkPlugin.h"

#include <QPointer>
#include <QTimer>

namespace fss {

ApiTransport::ApiTransport(QObject *parent)
    : QObject(parent)
{
}

ApiTransport::~ApiTransport() = default;

bool ApiTransport::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && FieldRules::isLoopbackHost(url.host());
}

void ApiTransport::send(const ApiRequest &request, QObject *context, Done done)
{
    if (!isAllowedUrl(request.url)) {
        ApiReply reply;
        reply.error.kind = ApiError::Kind::Insecure;
        reply.error.step = Step::Welcome;
        reply.error.code = QStringLiteral("insecure-url");
        reply.error.message =
            tr("The %1 address “%2” is not an https address. Plain http is allowed only for this computer "
               "(localhost, 127.0.0.1). Correct the address.")
                .arg(request.service, request.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        answerLater(context, std::move(done), reply);
        return;
    }
    if (!m_engine) {
        QString why;
        NetworkPlugin *plugin = NetworkPlugin::get(&why);
        if (!plugin) {
            ApiReply reply;
            reply.error.kind = ApiError::Kind::Network;
            reply.error.step = Step::Welcome;
            reply.error.code = QStringLiteral("no-network-plugin");
            reply.error.message = why;
            answerLater(context, std::move(done), reply);
            return;
        }
        m_engine = plugin->newTransportEngine(this);
    }
    m_engine->send(request, context, std::move(done));
}

void ApiTransport::answerLater(QObject *context, Done done, const ApiReply &reply)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, done = std::move(done), reply] {
        if (guard)
            done(reply);
    });
}

void ApiTransport::setTrustedCertificates(const QList<Certificate> &certificates)
{
    if (certificates == m_trusted)
        return;
    m_trusted = certificates;
    if (m_engine)
        m_engine->trustChanged();
}

QList<Certificate> ApiTransport::certificatesFromPem(const QByteArray &pem, QString *error)
{
    NetworkPlugin *plugin = NetworkPlugin::get(error);
    return plugin ? plugin->certificatesFromPem(pem, error) : QList<Certificate>{};
}

} // namespace fss
