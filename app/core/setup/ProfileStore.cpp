#include "core/setup/ProfileStore.h"

#include "core/FieldRules.h"
#include "core/transport/Logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace fss {

namespace {
const QString suffix = QStringLiteral(".json");
constexpr qint64 maxProfileBytes = 1024 * 1024;
} // namespace

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles");
}

ProfileStore::ProfileStore(QString directory)
    : m_directory(std::move(directory))
{
}

QString ProfileStore::filePath(const QString &name) const
{
    return m_directory + QLatin1Char('/') + name + suffix;
}

QString ProfileStore::lockPath(const QString &name) const
{
    return m_directory + QLatin1Char('/') + name + QStringLiteral(".lock");
}

QStringList ProfileStore::names() const
{
    QStringList result;
    const QStringList files = QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.chopped(suffix.size());
        const FieldCheck check = FieldRules::profileName(name);
        if (check.acceptable() && check.value == name)
            result.append(name);
    }
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return FieldRules::profileName(name).acceptable() && QFile::exists(filePath(name.trimmed()));
}

ProfileStore::Loaded ProfileStore::load(const QString &name) const
{
    const FieldCheck check = FieldRules::profileName(name);
    if (!check.acceptable())
        return {std::nullopt, check.message};

    QFile file(filePath(check.value));
    if (!file.exists())
        return {std::nullopt, tr("There is no profile named “%1”.").arg(check.value)};
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, tr("Cannot read profile “%1” (%2): %3").arg(check.value, file.fileName(), file.errorString())};
    if (file.size() > maxProfileBytes)
        return {std::nullopt, tr("Profile “%1” (%2) is too large to be a profile.").arg(check.value, file.fileName())};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(maxProfileBytes), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {std::nullopt, tr("Profile “%1” (%2) is damaged: %3. Delete it or fix the file by hand.")
                                  .arg(check.value, file.fileName(),
                                       parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("not a JSON object"))};

    SetupProfile profile = SetupProfile::fromJson(document.object());
    profile.name = check.value;
    return {profile, {}};
}

QString ProfileStore::save(const SetupProfile &profile) const
{
    const FieldCheck check = FieldRules::profileName(profile.name);
    if (!check.acceptable())
        return check.message;
    if (!QDir().mkpath(m_directory))
        return tr("Cannot create the profile folder %1.").arg(m_directory);

    QSaveFile file(filePath(check.value));
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot save profile “%1” to %2: %3").arg(check.value, file.fileName(), file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("Cannot save profile “%1” to %2: %3").arg(check.value, file.fileName(), file.errorString());
    qCDebug(lcProfile) << "saved profile" << check.value << "at step" << int(profile.lastStep);
    return {};
}

QString ProfileStore::remove(const QString &name) const
{
    const FieldCheck check = FieldRules::profileName(name);
    if (!check.acceptable())
        return check.message;
    QFile file(filePath(check.value));
    if (file.exists() && !file.remove())
        return tr("Cannot delete profile “%1” (%2): %3").arg(check.value, file.fileName(), file.errorString());
    qCDebug(lcProfile) << "deleted profile" << check.value;
    return {};
}

} // namespace fss
