#include "core/setup/SetupProfile.h"

#include <QCoreApplication>

#include "core/setup/FieldRules.h"

#include <QJsonArray>
#include <array>
#include <QUrlQuery>

namespace fss {

namespace {

template<typename Enum, size_t N>
Enum enumFromString(const QString &text, const std::array<std::pair<Enum, const char *>, N> &names, Enum fallback)
{
    for (const auto &[value, name] : names) {
        if (text == QLatin1String(name))
            return value;
    }
    return fallback;
}

constexpr std::array<std::pair<Platform, const char *>, 2> platformNames{{{Platform::Feishu, "feishu"}, {Platform::Lark, "lark"}}};
constexpr std::array<std::pair<Cloud, const char *>, 3> cloudNames{
    {{Cloud::GenAuth, "genauth"}, {Cloud::Authing, "authing"}, {Cloud::Custom, "custom"}}};

template<typename Enum, size_t N>
QString enumToString(Enum value, const std::array<std::pair<Enum, const char *>, N> &names)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

} // namespace

QString SetupProfile::effectiveConnectionName() const
{
    return connectionName.isEmpty() ? QLatin1String(defaultConnectionName) : connectionName;
}

QStringList SetupProfile::fieldKeys(const QString &commaSeparated)
{
    QStringList keys;
    for (const QString &key : commaSeparated.split(QLatin1Char(','))) {
        if (!key.trimmed().isEmpty() && !keys.contains(key.trimmed()))
            keys.append(key.trimmed());
    }
    return keys;
}

QStringList SetupProfile::appIdFieldKeys() const
{
    return fieldKeys(appIdFieldKey.isEmpty() ? QLatin1String(defaultAppIdFieldKeys) : appIdFieldKey);
}

QStringList SetupProfile::appSecretFieldKeys() const
{
    return fieldKeys(appSecretFieldKey.isEmpty() ? QLatin1String(defaultAppSecretFieldKeys) : appSecretFieldKey);
}

QString SetupProfile::effectiveOidcCallback() const
{
    return oidcCallback.isEmpty() ? QLatin1String(defaultOidcCallback) : oidcCallback;
}

QString toString(Platform platform) { return enumToString(platform, platformNames); }
QString toString(Cloud cloud) { return enumToString(cloud, cloudNames); }

QString platformCaveat(Platform platform)
{
    if (platform != Platform::Lark)
        return {};
    return QCoreApplication::translate("SetupProfile",
                                       "Lark with GenAuth is unproven: GenAuth's Feishu connection (lark-internal) may call only "
                                       "Feishu (China). Its documentation points only at open.feishu.cn, and no GenAuth SDK lists "
                                       "a connection type for Lark (docs/platforms.md G §3.1, §7). The end-to-end login test through "
                                       "GenAuth is the proof: run it before users rely on this.");
}

QJsonObject SetupProfile::toJson() const
{
    QStringList ticks(ticked.cbegin(), ticked.cend());
    ticks.sort();
    return QJsonObject{
        {QStringLiteral("format"), formatVersion},
        {QStringLiteral("platform"), toString(platform)},
        {QStringLiteral("cloud"), toString(cloud)},
        {QStringLiteral("customHost"), customHost},
        {QStringLiteral("feishuApi"), feishuApi},
        {QStringLiteral("appId"), appId},
        {QStringLiteral("userPoolId"), userPoolId},
        {QStringLiteral("identifier"), identifier},
        {QStringLiteral("version"), version},
        {QStringLiteral("genAuthAppId"), genAuthAppId},
        {QStringLiteral("genAuthAppHost"), genAuthAppHost},
        {QStringLiteral("oidcCallback"), oidcCallback},
        {QStringLiteral("connectionName"), connectionName},
        {QStringLiteral("appIdFieldKey"), appIdFieldKey},
        {QStringLiteral("appSecretFieldKey"), appSecretFieldKey},
        {QStringLiteral("trustedCertificates"), QJsonArray::fromStringList(trustedCertificates)},
        {QStringLiteral("ticked"), QJsonArray::fromStringList(ticks)},
        {QStringLiteral("releaseWaiting"), releaseWaiting},
        {QStringLiteral("availability"), QJsonObject{{QStringLiteral("all"), availableToAll},
                                                     {QStringLiteral("departments"), QJsonArray::fromStringList(availableDepartments)}}},
        {QStringLiteral("appSecretStored"), appSecretStored},
        {QStringLiteral("userPoolSecretStored"), userPoolSecretStored},
        {QStringLiteral("lastStep"), int(lastStep)},
    };
}

SetupProfile SetupProfile::fromJson(const QJsonObject &o)
{
    SetupProfile p;
    p.platform = enumFromString(o.value(QStringLiteral("platform")).toString(), platformNames, Platform::Feishu);
    p.cloud = enumFromString(o.value(QStringLiteral("cloud")).toString(), cloudNames, Cloud::GenAuth);
    p.customHost = o.value(QStringLiteral("customHost")).toString();
    p.feishuApi = o.value(QStringLiteral("feishuApi")).toString();
    p.appId = o.value(QStringLiteral("appId")).toString();
    p.userPoolId = o.value(QStringLiteral("userPoolId")).toString();
    p.identifier = o.value(QStringLiteral("identifier")).toString();
    p.version = o.value(QStringLiteral("version")).toString();
    p.genAuthAppId = o.value(QStringLiteral("genAuthAppId")).toString();
    p.genAuthAppHost = o.value(QStringLiteral("genAuthAppHost")).toString();
    p.oidcCallback = o.value(QStringLiteral("oidcCallback")).toString();
    p.connectionName = o.value(QStringLiteral("connectionName")).toString();
    p.appIdFieldKey = o.value(QStringLiteral("appIdFieldKey")).toString();
    p.appSecretFieldKey = o.value(QStringLiteral("appSecretFieldKey")).toString();
    for (const QJsonValue &pem : o.value(QStringLiteral("trustedCertificates")).toArray()) {
        if (pem.isString())
            p.trustedCertificates.append(pem.toString());
    }
    for (const QJsonValue &tick : o.value(QStringLiteral("ticked")).toArray()) {
        if (tick.isString())
            p.ticked.insert(tick.toString());
    }
    p.releaseWaiting = o.value(QStringLiteral("releaseWaiting")).toString();
    const QJsonObject availability = o.value(QStringLiteral("availability")).toObject();
    p.availableToAll = availability.value(QStringLiteral("all")).toBool(true);
    for (const QJsonValue &department : availability.value(QStringLiteral("departments")).toArray()) {
        if (department.isString() && !department.toString().trimmed().isEmpty())
            p.availableDepartments.append(department.toString().trimmed());
    }
    if (p.availableDepartments.isEmpty())
        p.availableToAll = true; // "some departments" with none named means nobody; read it as everyone
    p.appSecretStored = o.value(QStringLiteral("appSecretStored")).toBool();
    p.userPoolSecretStored = o.value(QStringLiteral("userPoolSecretStored")).toBool();
    const int step = o.value(QStringLiteral("lastStep")).toInt(0);
    if (step >= int(Step::Welcome) && step <= int(Step::Summary))
        p.lastStep = Step(step);
    return p;
}

QString genAuthCoreOrigin(Cloud cloud, const QString &customOrigin)
{
    switch (cloud) {
    case Cloud::GenAuth:
        return QStringLiteral("https://core.genauth.ai");
    case Cloud::Authing:
        return QStringLiteral("https://core.authing.cn");
    case Cloud::Custom: {
        const FieldCheck host = FieldRules::customHost(customOrigin);
        return host.acceptable() ? host.value : QString();
    }
    }
    return {};
}

QUrl genAuthConsole(Cloud cloud, const QString &customOrigin)
{
    switch (cloud) {
    case Cloud::GenAuth:
        return QUrl(QStringLiteral("https://console.genauth.ai"));
    case Cloud::Authing:
        return QUrl(QStringLiteral("https://console.authing.cn"));
    case Cloud::Custom:
        return QUrl(genAuthCoreOrigin(cloud, customOrigin));
    }
    return {};
}

QUrl redirectUrl(Cloud cloud, const QString &customOrigin, const QString &identifier, const QString &userPoolId)
{
    const QString core = genAuthCoreOrigin(cloud, customOrigin);
    const FieldCheck id = FieldRules::identifier(identifier);
    const FieldCheck pool = FieldRules::userPoolId(userPoolId);
    if (core.isEmpty() || !id.acceptable() || !pool.acceptable())
        return {};
    // The pool id is only loosely validated, so keep it from changing the path.
    const QString encodedPool = QString::fromLatin1(QUrl::toPercentEncoding(pool.value));
    return QUrl(QStringLiteral("%1/connection/social/%2/%3/callback").arg(core, id.value, encodedPool), QUrl::StrictMode);
}

QUrl redirectUrl(const SetupProfile &profile)
{
    return redirectUrl(profile.cloud, profile.customHost, profile.identifier, profile.userPoolId);
}

QUrl feishuConsole(Platform platform, ConsolePage page, const QString &appId, const QStringList &scopes)
{
    const QString host = platform == Platform::Lark ? QStringLiteral("https://open.larksuite.com")
                                                    : QStringLiteral("https://open.feishu.cn");
    const FieldCheck id = FieldRules::appId(appId);
    if (page == ConsolePage::AppList || !id.acceptable())
        return QUrl(host + QStringLiteral("/app"));

    QUrl url(host + QStringLiteral("/app/") + id.value);
    switch (page) {
    case ConsolePage::AppList:
    case ConsolePage::Overview:
        break;
    case ConsolePage::Credentials:
        url.setPath(url.path() + QStringLiteral("/baseinfo"));
        break;
    case ConsolePage::Security:
        url.setPath(url.path() + QStringLiteral("/safe"));
        break;
    case ConsolePage::Permissions: {
        url.setPath(url.path() + QStringLiteral("/auth"));
        QUrlQuery query;
        if (!scopes.isEmpty())
            query.addQueryItem(QStringLiteral("q"), scopes.join(QLatin1Char(',')));
        query.addQueryItem(QStringLiteral("op_from"), QStringLiteral("openapi"));
        query.addQueryItem(QStringLiteral("token_type"), QStringLiteral("tenant"));
        url.setQuery(query);
        break;
    }
    }
    return url;
}

} // namespace fss
