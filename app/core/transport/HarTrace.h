// A trace of what the platforms answered (--trace FILE): every exchange of
// every ApiTransport in the process, as HAR 1.2, which any browser's
// developer tools open. Nothing secret goes in: every secret, token, code,
// cookie and Authorization value is replaced by "[redacted]" in headers,
// query strings and bodies (JSON and form), the way the logs never carry
// one. The file is rewritten atomically after each exchange, so a run that
// stops half-way leaves the exchanges so far.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace fss {

struct TracedExchange
{
    QDateTime started;
    qint64 milliseconds = 0;
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QByteArray requestBody;
    int status = 0; // 0: no answer (the error says why)
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody;
    QString error; // the transport's error code, if any ("closed", "timeout" …)
};

class HarTrace
{
public:
    // Starts tracing this process into `path` (an empty HAR is written at
    // once); false and `error` set when the file cannot be written. An empty
    // path keeps the trace in memory only, for saveTo() (the wizard's
    // Summary saves it beside the report).
    static bool start(const QString &path, QString *error);
    static void stop();
    // The trace in force, or nullptr.
    static HarTrace *active();

    void record(const TracedExchange &exchange);
    QJsonObject har() const;
    int size() const { return int(m_entries.size()); }
    // Writes the trace so far to `path`; an error text, or empty.
    QString saveTo(const QString &path) const;

    static constexpr const char *redacted = "[redacted]";
    // What goes into the trace of a header, a URL and a body.
    static QByteArray redactHeader(const QByteArray &name, const QByteArray &value);
    static QUrl redactUrl(const QUrl &url);
    static QByteArray redactBody(const QByteArray &body);
    // Whether a JSON key, form field, query item or header names a secret.
    static bool isSecretName(const QString &name);

private:
    explicit HarTrace(QString path) : m_path(std::move(path)) {}
    bool save(QString *error) const { return m_path.isEmpty() || write(m_path, error); }
    bool write(const QString &path, QString *error) const;

    static constexpr qsizetype kMemoryEntries = 2000;
    QString m_path;
    QJsonArray m_entries;
};

} // namespace fss
