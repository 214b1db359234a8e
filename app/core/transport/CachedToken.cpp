#include "CachedToken.h"

#include <QTimer>

namespace fss {

void CachedToken::get(QObject *owner, QObject *context, Done done, const Fetch &fetch)
{
    if (!m_token.isEmpty() && !m_refreshAfter.hasExpired()) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, owner, [guard, done = std::move(done), token = m_token] {
            if (guard)
                done({{}, token});
        });
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(done)});
    if (m_inFlight)
        return;
    m_inFlight = true;
    const quint64 generation = m_generation;
    fetch([this, generation](const ApiResult<QString> &result, int expiresIn) {
        m_inFlight = false;
        if (result.ok() && generation == m_generation) {
            m_token = result.value;
            m_refreshAfter = QDeadlineTimer(std::max(0, expiresIn - marginSeconds) * 1000LL);
        }
        const auto waiters = std::exchange(m_waiters, {});
        for (const auto &[guard, callback] : waiters) {
            if (guard)
                callback(result);
        }
    });
}

void CachedToken::forget()
{
    m_token.clear();
    ++m_generation;
}

} // namespace fss
