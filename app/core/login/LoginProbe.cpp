#include "core/login/LoginProbe.h"

#include "core/login/AuthorizationResponse.h"
#include "core/feishu/RequiredPermissions.h"
#include "core/login/Pkce.h"
#include "core/transport/Logging.h"
#include "core/transport/Redact.h"

namespace fss {

LoginProbe::LoginProbe(FeishuClient *client, QObject *parent)
    : AuthorizationAttempt(std::chrono::seconds(120), parent)
    , m_client(client)
{
}

ApiError LoginProbe::timedOut() const
{
    return failure(QStringLiteral("no-callback"), Step::Publish,
                   tr("No login came back within %1 seconds. If the Feishu page said the app is not available, "
                      "enable the web page capability (Step 3), then publish the version with the signing-in user in "
                      "its availability and have it approved (Step 6).")
                       .arg(timeout().count()));
}

QUrl LoginProbe::start()
{
    begin();
    startTimer();
    qCInfo(lcLogin) << "login test started, waiting for" << redirectUri().toDisplayString(QUrl::RemoveQuery);
    return m_client->authorizeUrl({m_redirectUri, state(), Pkce::challengeS256(verifier()), {}});
}

void LoginProbe::fail(ApiError error)
{
    LoginResult r;
    r.error = std::move(error);
    finish(r);
}

void LoginProbe::finish(LoginResult result)
{
    end();
    qCInfo(lcLogin) << "login test finished:" << (result.ok() ? QStringLiteral("ok") : result.error.code);
    emit finished(result);
}

ApiError LoginProbe::callbackError(const AuthorizationResponse &response) const
{
    const QString &error = response.error;
    return failure(error, Step::TestLogin,
                   error == QLatin1String("access_denied")
                       ? tr("The login was cancelled or declined on the Feishu page (access_denied). Start the test "
                            "again and sign in.")
                       : tr("Feishu returned the error “%1”.").arg(error));
}

void LoginProbe::exchange(const QString &code)
{
    QObject *attempt = attemptContext();
    m_client->exchangeCode(code, m_redirectUri, verifier(), attempt, [this, attempt](const ApiResult<UserToken> &token) {
        if (!token.ok())
            return fail(token.error);
        // The user's fields, and the app's scope list to tell "not granted"
        // from "granted but not delivered".
        // And the app's organisation, to compare with the user's.
        auto user = std::make_shared<std::optional<ApiResult<QJsonObject>>>();
        auto grants = std::make_shared<std::optional<ApiResult<QList<ScopeGrant>>>>();
        auto tenant = std::make_shared<std::optional<ApiResult<TenantInfo>>>();
        const QString scope = token.value.scope;
        const auto both = [this, user, grants, tenant, scope] {
            if (!user->has_value() || !grants->has_value() || !tenant->has_value())
                return;
            if (!(*user)->ok())
                return fail((*user)->error);
            LoginResult r;
            r.grantedScope = scope;
            r.fields = describeFields((*user)->value, (*grants)->ok() ? (*grants)->value : QList<ScopeGrant>{});
            if ((*tenant)->ok() && !(*tenant)->value.tenantKey.isEmpty())
                r.appTenant = (*tenant)->value;
            else
                r.appTenantError = (*tenant)->ok() ? tr("Feishu's answer had no tenant_key") : (*tenant)->error.message;
            finish(r);
        };
        m_client->tenantInfo(attempt, [tenant, both](const ApiResult<TenantInfo> &r) {
            *tenant = r;
            both();
        });
        m_client->userInfo(token.value.accessToken, attempt, [user, both](const ApiResult<QJsonObject> &r) {
            *user = r;
            both();
        });
        m_client->scopes(attempt, [grants, both](const ApiResult<QList<ScopeGrant>> &r) {
            *grants = r;
            both();
        });
    });
}

void LoginProbe::handlePageText(const QString &text)
{
    if (!isRunning() || isExchanging())
        return;
    const auto refusal = feishuRefusal(text);
    if (!refusal)
        return;
    ApiError e = FeishuErrors::fromCode(refusal->code, refusal->text, m_client->errorContext(FeishuCall::AuthorizePage));
    if (e.code == QLatin1String("20029"))
        e.message += QLatin1Char(' ') + tr("This test used %1.").arg(m_redirectUri);
    fail(e);
}

QList<LoginField> LoginProbe::describeFields(const QJsonObject &user, const QList<ScopeGrant> &grants)
{
    const auto granted = [&](const QString &scope) {
        return std::any_of(grants.cbegin(), grants.cend(), [&](const ScopeGrant &g) { return g.granted && scopeNameMatches(g.name, scope); });
    };
    struct Spec
    {
        const char *key;
        const char *label;
        const char *scope;
    };
    static const Spec specs[] = {
        {"name", QT_TR_NOOP("Name"), ""},
        {"open_id", QT_TR_NOOP("Open ID"), ""},
        {"union_id", QT_TR_NOOP("Union ID"), ""},
        {"user_id", QT_TR_NOOP("User ID"), "contact:user.employee_id:readonly"},
        {"email", QT_TR_NOOP("Email"), "contact:user.email:readonly"},
        {"enterprise_email", QT_TR_NOOP("Enterprise email"), "contact:user.employee:readonly"},
        {"mobile", QT_TR_NOOP("Mobile"), "contact:user.phone:readonly"},
        {"tenant_key", QT_TR_NOOP("Tenant"), ""},
    };
    QList<LoginField> fields;
    for (const Spec &s : specs) {
        LoginField f;
        f.key = QLatin1String(s.key);
        f.label = tr(s.label);
        f.scope = QLatin1String(s.scope);
        f.value = user.value(f.key).toString();
        f.scopeGranted = !f.scope.isEmpty() && granted(f.scope);
        fields.append(f);
    }
    return fields;
}

LoginField LoginResult::field(const QString &key) const
{
    for (const LoginField &f : fields) {
        if (f.key == key)
            return f;
    }
    return {};
}

QString LoginResult::redactedReport() const
{
    QString report = LoginProbe::tr("Feishu login test: %1").arg(ok() ? LoginProbe::tr("passed") : LoginProbe::tr("failed"));
    report += QLatin1Char('\n');
    if (!ok()) {
        report += LoginProbe::tr("%1 [%2] — fix it in %3").arg(error.message, error.code, stepLabel(error.step));
        return report + QLatin1Char('\n');
    }
    for (const LoginField &f : fields) {
        QString state = f.received() ? maskForReport(f.value)
            : f.suspicious()         ? LoginProbe::tr("not received, although %1 looks granted").arg(f.scope)
            : f.scope.isEmpty()      ? LoginProbe::tr("not received")
                                     : LoginProbe::tr("not received (%1 not granted)").arg(f.scope);
        report += QStringLiteral("- %1: %2\n").arg(f.label, state);
    }
    if (!grantedScope.isEmpty())
        report += LoginProbe::tr("Token scope: %1").arg(grantedScope) + QLatin1Char('\n');
    return report;
}

} // namespace fss
