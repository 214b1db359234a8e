#include "sandbox/genauth/SignedRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <map>

// GenAuth's signed Management API requests, as the official Node SDK
// (authing-node-sdk 4.0.1, src/utils/buildSignature.ts) makes them
// (docs/platforms.md, "GenAuth's Management API"):
//   Authorization: authing <user pool id>:<base64 HMAC-SHA1(secret, S)>
//   S = METHOD "\n" + each x-authing-* header and date, sorted by name, as
//       "name:value\n" + the path, then "?" and the sorted "key=value"
//       pairs of the query (GET) or of the JSON body's top level (others),
//       an object or array as its JSON text, the rest as its plain text;
//       a GET has the "?" even without pairs.

namespace fss {

namespace {

// The text of a JSON string literal ("a\"b" → a"b).
QString stringLiteral(const QByteArray &raw)
{
    return QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
}

// The top-level members of a JSON object as their raw text, so that an
// object's value keeps the key order the client wrote (JSON.stringify),
// which QJsonObject does not.
std::map<QString, QByteArray> rawMembers(const QByteArray &json)
{
    std::map<QString, QByteArray> members;
    qsizetype i = json.indexOf('{');
    if (i < 0)
        return members;
    ++i;
    const auto skipSpace = [&] {
        while (i < json.size() && QChar::isSpace(uchar(json.at(i))))
            ++i;
    };
    // The end of the value that starts at i (a string, or anything else up
    // to the next top-level comma or closing brace).
    const auto valueEnd = [&](qsizetype from) {
        int depth = 0;
        bool inString = false;
        for (qsizetype k = from; k < json.size(); ++k) {
            const char c = json.at(k);
            if (inString) {
                if (c == '\\')
                    ++k;
                else if (c == '"')
                    inString = false;
                if (!inString && depth == 0)
                    return k + 1;
                continue;
            }
            if (c == '"')
                inString = true;
            else if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']') {
                if (depth == 0)
                    return k;
                if (--depth == 0)
                    return k + 1;
            } else if (c == ',' && depth == 0)
                return k;
        }
        return json.size();
    };
    while (i < json.size()) {
        skipSpace();
        if (i >= json.size() || json.at(i) != '"')
            break;
        const qsizetype keyEnd = valueEnd(i);
        const QString key = stringLiteral(json.mid(i, keyEnd - i));
        i = keyEnd;
        skipSpace();
        if (i >= json.size() || json.at(i) != ':')
            break;
        ++i;
        skipSpace();
        const qsizetype end = valueEnd(i);
        members[key] = json.mid(i, end - i).trimmed();
        i = end;
        skipSpace();
        if (i < json.size() && json.at(i) == ',')
            ++i;
        else
            break;
    }
    return members;
}

} // namespace

QByteArray SignedRequest::stringToSign(const SandboxRequest &r)
{
    QByteArray s = r.method + '\n';
    std::map<QByteArray, QByteArray> signedHeaders;
    for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it) {
        if (it.key().startsWith("x-authing-") || it.key() == "date") {
            QByteArray value = it.value();
            for (char &c : value) {
                if (c == '\t' || c == '\n' || c == '\r' || c == '\f')
                    c = ' ';
            }
            signedHeaders[it.key()] = value.trimmed();
        }
    }
    for (const auto &[name, value] : signedHeaders)
        s += name + ':' + value + '\n';
    s += r.path.toUtf8();
    std::map<QString, QByteArray> pairs;
    if (r.method == "GET") {
        for (const auto &[key, value] : r.query.queryItems(QUrl::FullyDecoded))
            pairs[key] = value.toUtf8();
    } else {
        for (auto &[key, raw] : rawMembers(r.body)) {
            // A string as its text; anything else as written.
            pairs[key] = raw.startsWith('"') ? stringLiteral(raw).toUtf8() : raw;
        }
    }
    QByteArrayList joined;
    for (const auto &[key, value] : pairs)
        joined.append(key.toUtf8() + '=' + value);
    // The SDK appends "?" whenever its parameter object has keys, even when
    // all of their values are undefined (and so never sent): every GET it
    // makes names its optional parameters.
    if (!joined.isEmpty() || r.method == "GET")
        s += '?' + joined.join('&');
    return s;
}

std::optional<QString> SignedRequest::verify(const SandboxRequest &r, const QString &userPoolId, const QString &secret)
{
    const QByteArray authorization = r.header("authorization");
    if (!authorization.startsWith("authing "))
        return std::nullopt;
    const QByteArray credential = authorization.mid(8);
    const qsizetype colon = credential.indexOf(':');
    if (colon < 0 || QString::fromUtf8(credential.left(colon)) != userPoolId)
        return QStringLiteral("Unknown accessKeyId");
    if (r.header("x-authing-signature-method") != "HMAC-SHA1" || r.header("date").isEmpty())
        return QStringLiteral("Missing date or x-authing-signature-method: HMAC-SHA1");
    const QByteArray expected =
        QMessageAuthenticationCode::hash(stringToSign(r), secret.toUtf8(), QCryptographicHash::Sha1).toBase64();
    if (credential.mid(colon + 1) != expected)
        return QStringLiteral("Signature does not match");
    return QString();
}

} // namespace fss
