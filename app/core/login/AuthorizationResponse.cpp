#include "core/login/AuthorizationResponse.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace fss {

AuthorizationResponse AuthorizationResponse::fromUrl(const QUrl &url)
{
    const QUrlQuery query(url);
    const auto item = [&](const char *key) { return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    return {item("state"), item("code"), item("error"), item("error_description"), item("iss")};
}

bool isRedirectTo(const QUrl &url, const QUrl &redirectUri)
{
    const auto port = [](const QUrl &u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    return url.scheme() == redirectUri.scheme() && url.host().compare(redirectUri.host(), Qt::CaseInsensitive) == 0
        && port(url) == port(redirectUri) && url.path() == redirectUri.path();
}

std::optional<FeishuRefusal> feishuRefusal(const QString &pageText)
{
    // Feishu codes have four to six digits and no leading zero.
    static const QRegularExpression code(QStringLiteral("错误码[：:]\\s*([1-9]\\d{3,5})(?!\\d)\\s*([^\\n]*)"));
    const QRegularExpressionMatch m = code.match(pageText);
    if (!m.hasMatch())
        return std::nullopt;
    return FeishuRefusal{m.captured(1).toLongLong(), m.captured(2).trimmed()};
}

} // namespace fss
