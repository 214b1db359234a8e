#include "core/setup/ProfileSecrets.h"

#include <QCryptographicHash>

namespace fss {

namespace {
QByteArray digest(const QString &value)
{
    return QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

void ProfileSecrets::setProfile(const QString &profile)
{
    m_profile = profile;
    m_stored.clear();
}

bool ProfileSecrets::differs(SecretName name, const QString &value) const
{
    if (value.isEmpty())
        return isStored(name);
    return m_stored.value(name) != digest(value);
}

bool ProfileSecrets::differs(const Values &values) const
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (differs(it.key(), it.value()))
            return true;
    }
    return false;
}

void ProfileSecrets::load(QObject *context, std::function<void(const KeychainResult &, const Values &)> done)
{
    m_stored.clear();
    loadFrom(0, {}, context, std::move(done));
}

void ProfileSecrets::loadFrom(size_t index, Values values, QObject *context,
                              std::function<void(const KeychainResult &, const Values &)> done)
{
    if (index == std::size(allSecretNames)) {
        done({}, values);
        return;
    }
    const SecretName name = allSecretNames[index];
    const QString profile = m_profile;
    SecretStore::read(profile, name, context, [=, this](const KeychainResult &r, const QString &value) mutable {
        if (profile != m_profile)
            return; // another profile was opened meanwhile
        if (r.ok()) {
            m_stored.insert(name, digest(value));
            values.insert(name, value);
        } else if (r.status != KeychainResult::Status::NotFound) {
            done(r, values);
            return;
        }
        loadFrom(index + 1, values, context, done);
    });
}

void ProfileSecrets::save(const Values &values, QObject *context, SecretStore::Done done)
{
    QList<SecretName> changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (differs(it.key(), it.value()))
            changed.append(it.key());
    }
    saveFrom(changed, values, context, std::move(done));
}

void ProfileSecrets::saveFrom(QList<SecretName> names, Values values, QObject *context, SecretStore::Done done)
{
    if (names.isEmpty()) {
        done({});
        return;
    }
    const SecretName name = names.takeFirst();
    const QString value = values.value(name);
    const QString profile = m_profile;
    auto next = [=, this](const KeychainResult &r) {
        if (profile != m_profile)
            return;
        if (!r.ok()) {
            done(r);
            return;
        }
        if (value.isEmpty())
            m_stored.remove(name);
        else
            m_stored.insert(name, digest(value));
        saveFrom(names, values, context, done);
    };
    if (value.isEmpty())
        SecretStore::remove(profile, name, context, next);
    else
        SecretStore::write(profile, name, value, context, next);
}

} // namespace fss
