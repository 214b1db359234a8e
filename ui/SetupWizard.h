// The wizard: Welcome → six steps → Summary. It keeps the pages, the
// navigation and the resume, opens a profile (file and secrets) and saves
// progress on every page change. What the steps run comes from its
// SetupSession; pages bind to fields and never touch files or the keychain.
#pragma once

#include "core/feishu/AppRegistration.h"
#include "core/feishu/Availability.h"
#include "core/feishu/FeishuClient.h"
#include "core/setup/ProfileSecrets.h"
#include "core/setup/ProfileStore.h"
#include "core/setup/SetupContracts.h"
#include "core/setup/SetupSession.h"
#include "sandbox/SandboxSettings.h"

#include <QWizard>

#include <optional>

namespace fss {

class StepList;

// What the Welcome page holds, carried over when the wizard opens again in
// another language.
struct WelcomeChoices
{
    bool carried = false; // false: nothing to restore but the profile name
    QString profileName;
    bool lark = false;
    int cloud = 0;
    QString customHost;
    QString feishuApi;
    QStringList trustedCertificates;
};

class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    explicit SetupWizard(ProfileStore store, const QString &profileName = {}, QWidget *parent = nullptr);

    const ProfileStore &store() const { return m_store; }
    ProfileSecrets &secrets() { return m_secrets; }

    // The profile as the pages show it now (never holds a secret). The
    // pages are built when a profile is opened or the sandbox is used.
    SetupProfile profile() const;

    // Opens `name` (loading its file if it exists, then its secrets) and
    // continues where the operator left off. `done` gets a translated error,
    // empty on success.
    void openProfile(const QString &name, std::function<void(const QString &error)> done);
    // Last keychain trouble, shown on the Credentials page; empty when fine.
    KeychainResult keychainState() const { return m_keychainState; }
    void setKeychainState(const KeychainResult &state);

    // Saves the non-secret settings; returns a translated error, empty on success.
    QString saveProgress();

    // Points every live check at a local imitation, shows a banner and
    // fills in the test app's values.
    void useSandbox(const SandboxSettings &settings);
    bool isSandbox() const { return m_sandbox.has_value(); }

    // The session as it was last synchronised with the pages.
    SetupSession *session() const { return m_session; }
    // The App ID GenAuth's connection held at its last passing check; empty
    // when none was seen this session.
    QString connectionAppId() const { return m_connectionAppId; }
    // Takes the profile and secrets on the pages now into the session, and
    // returns it. The secrets must be in the keychain before (the pages do
    // that).
    SetupSession *syncSession();

    QVariant fieldValue(Field field) const { return QWizard::field(fieldName(field)); }
    void setFieldValue(Field field, const QVariant &value) { QWizard::setField(fieldName(field), value); }

    // How the connection is named in GenAuth, and the names of its App ID and
    // App Secret fields; kept in the profile (Create it for me sets them).
    void setConnectionSettings(const QString &displayName, const QString &appIdKey, const QString &appSecretKey);
    // The release waiting for approval (empty: none); kept in the profile.
    void setReleaseWaiting(const QString &version);
    QString releaseWaiting() const { return m_releaseWaiting; }
    // Where the app registration (Create it by one scan) goes: the
    // sandbox, the profile's private host, or Feishu's and Lark's.
    RegistrationEndpoints registrationEndpoints() const;
    // A new app from the registration: its App Secret into the keychain
    // first, then the App ID and the secret into Step 2 and step 1 ticked;
    // `done` says whether the keychain took it (nothing changes otherwise).
    void adoptNewApp(const RegisteredApp &app, std::function<void(const KeychainResult &)> done);

    // Every step page's live check (after Set it up in Feishu).
    void runLiveChecks();
    // Who is meant to sign in (Set it up in Feishu chooses it); kept in the profile.
    void setAvailability(const AvailabilityIntent &intent);
    AvailabilityIntent availability() const { return m_availability; }

    // Builds every page that has not been built yet (fields, checklists);
    // done before anything reads or restores the whole profile.
    void ensurePagesBuilt();

    WelcomeChoices welcomeChoices() const;
    void setWelcomeChoices(const WelcomeChoices &choices);

signals:
    // The operator chose this language ("en", "zh_CN") on the Welcome page.
    void languageChosen(const QString &code);
    void keychainStateChanged();
    void progressSaveFailed(const QString &error);
    void connectionAppIdChanged();

protected:
    void done(int result) override;
    void initializePage(int id) override;

private:
    void applyProfile(const SetupProfile &profile);
    void continueResume();

    ProfileStore m_store;
    SetupSession *m_session;
    StepList *m_stepList = nullptr; // the side widget
    QString m_connectionAppId;
    QString m_connectionName;
    QString m_appIdFieldKey;
    QString m_appSecretFieldKey;
    QString m_releaseWaiting;
    AvailabilityIntent m_availability;
    std::optional<SandboxSettings> m_sandbox;
    ProfileSecrets m_secrets;
    KeychainResult m_keychainState;
    bool m_profileOpen = false;
    int m_resumeTarget = -1;
};

} // namespace fss
