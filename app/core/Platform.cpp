#include "core/Platform.h"

#include "core/FieldRules.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace fss {

Platform platformFromString(const QString &text) { return fromLowerCaseName(text, Platform::Feishu); }
Cloud cloudFromString(const QString &text) { return fromLowerCaseName(text, Cloud::GenAuth); }
QString toString(Platform platform) { return lowerCaseName(platform); }
QString toString(Cloud cloud) { return lowerCaseName(cloud); }

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
