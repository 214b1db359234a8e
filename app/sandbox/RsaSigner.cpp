#include "sandbox/RsaSigner.h"

#include "core/login/IdToken.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <gcrypt.h>

namespace fss {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray mpiBytes(gcry_sexp_t list, const char *name)
{
    gcry_sexp_t token = gcry_sexp_find_token(list, name, 0);
    if (!token)
        return {};
    gcry_mpi_t mpi = gcry_sexp_nth_mpi(token, 1, GCRYMPI_FMT_USG);
    gcry_sexp_release(token);
    unsigned char *buffer = nullptr;
    size_t length = 0;
    QByteArray bytes;
    if (mpi && gcry_mpi_aprint(GCRYMPI_FMT_USG, &buffer, &length, mpi) == 0)
        bytes = QByteArray(reinterpret_cast<const char *>(buffer), qsizetype(length));
    gcry_free(buffer);
    gcry_mpi_release(mpi);
    return bytes;
}

} // namespace

const RsaSigner &RsaSigner::shared()
{
    static const RsaSigner signer;
    return signer;
}

RsaSigner::RsaSigner()
{
    Rs256::initialiseCrypto();
    gcry_sexp_t parameters = nullptr;
    gcry_sexp_t pair = nullptr;
    if (gcry_sexp_build(&parameters, nullptr, "(genkey (rsa (nbits 4:2048)))") == 0 && gcry_pk_genkey(&pair, parameters) == 0) {
        m_key = pair;
        gcry_sexp_t pub = gcry_sexp_find_token(pair, "public-key", 0);
        m_n = mpiBytes(pub, "n");
        m_e = mpiBytes(pub, "e");
        gcry_sexp_release(pub);
    }
    gcry_sexp_release(parameters);
    // RFC 7638 would hash the canonical JWK; any stable name will do here.
    m_kid = QString::fromLatin1(QCryptographicHash::hash(m_n, QCryptographicHash::Sha256).toBase64(kBase64Url).left(16));
}

RsaSigner::~RsaSigner()
{
    gcry_sexp_release(static_cast<gcry_sexp_t>(m_key));
}

QJsonObject RsaSigner::publicJwk() const
{
    return {{QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("kid"), m_kid},
            {QStringLiteral("n"), QString::fromLatin1(m_n.toBase64(kBase64Url))},
            {QStringLiteral("e"), QString::fromLatin1(m_e.toBase64(kBase64Url))}};
}

QByteArray RsaSigner::sign(const QByteArray &message) const
{
    const QByteArray digest = QCryptographicHash::hash(message, QCryptographicHash::Sha256);
    gcry_sexp_t data = nullptr;
    gcry_sexp_t signature = nullptr;
    QByteArray s;
    if (m_key && gcry_sexp_build(&data, nullptr, "(data (flags pkcs1) (hash sha256 %b))", int(digest.size()), digest.constData()) == 0
        && gcry_pk_sign(&signature, data, static_cast<gcry_sexp_t>(m_key)) == 0) {
        s = mpiBytes(signature, "s");
    }
    gcry_sexp_release(data);
    gcry_sexp_release(signature);
    // The signature is an octet string as long as the modulus (RFC 8017 §8.2.1).
    if (!s.isEmpty() && s.size() < m_n.size())
        s.prepend(QByteArray(m_n.size() - s.size(), '\0'));
    return s;
}

QString RsaSigner::signJwt(const QJsonObject &claims) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), m_kid}};
    const QByteArray input = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kBase64Url) + '.'
        + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    return QString::fromLatin1(input + '.' + sign(input).toBase64(kBase64Url));
}

} // namespace fss
