// The redirect back from a login, as the browser or the loopback listener
// hands it on, and the text of the pages the browser shows.
#include "FuzzMain.h"

#include "core/login/AuthorizationResponse.h"

void fss::fuzz::one(const QByteArray &input)
{
    static const QUrl redirect(QStringLiteral("https://core.genauth.ai/connection/social/feishu/65a1b2c3d4e5f60718293a4b/callback"));
    static const QUrl loopback(QStringLiteral("http://127.0.0.1:47821/callback"));
    for (const QUrl &url : {QUrl::fromEncoded(input), QUrl(QString::fromUtf8(input)), redirect.resolved(QUrl(QString::fromUtf8(input)))}) {
        AuthorizationResponse::fromUrl(url);
        isRedirectTo(url, redirect);
        isRedirectTo(url, loopback);
    }
    if (const auto refusal = feishuRefusal(QString::fromUtf8(input))) {
        if (refusal->code < 1000 || refusal->code > 999999)
            __builtin_trap(); // four to six digits, nothing else
    }
}
