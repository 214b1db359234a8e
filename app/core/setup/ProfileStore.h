// Profiles on disk: one JSON file per profile under the standard config
// location, written atomically so that a crash leaves the old or the new
// file, never half of one.
#pragma once

#include "core/setup/SetupProfile.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace fss {

class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    // <AppConfigLocation>/profiles
    static QString defaultDirectory();

    explicit ProfileStore(QString directory = defaultDirectory());

    QString directory() const { return m_directory; }
    QString filePath(const QString &name) const;
    // Where the lock of one writer per profile lives (ProfileLock).
    QString lockPath(const QString &name) const;

    QStringList names() const; // sorted
    bool contains(const QString &name) const;

    struct Loaded
    {
        std::optional<SetupProfile> profile;
        QString error; // translated; empty on success
    };
    Loaded load(const QString &name) const;

    // Returns a translated error, empty on success.
    QString save(const SetupProfile &profile) const;
    // Deletes the file only; use removeProfile() (SecretStore.h) to delete
    // the profile's keychain entries as well.
    QString remove(const QString &name) const;

private:
    QString m_directory;
};

} // namespace fss
