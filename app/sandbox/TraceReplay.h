// `feishu-sso-setup sandbox --replay FILE`: answers from a trace that
// --trace wrote (HAR 1.2), so that what a real Feishu or GenAuth answered
// becomes a test. A request is matched by its method and path; the
// answers recorded for them are given in their order, the last one again
// once they run out. One loopback server stands for every host of the trace
// (Feishu's paths start /open-apis or /oauth, GenAuth's /api or /oidc).
#pragma once

#include "sandbox/SandboxServer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace fss {

class TraceReplay
{
public:
    // Reads the trace; nullopt and `error` when it is not one.
    static std::optional<TraceReplay> load(const QString &path, QString *error);
    // Routes every recorded method and path on `server`.
    void serveOn(SandboxServer &server);
    int exchanges() const { return m_count; }

private:
    struct Answers
    {
        QList<SandboxResponse> list;
        qsizetype next = 0;
    };
    QHash<QString, std::shared_ptr<Answers>> m_byRoute; // "METHOD /path"
    int m_count = 0;
};

} // namespace fss
