// Every way a profile becomes what the lower floors take: the clients'
// hosts, the certificates the transport trusts, what GenAuth's connection
// and Feishu's app should hold. The clients know no profile; this is the
// one place that reads one for them.
#pragma once

#include "core/feishu/Availability.h"
#include "core/feishu/FeishuAppSetup.h"
#include "core/feishu/FeishuClient.h"
#include "core/genauth/GenAuthClient.h"
#include "core/genauth/GenAuthIdentitySource.h"
#include "core/setup/SetupProfile.h"

#include <QList>
#include <QUrl>

namespace fss::ProfileMapping {

// The platform's hosts, or the profile's private (or imitation) host,
// which then serves the login page too.
FeishuEndpoints feishuEndpoints(const SetupProfile &profile);
GenAuthEndpoints genAuthEndpoints(const SetupProfile &profile);
// The certificate authorities the profile trusts for private hosts.
QList<Certificate> trustedCertificates(const SetupProfile &profile);
// The URL to register in Feishu's Redirect URLs (fss::redirectUrl).
QUrl redirectUrl(const SetupProfile &profile);
// Who is meant to sign in: everyone, or the profile's departments.
AvailabilityIntent availability(const SetupProfile &profile);
// What steps 3 to 6 should leave in the Feishu app.
FeishuAppSpec feishuAppSpec(const SetupProfile &profile);
// What GenAuth's identity source should hold; an empty secret for runs
// that never write it.
IdentitySourceSpec identitySource(const SetupProfile &profile, const QString &feishuAppSecret);

} // namespace fss::ProfileMapping
