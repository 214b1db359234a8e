#include "AuthorizationAttempt.h"

#include "core/login/Pkce.h"

namespace fss {

AuthorizationAttempt::AuthorizationAttempt(std::chrono::seconds timeout, QObject *parent)
    : QObject(parent)
    , m_timeout(timeout)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { fail(timedOut()); });
}

void AuthorizationAttempt::begin()
{
    delete m_attempt;
    m_attempt = new QObject(this);
    m_state = Pkce::randomState();
    m_verifier = Pkce::randomVerifier();
    m_running = true;
    m_exchanging = false;
    m_timer.stop();
}

void AuthorizationAttempt::end()
{
    m_timer.stop();
    m_running = false;
}

void AuthorizationAttempt::cancel()
{
    end();
    delete m_attempt;
    m_attempt = nullptr;
}

bool AuthorizationAttempt::isCallback(const QUrl &url) const
{
    return isRedirectTo(url, redirectUri());
}

ApiError AuthorizationAttempt::failure(const QString &code, Step step, const QString &message, const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::Platform;
    e.code = code;
    e.step = step;
    e.message = message;
    e.detail = detail;
    return e;
}

void AuthorizationAttempt::handleCallback(const QUrl &url)
{
    if (!m_running || m_exchanging)
        return;
    const AuthorizationResponse response = AuthorizationResponse::fromUrl(url);
    if (response.state != m_state) {
        // Not this attempt's login: possibly forged (CSRF). Never exchange it.
        return fail(failure(QStringLiteral("state-mismatch"), Step::TestLogin,
                            tr("Refused: the login came back with a state this test did not send, so it may be forged "
                               "(CSRF). Nothing was exchanged. Start the test again.")));
    }
    if (std::optional<ApiError> refusal = refused(response))
        return fail(*refusal);
    if (!response.error.isEmpty())
        return fail(callbackError(response));
    if (response.code.isEmpty())
        return fail(failure(QStringLiteral("no-code"), Step::TestLogin, tr("The login came back without a code.")));
    m_exchanging = true;
    m_timer.stop();
    exchange(response.code);
}

} // namespace fss
