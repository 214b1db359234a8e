// The ground floor every part of the core stands on: which platform and
// which GenAuth cloud a setup talks to, the wizard's steps (an error names
// the step that fixes it), and the platforms' public addresses built from
// them. Nothing here knows a profile, a session or a client.
#pragma once

#include <QMetaEnum>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fss {
Q_NAMESPACE

enum class Platform { Feishu, Lark };
enum class Cloud { GenAuth, Authing, Custom };
Q_ENUM_NS(Platform)
Q_ENUM_NS(Cloud)

// Wizard page ids; the six step pages carry their step number.
enum class Step : int {
    Welcome = 0,
    CreateApp = 1,
    Credentials = 2,
    WebPage = 3,
    RedirectUrl = 4,
    Permissions = 5,
    Publish = 6,
    TestLogin = 7, // the live login test; not one of the six steps
    Summary = 8,
};
Q_ENUM_NS(Step)


// A Q_ENUM's key in lower case ("feishu", "genauth", "pass"): how profiles,
// the command line and --json name its values. An unknown name reads as
// `fallback`.
template<typename Enum>
QString lowerCaseName(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value))).toLower();
}
template<typename Enum>
Enum fromLowerCaseName(const QString &text, Enum fallback)
{
    const QMetaEnum e = QMetaEnum::fromType<Enum>();
    for (int i = 0; i < e.keyCount(); ++i) {
        if (text == QString::fromLatin1(e.key(i)).toLower())
            return Enum(e.value(i));
    }
    return fallback;
}

// "feishu", "lark"; "genauth", "authing", "custom": how a profile and the
// command line name them. An unknown name reads as the first value.
QString toString(Platform platform);
QString toString(Cloud cloud);
Platform platformFromString(const QString &text);
Cloud cloudFromString(const QString &text);

// What to know before relying on this platform with GenAuth; empty when
// nothing. For Lark: GenAuth's Feishu connection type (lark-internal) may
// serve only Feishu (China) (docs/platforms.md G §3.1, §7; peers §2 #3).
QString platformCaveat(Platform platform);

// https://core.genauth.ai, https://core.authing.cn or the custom origin.
QString genAuthCoreOrigin(Cloud cloud, const QString &customOrigin);
// https://console.genauth.ai, https://console.authing.cn or the custom origin.
QUrl genAuthConsole(Cloud cloud, const QString &customOrigin);

// The URL to register in Feishu's Security Settings → Redirect URLs:
// {core}/connection/social/{identifier}/{userPoolId}/callback — singular
// "connection", unlike the plural start URL. Empty when an input is invalid.
QUrl redirectUrl(Cloud cloud, const QString &customOrigin, const QString &identifier, const QString &userPoolId);

// Feishu developer console pages. The App ID pages are deep links where a
// reliable path is known; other pages fall back to the app's overview.
enum class ConsolePage { AppList, Overview, Credentials, Security, Permissions };
Q_ENUM_NS(ConsolePage)
QUrl feishuConsole(Platform platform, ConsolePage page, const QString &appId = {}, const QStringList &scopes = {});

} // namespace fss
