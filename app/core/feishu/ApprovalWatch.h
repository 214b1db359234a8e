// Watches a submitted version until an administrator approves or rejects
// it: reads the app's versions (v6 app_versions; the app record's
// online_version_id / unaudit_version_id say the same) at first after
// `firstInterval`, then ever less often, up to a minute apart, and says when
// it looks next. Approval stays with a human (docs/platforms.md A §4).
#pragma once

#include "core/feishu/FeishuClient.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace fss {

class ApprovalWatch : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Approved, Rejected, Failed, TimedOut };
    Q_ENUM(Outcome)

    ApprovalWatch(FeishuClient *client, QObject *parent = nullptr);

    void setFirstInterval(std::chrono::milliseconds interval) { m_first = interval; }
    void setMaximumInterval(std::chrono::milliseconds interval) { m_maximum = interval; }
    // Looks at once, then until `limit` has passed.
    void watch(const QString &version, std::chrono::milliseconds limit);
    void stop();
    QDateTime nextCheck() const { return m_nextCheck; }
    const QString &version() const { return m_version; }

signals:
    // Still waiting; the next look is at `next`.
    void waiting(const QDateTime &next);
    void finished(Outcome outcome, const ApiError &error);

private:
    void look();

    FeishuClient *m_client;
    QTimer m_timer;
    QString m_version;
    QDeadlineTimer m_deadline;
    std::chrono::milliseconds m_first{5000};
    std::chrono::milliseconds m_maximum{60000};
    std::chrono::milliseconds m_interval{5000};
    QDateTime m_nextCheck;
    QObject *m_run = nullptr;
};

} // namespace fss
