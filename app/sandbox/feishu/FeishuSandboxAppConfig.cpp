#include "sandbox/feishu/FeishuSandbox.h"

#include "sandbox/feishu/FeishuSandboxShared.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QVersionNumber>

// The Feishu imitation's configuration API (docs/platforms.md A §3, §7):
// v7 config, ability and publish on the app itself with a tenant token that
// holds application:application:patch, v6 scopes/apply, and an
// administrator's page that approves or rejects the version under review.
// Redirect URLs and no-review permissions take effect at once; the web app
// ability, review-required permissions and the availability range with the
// approved version.

namespace fss {

using namespace feishusandbox;

namespace {

const QString kPatchScope = QStringLiteral("application:application:patch");

// The codes of one v7 call (§7). ability's table lists its codes without
// their meaning; they are read here as config's in the same order
// (210011 ↔ 210031 …) [unverified].
} // namespace

struct FeishuSandbox::V7Codes
{
    int invalid;            // 400
    int onlyItself;         // 403
    int underReview;
    int underReviewStatus;
    int notConsole;
    int notConsoleStatus;
};

namespace {

constexpr FeishuSandbox::V7Codes kConfigCodes{210031, 210036, 210040, 403, 210043, 403};
constexpr FeishuSandbox::V7Codes kAbilityCodes{210011, 210016, 210020, 400, 210021, 403};
constexpr FeishuSandbox::V7Codes kPublishCodes{210304, 210036, 210302, 400, 210001, 400};

SandboxResponse ok()
{
    return SandboxResponse::json({{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")},
                                  {QStringLiteral("data"), QJsonObject{}}});
}

void addOnce(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list.append(value);
}

QString page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>%2</body></html>")
        .arg(title.toHtmlEscaped(), body);
}

} // namespace

std::optional<SandboxResponse> FeishuSandbox::requireV7(const SandboxRequest &r, const V7Codes &codes, SandboxApp **result)
{
    SandboxApp *a = nullptr;
    if (auto refused = requireTenantToken(r, &a))
        return refused;
    if (r.params.value(0) != a->appId)
        return platformError(codes.onlyItself, QStringLiteral("app can only update itself"), 403);
    if (auto refused = requireScope(*a, {kPatchScope}))
        return refused;
    if (!a->consoleCreated)
        return platformError(codes.notConsole, QStringLiteral("app is not created by developer console"), codes.notConsoleStatus);
    if (!a->reviewVersion.isEmpty())
        return platformError(codes.underReview, QStringLiteral("app version is under review"), codes.underReviewStatus);
    *result = a;
    return std::nullopt;
}

SandboxResponse FeishuSandbox::v7Config(const SandboxRequest &r)
{
    SandboxApp *a = nullptr;
    if (auto refused = requireV7(r, kConfigCodes, &a))
        return *refused;
    bool json = false;
    const QJsonObject body = r.json(&json);
    if (!json)
        return platformError(kConfigCodes.invalid, QStringLiteral("param is invalid: body is not JSON"), 400);
    // Everything is checked before anything changes.
    QList<std::pair<QString, QString>> scopes; // name, token type
    for (const QJsonValue &v : body.value(QLatin1String("scope")).toObject().value(QLatin1String("add_scopes")).toArray()) {
        const QString name = v.toObject().value(QLatin1String("scope_name")).toString();
        const QString type = v.toObject().value(QLatin1String("token_type")).toString();
        if (name.isEmpty() || (type != QLatin1String("user") && type != QLatin1String("tenant")))
            return platformError(kConfigCodes.invalid, QStringLiteral("param is invalid: add_scopes needs scope_name and token_type user|tenant"), 400);
        // What Feishu will not add: a scope closed to new applications
        // (unless the app holds it already), or a name it does not know.
        // Its exact answer is not documented [unverified]: param invalid,
        // naming the scope.
        if (m_config.unknownScopes.contains(name))
            return platformError(kConfigCodes.invalid, QStringLiteral("param is invalid: unknown scope %1").arg(name), 400);
        if (m_config.closedScopes.contains(name) && !a->configures(name))
            return platformError(kConfigCodes.invalid, QStringLiteral("param is invalid: scope %1 is offline and can no longer be applied for").arg(name), 400);
        scopes.append({name, type});
    }
    const QJsonValue urls = body.value(QLatin1String("security")).toObject().value(QLatin1String("add")).toObject().value(QLatin1String("redirect_urls"));
    static const QRegularExpression url(QStringLiteral("^https?://[^\\s]+$"));
    for (const QString &u : stringList(urls)) {
        if (!url.match(u).hasMatch())
            return platformError(kConfigCodes.invalid, QStringLiteral("param is invalid: redirect_urls"), 400);
    }
    // security.remove (the SDK's type): taken off at once, like adding.
    const QJsonValue removed = body.value(QLatin1String("security")).toObject().value(QLatin1String("remove")).toObject().value(QLatin1String("redirect_urls"));
    for (const QString &u : stringList(removed)) {
        if (!url.match(u).hasMatch())
            return platformError(kConfigCodes.invalid, QStringLiteral("param is invalid: redirect_urls"), 400);
    }
    for (const QString &u : stringList(urls))
        addOnce(a->redirectUrls, u); // at once
    for (const QString &u : stringList(removed))
        a->redirectUrls.removeAll(u);
    for (const auto &[name, type] : scopes) {
        const bool user = type == QLatin1String("user");
        QStringList &granted = user ? a->grantedUserScopes : a->grantedScopes;
        if (granted.contains(name))
            continue;
        if (m_config.reviewRequiredScopes.contains(name)) {
            addOnce(user ? a->requestedUserScopes : a->requestedScopes, name);
            addOnce(user ? a->draft.userScopes : a->draft.tenantScopes, name);
        } else {
            addOnce(granted, name);
        }
    }
    if (body.contains(QLatin1String("visibility"))) {
        const QJsonObject v = body.value(QLatin1String("visibility")).toObject();
        const QJsonObject list = v.value(QLatin1String("visible_list")).toObject();
        a->draft.visibleToAll = v.value(QLatin1String("is_visible_to_all")).toBool();
        a->draft.visibleUsers = stringList(list.value(QLatin1String("user_ids")));
        a->draft.visibleDepartments = stringList(list.value(QLatin1String("department_ids")));
    }
    return ok();
}

SandboxResponse FeishuSandbox::v7Ability(const SandboxRequest &r)
{
    SandboxApp *a = nullptr;
    if (auto refused = requireV7(r, kAbilityCodes, &a))
        return *refused;
    const QJsonObject web = r.json().value(QLatin1String("web_app")).toObject();
    if (web.isEmpty())
        return platformError(kAbilityCodes.invalid, QStringLiteral("param is invalid"), 400);
    if (web.value(QLatin1String("pc_url")).toString().size() > 512)
        return platformError(kAbilityCodes.invalid, QStringLiteral("param is invalid: pc_url"), 400);
    a->draft.webPage = web.value(QLatin1String("enable")).toBool();
    a->draft.pcUrl = web.value(QLatin1String("pc_url")).toString();
    return ok();
}

SandboxResponse FeishuSandbox::v7Publish(const SandboxRequest &r)
{
    SandboxApp *a = nullptr;
    if (auto refused = requireV7(r, kPublishCodes, &a))
        return *refused;
    const QJsonObject body = r.json();
    const QString remark = body.value(QLatin1String("remark")).toString();
    const QString changelog = body.value(QLatin1String("changelog")).toString();
    if (remark.isEmpty() || changelog.isEmpty() || remark.size() > 500 || changelog.size() > 500)
        return platformError(210304, QStringLiteral("remark and changelog are required (at most 500 characters)"), 400);
    const bool webApp = a->draft.webPage.value_or(a->webPage);
    if (webApp && body.value(QLatin1String("pc_default_ability")).toString().isEmpty())
        return platformError(210304, QStringLiteral("pc_default_ability is required when an ability is enabled"), 400);
    const QStringList versions = a->versions();
    QString version = body.value(QLatin1String("version")).toString();
    static const QRegularExpression form(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    const QVersionNumber highest = versions.isEmpty() ? QVersionNumber() : QVersionNumber::fromString(versions.constLast());
    if (version.isEmpty())
        version = QVersionNumber(highest.majorVersion(), highest.minorVersion(), highest.microVersion() + 1).toString();
    if (!form.match(version).hasMatch() || QVersionNumber::fromString(version) <= highest)
        return platformError(210303, QStringLiteral("version must be X.X.X and higher than %1").arg(highest.toString()), 400);
    a->reviewVersion = version;
    a->inReview = std::exchange(a->draft, {});
    a->scopeApplications = 0;
    return SandboxResponse::json({{QStringLiteral("code"), 0}, {QStringLiteral("msg"), QStringLiteral("success")},
                                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("version_id"), versionId(a->appId, version)},
                                                                       {QStringLiteral("version"), version}}}});
}

SandboxResponse FeishuSandbox::applyScopes(const SandboxRequest &r)
{
    SandboxApp *a = nullptr;
    if (auto refused = requireTenantToken(r, &a))
        return *refused;
    if (a->requestedScopes.isEmpty() && a->requestedUserScopes.isEmpty())
        return platformError(212002, QStringLiteral("no scope to apply"), 400); // [unverified code]
    if (++a->scopeApplications > 10)
        return platformError(212003, QStringLiteral("apply too many times for this version"), 400); // [unverified code]
    return ok();
}

bool FeishuSandbox::review(const QString &appId, bool approve)
{
    SandboxApp *a = app(appId);
    if (!a || a->reviewVersion.isEmpty())
        return false;
    const SandboxAppChanges changes = std::exchange(a->inReview, {});
    if (!approve) {
        a->rejectedVersions.append(std::exchange(a->reviewVersion, {}));
        return true;
    }
    a->onlineVersion = std::exchange(a->reviewVersion, {});
    if (changes.webPage)
        a->webPage = *changes.webPage;
    for (const QString &s : changes.tenantScopes) {
        a->requestedScopes.removeAll(s);
        addOnce(a->grantedScopes, s);
    }
    for (const QString &s : changes.userScopes) {
        a->requestedUserScopes.removeAll(s);
        addOnce(a->grantedUserScopes, s);
    }
    if (changes.visibleToAll) {
        a->visibleToAll = *changes.visibleToAll;
        a->visibleUsers = changes.visibleUsers;
        a->visibleDepartments = changes.visibleDepartments;
    }
    return true;
}

SandboxResponse FeishuSandbox::adminPage(const SandboxRequest &)
{
    QString rows;
    for (const SandboxApp &a : std::as_const(m_config.apps)) {
        const QString reset = QStringLiteral("<form method=\"post\" action=\"/sandbox/admin/reset-secret\"><input type=\"hidden\" "
                                             "name=\"app_id\" value=\"%1\"><button id=\"reset-secret-%1\">Reset the App Secret</button>"
                                             "</form>")
                                  .arg(a.appId);
        if (a.reviewVersion.isEmpty()) {
            rows += QStringLiteral("<li>%1 (%2): nothing waits for approval.%3</li>").arg(a.name.toHtmlEscaped(), a.appId, reset);
            continue;
        }
        rows += QStringLiteral("<li>%1 (%2): version <b id=\"pending-%2\">%3</b> waits for approval."
                               "<form method=\"post\" action=\"/sandbox/admin/review\"><input type=\"hidden\" name=\"app_id\" value=\"%2\">"
                               "<button id=\"approve-%2\" name=\"decision\" value=\"approve\">Approve</button> "
                               "<button id=\"reject-%2\" name=\"decision\" value=\"reject\">Reject</button></form>%4</li>")
                    .arg(a.name.toHtmlEscaped(), a.appId, a.reviewVersion.toHtmlEscaped(), reset);
    }
    return SandboxResponse::html(page(QStringLiteral("Feishu sandbox – administrator"),
                                      QStringLiteral("<h1>Versions waiting for approval</h1><p>An administrator of the imitated "
                                                     "tenant approves or rejects them here, and resets an app's App Secret as "
                                                     "Credentials &amp; Basic Info does.</p><ul>%1</ul>")
                                          .arg(rows)));
}

QString FeishuSandbox::resetSecret(const QString &appId)
{
    SandboxApp *a = app(appId);
    if (!a)
        return {};
    a->previousSecret = std::exchange(a->appSecret, sandboxRandom(32));
    a->previousSecretExpiry = QDeadlineTimer(std::chrono::seconds(m_config.secretGraceSeconds));
    return a->appSecret;
}

SandboxResponse FeishuSandbox::adminResetSecret(const SandboxRequest &r)
{
    const QString appId = r.form().queryItemValue(QStringLiteral("app_id"), QUrl::FullyDecoded);
    const QString secret = resetSecret(appId);
    if (secret.isEmpty())
        return SandboxResponse::html(page(QStringLiteral("Feishu sandbox – administrator"), QStringLiteral("<p id=\"reset-error\">No such app.</p>")), 400);
    const QString grace = m_config.secretGraceSeconds > 0
        ? QStringLiteral("The old one still works for %1 s.").arg(m_config.secretGraceSeconds)
        : QStringLiteral("The old one no longer works.");
    return SandboxResponse::html(page(QStringLiteral("Feishu sandbox – administrator"),
                                      QStringLiteral("<p>The App Secret of %1 was reset. %2</p><p>New App Secret: <code id=\"new-secret\">%3</code></p>"
                                                     "<p><a href=\"/sandbox/admin\">Back</a></p>")
                                          .arg(appId.toHtmlEscaped(), grace, secret)));
}

SandboxResponse FeishuSandbox::adminReview(const SandboxRequest &r)
{
    const QUrlQuery form = r.form();
    const QString appId = form.queryItemValue(QStringLiteral("app_id"), QUrl::FullyDecoded);
    const QString decision = form.queryItemValue(QStringLiteral("decision"));
    const QString version = app(appId) ? app(appId)->reviewVersion : QString();
    if (!review(appId, decision == QLatin1String("approve")))
        return SandboxResponse::html(page(QStringLiteral("Feishu sandbox – administrator"), QStringLiteral("<p id=\"review-error\">Nothing waits for approval.</p>")), 400);
    return SandboxResponse::html(page(QStringLiteral("Feishu sandbox – administrator"),
                                      QStringLiteral("<p id=\"review-done\">Version %1 of %2 was %3.</p><p><a href=\"/sandbox/admin\">Back</a></p>")
                                          .arg(version.toHtmlEscaped(), appId.toHtmlEscaped(),
                                               decision == QLatin1String("approve") ? QStringLiteral("approved") : QStringLiteral("rejected"))));
}

} // namespace fss
