#include "sandbox/TraceReplay.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace fss {

std::optional<TraceReplay> TraceReplay::load(const QString &path, QString *error)
{
    const auto bad = [&](const QString &why) -> std::optional<TraceReplay> {
        if (error)
            *error = QCoreApplication::translate("TraceReplay", "--replay %1: %2").arg(path, why);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return bad(file.errorString());
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    const QJsonValue entries = doc.object().value(QLatin1String("log")).toObject().value(QLatin1String("entries"));
    if (parse.error != QJsonParseError::NoError || !entries.isArray())
        return bad(QCoreApplication::translate("TraceReplay", "not a trace (HAR with log.entries)."));
    TraceReplay replay;
    for (const QJsonValue &v : entries.toArray()) {
        const QJsonObject request = v[QLatin1String("request")].toObject();
        const QJsonObject response = v[QLatin1String("response")].toObject();
        const int status = response.value(QLatin1String("status")).toInt();
        if (status == 0)
            continue; // no answer was recorded (the connection failed)
        SandboxResponse answer;
        answer.status = status;
        answer.body = response[QLatin1String("content")][QLatin1String("text")].toString().toUtf8();
        answer.contentType = response[QLatin1String("content")][QLatin1String("mimeType")].toString().toLatin1();
        for (const QJsonValue &h : response.value(QLatin1String("headers")).toArray()) {
            const QByteArray name = h[QLatin1String("name")].toString().toLatin1().toLower();
            // What the server sets itself, or what no longer matches the body.
            if (name != "content-type" && name != "content-length" && name != "transfer-encoding" && name != "connection"
                && name != "content-encoding")
                answer.headers.append({name, h[QLatin1String("value")].toString().toUtf8()});
        }
        const QString route = request.value(QLatin1String("method")).toString() + QLatin1Char(' ')
            + QUrl(request.value(QLatin1String("url")).toString()).path();
        auto &answers = replay.m_byRoute[route];
        if (!answers)
            answers = std::make_shared<Answers>();
        answers->list.append(answer);
        ++replay.m_count;
    }
    if (replay.m_count == 0)
        return bad(QCoreApplication::translate("TraceReplay", "the trace holds no answer."));
    return replay;
}

void TraceReplay::serveOn(SandboxServer &server)
{
    for (auto it = m_byRoute.cbegin(); it != m_byRoute.cend(); ++it) {
        const qsizetype space = it.key().indexOf(QLatin1Char(' '));
        const std::shared_ptr<Answers> answers = it.value();
        server.route(it.key().left(space).toLatin1(), it.key().mid(space + 1), [answers](const SandboxRequest &) {
            const qsizetype last = answers->list.size() - 1;
            const qsizetype index = answers->next < last ? answers->next : last;
            ++answers->next;
            return answers->list.at(index);
        });
    }
}

} // namespace fss
