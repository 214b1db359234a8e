#include "Pkce.h"

#include "core/transport/QueryBuilder.h"

#include <QCryptographicHash>

namespace fss::Pkce {

QString randomVerifier()
{
    return randomString(QLatin1StringView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"), 64);
}

QString challengeS256(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomState()
{
    return randomString(QLatin1StringView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), 32);
}

bool verifies(const QString &method, const QString &challenge, const QString &verifier)
{
    if (verifier.isEmpty())
        return false;
    return (method == QLatin1String("S256") ? challengeS256(verifier) : verifier) == challenge;
}

} // namespace fss::Pkce
