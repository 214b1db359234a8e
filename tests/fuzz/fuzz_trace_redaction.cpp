// What --trace writes never depends on a secret's value: a JSON body, a
// form, a query string and an Authorization header that carry any text as
// a secret are redacted to exactly what they are with "x" in its place
// (docs/guide.md, "--trace").
#include "FuzzMain.h"

#include "core/transport/HarTrace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace {

QByteArray json(const QString &secret)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("app_id"), QStringLiteral("cli_a1b2c3d4e5f60718")},
                                     {QStringLiteral("app_secret"), secret},
                                     {QStringLiteral("data"), QJsonObject{{QStringLiteral("tenant_access_token"), secret},
                                                                          {QStringLiteral("token_type"), QStringLiteral("Bearer")}}},
                                     {QStringLiteral("fields"), QJsonObject{{QStringLiteral("clientSecret"), secret}}}})
        .toJson(QJsonDocument::Compact);
}

QUrl url(const QString &secret)
{
    QUrl u(QStringLiteral("https://example.com/callback"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("code"), secret);
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
    u.setQuery(q);
    return u;
}

} // namespace

void fss::fuzz::one(const QByteArray &input)
{
    // Any bytes as a body: no crash.
    HarTrace::redactBody(input);
    HarTrace::redactUrl(QUrl::fromEncoded(input));
    const QString secret = QString::fromUtf8(input);
    if (secret.isEmpty())
        return;
    const QString x = QStringLiteral("x");
    if (HarTrace::redactBody(json(secret)) != HarTrace::redactBody(json(x)))
        __builtin_trap();
    if (HarTrace::redactUrl(url(secret)) != HarTrace::redactUrl(url(x)))
        __builtin_trap();
    if (HarTrace::redactBody(url(secret).query(QUrl::FullyEncoded).toUtf8()) != HarTrace::redactBody(url(x).query(QUrl::FullyEncoded).toUtf8()))
        __builtin_trap();
    if (HarTrace::redactHeader("Authorization", "Bearer " + input) != HarTrace::redactHeader("Authorization", "Bearer x"))
        __builtin_trap();
}
