#include "core/login/LoopbackReceiver.h"

#include "core/transport/Logging.h"

#include <QHttpServerRequest>
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
    : LoopbackHttpServer(parent)
{
}

bool LoopbackReceiver::start(quint16 port)
{
    m_done = false;
    if (!listenOnLoopback(port))
        return false;
    qCInfo(lcLogin) << "loopback receiver listening on port" << this->port();
    return true;
}

QString LoopbackReceiver::redirectUri() const { return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(m_path); }

void LoopbackReceiver::stop() { close(); }

void LoopbackReceiver::serve(const QHttpServerRequest &request, const HttpConnection &connection)
{
    const QByteArray html = "text/html; charset=utf-8";
    if (m_done || request.url().path() != m_path) {
        connection.answer(404, html, page(tr("Not found"), tr("This address only receives the Feishu SSO Setup login test.")));
        return;
    }
    const QUrlQuery query(request.url());
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
        qCWarning(lcLogin) << "loopback callback with a wrong state refused";
        connection.answer(400, html, page(tr("Refused"), tr("This login does not belong to the test the wizard started. Nothing was used.")));
        return;
    }
    m_done = true;
    connection.answer(200, html, page(tr("Login received"), tr("You can close this window and return to Feishu SSO Setup.")));
    // One callback only: stop listening once the answer is on its way.
    QTimer::singleShot(0, this, &LoopbackReceiver::stop);
    emit callbackReceived(request.url());
}

} // namespace fss
