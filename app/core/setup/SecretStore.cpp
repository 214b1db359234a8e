#include "core/setup/SecretStore.h"

#include "core/setup/ProfileLock.h"

#include "core/transport/Logging.h"
#include "core/setup/ProfileStore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace fss {

namespace {

bool g_sandboxService = false;

QString serviceName()
{
    return QString::fromLatin1(g_sandboxService ? SecretStore::sandboxService : SecretStore::service);
}

QString secretKeyName(SecretName name)
{
    switch (name) {
    case SecretName::AppSecret:
        return QStringLiteral("app-secret");
    case SecretName::UserPoolSecret:
        return QStringLiteral("userpool-secret");
    }
    return {};
}

KeychainResult classify(QKeychain::Error error, const QString &detail)
{
    using S = KeychainResult::Status;
    const auto said = [&detail](const char *words) { return detail.contains(QLatin1String(words), Qt::CaseInsensitive); };

    switch (error) {
    case QKeychain::NoError:
        return {S::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {S::NotFound, SecretStore::tr("Nothing is stored in the keychain for this profile yet."), detail};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {S::Denied,
                SecretStore::tr("The keychain refused access. Unlock your login keyring (for example in “Passwords and Keys”) "
                                "and allow Feishu SSO Setup, then try again."),
                detail};
    case QKeychain::NoBackendAvailable:
        return {S::NoKeychain,
                SecretStore::tr("No keychain service is running, so the secrets cannot be stored safely. Install and start "
                                "a Secret Service provider (on Debian/Ubuntu: sudo apt install gnome-keyring) or KWallet, "
                                "sign in to a desktop session, and try again."),
                detail};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }

    // QtKeychain reports D-Bus trouble as OtherError with D-Bus's own words.
    if (said("D-Bus is not running") || said("autolaunch") || said("org.freedesktop.DBus.Error.NoServer")
        || said("DBUS_SESSION_BUS_ADDRESS") || said("ServiceUnknown") || said("No such secret collection")
        || said("not provided by any .service files")) {
        return {S::NoKeychain,
                SecretStore::tr("No keychain is reachable: there is no D-Bus session or no Secret Service on it. Start the "
                                "wizard from your desktop session, and make sure a Secret Service provider is installed "
                                "(on Debian/Ubuntu: sudo apt install gnome-keyring)."),
                detail};
    }
    if (said("locked") || said("dismissed") || said("denied") || said("cancel")) {
        return {S::Denied,
                SecretStore::tr("The keychain is locked or the unlock prompt was dismissed. Unlock your login keyring and "
                                "try again."),
                detail};
    }
    return {S::Failed, SecretStore::tr("The keychain reported an error: %1").arg(detail), detail};
}

// Runs one QtKeychain job with a deadline; `finish` is called exactly once.
void runJob(QKeychain::Job *job, QObject *context, const QString &what,
            std::function<void(QKeychain::Job *, const KeychainResult &)> finish)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never store secrets in plaintext
    auto pending = std::make_shared<bool>(true);
    auto deadline = new QTimer(job);
    deadline->setSingleShot(true);

    QObject::connect(job, &QKeychain::Job::finished, context, [=](QKeychain::Job *j) {
        if (!*pending)
            return;
        *pending = false;
        deadline->stop();
        const KeychainResult result = classify(j->error(), j->errorString());
        qCDebug(lcKeychain) << what << j->key() << "->" << result.status << result.detail;
        finish(j, result);
    });
    QObject::connect(deadline, &QTimer::timeout, context, [=] {
        if (!*pending)
            return;
        *pending = false;
        qCWarning(lcKeychain) << what << job->key() << "timed out";
        finish(job, {KeychainResult::Status::Failed,
                     SecretStore::tr("The keychain did not answer within %1 seconds. It may be waiting for you to unlock "
                                     "it in another window; unlock it and try again.")
                         .arg(SecretStore::timeoutSeconds),
                     QStringLiteral("timeout")});
    });
    deadline->start(SecretStore::timeoutSeconds * 1000);
    job->start();
}

} // namespace

void SecretStore::useSandboxService(bool sandbox) { g_sandboxService = sandbox; }

QString SecretStore::key(const QString &profile, SecretName name)
{
    return profile + QLatin1Char('/') + secretKeyName(name);
}

QString SecretStore::displayName(SecretName name)
{
    switch (name) {
    case SecretName::AppSecret:
        return tr("App Secret");
    case SecretName::UserPoolSecret:
        return tr("GenAuth user pool secret");
    }
    return {};
}

void SecretStore::write(const QString &profile, SecretName name, const QString &value, QObject *context, Done done)
{
    auto job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key(profile, name));
    job->setTextData(value);
    runJob(job, context, QStringLiteral("write"), [done](QKeychain::Job *, const KeychainResult &r) { done(r); });
}

void SecretStore::read(const QString &profile, SecretName name, QObject *context, ReadDone done)
{
    auto job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(key(profile, name));
    runJob(job, context, QStringLiteral("read"), [done](QKeychain::Job *j, const KeychainResult &r) {
        done(r, r.ok() ? static_cast<QKeychain::ReadPasswordJob *>(j)->textData() : QString());
    });
}

void SecretStore::remove(const QString &profile, SecretName name, QObject *context, Done done)
{
    auto job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key(profile, name));
    runJob(job, context, QStringLiteral("delete"), [done](QKeychain::Job *, const KeychainResult &r) {
        done(r.status == KeychainResult::Status::NotFound ? KeychainResult{} : r);
    });
}

namespace {
// Deletes the secrets one after the other, then the file.
void removeSecretsThenFile(size_t index, const QString &directory, const QString &name, QObject *context,
                           const std::function<void(const QString &)> &done)
{
    if (index == std::size(allSecretNames)) {
        done(ProfileStore(directory).remove(name));
        return;
    }
    const SecretName secret = allSecretNames[index];
    SecretStore::remove(name, secret, context, [=](const KeychainResult &r) {
        if (!r.ok()) {
            done(SecretStore::tr("The profile was kept because its %1 could not be deleted from the keychain. %2")
                     .arg(SecretStore::displayName(secret), r.message));
            return;
        }
        removeSecretsThenFile(index + 1, directory, name, context, done);
    });
}
} // namespace

void removeProfile(const ProfileStore &store, const QString &name, QObject *context,
                   std::function<void(const QString &error)> done)
{
    // Not while another process may write it; this process's own session
    // (the wizard that has it open) is no other writer.
    auto lock = std::make_shared<ProfileLock>(store.lockPath(name));
    if (!lock->tryLock() && lock->holderPid() != QCoreApplication::applicationPid()) {
        done(SecretStore::tr("Profile “%1” is in use by %2: close it there first. Nothing was deleted.").arg(name, lock->holder()));
        return;
    }
    removeSecretsThenFile(0, store.directory(), name, context, [lock, done](const QString &error) { done(error); });
}

} // namespace fss
