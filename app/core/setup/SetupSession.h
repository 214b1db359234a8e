// One operator's setup, and the one place its data lives: the profile (what
// was chosen, typed and ticked, the release waiting for approval, who may
// sign in, how GenAuth's connection is named), its two secrets, where it is
// kept (the profile store and the keychain), values it was pre-filled with
// (the sandbox), and what the live checks and login tests found. The wizard's
// pages read and write it field by field; `check`, `apply` and `create-app`
// set it up from the command line. It alone makes the HTTP transport and the
// platform clients (on first use, so that nothing is built before the first
// page shows), keeps them configured with the profile, and builds what the
// steps run: checks, login attempts, identity-source runs, app registrations.
// What a run produces (a registered app, a submitted release, the
// availability chosen) is adopted here, the same way from the wizard and
// the command line, and saved with the profile.
#pragma once

#include "core/feishu/AppRegistration.h"
#include "core/feishu/Availability.h"
#include "core/feishu/FeishuAppSetup.h"
#include "core/feishu/FeishuClient.h"
#include "core/genauth/GenAuthIdentitySource.h"
#include "core/login/OidcLogin.h"
#include "core/setup/ProfileLock.h"
#include "core/setup/ProfileSecrets.h"
#include "core/setup/ProfileStore.h"
#include "core/setup/SetupChecks.h"
#include "core/setup/SetupContracts.h"
#include "core/setup/SetupPrefill.h"
#include "core/setup/SetupProfile.h"
#include "core/setup/SetupReport.h"
#include "core/setup/SecretRotation.h"
#include "core/setup/SetupRemoval.h"
#include "core/setup/StepProgress.h"

#include <QObject>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace fss {

class ApiTransport;
class GenAuthClient;
class LoginProbe;

class SetupSession : public QObject
{
    Q_OBJECT

public:
    explicit SetupSession(QObject *parent = nullptr);

    // ---- The profile and its secrets ------------------------------------
    const SetupProfile &profile() const { return m_profile; }
    // The whole profile at once (the command line, a test).
    void setProfile(const SetupProfile &profile);
    // One value as a page shows it, and from a page: normalised into the
    // profile as FieldRules say (trimmed, origins, the default callback).
    QVariant field(Field field) const;
    void setField(Field field, const QVariant &value);
    // What field() says of a new profile: nothing set.
    static QVariant blankField(Field field);
    // A checklist item the operator ticked or unticked.
    void setTicked(const QString &checklistId, bool ticked);
    void setLastStep(Step step);
    // How GenAuth's connection is named, and the keys of its App ID and
    // App Secret fields (Create it for me sets them; defaults are kept empty).
    void setConnectionSettings(const QString &displayName, const QString &appIdKeys, const QString &appSecretKeys);
    // The GenAuth applications the connection is to be on, as chosen from
    // the pool's list: the current one stays the first (the login test's)
    // when it is among them, otherwise the first chosen becomes it.
    void setGenAuthApplications(const QStringList &appIds);
    // The secrets the clients use: already in the keychain, or for `check`
    // from the environment. forgetSecrets() drops the session's copies.
    void setSecrets(const QString &appSecret, const QString &userPoolSecret);
    void forgetSecrets();
    bool hasUserPoolSecret() const { return !m_userPoolSecret.isEmpty(); }

    // ---- Where it is kept ----------------------------------------------
    void setStore(ProfileStore store);
    const ProfileStore &store() const { return m_store; }
    // Opens `name`: its file when the store has one (a new name keeps what
    // the session holds: "save as"), then its secrets from the keychain.
    // From then on every change a run adopts is saved at once. `done` gets
    // a translated error, empty on success; without a keychain the profile
    // still opens and keychainState() says why. Returns false when the file
    // could not be read (`done` has been called with why).
    bool open(const QString &name, std::function<void(const QString &error)> done);
    bool isOpen() const { return m_open; }
    // After the open profile was deleted (or taken down): nothing is saved
    // any more, its lock is let go, and the session forgets its secrets.
    void close();
    // One writer per profile: open() and a command take the profile's lock
    // (ProfileLock) and hold it until another profile is opened or the
    // session ends. False when another live process holds it; the session is
    // then read-only: nothing is saved, and readOnlyReason() names the
    // process that holds it.
    bool lockProfile(const QString &name);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Saves the profile (never a secret) when it is open; returns a
    // translated error, empty on success or when nothing is open.
    QString save();
    // The open profile's keychain entries.
    ProfileSecrets &secrets() { return m_secrets; }
    // Stores the secrets that differ from the keychain's, then keeps them.
    void storeSecrets(const ProfileSecrets::Values &values, QObject *context, SecretStore::Done done);
    KeychainResult keychainState() const { return m_keychainState; }
    void setKeychainState(const KeychainResult &state);

    // ---- What runs produce, adopted the same way by every front end -----
    // Saved with the profile at once: when it is open, the whole profile;
    // otherwise (the command line, whose flags may override the profile) only
    // this change, into the stored profile of the same name.
    void setReleaseWaiting(const QString &version);
    // What Set it up in Feishu or `apply` did: the release it submitted (or
    // found waiting for approval), and the version it released, which
    // step 5 then names.
    void adoptFeishuRun(const FeishuSetupResult &result);
    void setAvailability(const AvailabilityIntent &intent);
    AvailabilityIntent availability() const;
    // A new app from the registration: its App Secret into the keychain
    // first, then the App ID, the platform and step 1's two items (the
    // registration proves both) into the profile. `done` says whether the
    // keychain took it; nothing changes otherwise.
    void adoptRegisteredApp(const RegisteredApp &app, QObject *context, std::function<void(const KeychainResult &)> done);
    // A rotated App Secret that Feishu and GenAuth already hold: into the
    // profile's keychain entry, then the clients. Refused (the keychain
    // untouched) when the profile is read-only.
    void adoptRotatedSecret(const QString &secret, QObject *context, SecretStore::Done done);
    // The App ID GenAuth's connection held at its last passing check; empty
    // when none was seen in this session.
    QString connectionAppId() const { return m_connectionAppId; }

    // ---- Hosts ---------------------------------------------------------
    // Values to start from (the sandbox's): its hosts replace the
    // profile's Feishu hosts, and its values fill what the profile leaves
    // empty.
    void usePrefill(const SetupPrefill &prefill);
    const std::optional<SetupPrefill> &prefill() const { return m_prefill; }
    // Feishu hosts that stand in for the profile's (command-line overrides).
    void setFeishuEndpoints(const FeishuEndpoints &endpoints);
    FeishuEndpoints feishuEndpoints() const;
    // Where the app registration (Create it by one scan) goes: the
    // prefill's hosts, the profile's private host, or Feishu's and Lark's.
    void setRegistrationEndpoints(const RegistrationEndpoints &endpoints);
    RegistrationEndpoints registrationEndpoints() const;

    // ---- Clients and what the steps run ---------------------------------
    ApiTransport *transport() const;
    FeishuClient *feishu() const;
    GenAuthClient *genAuth() const;
    // What GenAuth's identity source should hold; `withSecret` false for
    // runs that never write the App Secret (removing a callback URL).
    IdentitySourceSpec identitySource(bool withSecret = true) const;
    // The end-to-end login's GenAuth application, from the profile.
    OidcSettings oidcSettings() const;
    // Owned by `parent`, configured with the session now.
    // Every verdict of every check made here is also sent as checkResult(),
    // and what each found is kept in the profile's checkHistory (when it
    // last passed, since when it fails) unless setRecordsHistory(false).
    SetupChecks *newChecks(QObject *parent);
    // `check` with flags that replace the profile's values: its verdicts are
    // not about the profile, so they are not kept in it.
    void setRecordsHistory(bool records) { m_recordsHistory = records; }
    GenAuthIdentitySource *newIdentitySourceRun(QObject *parent, bool withSecret = true) const;
    LoginProbe *newLoginProbe(QObject *parent) const;
    OidcLogin *newOidcLogin(QObject *parent) const;
    AppRegistration *newAppRegistration(QObject *parent) const;
    // Rotating the App Secret: checks Feishu with a client of its own, and
    // ends by adopting the proven secret (adoptRotatedSecret()).
    SecretRotation *newSecretRotation(QObject *parent);
    // Taking the setup down in GenAuth and Feishu (the keychain and the
    // profile are forgotten after it, with removeProfile()).
    SetupRemoval *newRemoval(QObject *parent) const;

    // ---- Results ---------------------------------------------------------
    // Where each step stands after this session's checks (of the profile
    // open now).
    const StepProgress &progress() const { return m_progress; }
    // The login tests' last results, with when they came.
    void recordLogin(const LoginResult &result);
    void recordLogin(const OidcLoginResult &result);
    // The report of the profile now, these checks and the login results.
    SetupReport report(const QList<CheckResult> &checks) const;

signals:
    // A verdict of any check this session made (newChecks), as it arrives:
    // what the wizard's step list shows.
    void checkResult(const CheckResult &result);
    // progress() changed: a verdict arrived, or another profile was opened.
    void progressChanged();
    // The session changed a field itself (opening a profile, a prefill, an
    // adopted app, a submitted version): the page that shows it follows.
    // Not sent for a change that came through setField().
    void fieldChanged(Field field, const QVariant &value);
    void tickedChanged();
    void keychainStateChanged();
    void connectionAppIdChanged();
    void prefillUsed();
    // Saving an adopted change failed (translated).
    void saveFailed(const QString &error);

private:
    void setProfileFrom(const SetupProfile &profile); // and tell the pages
    void announce(const QList<Field> &fields);        // fieldChanged() for each
    void persist(const std::function<void(SetupProfile &)> &change);
    void clientsChanged() { m_clientsStale = true; }
    void ensureClients() const;
    void noteVerdict(const CheckResult &result);

    SetupProfile m_profile;
    QString m_customHost; // the field's origin, kept while another cloud is chosen
    QString m_appSecret;
    QString m_userPoolSecret;
    ProfileStore m_store;
    ProfileSecrets m_secrets;
    KeychainResult m_keychainState;
    bool m_open = false;
    std::unique_ptr<ProfileLock> m_lock; // held while this session may write the profile
    QString m_lockedName;
    QString m_readOnlyReason;            // translated; empty when this session may write
    bool m_recordsHistory = true;
    bool m_announcing = false; // setField() ignores the pages meanwhile
    std::optional<SetupPrefill> m_prefill;
    std::optional<FeishuEndpoints> m_feishuEndpoints;
    std::optional<RegistrationEndpoints> m_registrationEndpoints;
    QString m_connectionAppId;
    SetupReport m_logins; // only the login results are kept here
    StepProgress m_progress;

    // Made on first use, configured again after any change.
    mutable ApiTransport *m_transport = nullptr;
    mutable FeishuClient *m_feishu = nullptr;
    mutable GenAuthClient *m_genAuth = nullptr;
    mutable bool m_clientsStale = true;
};

} // namespace fss
