#include "core/setup/LiveLogin.h"

#include "core/FieldRules.h"

#include "core/setup/ProfileMapping.h"
#include "core/setup/SetupSession.h"
#include "core/transport/NetworkPlugin.h"
#include "core/transport/Redact.h"

#include <QPointer>

namespace fss {

namespace {

// The findings go into the hand-over report too, a line each.
void reportFindings(LiveLoginOutcome &o)
{
    for (const LoginFinding &f : std::as_const(o.findings)) {
        QString text = f.text;
        for (const QString &v : f.values) {
            if (!v.isEmpty())
                text.replace(v, maskForReport(v));
        }
        o.report += QStringLiteral("%1 %2\n").arg(f.problem ? QStringLiteral("!") : QStringLiteral("-"), text);
    }
}

} // namespace

LiveLogin::LiveLogin(SetupSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

LiveLogin::~LiveLogin() = default;

void LiveLogin::cancel()
{
    if (m_probe)
        m_probe->cancel();
    if (m_oidc)
        m_oidc->cancel();
    if (m_receiver)
        m_receiver->stop();
}

QString LiveLogin::loopbackRedirectUri() const
{
    return m_receiver ? m_receiver->redirectUri() : QString();
}

bool LiveLogin::listen(quint16 port, const QString &path, const QString &state, QString *error)
{
    if (!m_receiver) {
        NetworkPlugin *plugin = NetworkPlugin::get(error);
        if (!plugin)
            return false;
        QPointer<LiveLogin> self(this);
        m_receiver = plugin->newCallbackListener([self](const QUrl &url) {
            if (self)
                self->handleCallback(url);
        });
    }
    m_receiver->stop();
    m_receiver->setExpectedState(state);
    return m_receiver->start(port, path);
}

void LiveLogin::start(Mode mode, Route route, std::chrono::seconds timeout)
{
    cancel();
    m_mode = mode;
    m_route = route;
    const SetupProfile &p = m_session->profile();

    if (mode == Mode::GenAuth) {
        // One login for every attempt: it keeps the endpoints it discovered.
        if (!m_oidc) {
            m_oidc = m_session->newOidcLogin(this);
            connect(m_oidc, &OidcLogin::finished, this, &LiveLogin::genAuthFinished);
            connect(m_oidc, &OidcLogin::ready, this, &LiveLogin::authorizeReady);
        }
        m_oidc->setSettings(m_session->oidcSettings());
        m_oidc->setTimeout(timeout);
        if (route == Route::SystemBrowser) {
            // The system browser comes back to this computer: the callback
            // must be a loopback address with a port to listen on.
            const QUrl callback(p.effectiveOidcCallback());
            if (callback.scheme() != QLatin1String("http") || !FieldRules::isLoopbackAddress(callback.host()) || callback.port() <= 0) {
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
        connect(m_probe, &LoginProbe::finished, this, &LiveLogin::feishuFinished);
    }
    m_probe->setTimeout(timeout);
    if (route == Route::Embedded) {
        m_probe->setRedirectUri(ProfileMapping::redirectUrl(p).toString(QUrl::FullyEncoded));
        emit openUrl(m_probe->start());
        return;
    }
    QString why;
    if (!listen(0, QStringLiteral("/callback"), {}, &why)) {
        emit failedToStart(why.isEmpty() ? tr("Cannot listen on 127.0.0.1 for the login callback.") : why);
        return;
    }
    m_probe->setRedirectUri(m_receiver->redirectUri());
    const QUrl authorize = m_probe->start(); // before state(): a new attempt has a new state
    m_receiver->setExpectedState(m_probe->state());
    emit openUrl(authorize);
}

void LiveLogin::authorizeReady(const QUrl &url)
{
    if (m_route == Route::SystemBrowser) {
        const QUrl callback(m_oidc->settings().redirectUri);
        QString why;
        if (!listen(quint16(callback.port()), callback.path(), m_oidc->state(), &why)) {
            m_oidc->cancel();
            emit failedToStart(why.isEmpty() ? tr("Cannot listen on 127.0.0.1:%1 for the login callback; is another program using "
                                                  "that port?")
                                                   .arg(callback.port())
                                             : why);
            return;
        }
    }
    emit openUrl(url);
}

AuthorizationAttempt *LiveLogin::current() const
{
    if (m_mode == Mode::GenAuth)
        return m_oidc;
    return m_probe;
}

bool LiveLogin::isCallback(const QUrl &url) const
{
    return current() && current()->isCallback(url);
}

void LiveLogin::handleCallback(const QUrl &url)
{
    if (current())
        current()->handleCallback(url);
}

void LiveLogin::handlePageText(const QString &text)
{
    if (current())
        current()->handlePageText(text);
}

// The attempt is over: the listener closes, the session keeps the result.
template <class Result>
LiveLoginOutcome LiveLogin::ended(const Result &result)
{
    if (m_receiver)
        m_receiver->stop();
    m_session->recordLogin(result);
    LiveLoginOutcome o;
    o.error = result.error;
    o.report = result.redactedReport();
    return o;
}

void LiveLogin::feishuFinished(const LoginResult &result)
{
    LiveLoginOutcome o = ended(result);
    o.columns = {tr("Field"), tr("Received"), tr("Permission it needs"), tr("Note")};
    for (const LoginField &f : result.fields) {
        LiveLoginRow row{f.key, {f.label, f.received() ? f.value : tr("—"), f.scope.isEmpty() ? tr("none") : f.scope, {}}};
        if (f.suspicious()) {
            row.cells[3] = tr("not received although the permission looks granted: release a version with it (Step 5, 6)");
            row.problem = true;
            ++o.suspicious;
        } else if (!f.received() && !f.scope.isEmpty()) {
            row.cells[3] = tr("missing: permission not granted");
            row.problem = true;
        }
        if (f.key == QLatin1String("tenant_key") && f.received() && !result.appTenant.tenantKey.isEmpty()
            && f.value != result.appTenant.tenantKey) {
            row.cells[3] = tr("another organisation than the app's (%1)").arg(result.appTenant.tenantKey);
            row.problem = true;
        }
        o.rows.append(row);
    }
    if (result.ok()) {
        o.findings = findingsOf(result);
        const QString openId = result.value(QStringLiteral("open_id"));
        if (!openId.isEmpty() && !m_passedOpenIds.contains(openId))
            m_passedOpenIds.append(openId);
        o.askAnotherPerson = m_passedOpenIds.size() < 2;
        if (o.askAnotherPerson) {
            o.findings.append({QStringLiteral("another-person"),
                               tr("Now sign in as someone else (Sign in as someone else): the app's availability range may hold "
                                  "only its creator, so your own login can pass while your colleagues are told “The app is not "
                                  "available”."),
                               false});
        } else {
            o.findings.append({QStringLiteral("another-person"),
                               tr("%n different people have passed this test, so the availability range lets in more than the "
                                  "app's creator.",
                                  nullptr, int(m_passedOpenIds.size())),
                               false});
        }
    }
    reportFindings(o);
    emit finished(o);
}

QList<LoginFinding> LiveLogin::findingsOf(const LoginResult &result)
{
    QList<LoginFinding> findings;
    // Email: granted but empty (peers §2 #7, #8).
    const LoginField email = result.field(QStringLiteral("email"));
    if (!email.received() && email.scopeGranted) {
        const QString enterprise = result.value(QStringLiteral("enterprise_email"));
        findings.append({QStringLiteral("email"),
                         (enterprise.isEmpty()
                              ? tr("Feishu sent no email although the permission is granted: this person has none in Feishu, "
                                   "or only an enterprise mailbox (which needs Feishu Mail and contact:user.employee:readonly).")
                              : tr("Feishu sent no email although the permission is granted: this person has only an enterprise "
                                   "mailbox (%1), which Feishu sends as enterprise_email.")
                                    .arg(enterprise))
                             + QLatin1Char(' ')
                             + tr("Feishu's emails are typed in by administrators and never verified: if GenAuth links accounts "
                                  "by email, a wrong or reused address joins someone else's GenAuth account, and a login "
                                  "without one cannot be linked at all. Link by Feishu's ID instead."),
                         true, {enterprise}});
    }

    // Which ID is the user (peers §2 #10; docs/platforms.md G §5: GenAuth's user
    // identities carry provider "lark", type open_id and userIdInIdp ou_…).
    const QString openId = result.value(QStringLiteral("open_id"));
    const QString unionId = result.value(QStringLiteral("union_id"));
    if (!openId.isEmpty()) {
        findings.append({QStringLiteral("subject"),
                         tr("GenAuth records this person by Feishu's open_id %1 (its user identity: provider lark, type "
                            "open_id). An open_id belongs to one app: if the connection's App ID is ever replaced, every user "
                            "arrives in GenAuth as a new user. The union_id %2 stays the same across your apps.")
                             .arg(openId, unionId.isEmpty() ? tr("(not received)") : unionId),
                         false, {openId, unionId}});
    }

    // Tenant (peers §2 #24).
    const QString tenant = result.value(QStringLiteral("tenant_key"));
    if (!result.appTenant.tenantKey.isEmpty() && !tenant.isEmpty()) {
        const QString app = result.appTenant.name.isEmpty() ? result.appTenant.tenantKey
                                                            : QStringLiteral("%1, %2").arg(result.appTenant.name, result.appTenant.tenantKey);
        if (tenant == result.appTenant.tenantKey)
            findings.append({QStringLiteral("tenant"), tr("Signed in from the app's own organisation (%1).").arg(app), false});
        else
            findings.append({QStringLiteral("tenant"),
                             tr("This person signed in from another organisation (tenant %1) than the app's (%2). A self-built "
                                "app is for its own organisation: sign in with an account of %2.")
                                 .arg(tenant, app),
                             true});
    } else if (!tenant.isEmpty()) {
        findings.append({QStringLiteral("tenant"),
                         tr("Signed in from tenant %1. The app's own organisation could not be read to compare (%2); it needs "
                            "the optional permission tenant:tenant:readonly.")
                             .arg(tenant, result.appTenantError),
                         false});
    }
    return findings;
}

void LiveLogin::genAuthFinished(const OidcLoginResult &result)
{
    LiveLoginOutcome o = ended(result);
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
    // The same person twice must be the same GenAuth user (peers §2 #20).
    const QString sub = result.claims.value(QLatin1String("sub")).toString();
    if (result.ok() && !sub.isEmpty()) {
        if (m_lastSub.isEmpty()) {
            o.findings.append({QStringLiteral("same-user"),
                               tr("GenAuth's user for this login is %1. Run the test again as the same person (keep the "
                                  "browser signed in): the second run says whether GenAuth returns the same user.")
                                   .arg(sub),
                               false, {sub}});
        } else if (sub == m_lastSub) {
            o.findings.append({QStringLiteral("same-user"),
                               tr("GenAuth returned the same user as the last run (%1): this person maps to one GenAuth user.").arg(sub),
                               false, {sub}});
        } else {
            o.findings.append({QStringLiteral("same-user"),
                               tr("GenAuth returned another user (%1) than the last run (%2). If the same person signed in both "
                                  "times, GenAuth made a second user for them: check how the connection links accounts (Step 2, "
                                  "GenAuth console → the identity source → account binding).")
                                   .arg(sub, m_lastSub),
                               true, {sub, m_lastSub}});
        }
        m_lastSub = sub;
    }
    reportFindings(o);
    emit finished(o);
}

} // namespace fss
