#include "ApprovalWatch.h"

namespace fss {

ApprovalWatch::ApprovalWatch(FeishuClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ApprovalWatch::look);
    // For tests against the sandbox (apply --wait, step 6): how often to
    // look at first; at most four times that apart.
    bool ok = false;
    const int first = qEnvironmentVariableIntValue("FSS_APPROVAL_POLL_MS", &ok);
    if (ok && first > 0) {
        m_first = std::chrono::milliseconds(first);
        m_maximum = std::chrono::milliseconds(first * 4);
    }
}

void ApprovalWatch::watch(const QString &version, std::chrono::milliseconds limit)
{
    stop();
    m_version = version;
    m_deadline = QDeadlineTimer(limit);
    m_interval = m_first;
    m_run = new QObject(this);
    look();
}

void ApprovalWatch::stop()
{
    m_timer.stop();
    delete m_run;
    m_run = nullptr;
}

void ApprovalWatch::look()
{
    m_client->appVersions(m_run, [this](const ApiResult<QList<AppVersion>> &versions) {
        if (!versions.ok()) {
            stop();
            return emit finished(Outcome::Failed, versions.error);
        }
        for (const AppVersion &v : versions.value) {
            if (v.version != m_version)
                continue;
            if (v.status == 1 || v.status == 2) {
                stop();
                return emit finished(v.status == 1 ? Outcome::Approved : Outcome::Rejected, {});
            }
        }
        if (m_deadline.hasExpired()) {
            stop();
            return emit finished(Outcome::TimedOut, {});
        }
        // Less often the longer it takes: an approval is a person's work.
        const auto wait = std::min(m_interval, std::chrono::milliseconds(std::max<qint64>(0, m_deadline.remainingTime())));
        m_nextCheck = QDateTime::currentDateTimeUtc().addMSecs(wait.count());
        m_timer.start(wait);
        m_interval = std::min(m_interval * 2, m_maximum);
        emit waiting(m_nextCheck);
    });
}

} // namespace fss
