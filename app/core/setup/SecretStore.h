// The profile's secrets in the OS keychain (QtKeychain). Service
// "feishu-sso-setup", key "<profile>/<secret-name>". There is no plaintext
// fall-back: a missing or locked keychain is reported as such.
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace fss {

class ProfileStore;

enum class SecretName { AppSecret, UserPoolSecret };
inline constexpr SecretName allSecretNames[] = {SecretName::AppSecret, SecretName::UserPoolSecret};

struct KeychainResult
{
    Q_GADGET

public:
    enum class Status {
        Ok,
        NotFound,   // nothing stored under that key (not an error for reads)
        NoKeychain, // no session bus, no Secret Service, no backend
        Denied,     // locked keyring, prompt dismissed, access refused
        Failed,     // anything else, detail says what
    };
    Q_ENUM(Status)

    Status status = Status::Ok;
    QString message; // translated, says what to do; empty when Ok
    QString detail;  // the keychain's own words, for the log and the "details" line

    bool ok() const { return status == Status::Ok; }
};

class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    static constexpr const char *service = "feishu-sso-setup";
    // The --sandbox wizard keeps its demo secrets apart from real ones.
    static constexpr const char *sandboxService = "feishu-sso-setup-sandbox";
    // Selects the service for the whole process; call before any job.
    static void useSandboxService(bool sandbox);
    static QString key(const QString &profile, SecretName name);
    static QString displayName(SecretName name); // translated

    // Seconds after which a job that has not answered (for instance because
    // the keyring waits for an unlock prompt nobody sees) is reported Failed.
    static constexpr int timeoutSeconds = 30;

    using Done = std::function<void(const KeychainResult &)>;
    using ReadDone = std::function<void(const KeychainResult &, const QString &value)>;

    // Each call starts one asynchronous job; the callback runs once, in the
    // context object's thread, and not at all if the context is destroyed.
    static void write(const QString &profile, SecretName name, const QString &value, QObject *context, Done done);
    static void read(const QString &profile, SecretName name, QObject *context, ReadDone done);
    // Deleting an entry that does not exist is a success.
    static void remove(const QString &profile, SecretName name, QObject *context, Done done);
};

// Deletes a profile: first its keychain entries, then its file, so that a
// keychain failure leaves the profile in place to retry. Callback gets a
// translated error, empty on success.
void removeProfile(const ProfileStore &store, const QString &name, QObject *context,
                   std::function<void(const QString &error)> done);

} // namespace fss
