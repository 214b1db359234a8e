// The login test of the wizard's last step, without its widgets: it runs the
// Feishu-only probe or the end-to-end OIDC login against the session now,
// catches the callback in the embedded browser or, without one, on a
// loopback listener (RFC 8252), records the result in the session for the
// report, and hands back display-ready rows. The page shows what it says.
#pragma once

#include "core/login/LoginProbe.h"
#include "core/login/OidcLogin.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>

namespace fss {

class CallbackListener;
class SetupSession;

// One row of the result table: the cells under LiveLoginOutcome::columns.
struct LiveLoginRow
{
    QString key;        // "email", or the claim's name
    QStringList cells;  // translated, display-ready
    bool problem = false; // the last cell says what is wrong
};

// What a result means beyond its fields: one sentence each, for the page
// and the report (docs/platforms.md P §2 #7, #8, #10, #12, #20, #24).
struct LoginFinding
{
    QString key;   // "email", "subject", "tenant", "another-person", "same-user"
    QString text;  // translated
    bool problem = false;
    QStringList values = {}; // personal values in text, masked in the report
};

struct LiveLoginOutcome
{
    ApiError error;        // None when the login worked
    QString report;        // plain text for hand-over, values partly masked
    QStringList columns;   // translated headers
    QList<LiveLoginRow> rows;
    int suspicious = 0;    // Feishu: fields missing although their permission looks granted
    QString issuer;        // GenAuth: the ID token's checked issuer
    QList<LoginFinding> findings;
    // Feishu: the login passed and nobody else has passed yet: ask for a
    // second person (the availability range may hold only the creator).
    bool askAnotherPerson = false;
    bool ok() const { return error.ok(); }
};

class LiveLogin : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Feishu, GenAuth };
    // Embedded: the caller's browser catches the callback (isCallback()).
    // SystemBrowser: a loopback listener does; the caller opens the URL in
    // the system's browser.
    enum class Route { Embedded, SystemBrowser };

    explicit LiveLogin(SetupSession *session, QObject *parent = nullptr);
    ~LiveLogin() override;

    // A new attempt; ends in failedToStart(), or openUrl() and later finished().
    void start(Mode mode, Route route, std::chrono::seconds timeout);
    void cancel();
    Mode mode() const { return m_mode; }
    // Where the loopback listener waits (the SystemBrowser route).
    QString loopbackRedirectUri() const;

    bool isCallback(const QUrl &url) const;
    void handleCallback(const QUrl &url);
    void handlePageText(const QString &text);

signals:
    // A translated reason, before anything was opened.
    void failedToStart(const QString &message);
    // The login page to open, now.
    void openUrl(const QUrl &url);
    void finished(const LiveLoginOutcome &outcome);

private:
    AuthorizationAttempt *current() const; // of the mode under way
    void authorizeReady(const QUrl &url);
    // False when it cannot; `error` then says why if it is not the port
    // (the network plugin missing).
    bool listen(quint16 port, const QString &path, const QString &state, QString *error);
    template <class Result>
    LiveLoginOutcome ended(const Result &result);
    void feishuFinished(const LoginResult &result);
    static QList<LoginFinding> findingsOf(const LoginResult &result);
    void genAuthFinished(const OidcLoginResult &result);

    SetupSession *m_session;
    LoginProbe *m_probe = nullptr;
    OidcLogin *m_oidc = nullptr;
    std::unique_ptr<CallbackListener> m_receiver;
    QStringList m_passedOpenIds; // everyone whose Feishu login passed here
    QString m_lastSub;           // GenAuth's user of the last end-to-end login
    Mode m_mode = Mode::Feishu;
    Route m_route = Route::Embedded;
};

} // namespace fss

Q_DECLARE_METATYPE(fss::LiveLoginOutcome)
