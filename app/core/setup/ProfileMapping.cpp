#include "core/setup/ProfileMapping.h"

#include "core/transport/ApiTransport.h"

namespace fss::ProfileMapping {

FeishuEndpoints feishuEndpoints(const SetupProfile &profile)
{
    FeishuEndpoints e = FeishuEndpoints::defaults(profile.platform);
    if (!profile.feishuApi.isEmpty()) {
        e.openApi = QUrl(profile.feishuApi);
        e.accounts = e.openApi; // a private or imitation host serves both
        e.otherBrandApi = {};   // and has no other brand
    }
    return e;
}

GenAuthEndpoints genAuthEndpoints(const SetupProfile &profile)
{
    return GenAuthEndpoints::forCloud(profile.cloud, profile.customHost);
}

QList<Certificate> trustedCertificates(const SetupProfile &profile)
{
    QList<Certificate> list;
    for (const QString &pem : profile.trustedCertificates)
        list += ApiTransport::certificatesFromPem(pem.toLatin1());
    return list;
}

QUrl redirectUrl(const SetupProfile &profile)
{
    return fss::redirectUrl(profile.cloud, profile.customHost, profile.identifier, profile.userPoolId);
}

AvailabilityIntent availability(const SetupProfile &profile)
{
    AvailabilityIntent intent;
    intent.toAll = profile.availableToAll || profile.availableDepartments.isEmpty();
    if (!intent.toAll)
        intent.departments = profile.availableDepartments;
    return intent;
}

FeishuAppSpec feishuAppSpec(const SetupProfile &profile)
{
    FeishuAppSpec s;
    s.redirectUrl = redirectUrl(profile).toString(QUrl::FullyEncoded);
    // The web app opens the GenAuth application, where the login starts.
    s.webAppUrl = profile.genAuthAppHost.isEmpty() ? QUrl(s.redirectUrl).adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString()
                                                   : profile.genAuthAppHost;
    s.version = profile.version;
    s.availability = availability(profile);
    return s;
}

IdentitySourceSpec identitySource(const SetupProfile &profile, const QString &feishuAppSecret)
{
    IdentitySourceSpec s;
    s.identifier = profile.identifier;
    s.displayName = profile.effectiveConnectionName();
    s.feishuAppId = profile.appId;
    s.feishuAppSecret = feishuAppSecret;
    s.applicationId = profile.genAuthAppId;
    s.otherApplicationIds = profile.otherGenAuthAppIds;
    s.loginCallback = profile.effectiveOidcCallback();
    s.appIdKeys = profile.appIdFieldKeys();
    s.appSecretKeys = profile.appSecretFieldKeys();
    return s;
}

} // namespace fss::ProfileMapping
