// A bearer token that both platform clients keep the same way: handed out
// until five minutes before it expires (Feishu hands out a new one only when
// less than 30 minutes remain, GenAuth's lasts two hours), fetched once for
// every caller that asks meanwhile, and forgotten when the credentials change
// (an answer that arrives after that still goes to its callers, but is not
// kept).
#pragma once

#include "core/transport/ApiTransport.h"

#include <QDeadlineTimer>
#include <QList>
#include <QPointer>

#include <functional>
#include <utility>

namespace fss {

class CachedToken
{
public:
    static constexpr int marginSeconds = 300;

    using Done = std::function<void(const ApiResult<QString> &)>;
    // Fetches a token; calls back with it and its lifetime in seconds.
    using Fetch = std::function<void(std::function<void(const ApiResult<QString> &, int expiresInSeconds)>)>;

    // Calls `done` (later, never inside this call) while `context` lives:
    // with the kept token, or with the answer of `fetch`, started only if no
    // fetch is running. `owner` outlives the fetch (the client).
    void get(QObject *owner, QObject *context, Done done, const Fetch &fetch);
    void forget();
    const QString &value() const { return m_token; }

private:
    QString m_token;
    QDeadlineTimer m_refreshAfter;
    bool m_inFlight = false;
    quint64 m_generation = 0;
    QList<std::pair<QPointer<QObject>, Done>> m_waiters;
};

} // namespace fss
