// What comes back to a redirect URI after a login (RFC 6749 §4.1.2, with
// RFC 9207's `iss`), and Feishu's refusal page. Shared by the Feishu login
// probe and the OpenID Connect login; pure functions of outside data, so
// they are fuzzed (tests/fuzz).
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace fss {

struct AuthorizationResponse
{
    QString state;
    QString code;
    QString error;
    QString errorDescription;
    QString issuer;

    static AuthorizationResponse fromUrl(const QUrl &url);
};

// Whether `url` goes to `redirectUri`: scheme, host (any case), port (the
// scheme's default when absent) and path; the query is ignored.
bool isRedirectTo(const QUrl &url, const QUrl &redirectUri);

// Feishu's authorize page when it refuses: "错误码：20029 redirect_uri 请求不合法"
// (docs/platforms.md F §3.4) gives 20029 and the text after it.
struct FeishuRefusal
{
    qint64 code = 0;
    QString text;
};
std::optional<FeishuRefusal> feishuRefusal(const QString &pageText);

} // namespace fss
