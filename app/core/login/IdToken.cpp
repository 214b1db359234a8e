#include "core/login/IdToken.h"

#include <QDateTime>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>

#include <gcrypt.h>

namespace fss {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

std::optional<QByteArray> base64Url(const QByteArray &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

std::optional<QJsonObject> jsonPart(const QByteArray &text)
{
    const auto bytes = base64Url(text);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// A JWT NumericDate (RFC 7519 §2) as whole seconds, when it is one a clock
// can hold: a number between 0 and year 30000.
std::optional<qint64> numericDate(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= 0 && d < 9.5e11))
        return std::nullopt;
    return qint64(d);
}

QString utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(Qt::ISODate);
}

// Holds a libgcrypt S-expression and releases it.
struct Sexp
{
    gcry_sexp_t p = nullptr;
    ~Sexp() { gcry_sexp_release(p); }
};

} // namespace

namespace Rs256 {

void initialiseCrypto()
{
    // Other libraries in the process (libsecret) may have done it already;
    // then it must be left as they set it up.
    if (gcry_control(GCRYCTL_ANY_INITIALIZATION_P))
        return;
    gcry_check_version(nullptr);
    gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
}

bool usableKey(const QByteArray &modulus, const QByteArray &exponent)
{
    // RFC 7518 §3.3: RS256 keys have at least 2048 bits. An even modulus or
    // exponent, or an exponent as long as the modulus, is no RSA key either
    // (and libgcrypt aborts on some such keys: found by fuzzing).
    const QByteArray n = QByteArray(modulus).remove(0, qsizetype(std::find_if(modulus.cbegin(), modulus.cend(), [](char c) { return c != 0; }) - modulus.cbegin()));
    const QByteArray e = QByteArray(exponent).remove(0, qsizetype(std::find_if(exponent.cbegin(), exponent.cend(), [](char c) { return c != 0; }) - exponent.cbegin()));
    return n.size() >= 256 && n.size() <= 1024 && (n.back() & 1) && !e.isEmpty() && e.size() <= 8 && (e.back() & 1)
        && !(e.size() == 1 && e.front() == 1);
}

bool verify(const QByteArray &modulus, const QByteArray &exponent, const QByteArray &message, const QByteArray &signature)
{
    if (!usableKey(modulus, exponent) || signature.isEmpty() || signature.size() > modulus.size())
        return false;
    initialiseCrypto();
    unsigned char digest[32];
    gcry_md_hash_buffer(GCRY_MD_SHA256, digest, message.constData(), size_t(message.size()));
    Sexp key, data, sig;
    if (gcry_sexp_build(&key.p, nullptr, "(public-key (rsa (n %b) (e %b)))", int(modulus.size()), modulus.constData(),
                        int(exponent.size()), exponent.constData())
        || gcry_sexp_build(&data.p, nullptr, "(data (flags pkcs1) (hash sha256 %b))", int(sizeof digest), digest)
        || gcry_sexp_build(&sig.p, nullptr, "(sig-val (rsa (s %b)))", int(signature.size()), signature.constData()))
        return false;
    return gcry_pk_verify(sig.p, data.p, key.p) == 0;
}

} // namespace Rs256

std::optional<Jwks> Jwks::fromJson(const QJsonObject &object, QString *error)
{
    if (!object.value(QLatin1String("keys")).isArray()) {
        if (error)
            *error = IdToken::tr("the key set has no “keys” list");
        return std::nullopt;
    }
    Jwks set;
    for (const QJsonValue &v : object.value(QLatin1String("keys")).toArray()) {
        const QJsonObject k = v.toObject();
        if (k.value(QLatin1String("kty")).toString() != QLatin1String("RSA"))
            continue;
        const QString use = k.value(QLatin1String("use")).toString();
        if (!use.isEmpty() && use != QLatin1String("sig"))
            continue;
        const auto n = base64Url(k.value(QLatin1String("n")).toString().toLatin1());
        const auto e = base64Url(k.value(QLatin1String("e")).toString().toLatin1());
        if (!n || !e || !Rs256::usableKey(*n, *e))
            continue;
        set.keys.append({k.value(QLatin1String("kid")).toString(), k.value(QLatin1String("alg")).toString(), *n, *e});
    }
    return set;
}

const Jwk *Jwks::find(const QString &kid) const
{
    if (kid.isEmpty())
        return keys.size() == 1 ? &keys.first() : nullptr;
    for (const Jwk &k : keys) {
        if (k.kid == kid)
            return &k;
    }
    return nullptr;
}

QJsonObject IdToken::unverifiedClaims(const QString &token)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    return jsonPart(parts.at(1)).value_or(QJsonObject{});
}

IdTokenResult IdToken::validate(const QString &token, const Jwks &keys, const IdTokenExpectations &expected)
{
    IdTokenResult result;
    const auto refuse = [&](const char *code, const QString &message) {
        result.error.kind = ApiError::Kind::Platform;
        result.error.step = Step::TestLogin;
        result.error.code = QLatin1String(code);
        result.error.message = message;
        result.claims = {};
        return result;
    };

    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (token.isEmpty())
        return refuse("id-token-missing", tr("The token answer has no ID token. Ask for the “openid” scope, and check that the "
                                             "GenAuth application uses the OIDC protocol."));
    const auto header = parts.size() == 3 ? jsonPart(parts.at(0)) : std::nullopt;
    const auto claims = parts.size() == 3 ? jsonPart(parts.at(1)) : std::nullopt;
    const auto signature = parts.size() == 3 ? base64Url(parts.at(2)) : std::nullopt;
    if (!header || !claims || !signature)
        return refuse("id-token-malformed", tr("The ID token is not a well-formed JWT (three base64url parts, header and claims "
                                               "in JSON)."));
    result.header = *header;

    // Only the algorithm the provider announces for ID tokens is accepted:
    // never "none", never an HMAC keyed with something public.
    const QString alg = header->value(QLatin1String("alg")).toString();
    if (alg != QLatin1String("RS256"))
        return refuse("id-token-alg", tr("The ID token is signed with “%1”; only RS256 is accepted. Set the GenAuth application's "
                                         "ID token signature algorithm to RS256.")
                                          .arg(alg.isEmpty() ? tr("no algorithm") : alg));
    const QString kid = header->value(QLatin1String("kid")).toString();
    const Jwk *key = keys.find(kid);
    if (!key)
        return refuse("id-token-key", tr("The ID token is signed with key “%1”, which the provider's published key set (JWKS) "
                                         "does not list. Check the Authentication address.")
                                          .arg(kid));
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    if (!Rs256::verify(key->n, key->e, signingInput, *signature))
        return refuse("id-token-signature", tr("The ID token's signature does not match the provider's published key: it was not "
                                               "issued by this GenAuth application, or it was altered on the way. Check the "
                                               "Authentication address."));

    // The signature holds; now the claims must be this login's.
    const QString iss = claims->value(QLatin1String("iss")).toString();
    if (iss != expected.issuer)
        return refuse("id-token-issuer", tr("The ID token was issued by “%1”, not by “%2”. Check the Authentication address.")
                                             .arg(iss, expected.issuer));
    const QJsonValue aud = claims->value(QLatin1String("aud"));
    QStringList audiences;
    if (aud.isArray()) {
        for (const QJsonValue &a : aud.toArray())
            audiences.append(a.toString());
    } else {
        audiences.append(aud.toString());
    }
    const QString azp = claims->value(QLatin1String("azp")).toString();
    if (!audiences.contains(expected.audience) || (audiences.size() > 1 && azp != expected.audience))
        return refuse("id-token-audience", tr("The ID token is meant for “%1”, not for this application (%2). Check the GenAuth "
                                              "application ID.")
                                               .arg(audiences.join(QStringLiteral(", ")), expected.audience));
    const std::optional<qint64> expiry = numericDate(claims->value(QLatin1String("exp")));
    if (!expiry)
        return refuse("id-token-expired", tr("The ID token has no usable expiry time (exp)."));
    const qint64 exp = *expiry;
    if (exp + expected.leewaySeconds <= expected.nowSeconds)
        return refuse("id-token-expired", tr("The ID token expired at %1 (UTC); it is now %2. If the login just happened, check "
                                             "this computer's clock.")
                                              .arg(utc(exp), utc(expected.nowSeconds)));
    const QJsonValue iatValue = claims->value(QLatin1String("iat"));
    const std::optional<qint64> iat = numericDate(iatValue);
    if (!iatValue.isUndefined() && !iat)
        return refuse("id-token-future", tr("The ID token's issue time (iat) is not a time."));
    if (iat && *iat - expected.leewaySeconds > expected.nowSeconds)
        return refuse("id-token-future", tr("The ID token was issued at %1 (UTC), after the time on this computer (%2). Check "
                                            "this computer's clock.")
                                             .arg(utc(*iat), utc(expected.nowSeconds)));
    if (claims->value(QLatin1String("nonce")).toString() != expected.nonce)
        return refuse("id-token-nonce", tr("The ID token does not carry the nonce this login sent, so it may be replayed from "
                                           "another login. Nothing is accepted; start the test again."));
    result.claims = *claims;
    return result;
}

} // namespace fss
