#include "core/transport/HarTrace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrlQuery>

#include <memory>

namespace fss {

namespace {

std::unique_ptr<HarTrace> &instance()
{
    static std::unique_ptr<HarTrace> trace;
    return trace;
}

QJsonValue redactJson(const QJsonValue &value, bool secret)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = redactJson(it.value(), HarTrace::isSecretName(it.key()));
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = redactJson(*it, secret);
        return a;
    }
    if (secret && value.isString() && !value.toString().isEmpty())
        return QLatin1String(HarTrace::redacted);
    return value;
}

QJsonArray nameValues(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray list;
    for (const auto &[name, value] : headers)
        list.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                {QStringLiteral("value"), QString::fromUtf8(HarTrace::redactHeader(name, value))}});
    return list;
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

} // namespace

bool HarTrace::isSecretName(const QString &name)
{
    const QString n = name.toLower();
    static const QStringList exact{QStringLiteral("code"),          QStringLiteral("code_verifier"), QStringLiteral("device_code"),
                                   QStringLiteral("password"),      QStringLiteral("cookie"),        QStringLiteral("set-cookie"),
                                   QStringLiteral("authorization"), QStringLiteral("client_assertion")};
    if (exact.contains(n) || n.contains(QLatin1String("secret")))
        return true;
    // Every kind of token (access_token, id_token, accessToken …), but not
    // a token's type or a page cursor.
    return n.endsWith(QLatin1String("token")) && n != QLatin1String("page_token");
}

QByteArray HarTrace::redactHeader(const QByteArray &name, const QByteArray &value)
{
    const QByteArray n = name.toLower();
    if (n == "authorization") {
        // The scheme stays (Bearer, Basic, authing): it tells which way.
        const qsizetype space = value.indexOf(' ');
        return space > 0 ? value.left(space + 1) + redacted : QByteArray(redacted);
    }
    if (n == "location")
        return redactUrl(QUrl::fromEncoded(value)).toEncoded();
    return isSecretName(QString::fromLatin1(n)) ? QByteArray(redacted) : value;
}

QUrl HarTrace::redactUrl(const QUrl &url)
{
    if (!url.hasQuery())
        return url;
    QUrlQuery query(url);
    QUrlQuery out;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyEncoded))
        out.addQueryItem(key, isSecretName(QUrl::fromPercentEncoding(key.toUtf8())) ? QLatin1String(redacted) : value);
    QUrl copy = url;
    copy.setQuery(out);
    return copy;
}

QByteArray HarTrace::redactBody(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError) {
            const QJsonValue redactedValue = redactJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), false);
            return redactedValue.isObject() ? QJsonDocument(redactedValue.toObject()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(redactedValue.toArray()).toJson(QJsonDocument::Compact);
        }
        return redacted; // JSON that does not parse may hide anything
    }
    // A form (key=value&…): no spaces, no markup.
    if (!trimmed.isEmpty() && trimmed.contains('=') && !trimmed.contains(' ') && !trimmed.contains('<')) {
        QUrl form;
        form.setQuery(QString::fromUtf8(trimmed));
        return redactUrl(form).query(QUrl::FullyEncoded).toUtf8();
    }
    return body;
}

bool HarTrace::start(const QString &path, QString *error)
{
    auto trace = std::unique_ptr<HarTrace>(new HarTrace(path));
    if (!trace->save(error))
        return false;
    instance() = std::move(trace);
    return true;
}

void HarTrace::stop()
{
    instance().reset();
}

HarTrace *HarTrace::active()
{
    return instance().get();
}

void HarTrace::record(const TracedExchange &x)
{
    const QUrl url = redactUrl(x.url);
    QJsonArray queryString;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        queryString.append(QJsonObject{{QStringLiteral("name"), key}, {QStringLiteral("value"), value}});
    QJsonObject request{{QStringLiteral("method"), QString::fromLatin1(x.method)},
                        {QStringLiteral("url"), QString::fromUtf8(url.toEncoded())},
                        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                        {QStringLiteral("cookies"), QJsonArray{}},
                        {QStringLiteral("headers"), nameValues(x.requestHeaders)},
                        {QStringLiteral("queryString"), queryString},
                        {QStringLiteral("headersSize"), -1},
                        {QStringLiteral("bodySize"), x.requestBody.size()}};
    if (!x.requestBody.isEmpty())
        request.insert(QStringLiteral("postData"),
                       QJsonObject{{QStringLiteral("mimeType"), QString::fromLatin1(headerValue(x.requestHeaders, "content-type"))},
                                   {QStringLiteral("text"), QString::fromUtf8(redactBody(x.requestBody))}});
    const QByteArray location = headerValue(x.responseHeaders, "location");
    QJsonObject response{{QStringLiteral("status"), x.status},
                         {QStringLiteral("statusText"), QString()},
                         {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                         {QStringLiteral("cookies"), QJsonArray{}},
                         {QStringLiteral("headers"), nameValues(x.responseHeaders)},
                         {QStringLiteral("content"),
                          QJsonObject{{QStringLiteral("size"), x.responseBody.size()},
                                      {QStringLiteral("mimeType"), QString::fromLatin1(headerValue(x.responseHeaders, "content-type"))},
                                      {QStringLiteral("text"), QString::fromUtf8(redactBody(x.responseBody))}}},
                         {QStringLiteral("redirectURL"), QString::fromUtf8(redactHeader("location", location))},
                         {QStringLiteral("headersSize"), -1},
                         {QStringLiteral("bodySize"), x.responseBody.size()}};
    QJsonObject entry{{QStringLiteral("startedDateTime"), x.started.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("time"), double(x.milliseconds)},
                      {QStringLiteral("request"), request},
                      {QStringLiteral("response"), response},
                      {QStringLiteral("cache"), QJsonObject{}},
                      {QStringLiteral("timings"),
                       QJsonObject{{QStringLiteral("send"), 0}, {QStringLiteral("wait"), double(x.milliseconds)}, {QStringLiteral("receive"), 0}}}};
    if (!x.error.isEmpty())
        entry.insert(QStringLiteral("_error"), x.error); // HAR's custom fields start with "_"
    m_entries.append(entry);
    // Kept in memory only (the wizard without --trace, which may watch an
    // approval for hours): the newest exchanges.
    if (m_path.isEmpty() && m_entries.size() > kMemoryEntries)
        m_entries.removeFirst();
    save(nullptr);
}

QJsonObject HarTrace::har() const
{
    return {{QStringLiteral("log"),
             QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                         {QStringLiteral("creator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("feishu-sso-setup")},
                                                                 {QStringLiteral("version"), QCoreApplication::applicationVersion()}}},
                         {QStringLiteral("entries"), m_entries}}}};
}

QString HarTrace::saveTo(const QString &path) const
{
    QString error;
    write(path, &error);
    return error;
}

bool HarTrace::write(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(har()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("HarTrace", "Cannot write the trace to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace fss
