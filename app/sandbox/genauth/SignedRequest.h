// GenAuth's second way to authorise a Management API request, the one the
// official Node SDK uses: an HMAC-SHA1 signature with the user pool secret
// instead of a management token (SignedRequest.cpp says how it is made).
#pragma once

#include "sandbox/SandboxServer.h"

#include <optional>

namespace fss {

struct SignedRequest
{
    // The text the client signed.
    static QByteArray stringToSign(const SandboxRequest &request);
    // nullopt: the request is not signed this way; "": signed by this pool;
    // otherwise why the signature is refused.
    static std::optional<QString> verify(const SandboxRequest &request, const QString &userPoolId, const QString &secret);
};

} // namespace fss
