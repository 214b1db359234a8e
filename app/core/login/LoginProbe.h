// The live login test without a browser of its own: it prepares a fresh
// authorize URL (state, PKCE S256), recognises the callback to the registered
// redirect URL, refuses a wrong state, exchanges the code, fetches the user
// and says which user fields GenAuth will receive. The browser (embedded or
// the system's) only hands it URLs and page text.
#pragma once

#include "core/feishu/FeishuClient.h"
#include "core/login/AuthorizationAttempt.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <optional>

namespace fss {

// One user field of Feishu's user_info, and the permission it needs
// (docs/platforms.md F §5).
struct LoginField
{
    QString key;       // "email"
    QString label;     // translated
    QString scope;     // empty: needs none
    QString value;     // empty: not received
    bool scopeGranted = false; // per the app's scope list, when it could be read
    bool received() const { return !value.isEmpty(); }
    // Not received although the permission looks granted.
    bool suspicious() const { return !received() && !scope.isEmpty() && scopeGranted; }
};

struct LoginResult
{
    ApiError error;            // None on success
    QList<LoginField> fields;  // on success
    QString grantedScope;      // the token's scope string
    // The app's own organisation, to compare with the user's tenant_key;
    // empty with appTenantError saying why when it could not be read.
    TenantInfo appTenant;
    QString appTenantError;
    LoginField field(const QString &key) const; // an empty field when not among them
    QString value(const QString &key) const { return field(key).value; } // "" when not received
    bool ok() const { return error.ok(); }

    // A plain-text report for hand-over, values partly masked.
    QString redactedReport() const;
};

class LoginProbe : public AuthorizationAttempt
{
    Q_OBJECT

public:
    explicit LoginProbe(FeishuClient *client, QObject *parent = nullptr);

    // Must be exactly the URL registered in step 4 (or the loopback one).
    void setRedirectUri(const QString &uri) { m_redirectUri = uri; }
    QUrl redirectUri() const override { return QUrl(m_redirectUri); }

    // A new attempt: fresh state and PKCE verifier, and the time limit starts.
    QUrl start();
    // The text of a page the browser showed: Feishu's refusals ("错误码：20029")
    // end the test at once.
    void handlePageText(const QString &text) override;

    static QList<LoginField> describeFields(const QJsonObject &user, const QList<ScopeGrant> &grants);

signals:
    void finished(const LoginResult &result);

private:
    ApiError timedOut() const override;
    ApiError callbackError(const AuthorizationResponse &response) const override;
    void exchange(const QString &code) override;
    void fail(ApiError error) override;
    void finish(LoginResult result);

    FeishuClient *m_client;
    QString m_redirectUri;
};

} // namespace fss

Q_DECLARE_METATYPE(fss::LoginResult)
