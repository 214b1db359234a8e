#include "core/feishu/AppRegistration.h"

#include "core/feishu/RequiredPermissions.h"
#include "core/transport/Gzip.h"
#include "core/transport/Logging.h"
#include "core/transport/QueryBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace fss {

namespace {

const QString kArchetype = QStringLiteral("PersonalAgent"); // the only value any client sends (§1)
constexpr int kMinIntervalMs = 250;   // an interval of 0: poll again soon, not in a loop
constexpr int kMaxIntervalMs = 60000; // CLI+ caps it at 60 s
constexpr int kDefaultExpirySeconds = 600;

QStringList nonEmpty(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &v : list.toArray()) {
        if (v.isString() && !v.toString().isEmpty())
            out.append(v.toString());
    }
    return out;
}

} // namespace

RegistrationEndpoints RegistrationEndpoints::defaults()
{
    return {QUrl(QStringLiteral("https://accounts.feishu.cn")), QUrl(QStringLiteral("https://accounts.larksuite.com"))};
}

RegistrationAddons RegistrationAddons::forSso()
{
    RegistrationAddons a;
    // As the configuration API asks for them (RequiredPermission::tokenTypes),
    // plus the two that let the app configure and read itself.
    for (const RequiredPermission &p : requiredPermissions()) {
        if (p.tokenTypes.contains(QLatin1String("tenant")))
            a.tenantScopes.append(p.scopes.first());
        if (p.tokenTypes.contains(QLatin1String("user")))
            a.userScopes.append(p.scopes.first());
    }
    a.tenantScopes.append(patchScope);
    a.tenantScopes.append(selfManageScope);
    return a;
}

QStringList RegistrationAddons::allScopes() const
{
    QStringList all = tenantScopes;
    for (const QString &s : userScopes) {
        if (!all.contains(s))
            all.append(s);
    }
    return all;
}

QByteArray RegistrationAddons::json() const
{
    QJsonObject scopes;
    if (!tenantScopes.isEmpty())
        scopes.insert(QStringLiteral("tenant"), QJsonArray::fromStringList(tenantScopes));
    if (!userScopes.isEmpty())
        scopes.insert(QStringLiteral("user"), QJsonArray::fromStringList(userScopes));
    return QJsonDocument(QJsonObject{{QStringLiteral("scopes"), scopes}}).toJson(QJsonDocument::Compact);
}

QByteArray RegistrationAddons::encoded() const
{
    return gzipCompress(json()).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<RegistrationAddons> RegistrationAddons::decode(const QByteArray &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const std::optional<QByteArray> json = gzipDecompress(*decoded);
    if (!json)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject scopes = doc.object().value(QLatin1String("scopes")).toObject();
    return RegistrationAddons{nonEmpty(scopes.value(QLatin1String("tenant"))), nonEmpty(scopes.value(QLatin1String("user")))};
}

ArrivedScopes ArrivedScopes::of(const RegistrationAddons &asked, const QList<ScopeGrant> &listed)
{
    ArrivedScopes a;
    for (const QString &scope : asked.allScopes()) {
        bool seen = false;
        bool granted = false;
        for (const ScopeGrant &g : listed) {
            if (scopeNameMatches(g.name, scope)) {
                seen = true;
                granted = granted || g.granted;
            }
        }
        (granted ? a.granted : seen ? a.waiting : a.missing).append(scope);
    }
    return a;
}

AppRegistration::AppRegistration(ApiTransport *transport, RegistrationEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoints(std::move(endpoints))
{
    m_pollTimer.setSingleShot(true);
    m_expiry.setSingleShot(true);
    m_expiry.setTimerType(Qt::PreciseTimer); // never before the server's expiry
    connect(&m_pollTimer, &QTimer::timeout, this, &AppRegistration::poll);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        end(failure(RegistrationOutcome::Kind::Expired, QStringLiteral("expired_token"),
                    tr("Nobody confirmed the link before it expired. Start again for a new link.")));
    });
}

QString AppRegistration::defaultName(const QString &profile)
{
    return profile.isEmpty() ? tr("GenAuth sign-in") : tr("GenAuth sign-in (%1)").arg(profile);
}

QString AppRegistration::defaultDescription()
{
    return tr("Lets {user} and colleagues sign in to GenAuth with Feishu. Created by Feishu SSO Setup.");
}

QUrl AppRegistration::linkFor(const QUrl &serverLink, const QString &name, const QString &description, const RegistrationAddons &addons)
{
    QueryItems items{{QStringLiteral("createOnly"), QStringLiteral("true")}};
    if (!name.trimmed().isEmpty())
        items.append({QStringLiteral("name"), name.trimmed()});
    if (!description.trimmed().isEmpty())
        items.append({QStringLiteral("desc"), description.trimmed()});
    if (!addons.allScopes().isEmpty())
        items.append({QStringLiteral("addons"), QString::fromLatin1(addons.encoded())});
    return withQueryItems(serverLink, items);
}

QUrl AppRegistration::endpoint(const QUrl &accounts) const
{
    return accounts.resolved(QUrl(QStringLiteral("/oauth/v1/app/registration")));
}

void AppRegistration::post(const QUrl &accounts, const QList<std::pair<QString, QString>> &form, std::function<void(const ApiReply &)> then)
{
    ApiRequest r;
    r.verb = "POST";
    r.url = endpoint(accounts);
    r.contentType = "application/x-www-form-urlencoded";
    r.body = encodedQuery(form);
    r.retryable = form.constFirst().second != QLatin1String("poll"); // a poll is repeated anyway, on our own timer
    r.service = QStringLiteral("Feishu");
    r.step = Step::CreateApp;
    m_transport->send(r, m_run, std::move(then));
}

RegistrationOutcome AppRegistration::failure(RegistrationOutcome::Kind kind, const QString &code, const QString &message,
                                             const QString &detail) const
{
    RegistrationOutcome o;
    o.kind = kind;
    o.error.kind = ApiError::Kind::Platform;
    o.error.step = Step::CreateApp;
    o.error.code = code;
    o.error.message = message;
    o.error.detail = detail;
    return o;
}

RegistrationOutcome AppRegistration::transportFailure(const ApiError &error)
{
    RegistrationOutcome o;
    o.error = error;
    o.error.step = Step::CreateApp; // the transport's message, for the step it concerns
    return o;
}

void AppRegistration::start()
{
    cancel();
    m_run = new QObject(this);
    m_switched = false;
    m_pollHost = m_endpoints.feishuAccounts;
    if (!m_useInit)
        return begin();
    post(m_endpoints.feishuAccounts, {{QStringLiteral("action"), QStringLiteral("init")}, {QStringLiteral("archetype"), kArchetype}},
         [this](const ApiReply &reply) {
             if (!reply.error.ok())
                 return end(transportFailure(reply.error));
             const QStringList methods = nonEmpty(reply.json.value(QLatin1String("supported_auth_methods")));
             if (!methods.isEmpty() && !methods.contains(QLatin1String("client_secret")))
                 return end(failure(RegistrationOutcome::Kind::Failed, QStringLiteral("unsupported_auth_method"),
                                    tr("Feishu no longer offers an App Secret for apps created this way (it offers %1). Create the app by "
                                       "hand in the developer console instead (Step 1).")
                                        .arg(methods.join(QStringLiteral(", ")))));
             begin();
         });
}

void AppRegistration::begin()
{
    post(m_endpoints.feishuAccounts,
         {{QStringLiteral("action"), QStringLiteral("begin")},
          {QStringLiteral("archetype"), kArchetype},
          {QStringLiteral("auth_method"), QStringLiteral("client_secret")},
          {QStringLiteral("request_user_info"), QStringLiteral("open_id tenant_brand")}},
         [this](const ApiReply &reply) {
             if (!reply.error.ok())
                 return end(transportFailure(reply.error));
             const QJsonObject &a = reply.json;
             if (a.contains(QLatin1String("error")))
                 return end(failure(RegistrationOutcome::Kind::Failed, a.value(QLatin1String("error")).toString(),
                                    tr("Feishu refused to start an app registration: %1")
                                        .arg(a.value(QLatin1String("error_description")).toString(a.value(QLatin1String("error")).toString())),
                                    a.value(QLatin1String("error_description")).toString()));
             m_deviceCode = a.value(QLatin1String("device_code")).toString();
             QString link = a.value(QLatin1String("verification_uri_complete")).toString();
             if (link.isEmpty())
                 link = a.value(QLatin1String("verification_uri")).toString();
             const QUrl server(link);
             if (m_deviceCode.isEmpty() || !server.isValid() || server.scheme().isEmpty())
                 return end(failure(RegistrationOutcome::Kind::Failed, QStringLiteral("invalid_response"),
                                    tr("Feishu's answer to the app registration has no device code or link. Create the app by hand "
                                       "in the developer console (Step 1).")));
             // The expiry under either spelling (§1: expire_in, and the older expires_in).
             int expiry = a.value(QLatin1String("expire_in")).toInt(a.value(QLatin1String("expires_in")).toInt(kDefaultExpirySeconds));
             if (expiry <= 0)
                 expiry = kDefaultExpirySeconds;
             m_intervalMs = std::clamp(a.value(QLatin1String("interval")).toInt(5) * 1000, kMinIntervalMs, kMaxIntervalMs);
             RegistrationLink l;
             l.url = linkFor(server, m_name, m_description, m_addons);
             l.userCode = a.value(QLatin1String("user_code")).toString();
             l.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiry);
             m_expiry.start(std::chrono::seconds(expiry));
             qCInfo(lcFeishu) << "app registration begun; the link expires in" << expiry << "s";
             emit linkReady(l);
             poll(); // the first poll at once
         });
}

void AppRegistration::schedulePoll()
{
    m_pollTimer.start(m_intervalMs);
    emit waiting(QDateTime::currentDateTimeUtc().addMSecs(m_intervalMs));
}

void AppRegistration::poll()
{
    if (!m_run)
        return;
    post(m_pollHost, {{QStringLiteral("action"), QStringLiteral("poll")}, {QStringLiteral("device_code"), m_deviceCode}},
         [this](const ApiReply &reply) {
             if (!reply.error.ok()) {
                 // A dropped connection or a time-out: keep trying until the
                 // link expires, a little slower (CLI+: +1 s).
                 if (reply.error.transient() || reply.error.kind == ApiError::Kind::Timeout || reply.error.kind == ApiError::Kind::Refused) {
                     m_intervalMs = std::min(m_intervalMs + 1000, kMaxIntervalMs);
                     return schedulePoll();
                 }
                 return end(transportFailure(reply.error));
             }
             const QJsonObject &a = reply.json;
             const QString brand = a.value(QLatin1String("user_info")).toObject().value(QLatin1String("tenant_brand")).toString();
             const QString error = a.value(QLatin1String("error")).toString();
             const QString description = a.value(QLatin1String("error_description")).toString();
             const QString appId = a.value(QLatin1String("client_id")).toString();
             const QString secret = a.value(QLatin1String("client_secret")).toString();
             // The method finally chosen, an array or a space-separated
             // string (docs/platforms.md, "App registration"); a keyless app
             // (private_key_jwt) has no App Secret.
             const QJsonValue method = a.value(QLatin1String("auth_method"));
             const QStringList methods = method.isArray() ? nonEmpty(method)
                                                          : method.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
             const bool keyless = methods.contains(QLatin1String("private_key_jwt")) && !methods.contains(QLatin1String("client_secret"));
             if (error.isEmpty() && !appId.isEmpty() && !secret.isEmpty() && !keyless) {
                 RegistrationOutcome o;
                 o.kind = RegistrationOutcome::Kind::Created;
                 o.app = {appId, secret, a.value(QLatin1String("user_info")).toObject().value(QLatin1String("open_id")).toString(),
                          m_switched || brand == QLatin1String("lark") ? Platform::Lark : Platform::Feishu};
                 qCInfo(lcFeishu) << "app registration: created" << appId;
                 return end(o);
             }
             if (brand == QLatin1String("lark") && !m_switched) {
                 // The tenant is Lark's: its accounts host issues the
                 // credentials. Once, and at once.
                 m_switched = true;
                 m_pollHost = m_endpoints.larkAccounts;
                 qCInfo(lcFeishu) << "app registration: the tenant is Lark; polling" << m_pollHost.host();
                 return poll();
             }
             if (error.isEmpty() && !appId.isEmpty())
                 return end(failure(RegistrationOutcome::Kind::Failed, keyless ? QStringLiteral("private_key_jwt") : QStringLiteral("no_client_secret"),
                                    tr("Feishu created the app %1 without an App Secret (%2). GenAuth signs in to Feishu with an App "
                                       "Secret, so it cannot use this app: create the app by hand in the developer console (Step 1), "
                                       "or reset its App Secret under Credentials & Basic Info and enter it in Step 2.")
                                        .arg(appId, keyless ? tr("a keyless app, private_key_jwt") : tr("none in Feishu's answer"))));
             if (error.isEmpty() || error == QLatin1String("authorization_pending"))
                 return schedulePoll(); // also {}
             if (error == QLatin1String("slow_down")) {
                 m_intervalMs = std::min(m_intervalMs + 5000, kMaxIntervalMs);
                 return schedulePoll();
             }
             if (error == QLatin1String("access_denied"))
                 return end(failure(RegistrationOutcome::Kind::Refused, error,
                                    tr("No app was created: the person who opened the link refused, or their organisation does not let "
                                       "members create apps%1. Ask a Feishu administrator, or create the app by hand in the developer "
                                       "console (Step 1).")
                                        .arg(description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(description)),
                                    description));
             if (error == QLatin1String("expired_token") || error == QLatin1String("invalid_grant"))
                 return end(failure(RegistrationOutcome::Kind::Expired, error,
                                    tr("The link expired before anyone confirmed it. Start again for a new link.")));
             end(failure(RegistrationOutcome::Kind::Failed, error,
                         tr("Feishu stopped the app registration: %1. Create the app by hand in the developer console (Step 1).")
                             .arg(description.isEmpty() ? error : description),
                         description));
         });
}

void AppRegistration::cancel()
{
    if (!m_run)
        return;
    end(failure(RegistrationOutcome::Kind::Cancelled, QStringLiteral("cancelled"), tr("Cancelled; no app was created.")));
}

void AppRegistration::end(RegistrationOutcome outcome)
{
    // Answers still in flight die with their context.
    delete std::exchange(m_run, nullptr);
    m_pollTimer.stop();
    m_expiry.stop();
    m_deviceCode.clear();
    emit finished(outcome);
}

} // namespace fss
