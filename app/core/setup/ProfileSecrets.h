// The secrets of the open profile: what the keychain holds for it, and
// writing only what changed. Keeps a digest, not a copy, of what is stored.
#pragma once

#include "core/setup/SecretStore.h"

#include <QByteArray>
#include <QHash>

namespace fss {

class ProfileSecrets
{
public:
    using Values = QHash<SecretName, QString>;

    void setProfile(const QString &profile); // forgets what was known
    QString profile() const { return m_profile; }

    bool isStored(SecretName name) const { return m_stored.contains(name); }
    // True when `value` is not what the keychain holds (an empty value means
    // "nothing stored").
    bool differs(SecretName name, const QString &value) const;
    bool differs(const Values &values) const;

    // Reads every secret of the profile; missing ones are simply absent from
    // the values. The first real failure ends the read.
    void load(QObject *context, std::function<void(const KeychainResult &, const Values &)> done);
    // Writes the values that differ; an empty value deletes the entry.
    void save(const Values &values, QObject *context, SecretStore::Done done);

private:
    void loadFrom(size_t index, Values values, QObject *context,
                  std::function<void(const KeychainResult &, const Values &)> done);
    void saveFrom(QList<SecretName> names, Values values, QObject *context, SecretStore::Done done);

    QString m_profile;
    QHash<SecretName, QByteArray> m_stored; // SHA-256 of the stored value
};

} // namespace fss
