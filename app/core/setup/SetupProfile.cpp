#include "core/setup/SetupProfile.h"

#include "core/genauth/GenAuthIdentitySource.h"

#include <QJsonArray>

namespace fss {

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
    return appIdFieldKey.isEmpty() ? IdentitySourceSpec::defaultAppIdKeys() : fieldKeys(appIdFieldKey);
}

QStringList SetupProfile::appSecretFieldKeys() const
{
    return appSecretFieldKey.isEmpty() ? IdentitySourceSpec::defaultAppSecretKeys() : fieldKeys(appSecretFieldKey);
}

QString SetupProfile::defaultAppIdFieldKeys()
{
    return IdentitySourceSpec::defaultAppIdKeys().join(QStringLiteral(", "));
}

QString SetupProfile::defaultAppSecretFieldKeys()
{
    return IdentitySourceSpec::defaultAppSecretKeys().join(QStringLiteral(", "));
}

QString SetupProfile::effectiveOidcCallback() const
{
    return oidcCallback.isEmpty() ? QLatin1String(defaultOidcCallback) : oidcCallback;
}

namespace {

QJsonObject historyJson(const QMap<QString, CheckHistory> &history)
{
    QJsonObject o;
    for (auto it = history.cbegin(); it != history.cend(); ++it) {
        QJsonObject h;
        if (it->lastPassAt.isValid()) {
            h.insert(QStringLiteral("lastPass"), it->lastPassAt.toUTC().toString(Qt::ISODateWithMs));
            h.insert(QStringLiteral("lastPassSaw"), it->lastPassSaw);
        }
        if (it->failingSince.isValid())
            h.insert(QStringLiteral("failingSince"), it->failingSince.toUTC().toString(Qt::ISODateWithMs));
        o.insert(it.key(), h);
    }
    return o;
}

} // namespace

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
        {QStringLiteral("genAuthAppIds"), QJsonArray::fromStringList(genAuthAppIds())},
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
        {QStringLiteral("checkHistory"), historyJson(checkHistory)},
    };
}

QStringList SetupProfile::genAuthAppIds() const
{
    return IdentitySourceSpec::applicationList(genAuthAppId, otherGenAuthAppIds);
}

SetupProfile SetupProfile::fromJson(const QJsonObject &o)
{
    SetupProfile p;
    p.platform = platformFromString(o.value(QStringLiteral("platform")).toString());
    p.cloud = cloudFromString(o.value(QStringLiteral("cloud")).toString());
    p.customHost = o.value(QStringLiteral("customHost")).toString();
    p.feishuApi = o.value(QStringLiteral("feishuApi")).toString();
    p.appId = o.value(QStringLiteral("appId")).toString();
    p.userPoolId = o.value(QStringLiteral("userPoolId")).toString();
    p.identifier = o.value(QStringLiteral("identifier")).toString();
    p.version = o.value(QStringLiteral("version")).toString();
    p.genAuthAppId = o.value(QStringLiteral("genAuthAppId")).toString();
    for (const QJsonValue &id : o.value(QStringLiteral("genAuthAppIds")).toArray()) {
        // As written (genAuthAppIds() does not trim), so that a profile
        // written and read again is the same.
        const QString text = id.toString();
        if (text.trimmed().isEmpty() || text == p.genAuthAppId || p.otherGenAuthAppIds.contains(text))
            continue;
        if (p.genAuthAppId.isEmpty())
            p.genAuthAppId = text;
        else
            p.otherGenAuthAppIds.append(text);
    }
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
    const QJsonObject history = o.value(QStringLiteral("checkHistory")).toObject();
    for (auto it = history.begin(); it != history.end(); ++it) {
        const QJsonObject h = it.value().toObject();
        CheckHistory c;
        c.lastPassAt = QDateTime::fromString(h.value(QStringLiteral("lastPass")).toString(), Qt::ISODate);
        c.lastPassSaw = h.value(QStringLiteral("lastPassSaw")).toString();
        c.failingSince = QDateTime::fromString(h.value(QStringLiteral("failingSince")).toString(), Qt::ISODate);
        if (c.lastPassAt.isValid() || c.failingSince.isValid())
            p.checkHistory.insert(it.key(), c);
    }
    return p;
}

} // namespace fss
