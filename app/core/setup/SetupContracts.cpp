#include "SetupContracts.h"

#include <array>

namespace fss {

namespace {

constexpr std::array kFieldNames{"profileName", "lark",       "cloud",          "customHost",   "feishuApi",
                                 "trustedCertificates",       "appId",          "appSecret",    "userPoolId",
                                 "userPoolSecret",            "identifier",     "genAuthAppId", "version",
                                 "genAuthAppHost",            "oidcCallback"};
static_assert(kFieldNames.size() == size_t(Field::OidcCallback) + 1, "one name per Field");

struct CheckName
{
    CheckId::Kind kind;
    const char *name;
};
constexpr std::array kCheckNames{CheckName{CheckId::Kind::Credentials, "credentials"},
                                 CheckName{CheckId::Kind::WebPage, "web-page"},
                                 CheckName{CheckId::Kind::RedirectUrl, "redirect-url"},
                                 CheckName{CheckId::Kind::Release, "release"},
                                 CheckName{CheckId::Kind::Availability, "availability"},
                                 CheckName{CheckId::Kind::GenAuthConnection, "genauth-connection"},
                                 CheckName{CheckId::Kind::GenAuthEnabled, "genauth-enabled"}};
constexpr QLatin1StringView kPermissionPrefix("permission.");

} // namespace

QString fieldName(Field field)
{
    return QLatin1StringView(kFieldNames[size_t(field)]);
}

QString CheckId::toString() const
{
    if (kind == Kind::Permission)
        return QString(kPermissionPrefix) + permission;
    for (const CheckName &c : kCheckNames) {
        if (c.kind == kind)
            return QLatin1StringView(c.name);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<CheckId> CheckId::parse(const QString &text)
{
    if (text.startsWith(kPermissionPrefix) && text.size() > kPermissionPrefix.size())
        return permissionOf(text.mid(kPermissionPrefix.size()));
    for (const CheckName &c : kCheckNames) {
        if (text == QLatin1StringView(c.name))
            return CheckId{c.kind, {}};
    }
    return std::nullopt;
}

QString ChecklistId::toString() const
{
    return QString::number(int(step)) + QLatin1Char('/') + item;
}

std::optional<ChecklistId> ChecklistId::parse(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    bool ok = false;
    const int step = text.left(slash).toInt(&ok);
    if (slash <= 0 || !ok || step < int(Step::CreateApp) || step > int(Step::Publish) || slash + 1 >= text.size())
        return std::nullopt;
    return ChecklistId{Step(step), text.mid(slash + 1)};
}

QList<VerifiedItem> checklistItemsVerifiedBy(const CheckId &check)
{
    switch (check.kind) {
    case CheckId::Kind::WebPage:
        return {{ChecklistId::webApp()}};
    case CheckId::Kind::RedirectUrl:
        return {{ChecklistId::redirectUrlAdded()}};
    case CheckId::Kind::Permission:
        return {{ChecklistId::permission(check.permission)}};
    case CheckId::Kind::Release:
        return {{ChecklistId::releaseSubmitted(), false}, {ChecklistId::releaseApproved()}};
    case CheckId::Kind::Availability:
        return {{ChecklistId::availability()}};
    case CheckId::Kind::Credentials:
        // Feishu issued a token for this App ID and Secret: the app exists
        // and opens. A failure (a mistyped secret) says nothing of either.
        return {{ChecklistId::appCreated(), false}, {ChecklistId::appOpens(), false}};
    case CheckId::Kind::GenAuthConnection:
        return {{ChecklistId::genAuthSource()}};
    case CheckId::Kind::GenAuthEnabled:
        break;
    }
    return {};
}

} // namespace fss
