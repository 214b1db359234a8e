// The app registration of the Feishu imitation (docs/platforms.md A
// §1, §2): POST /oauth/v1/app/registration (init, begin, poll; form-encoded,
// no authentication, pending states as JSON on HTTP 400), the confirm page
// the link opens (sign in as a test user, confirm or refuse), and the app it
// creates, which then answers in the Open API with its credentials.
#include "sandbox/feishu/FeishuSandbox.h"
#include "sandbox/feishu/FeishuSandboxShared.h"

#include "core/feishu/AppRegistration.h"
#include "core/transport/QueryBuilder.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace fss {

using namespace feishusandbox;

namespace {

SandboxResponse oauthAnswer(const char *error, const QString &description = {}, const QJsonObject &userInfo = {})
{
    QJsonObject o{{QStringLiteral("error"), QLatin1String(error)}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("error_description"), description);
    if (!userInfo.isEmpty())
        o.insert(QStringLiteral("user_info"), userInfo);
    return SandboxResponse::json(o, 400);
}

// What every app made from the agent template has (§1: the bot ability and
// its messaging scopes).
const QStringList kTemplateScopes{QStringLiteral("im:message:send_as_bot"), QStringLiteral("im:message")};

} // namespace

void FeishuSandbox::addLarkRoutes(SandboxServer *lark)
{
    lark->route("POST", QStringLiteral("/oauth/v1/app/registration"), [this](const SandboxRequest &r) { return registration(r, true); });
}

SandboxResponse FeishuSandbox::registration(const SandboxRequest &r, bool larkHost)
{
    const QUrlQuery form = r.form();
    const QString action = form.queryItemValue(QStringLiteral("action"), QUrl::FullyDecoded);
    const SandboxRegistration &settings = m_config.registration;
    if (action == QLatin1String("init")) {
        return SandboxResponse::json({{QStringLiteral("nonce"), sandboxRandom(16)},
                                      {QStringLiteral("supported_auth_methods"),
                                       QJsonArray{QStringLiteral("client_secret"), QStringLiteral("private_key_jwt")}}});
    }
    if (action == QLatin1String("begin")) {
        if (larkHost)
            return oauthAnswer("invalid_request", QStringLiteral("registration begin goes to the Feishu host"));
        if (form.queryItemValue(QStringLiteral("archetype")) != QLatin1String("PersonalAgent"))
            return oauthAnswer("invalid_request", QStringLiteral("unsupported archetype"));
        if (form.queryItemValue(QStringLiteral("auth_method")) != QLatin1String("client_secret"))
            return oauthAnswer("invalid_request", QStringLiteral("unsupported auth_method"));
        Registration reg;
        reg.userCode = QStringLiteral("%1-%2").arg(randomString(QLatin1StringView("BCDFGHJKLMNPQRSTVWXZ"), 4),
                                                   randomString(QLatin1StringView("BCDFGHJKLMNPQRSTVWXZ"), 4));
        reg.expiry = QDeadlineTimer(std::chrono::seconds(settings.expiresInSeconds));
        reg.slowDownsLeft = settings.slowDowns;
        const QString deviceCode = sandboxRandom(40, true);
        m_registrations.insert(deviceCode, reg);
        const QString page = m_server->url().toString() + QStringLiteral("/page/launcher");
        QJsonObject answer{{QStringLiteral("device_code"), deviceCode},
                           {QStringLiteral("user_code"), reg.userCode},
                           {QStringLiteral("verification_uri"), page},
                           {QStringLiteral("verification_uri_complete"), QString(page + QStringLiteral("?user_code=") + reg.userCode)},
                           {QStringLiteral("interval"), settings.intervalSeconds}};
        answer.insert(settings.expiryField, settings.expiresInSeconds);
        return SandboxResponse::json(answer);
    }
    if (action != QLatin1String("poll"))
        return oauthAnswer("invalid_request", QStringLiteral("unknown action"));

    const auto it = m_registrations.find(form.queryItemValue(QStringLiteral("device_code"), QUrl::FullyDecoded));
    if (it == m_registrations.end())
        return oauthAnswer("invalid_grant", QStringLiteral("device_code is invalid"));
    if (it->expiry.hasExpired())
        return oauthAnswer("expired_token", QStringLiteral("device_code has expired"));
    if (it->slowDownsLeft > 0) {
        --it->slowDownsLeft;
        return oauthAnswer("slow_down");
    }
    switch (it->state) {
    case Registration::State::Pending:
        return oauthAnswer("authorization_pending");
    case Registration::State::Refused:
        return oauthAnswer("access_denied", settings.membersMayCreateApps ? QStringLiteral("the user refused")
                                                                           : QStringLiteral("tenant does not allow members to create apps"));
    case Registration::State::Confirmed:
        break;
    }
    const QString brand = settings.larkTenant ? QStringLiteral("lark") : QStringLiteral("feishu");
    // A Lark tenant's credentials come from Lark's host only (§1).
    if (settings.larkTenant && !larkHost)
        return oauthAnswer("authorization_pending", {}, {{QStringLiteral("tenant_brand"), brand}});
    const SandboxApp *created = app(it->appId);
    if (!created)
        return oauthAnswer("invalid_grant", QStringLiteral("device_code is invalid"));
    QJsonObject answer{{QStringLiteral("client_id"), created->appId}};
    if (!settings.authMethod.isEmpty())
        answer.insert(QStringLiteral("auth_method"), settings.authMethod);
    if (settings.sendsSecret && settings.authMethod != QLatin1String("private_key_jwt"))
        answer.insert(QStringLiteral("client_secret"), created->appSecret);
    if (!larkHost) // the Lark host sometimes answers without user_info
        answer.insert(QStringLiteral("user_info"), QJsonObject{{QStringLiteral("open_id"), it->openId}, {QStringLiteral("tenant_brand"), brand}});
    m_registrations.erase(it); // single use
    return SandboxResponse::json(answer);
}

SandboxResponse FeishuSandbox::registrationPage(const SandboxRequest &r)
{
    const QString userCode = r.query.queryItemValue(QStringLiteral("user_code"), QUrl::FullyDecoded);
    const auto it = std::find_if(m_registrations.cbegin(), m_registrations.cend(), [&](const Registration &g) { return g.userCode == userCode; });
    if (it == m_registrations.cend() || it->expiry.hasExpired() || it->state != Registration::State::Pending)
        return SandboxResponse::html(QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Feishu sandbox – create an app</title>"
                                                    "</head><body><h1>This link is no longer valid</h1></body></html>"),
                                     404);
    QString hidden;
    for (const auto &[key, value] : r.query.queryItems(QUrl::FullyDecoded))
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    const std::optional<RegistrationAddons> addons =
        RegistrationAddons::decode(r.query.queryItemValue(QStringLiteral("addons"), QUrl::FullyDecoded).toLatin1());
    QString scopes;
    if (addons && m_config.registration.addonsHonoured) {
        for (const QString &s : addons->allScopes())
            scopes += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
    }
    const SandboxApp &directory = m_config.apps.constFirst(); // the tenant's test users live there
    QString buttons;
    for (qsizetype i = 0; i < directory.users.size(); ++i) {
        buttons += QStringLiteral("<p><button type=\"submit\" id=\"confirm-%1\" name=\"user\" value=\"%2\">Create it as %3</button></p>")
                       .arg(i)
                       .arg(directory.users.at(i).openId.toHtmlEscaped(), directory.users.at(i).name.toHtmlEscaped());
    }
    return SandboxResponse::html(
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Feishu sandbox – create an app</title></head><body>"
                       "<h1>Create the app %1</h1><p>%2</p><p>Code %3. It is made from the agent template (bot ability).</p>"
                       "<ul id=\"scopes\">%4</ul><form method=\"post\" action=\"/page/launcher\">%5%6"
                       "<p><button type=\"submit\" id=\"refuse\" name=\"decision\" value=\"refuse\">Refuse</button></p></form></body></html>")
            .arg(r.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded).toHtmlEscaped(),
                 r.query.queryItemValue(QStringLiteral("desc"), QUrl::FullyDecoded).toHtmlEscaped(), userCode.toHtmlEscaped(), scopes, hidden,
                 buttons));
}

SandboxResponse FeishuSandbox::registrationDecision(const SandboxRequest &r)
{
    const QUrlQuery form = r.form();
    const QString userCode = form.queryItemValue(QStringLiteral("user_code"), QUrl::FullyDecoded);
    auto it = std::find_if(m_registrations.begin(), m_registrations.end(), [&](const Registration &g) { return g.userCode == userCode; });
    if (it == m_registrations.end() || it->expiry.hasExpired() || it->state != Registration::State::Pending)
        return SandboxResponse::html(QStringLiteral("<!DOCTYPE html><html><body><h1>This link is no longer valid</h1></body></html>"), 404);
    const SandboxRegistration &settings = m_config.registration;
    const QString openId = form.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    if (form.queryItemValue(QStringLiteral("decision")) == QLatin1String("refuse") || openId.isEmpty() || !settings.membersMayCreateApps) {
        it->state = Registration::State::Refused;
        return SandboxResponse::html(QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Feishu sandbox – not created</title>"
                                                    "</head><body><h1>No app was created</h1></body></html>"));
    }
    // The new app: the agent template, plus what the addons asked for when
    // the platform honours them; usable at once (§4), no web app, no
    // redirect URL.
    SandboxApp created;
    created.appId = QStringLiteral("cli_") + randomString(QLatin1StringView("0123456789abcdef"), 16);
    created.appSecret = randomString(QLatin1StringView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), 32);
    created.name = form.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    if (created.name.isEmpty())
        created.name = QStringLiteral("Agent app");
    created.name.replace(QStringLiteral("{user}"), openId);
    created.grantedScopes = kTemplateScopes;
    const std::optional<RegistrationAddons> addons = RegistrationAddons::decode(form.queryItemValue(QStringLiteral("addons"), QUrl::FullyDecoded).toLatin1());
    if (addons && settings.addonsHonoured) {
        for (const QString &s : addons->tenantScopes) {
            if (!created.grantedScopes.contains(s))
                created.grantedScopes.append(s);
        }
        created.grantedUserScopes = addons->userScopes;
    }
    created.webPage = false;
    created.onlineVersion = QStringLiteral("1.0.0");
    created.consoleCreated = settings.configurable;
    // A Lark tenant's app lives on Lark's Open API (open.larksuite.com).
    created.brand = settings.larkTenant ? QStringLiteral("lark") : QStringLiteral("feishu");
    created.users = m_config.apps.constFirst().users;
    m_config.apps.append(created);
    it->state = Registration::State::Confirmed;
    it->openId = openId;
    it->appId = created.appId;
    return SandboxResponse::html(QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Feishu sandbox – created</title>"
                                                "</head><body><h1>The app %1 was created</h1></body></html>")
                                     .arg(created.name.toHtmlEscaped()));
}

} // namespace fss
