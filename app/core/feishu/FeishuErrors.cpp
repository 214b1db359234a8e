#include "core/feishu/FeishuErrors.h"

#include "core/feishu/RequiredPermissions.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace fss {

namespace {

struct Entry
{
    qint64 code;
    Step step;
    const char *text; // QT_TRANSLATE_NOOP("FeishuErrors", …)
};

// Codes whose meaning does not depend on the call. Messages say the cause and
// what to do; the step is shown next to them.
const Entry kEntries[] = {
    // Credentials (§2.3). 10014 depends on msg and is handled below.
    {10003, Step::Credentials,
     QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the App ID or App Secret is malformed or unknown. Copy both again "
                                       "from Credentials & Basic Info.")},
    {10015, Step::Credentials,
     QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the App Secret is wrong. Copy it again from Credentials & Basic "
                                       "Info (watch for look-alike characters such as l and I, 0 and O).")},
    {99991543, Step::Credentials,
     QT_TRANSLATE_NOOP("FeishuErrors", "Feishu rejected the App ID or App Secret. Copy both again from Credentials & "
                                       "Basic Info.")},
    {10012, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu could not issue an app access token. Check the credentials and try again.")},
    {10013, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu could not issue a tenant access token. Check the credentials and try again.")},
    {99991662, Step::Publish,
     QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the app is not in use: it is disabled or not installed in your "
                                       "organisation. Enable it and publish an approved version.")},
    {99991673, Step::Publish,
     QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the app is not authorised in your organisation (disabled or not "
                                       "installed). Publish an approved version and make sure it is enabled.")},
    {99991400, Step::Welcome, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu is limiting requests (rate limit, 99991400). Wait a minute, then try again.")},
    {99991401, Step::RedirectUrl,
     QT_TRANSLATE_NOOP("FeishuErrors", "Feishu refused this computer's IP address: the app has an IP allow-list. GenAuth's "
                                       "servers call Feishu too (they exchange every user's login), so the list must hold "
                                       "their outgoing addresses as well as this computer's. Add both in Security Settings "
                                       "→ IP allow-list, or remove the list.")},
    {99991661, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu asked for an access token that was not sent. Verify the credentials again.")},
    {99991663, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu no longer accepts the tenant access token. Verify the credentials again.")},
    {99991671, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu did not recognise the access token's form. Verify the credentials again.")},
    {99991668, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu rejected the user access token. Run the login test again.")},
    {99991677, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "The user access token has expired. Run the login test again.")},
    // Permissions (§6.2).
    {99991672, Step::Permissions,
     QT_TRANSLATE_NOOP("FeishuErrors", "The app lacks a permission Feishu requires here: %1. Enable one of them in "
                                       "Permissions & Scopes, then release a version.")},
    {99991679, Step::Permissions,
     QT_TRANSLATE_NOOP("FeishuErrors", "The user has not granted a permission Feishu requires here: %1. Enable it as a "
                                       "user permission, release a version and log in again.")},
    {99991676, Step::Permissions, QT_TRANSLATE_NOOP("FeishuErrors", "The token has no permission for this request. Check Permissions & Scopes.")},
    {212100, Step::Publish,
     QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the app is not installed in your organisation. Publish a version "
                                       "and have it approved.")},
    // App record (§8).
    {210503, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the App ID is invalid. Copy it again from Credentials & Basic Info.")},
    {210504, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu finds no such app in your organisation. Check the App ID.")},
    {210505, Step::CreateApp,
     QT_TRANSLATE_NOOP("FeishuErrors", "This is not an enterprise self-built (custom) app. Create a self-built app in "
                                       "the developer console.")},
    {210506, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu finds no such app. Check the App ID.")},
    {210508, Step::Permissions,
     QT_TRANSLATE_NOOP("FeishuErrors", "The app may not read its own record. Enable application:application:self_manage "
                                       "to let the wizard verify steps 3, 4 and 6.")},
    // Code exchange and login (§4, §5, §10).
    {20001, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says a required parameter is missing from the login request.")},
    {20063, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the login request is malformed.")},
    {20002, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the App Secret is wrong (login code exchange). Copy it again from Credentials & Basic Info.")},
    {20035, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the App ID or App Secret is incorrect. Copy both again.")},
    {20025, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the App ID or App Secret is missing.")},
    {20028, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the App ID is invalid. Copy it again from Credentials & Basic Info.")},
    {20048, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the app does not exist. Check the App ID, and Feishu or Lark on the Welcome page.")},
    {20024, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "The login code belongs to another app than this App ID.")},
    {20003, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu does not know this login code, or it was already used (codes work once). Run the login test again.")},
    {20004, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "The login code expired (codes last 5 minutes). Run the login test again.")},
    {20065, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "The login code was already used (codes work once). Run the login test again.")},
    {20049, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu rejected the PKCE code verifier. Run the login test again.")},
    {20036, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu does not support this grant type.")},
    {20070, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu received two kinds of client authentication at once.")},
    {20067, Step::Permissions, QT_TRANSLATE_NOOP("FeishuErrors", "The login asked for the same scope twice.")},
    {20068, Step::Permissions, QT_TRANSLATE_NOOP("FeishuErrors", "The login asked for scopes the user did not grant. Check Permissions & Scopes.")},
    {20027, Step::Permissions,
     QT_TRANSLATE_NOOP("FeishuErrors", "The login asked for a permission that is not enabled on the app. Enable it in "
                                       "Permissions & Scopes and release a version.")},
    {20043, Step::Permissions, QT_TRANSLATE_NOOP("FeishuErrors", "The login asked for a scope that does not exist or is for apps only.")},
    {20071, Step::RedirectUrl,
     QT_TRANSLATE_NOOP("FeishuErrors", "The redirect URL of the code exchange differs from the one used to log in. It "
                                       "must be exactly the URL registered in Security Settings.")},
    {20029, Step::RedirectUrl,
     QT_TRANSLATE_NOOP("FeishuErrors", "Feishu refused the redirect URL: it is not registered on this app. Add the exact "
                                       "redirect URL in Security Settings → Redirect URLs.")},
    {20009, Step::Publish, QT_TRANSLATE_NOOP("FeishuErrors", "The app is not installed in the user's organisation. Publish a version and have it approved.")},
    {20010, Step::Publish,
     QT_TRANSLATE_NOOP("FeishuErrors", "The user may not use this app: they are outside its availability. Add them to the "
                                       "availability and publish the version.")},
    {20069, Step::Publish, QT_TRANSLATE_NOOP("FeishuErrors", "The app is not enabled. Enable it and publish an approved version.")},
    {20042, Step::Publish, QT_TRANSLATE_NOOP("FeishuErrors", "The app is disabled. Enable it in the admin console.")},
    {20046, Step::Welcome,
     QT_TRANSLATE_NOOP("FeishuErrors", "Brand mismatch: a Feishu app must use the Feishu hosts and a Lark app the Lark "
                                       "hosts. Choose the right platform on the Welcome page.")},
    {20005, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu rejected the user access token. Run the login test again.")},
    {20008, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says this user does not exist.")},
    {20021, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "This user has left the organisation. Log in as another user.")},
    {20022, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "This user is frozen. Log in as another user.")},
    {20023, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "This user is not registered. Log in as another user.")},
    {20066, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "This user's status does not allow logging in. Log in as another user.")},
    {20013, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu rejected the tenant access token. Verify the credentials again.")},
    {20014, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu rejected the app access token. Verify the credentials again.")},
    {20050, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu had a server error. Try again in a moment.")},
    // The configuration API v7 (docs/platforms.md A §7). ability's codes
    // are read as config's in the same order (210011 ↔ 210031 …).
    {210031, Step::RedirectUrl, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu refused the configuration change as invalid. Check the redirect URL and the permissions asked for.")},
    {210011, Step::WebPage, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu refused the web app setting as invalid. Check the web app address.")},
    {210032, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the app does not exist. Check the App ID.")},
    {210012, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the app does not exist. Check the App ID.")},
    {210033, Step::Welcome, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu had an internal error while changing the app. Try again in a moment.")},
    {210013, Step::Welcome, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu had an internal error while changing the app. Try again in a moment.")},
    {210003, Step::Welcome, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu had an internal error while submitting the release. Try again in a moment.")},
    {210034, Step::CreateApp, QT_TRANSLATE_NOOP("FeishuErrors", "This is not an enterprise self-built app, so Feishu does not let it be changed this way. Create a self-built app.")},
    {210014, Step::CreateApp, QT_TRANSLATE_NOOP("FeishuErrors", "This is not an enterprise self-built app, so Feishu does not let it be changed this way. Create a self-built app.")},
    {210035, Step::CreateApp, QT_TRANSLATE_NOOP("FeishuErrors", "This app was created through Base (多维表格); Feishu does not let it be changed this way. Create a self-built app in the developer console.")},
    {210015, Step::CreateApp, QT_TRANSLATE_NOOP("FeishuErrors", "This app was created through Base (多维表格); Feishu does not let it be changed this way. Create a self-built app in the developer console.")},
    {210036, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "An app may change only itself: the App ID asked for is not the app whose credentials are used. Check the App ID.")},
    {210016, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "An app may change only itself: the App ID asked for is not the app whose credentials are used. Check the App ID.")},
    {210037, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "The signed-in user is not the app's owner, an administrator or a developer of it.")},
    {210017, Step::Credentials, QT_TRANSLATE_NOOP("FeishuErrors", "The signed-in user is not the app's owner, an administrator or a developer of it.")},
    {210040, Step::Publish, QT_TRANSLATE_NOOP("FeishuErrors", "A version of the app is waiting for approval; Feishu accepts no change until an administrator approves or rejects it.")},
    {210020, Step::Publish, QT_TRANSLATE_NOOP("FeishuErrors", "A version of the app is waiting for approval; Feishu accepts no change until an administrator approves or rejects it.")},
    {210302, Step::Publish, QT_TRANSLATE_NOOP("FeishuErrors", "A version of the app is already waiting for approval; Feishu takes no new release until an administrator approves or rejects it.")},
    {210041, Step::Permissions, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu grants this permission only to apps with the bot ability. Enable the bot ability first, or leave the permission out.")},
    {210042, Step::RedirectUrl, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu could not verify the event request URL.")},
    {210019, Step::WebPage, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu could not verify the card callback URL.")},
    {210043, Step::CreateApp, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu changes this way only apps created in the developer console. Do the remaining steps by hand, with the links on each page.")},
    {210021, Step::CreateApp, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu changes this way only apps created in the developer console. Do the remaining steps by hand, with the links on each page.")},
    {210001, Step::CreateApp, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu releases this way only apps created in the developer console. Publish the version by hand in Version Management & Release.")},
    {210303, Step::Publish, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu refused the version number: it must look like 1.2.3 and be higher than every version the app has had.")},
    {210304, Step::Publish, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu says the release lacks a required field (remark, changelog, or the default ability once the web app is on).")},
    {20072, Step::TestLogin, QT_TRANSLATE_NOOP("FeishuErrors", "Feishu is temporarily unavailable. Try again in a moment.")},
};

const Entry *findEntry(qint64 code)
{
    for (const Entry &e : kEntries) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

QUrl permissionsPage(const FeishuErrorContext &c, const QStringList &scopes)
{
    return feishuConsole(c.platform, ConsolePage::Permissions, c.appId, scopes);
}

} // namespace

QStringList FeishuErrors::requiredScopes(const QJsonObject &answer)
{
    QStringList scopes;
    const QJsonArray violations = answer.value(QLatin1String("error")).toObject().value(QLatin1String("permission_violations")).toArray();
    for (const QJsonValue &v : violations) {
        const QString subject = v.toObject().value(QLatin1String("subject")).toString().trimmed();
        if (!subject.isEmpty() && !scopes.contains(subject))
            scopes.append(subject);
    }
    if (!scopes.isEmpty())
        return scopes;
    // "… One of the following scopes is required: [a, b].应用尚未开通…：[a, b]…"
    static const QRegularExpression list(QStringLiteral("\\[([^\\[\\]]*)\\]"));
    const QRegularExpressionMatch m = list.match(answer.value(QLatin1String("msg")).toString());
    if (!m.hasMatch())
        return scopes;
    const QStringList parts = m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString s = part.trimmed();
        if (!s.isEmpty() && !s.contains(QLatin1Char(' ')) && !scopes.contains(s))
            scopes.append(s);
    }
    return scopes;
}

ApiError FeishuErrors::fromAnswer(const QJsonObject &answer, int httpStatus, const FeishuErrorContext &context)
{
    const QJsonValue codeValue = answer.value(QLatin1String("code"));
    // A number that is no whole qint64 (found by fuzzing: 7.3e88) is no code Feishu sends.
    const qint64 code = codeValue.isDouble() ? codeValue.toInteger(-1) : codeValue.toString().toLongLong();
    const QString oauthError = answer.value(QLatin1String("error")).isString() ? answer.value(QLatin1String("error")).toString()
                                                                               : QString();
    if (code == 0 && oauthError.isEmpty()) {
        if (!codeValue.isUndefined() || httpStatus < 400)
            return {};
        // An error status with neither a code nor an OAuth error.
        ApiError e = fromCode(-1, {}, context);
        e.httpStatus = httpStatus;
        e.code = QStringLiteral("http-%1").arg(httpStatus);
        return e;
    }

    QString platformMessage = answer.value(QLatin1String("msg")).toString();
    if (platformMessage.isEmpty())
        platformMessage = answer.value(QLatin1String("error_description")).toString();
    if (platformMessage.isEmpty())
        platformMessage = answer.value(QLatin1String("message")).toString();

    ApiError e;
    if (code != 0) {
        e = fromCode(code, platformMessage, context);
        if (code == 99991672 || code == 99991679) {
            e.scopes = requiredScopes(answer);
            // The configuration API needs this one; say so even when the
            // answer names nothing.
            const bool configCall = context.call == FeishuCall::AppConfig || context.call == FeishuCall::AppAbility
                || context.call == FeishuCall::AppPublish;
            if (configCall && e.scopes.isEmpty())
                e.scopes = {patchScope};
            const QString listed = e.scopes.isEmpty() ? tr("(not named)") : e.scopes.join(tr(" or "));
            e.message = e.message.arg(listed);
            if (code == 99991672)
                e.fixUrl = permissionsPage(context, e.scopes);
        }
    } else {
        // OAuth-style answer without a numeric code.
        e.kind = ApiError::Kind::Platform;
        e.code = oauthError;
        e.detail = platformMessage;
        if (oauthError == QLatin1String("invalid_client") || oauthError == QLatin1String("unauthorized_client")) {
            e.step = Step::Credentials;
            e.message = tr("Feishu rejected the App ID or App Secret (%1). Copy both again from Credentials & Basic Info.").arg(oauthError);
        } else if (oauthError == QLatin1String("invalid_grant")) {
            e.step = Step::TestLogin;
            e.message = tr("Feishu refused the login code: it is unknown, expired or already used. Run the login test again.");
        } else if (oauthError == QLatin1String("access_denied")) {
            e.step = Step::TestLogin;
            e.message = tr("The user declined the login.");
        } else {
            e.step = Step::TestLogin;
            e.message = tr("Feishu refused the request (%1): %2").arg(oauthError, platformMessage);
        }
    }
    e.httpStatus = httpStatus;
    return e;
}

ApiError FeishuErrors::fromCode(qint64 code, const QString &platformMessage, const FeishuErrorContext &context)
{
    ApiError e;
    e.kind = ApiError::Kind::Platform;
    e.code = code < 0 ? QString() : QString::number(code);
    e.detail = platformMessage;

    const bool tokenCall = context.call == FeishuCall::TenantToken || context.call == FeishuCall::AppToken;
    if (code == 10014) {
        // One code, three causes; the msg tells them apart (§2.3).
        e.step = Step::Credentials;
        if (platformMessage.contains(QLatin1String("secret"), Qt::CaseInsensitive)) {
            e.message = tr("Feishu says the App Secret is wrong. Copy it again from Credentials & Basic Info (watch for "
                           "look-alike characters such as l and I, 0 and O), or reset it there.");
        } else if (platformMessage.contains(QLatin1String("not exist"), Qt::CaseInsensitive)) {
            e.message = context.platform == Platform::Lark
                ? tr("Lark does not know this App ID. Check it, and whether the app is a Feishu app (choose Feishu on the Welcome page).")
                : tr("Feishu does not know this App ID. Check it, and whether the app is a Lark app (choose Lark on the Welcome page).");
        } else {
            e.message = tr("Feishu rejected the credentials, or the app is disabled. Check the App ID and App Secret, and "
                           "that the app is enabled (Step 6).");
        }
        return e;
    }
    if (code == 20029 && context.call == FeishuCall::CodeExchangeV1) {
        e.step = Step::RedirectUrl;
        e.message = tr("Feishu says the redirect URL is invalid for this app. Register the exact redirect URL in Security Settings.");
        e.fixUrl = feishuConsole(context.platform, ConsolePage::Security, context.appId);
        return e;
    }
    if (const Entry *entry = findEntry(code)) {
        e.step = entry->step;
        e.message = tr(entry->text);
        if (e.step == Step::RedirectUrl)
            e.fixUrl = feishuConsole(context.platform, ConsolePage::Security, context.appId);
        else if (e.step == Step::Credentials && !tokenCall)
            e.fixUrl = feishuConsole(context.platform, ConsolePage::Credentials, context.appId);
        else if (code == 210508)
            e.fixUrl = permissionsPage(context, {selfManageScope});
        return e;
    }

    // Unknown code: say what Feishu said and point at the step being checked.
    switch (context.call) {
    case FeishuCall::TenantToken:
    case FeishuCall::AppToken:
        e.step = Step::Credentials;
        break;
    case FeishuCall::Scopes:
    case FeishuCall::UserIdByEmail:
    case FeishuCall::ContactScope:
        e.step = Step::Permissions;
        break;
    case FeishuCall::AppInfo:
    case FeishuCall::AppVersions:
    case FeishuCall::AppPublish:
    case FeishuCall::ScopesApply:
    case FeishuCall::VisibilityCheck:
        e.step = Step::Publish;
        break;
    case FeishuCall::AppConfig:
        e.step = Step::RedirectUrl;
        break;
    case FeishuCall::AppAbility:
        e.step = Step::WebPage;
        break;
    case FeishuCall::CodeExchange:
    case FeishuCall::CodeExchangeV1:
    case FeishuCall::UserInfo:
    case FeishuCall::AuthorizePage:
    case FeishuCall::TenantQuery:
        e.step = Step::TestLogin;
        break;
    }
    e.message = code < 0 ? (platformMessage.isEmpty() ? tr("Feishu answered with an error but gave no usable code.")
                                                      : tr("Feishu answered with an error but gave no usable code: %1").arg(platformMessage))
                         : tr("Feishu answered with error %1: %2").arg(code).arg(platformMessage.isEmpty() ? tr("no message") : platformMessage);
    return e;
}

QList<qint64> FeishuErrors::knownCodes()
{
    QList<qint64> codes{10014};
    for (const Entry &e : kEntries)
        codes.append(e.code);
    return codes;
}

bool FeishuErrors::isUnknownAppId(const ApiError &error)
{
    return error.kind == ApiError::Kind::Platform && error.code == QLatin1String("10014")
        && error.detail.contains(QLatin1String("not exist"), Qt::CaseInsensitive);
}

bool FeishuErrors::isTransient(qint64 code)
{
    return code == 99991400 || code == 20050 || code == 20072;
}

} // namespace fss
