// One writer per profile. An operator often has the wizard open while running
// `apply` in a terminal: whoever opens a profile first holds a lock file
// beside it (<name>.lock, a QLockFile) until it closes the profile or exits;
// whoever comes second opens it read-only and is told who holds it. A lock
// left behind by a process that died is taken over; one held by a live
// process is never taken over, however old it is.
#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace fss {

class ProfileLock
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLock)

public:
    // `path`: the lock file (ProfileStore::lockPath).
    explicit ProfileLock(const QString &path);

    // Takes the lock unless a live process holds it.
    bool tryLock();
    bool isLocked() const { return m_file.isLocked(); }
    // Who holds it, translated: "feishu-sso-setup (process 1234 on host)".
    QString holder() const;
    // The process that holds it (0: none known).
    qint64 holderPid() const;

private:
    QLockFile m_file;
};

} // namespace fss
