#include "LoopbackReceiver.h"

#include "Logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>

namespace fss {

namespace {

QByteArray page(const QString &title, const QString &text)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                          "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
        .toUtf8();
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

bool LoopbackReceiver::start(quint16 port)
{
    m_done = false;
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port)
        qCInfo(lcLogin) << "loopback receiver listening on port" << m_port;
    return m_port != 0;
}

QString LoopbackReceiver::redirectUri() const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(m_path); }

bool LoopbackReceiver::isListening() const
{
    const QList<QTcpServer *> list = servers();
    return std::any_of(list.cbegin(), list.cend(), [](const QTcpServer *s) { return s->isListening(); });
}

void LoopbackReceiver::stop()
{
    for (QTcpServer *s : servers())
        s->close();
}

bool LoopbackReceiver::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    if (m_done || request.url().path() != m_path) {
        responder.write(page(tr("Not found"), tr("This address only receives the Feishu SSO Setup login test.")), "text/html; charset=utf-8",
                        QHttpServerResponder::StatusCode::NotFound);
        return true;
    }
    const QUrlQuery query(request.url());
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
        qCWarning(lcLogin) << "loopback callback with a wrong state refused";
        responder.write(page(tr("Refused"), tr("This login does not belong to the test the wizard started. Nothing was used.")),
                        "text/html; charset=utf-8", QHttpServerResponder::StatusCode::BadRequest);
        return true;
    }
    m_done = true;
    responder.write(page(tr("Login received"), tr("You can close this window and return to Feishu SSO Setup.")),
                    "text/html; charset=utf-8", QHttpServerResponder::StatusCode::Ok);
    // One callback only: stop listening once the answer is on its way.
    QTimer::singleShot(0, this, &LoopbackReceiver::stop);
    emit callbackReceived(request.url());
    return true;
}

void LoopbackReceiver::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace fss
