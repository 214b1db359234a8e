// The sandbox's own RS256 signing key for the ID tokens of its GenAuth
// imitation: one 2048-bit RSA key per process, made on first use, never
// written anywhere.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace fss {

class RsaSigner
{
public:
    // The process-wide key (generated once; a few hundred milliseconds).
    static const RsaSigner &shared();

    QString kid() const { return m_kid; }
    // {"kty": "RSA", "use": "sig", "alg": "RS256", "kid", "n", "e"}
    QJsonObject publicJwk() const;
    // RSASSA-PKCS1-v1_5 SHA-256 signature of `message`, as long as the modulus.
    QByteArray sign(const QByteArray &message) const;
    // A JWT: base64url(header).base64url(claims).base64url(signature).
    QString signJwt(const QJsonObject &claims) const;

    RsaSigner(const RsaSigner &) = delete;
    RsaSigner &operator=(const RsaSigner &) = delete;
    ~RsaSigner();

private:
    RsaSigner();
    void *m_key = nullptr; // gcry_sexp_t of the key pair
    QByteArray m_n;
    QByteArray m_e;
    QString m_kid;
};

} // namespace fss
