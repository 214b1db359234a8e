// PKCE (RFC 7636) and the random state and nonce of an authorization
// attempt: what both login tests send, and what both imitations verify.
#pragma once

#include <QString>

namespace fss::Pkce {

QString randomVerifier();                       // 64 chars of [A-Za-z0-9-._~]
QString challengeS256(const QString &verifier); // base64url(SHA-256), no padding
QString randomState();                          // 32 letters and digits
// Whether `verifier` answers `challenge` under `method`: "S256", or plain
// for anything else (the authorize endpoint has refused unknown methods).
bool verifies(const QString &method, const QString &challenge, const QString &verifier);

} // namespace fss::Pkce
