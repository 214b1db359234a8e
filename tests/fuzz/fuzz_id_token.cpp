// ID tokens and key sets from a provider: any text as a token is checked
// against a fixed RSA key, and any JSON as a key set; nothing may pass that
// is not signed by the key.
#include "FuzzMain.h"

#include "core/login/IdToken.h"

#include <QJsonArray>
#include <QJsonDocument>

void fss::fuzz::one(const QByteArray &input)
{
    static const Jwks keys = *Jwks::fromJson({{QStringLiteral("keys"),
                                               QJsonArray{QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                                                                      {QStringLiteral("kid"), QStringLiteral("k1")},
                                                                      {QStringLiteral("n"), QStringLiteral("shvYHu5p-MgrOUlt4Irg_AnNEai0EiJtPhnCpP3n6OvY6qkDq1KX5meytcXsvAZ6U2uZwOkI8bUKCSTko7Lx4GKH7YhxwRDtbx-YNI2yqCYaZ3J_5tE8BDT73SKpfNOqJfPvWOr_4FxQn1ueYePwpIzqmfxgEdGqRVjZVqdX6kyQoi0F4ik3ptI1-dCY_13wSaQxwOfZxEN4MSa8QqGDHQKBEO7m9fZnQtLMs19GHks3OOvqcQ5WYLvqdb3vENaJK-MXRGoe2ppsITlo9w9WK-oBLcgm2hHofIn-HXe5XgOezwE0oABtcsQkrSTe89bK-XsBF4Dk-_NO7LdrzMJaAw")},
                                                                      {QStringLiteral("e"), QStringLiteral("AQAB")}}}}});
    // The fuzzer cannot know this key's private half: a pass is a bug.
    const IdTokenResult r = IdToken::validate(QString::fromLatin1(input), keys,
                                              {QStringLiteral("https://acme.genauth.ai/oidc"), QStringLiteral("65b2c3d4e5f60718293a4b5c"),
                                               QStringLiteral("nonce"), 1700000000, 60});
    if (r.ok() || (!r.ok() && !r.claims.isEmpty()))
        __builtin_trap();
    IdToken::unverifiedClaims(QString::fromLatin1(input));
    if (const auto set = Jwks::fromJson(QJsonDocument::fromJson(input).object())) {
        for (const Jwk &k : set->keys)
            Rs256::verify(k.n, k.e, input, input);
    }
}
