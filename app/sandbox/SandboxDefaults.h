// The test setup both imitations share, named once: the GenAuth user pool
// and the connection identifier that the Feishu test app's redirect URL
// names (https://core.genauth.ai/connection/social/{identifier}/{userPoolId}/callback).
#pragma once

namespace fss::SandboxDefaults {

inline constexpr const char *userPoolId = "65a1b2c3d4e5f60718293a4b";
inline constexpr const char *identifier = "feishu";

} // namespace fss::SandboxDefaults
