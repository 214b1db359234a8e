// One authorization-code login with PKCE, as both login tests make it: a
// fresh state and verifier for each attempt, a time limit, the state check
// on the callback (a login this attempt did not start is never exchanged),
// and one end. LoginProbe (Feishu only) and OidcLogin (through GenAuth) say
// what their platform's errors mean and how the code is exchanged.
#pragma once

#include "core/login/AuthorizationResponse.h"
#include "core/transport/ApiError.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

namespace fss {

class AuthorizationAttempt : public QObject
{
    Q_OBJECT

public:
    void setTimeout(std::chrono::seconds timeout) { m_timeout = timeout; }
    std::chrono::seconds timeout() const { return m_timeout; }

    void cancel();
    bool isRunning() const { return m_running; }
    // The state this attempt sent; the callback must carry it.
    QString state() const { return m_state; }

    // Whether `url` is a navigation to the redirect URI (query ignored).
    virtual bool isCallback(const QUrl &url) const;
    // The browser caught the callback: checks the state and the answer, then
    // exchanges the code.
    void handleCallback(const QUrl &url);
    // The text of a page the browser showed: the platforms' refusal pages
    // end the attempt at once.
    virtual void handlePageText(const QString &text) = 0;

protected:
    AuthorizationAttempt(std::chrono::seconds timeout, QObject *parent);

    // A new attempt: new state and verifier, and a new context for its calls
    // (the old attempt's answers are dropped).
    void begin();
    // The time limit starts (when the login page is handed to the browser).
    void startTimer() { m_timer.start(m_timeout); }
    // The attempt is over, for good or bad.
    void end();
    bool isExchanging() const { return m_exchanging; }
    const QString &verifier() const { return m_verifier; }
    // Context of the current attempt's callbacks.
    QObject *attemptContext() const { return m_attempt; }

    virtual QUrl redirectUri() const = 0;
    // What no callback within the time limit means.
    virtual ApiError timedOut() const = 0;
    // A refusal of an answer with the right state (another issuer, say).
    virtual std::optional<ApiError> refused(const AuthorizationResponse &) const { return std::nullopt; }
    // What the platform's `error` on the callback means.
    virtual ApiError callbackError(const AuthorizationResponse &response) const = 0;
    virtual void exchange(const QString &code) = 0;
    // Ends the attempt with this error as its result.
    virtual void fail(ApiError error) = 0;

    static ApiError failure(const QString &code, Step step, const QString &message, const QString &detail = {});

private:
    std::chrono::seconds m_timeout;
    QTimer m_timer;
    QString m_state;
    QString m_verifier;
    bool m_running = false;
    bool m_exchanging = false;
    QObject *m_attempt = nullptr;
};

} // namespace fss
