#include "LoginTest.h"

#include "core/login/LoopbackReceiver.h"
#include "core/setup/SetupSession.h"

#include <QHostAddress>

namespace fss {

LoginTest::LoginTest(SetupSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void LoginTest::cancel()
{
    if (m_probe)
        m_probe->cancel();
    if (m_oidc)
        m_oidc->cancel();
    if (m_receiver)
        m_receiver->stop();
}

QString LoginTest::loopbackRedirectUri() const
{
    return m_receiver ? m_receiver->redirectUri() : QString();
}

bool LoginTest::listen(quint16 port, const QString &path, const QString &state)
{
    if (!m_receiver) {
        m_receiver = new LoopbackReceiver(this);
        connect(m_receiver, &LoopbackReceiver::callbackReceived, this, &LoginTest::handleCallback);
    }
    m_receiver->stop();
    m_receiver->setPath(path);
    m_receiver->setExpectedState(state);
    return m_receiver->start(port);
}

void LoginTest::start(Mode mode, Route route, std::chrono::seconds timeout)
{
    cancel();
    m_mode = mode;
    m_route = route;
    const SetupProfile &p = m_session->profile();

    if (mode == Mode::GenAuth) {
        // One login for every attempt: it keeps the endpoints it discovered.
        if (!m_oidc) {
            m_oidc = m_session->newOidcLogin(this);
            connect(m_oidc, &OidcLogin::finished, this, &LoginTest::genAuthFinished);
            connect(m_oidc, &OidcLogin::ready, this, &LoginTest::authorizeReady);
        }
        m_oidc->setSettings(m_session->oidcSettings());
        m_oidc->setTimeout(timeout);
        if (route == Route::SystemBrowser) {
            // The system browser comes back to this computer: the callback
            // must be a loopback address with a port to listen on.
            const QUrl callback(p.effectiveOidcCallback());
            const QHostAddress host(callback.host());
            if (callback.scheme() != QLatin1String("http") || host.isNull() || !host.isLoopback() || callback.port() <= 0) {
                emit failedToStart(tr("Without the embedded browser the login callback must be http://127.0.0.1:PORT/… so that "
                                      "this computer can listen for it."));
                return;
            }
        }
        m_oidc->start();
        return;
    }

    if (!m_probe) {
        m_probe = m_session->newLoginProbe(this);
        connect(m_probe, &LoginProbe::finished, this, &LoginTest::feishuFinished);
    }
    m_probe->setTimeout(timeout);
    if (route == Route::Embedded) {
        m_probe->setRedirectUri(redirectUrl(p).toString(QUrl::FullyEncoded));
        emit openUrl(m_probe->start());
        return;
    }
    if (!listen(0, QStringLiteral("/callback"), {})) {
        emit failedToStart(tr("Cannot listen on 127.0.0.1 for the login callback."));
        return;
    }
    m_probe->setRedirectUri(m_receiver->redirectUri());
    const QUrl authorize = m_probe->start(); // before state(): a new attempt has a new state
    m_receiver->setExpectedState(m_probe->state());
    emit openUrl(authorize);
}

void LoginTest::authorizeReady(const QUrl &url)
{
    if (m_route == Route::SystemBrowser) {
        const QUrl callback(m_oidc->settings().redirectUri);
        if (!listen(quint16(callback.port()), callback.path(), m_oidc->state())) {
            m_oidc->cancel();
            emit failedToStart(tr("Cannot listen on 127.0.0.1:%1 for the login callback; is another program using that "
                                  "port?")
                                   .arg(callback.port()));
            return;
        }
    }
    emit openUrl(url);
}

AuthorizationAttempt *LoginTest::current() const
{
    if (m_mode == Mode::GenAuth)
        return m_oidc;
    return m_probe;
}

bool LoginTest::isCallback(const QUrl &url) const
{
    return current() && current()->isCallback(url);
}

void LoginTest::handleCallback(const QUrl &url)
{
    if (current())
        current()->handleCallback(url);
}

void LoginTest::handlePageText(const QString &text)
{
    if (current())
        current()->handlePageText(text);
}

// The attempt is over: the listener closes, the session keeps the result.
template <class Result>
LoginTestOutcome LoginTest::ended(const Result &result)
{
    if (m_receiver)
        m_receiver->stop();
    m_session->recordLogin(result);
    LoginTestOutcome o;
    o.error = result.error;
    o.report = result.redactedReport();
    return o;
}

void LoginTest::feishuFinished(const LoginResult &result)
{
    LoginTestOutcome o = ended(result);
    o.columns = {tr("Field"), tr("Received"), tr("Permission it needs"), tr("Note")};
    for (const LoginField &f : result.fields) {
        LoginTestRow row{f.key, {f.label, f.received() ? f.value : tr("—"), f.scope.isEmpty() ? tr("none") : f.scope, {}}};
        if (f.suspicious()) {
            row.cells[3] = tr("not received although the permission looks granted: release a version with it (Step 5, 6)");
            row.problem = true;
            ++o.suspicious;
        } else if (!f.received() && !f.scope.isEmpty()) {
            row.cells[3] = tr("missing: permission not granted");
            row.problem = true;
        }
        o.rows.append(row);
    }
    emit finished(o);
}

void LoginTest::genAuthFinished(const OidcLoginResult &result)
{
    LoginTestOutcome o = ended(result);
    o.columns = {tr("Claim"), tr("Value")};
    o.issuer = result.provider.issuer;
    QStringList keys = result.claims.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue v = result.claims.value(key);
        const QString value = v.isString() ? v.toString()
            : v.isDouble()                 ? QString::number(v.toDouble(), 'g', 16)
            : v.isBool()                   ? (v.toBool() ? tr("yes") : tr("no"))
                                           : QString();
        o.rows.append({key, {key, value}, false});
    }
    emit finished(o);
}

} // namespace fss
