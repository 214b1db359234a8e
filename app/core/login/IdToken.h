// OpenID Connect ID tokens: the JWT is split and decoded, its RS256
// signature checked against the provider's JWKS, and its claims against
// what this login asked for (issuer, audience, nonce, time). Anything else
// is refused with the reason; no claim is trusted before the signature is.
// The RSA arithmetic is libgcrypt's (already loaded by the desktop's D-Bus
// libraries, so it costs the wizard's start-up nothing).
#pragma once

#include "core/transport/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fss {

// One RSA public key of a JWKS (RFC 7517); other key types are skipped.
struct Jwk
{
    QString kid;
    QString alg;      // may be empty
    QByteArray n;     // modulus, big-endian, as decoded from base64url
    QByteArray e;     // exponent
};

struct Jwks
{
    QList<Jwk> keys;

    // {"keys": [...]}; nullopt (and the reason) when it is not a key set.
    static std::optional<Jwks> fromJson(const QJsonObject &object, QString *error = nullptr);
    // The key with this kid; with an empty kid, the only RSA key if there is one.
    const Jwk *find(const QString &kid) const;
};

struct IdTokenExpectations
{
    QString issuer;
    QString audience;       // the client_id
    QString nonce;
    qint64 nowSeconds = 0;  // Unix time
    int leewaySeconds = 60; // allowed clock difference
};

struct IdTokenResult
{
    ApiError error;     // None when valid
    QJsonObject header; // the JOSE header
    QJsonObject claims; // only filled when the token is valid
    bool ok() const { return error.ok(); }
};

class IdToken
{
    Q_DECLARE_TR_FUNCTIONS(IdToken)

public:
    static IdTokenResult validate(const QString &token, const Jwks &keys, const IdTokenExpectations &expected);

    // The part of a JWT before the signature, decoded, for showing a
    // refused token's claims; never used to decide anything.
    static QJsonObject unverifiedClaims(const QString &token);
};

namespace Rs256 {
// RSASSA-PKCS1-v1_5 with SHA-256 (RFC 7518 §3.3).
bool verify(const QByteArray &modulus, const QByteArray &exponent, const QByteArray &message, const QByteArray &signature);
// An RSA public key RS256 may use: 2048 to 8192 bits, odd modulus, odd
// exponent above 1 and at most 64 bits.
bool usableKey(const QByteArray &modulus, const QByteArray &exponent);
// Makes sure libgcrypt is initialised, as its manual asks of every user.
void initialiseCrypto();
} // namespace Rs256

} // namespace fss
