// The names that the pages, the core, `check --json` and the profile file
// share, in one place: the wizard's fields, the live checks' ids and the
// checklist items. Code names them by value (Field::AppId, CheckId::redirectUrl(),
// ChecklistId::permission(p.id)); only the text forms below reach QWizard,
// JSON and the profile, and parse() says when a text names nothing known.
#pragma once

#include "core/setup/SetupProfile.h"

#include <QList>
#include <QString>

#include <optional>

namespace fss {

// A value the wizard's pages register with QWizard and the wizard reads back.
enum class Field {
    ProfileName,
    Lark,
    Cloud,
    CustomHost,
    FeishuApi,
    TrustedCertificates,
    AppId,
    AppSecret,
    UserPoolId,
    UserPoolSecret,
    Identifier,
    GenAuthAppId,
    Version,
    GenAuthAppHost,
    OidcCallback,
};
// QWizard's name of the field ("appId").
QString fieldName(Field field);

// The id of one live check, as CheckResult::id and `check --json` carry it:
// "credentials", "permission.<permission id>", "web-page", "redirect-url",
// "release", "availability", "genauth-connection", "genauth-enabled".
struct CheckId
{
    enum class Kind { Credentials, Permission, WebPage, RedirectUrl, Release, Availability, GenAuthConnection, GenAuthEnabled };
    Kind kind = Kind::Credentials;
    QString permission; // for Kind::Permission: the RequiredPermission id

    static CheckId credentials() { return {Kind::Credentials, {}}; }
    static CheckId permissionOf(const QString &permissionId) { return {Kind::Permission, permissionId}; }
    static CheckId webPage() { return {Kind::WebPage, {}}; }
    static CheckId redirectUrl() { return {Kind::RedirectUrl, {}}; }
    static CheckId release() { return {Kind::Release, {}}; }
    static CheckId availability() { return {Kind::Availability, {}}; }
    static CheckId genAuthConnection() { return {Kind::GenAuthConnection, {}}; }
    static CheckId genAuthEnabled() { return {Kind::GenAuthEnabled, {}}; }

    QString toString() const;
    static std::optional<CheckId> parse(const QString &text);
    friend bool operator==(const CheckId &, const CheckId &) = default;
};

// One item of a step's checklist, kept in the profile's "ticked" list as
// "<step>/<item>" ("1/created", "5/email").
struct ChecklistId
{
    Step step = Step::Welcome;
    QString item;

    static ChecklistId appCreated() { return {Step::CreateApp, QStringLiteral("created")}; }
    static ChecklistId appOpens() { return {Step::CreateApp, QStringLiteral("opened")}; }
    static ChecklistId genAuthSource() { return {Step::Credentials, QStringLiteral("genauth-source")}; }
    static ChecklistId webApp() { return {Step::WebPage, QStringLiteral("web-app")}; }
    static ChecklistId redirectUrlAdded() { return {Step::RedirectUrl, QStringLiteral("added")}; }
    static ChecklistId permission(const QString &permissionId) { return {Step::Permissions, permissionId}; }
    static ChecklistId releaseSubmitted() { return {Step::Publish, QStringLiteral("submitted")}; }
    static ChecklistId availability() { return {Step::Publish, QStringLiteral("availability")}; }
    static ChecklistId releaseApproved() { return {Step::Publish, QStringLiteral("approved")}; }

    QString toString() const;
    static std::optional<ChecklistId> parse(const QString &text);
    friend bool operator==(const ChecklistId &, const ChecklistId &) = default;
};

// A checklist item whose fact a live check verifies: a passing check ticks
// it; a failing one clears it when the failure refutes it (a release still
// waiting for approval was submitted all the same; a mistyped secret says
// nothing of whether the app exists). Where no check could run, the items
// are the operator's to tick.
struct VerifiedItem
{
    ChecklistId item;
    bool refutedByFailure = true;
};
QList<VerifiedItem> checklistItemsVerifiedBy(const CheckId &check);

} // namespace fss
