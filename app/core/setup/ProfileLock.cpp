#include "core/setup/ProfileLock.h"

#include <QDir>
#include <QFileInfo>

namespace fss {

ProfileLock::ProfileLock(const QString &path)
    : m_file(path)
{
    // Stale only when its process is gone: the wizard keeps a profile open
    // for hours, and Qt's default (30 s old) would let a second writer in.
    m_file.setStaleLockTime(0);
}

bool ProfileLock::tryLock()
{
    QDir().mkpath(QFileInfo(m_file.fileName()).absolutePath());
    return m_file.tryLock(0);
}

qint64 ProfileLock::holderPid() const
{
    qint64 pid = 0;
    return m_file.getLockInfo(&pid, nullptr, nullptr) ? pid : 0;
}

QString ProfileLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_file.getLockInfo(&pid, &host, &application))
        return tr("another program");
    return tr("%1 (process %2 on %3)").arg(application.isEmpty() ? tr("another program") : application).arg(pid).arg(host);
}

} // namespace fss
