// The non-secret settings of one setup: what the operator chose and typed,
// which checklist items they ticked and where they left off. Secrets are
// never part of it; only whether each one is stored in the keychain.
#pragma once

#include "core/Platform.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

namespace fss {

// What a check found before: when it last passed and what it saw then (its
// verdict's message, which never holds a secret), and since when it has
// been failing. Kept per check id in the profile, so that a failing check
// says what changed since the last good one.
struct CheckHistory
{
    QDateTime lastPassAt; // UTC; invalid: never passed here
    QString lastPassSaw;
    QDateTime failingSince; // UTC; invalid: not failing

    bool operator==(const CheckHistory &) const = default;
};

struct SetupProfile
{
    static constexpr int formatVersion = 1;

    QString name;
    Platform platform = Platform::Feishu;
    Cloud cloud = Cloud::GenAuth;
    QString customHost; // normalised origin, only for Cloud::Custom
    // The Open API origin of a private Feishu deployment (or the sandbox),
    // which then serves the login page too; empty for the platform's hosts.
    QString feishuApi;
    QString appId;
    QString userPoolId;
    QString identifier;
    QString version;
    // GenAuth's side: the application the connection is enabled on, its
    // Authentication address and the login callback registered in it (for
    // the end-to-end login), the connection's display name, and the names
    // of its App ID / App Secret fields (empty: the defaults below).
    QString genAuthAppId;
    // More GenAuth applications the connection is enabled on (GenAuth
    // switches it per application); genAuthAppId stays the first, the one
    // the login test signs in to. Saved as "genAuthAppIds" with the first;
    // an older profile's single ID reads as a list of one.
    QStringList otherGenAuthAppIds;
    QStringList genAuthAppIds() const;
    QString genAuthAppHost;
    QString oidcCallback;
    QString connectionName;
    QString appIdFieldKey;
    QString appSecretFieldKey;
    // Certificate authorities trusted for private hosts, as PEM (public, not secrets).
    QStringList trustedCertificates;
    QSet<QString> ticked; // checklist item ids the operator ticked
    // A release submitted by Set it up in Feishu, waiting for an
    // administrator (step 6 watches it, also after the wizard reopens).
    QString releaseWaiting;
    // Who is meant to sign in (step 6's availability range): everyone in the
    // organisation, or the members of these departments (open department ids).
    bool availableToAll = true;
    QStringList availableDepartments;
    bool appSecretStored = false;
    bool userPoolSecretStored = false;
    Step lastStep = Step::Welcome;
    // Per check id (`check --json`'s "id"): what each check found before.
    QMap<QString, CheckHistory> checkHistory;

    QJsonObject toJson() const;
    // Reads what it can; unknown keys are ignored, wrong types fall back to
    // defaults so that a profile from a newer version still opens.
    static SetupProfile fromJson(const QJsonObject &object);

    bool operator==(const SetupProfile &) const = default;

    // The defaults for the fields above.
    static constexpr const char *defaultConnectionName = "Feishu";
    // The keys GenAuth's connection is written under unless the operator
    // chose (IdentitySourceSpec's defaults), as the profile spells them.
    static QString defaultAppIdFieldKeys();
    static QString defaultAppSecretFieldKeys();
    static constexpr const char *defaultOidcCallback = "http://127.0.0.1:47821/callback";
    QString effectiveConnectionName() const;
    // The keys, from the profile's comma-separated choice or the defaults.
    QStringList appIdFieldKeys() const;
    QStringList appSecretFieldKeys() const;
    static QStringList fieldKeys(const QString &commaSeparated);
    QString effectiveOidcCallback() const;
};

} // namespace fss
