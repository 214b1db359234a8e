// The login test's callback without an embedded browser (RFC 8252 loopback
// redirect): listens on 127.0.0.1 only, on a random port, accepts one
// callback with the right state, then closes. A wrong state gets 400 and the
// listener keeps waiting; any other path gets 404.
#pragma once

#include "core/transport/LoopbackHttpServer.h"

#include <QUrl>

namespace fss {

class LoopbackReceiver : public LoopbackHttpServer
{
    Q_OBJECT

public:
    explicit LoopbackReceiver(QObject *parent = nullptr);

    // Starts listening; false when no port could be had.
    bool start(quint16 port = 0);
    // The path of the callback ("/callback" unless set).
    void setPath(const QString &path) { m_path = path; }
    // http://127.0.0.1:<port><path> — the extra redirect URL to register.
    QString redirectUri() const;
    void setExpectedState(const QString &state) { m_state = state; }
    // Stops listening (also done after the one accepted callback).
    void stop();

signals:
    void callbackReceived(const QUrl &url);

protected:
    void serve(const QHttpServerRequest &request, const HttpConnection &connection) override;

private:
    QString m_path = QStringLiteral("/callback");
    QString m_state;
    bool m_done = false;
};

} // namespace fss
