// The wizard: Welcome → six steps → Summary. It owns the open profile (file
// and secrets) and saves progress on every page change; pages bind to
// fields and call back into it, they never touch files or the keychain.
#pragma once

#include "core/ProfileSecrets.h"
#include "core/ProfileStore.h"

#include <QWizard>

namespace fss {

class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    explicit SetupWizard(ProfileStore store, const QString &profileName = {}, QWidget *parent = nullptr);

    const ProfileStore &store() const { return m_store; }
    ProfileSecrets &secrets() { return m_secrets; }

    // The profile as the pages show it now (never holds a secret).
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

signals:
    void keychainStateChanged();
    void progressSaveFailed(const QString &error);

protected:
    void done(int result) override;

private:
    void applyProfile(const SetupProfile &profile);
    void continueResume();

    ProfileStore m_store;
    ProfileSecrets m_secrets;
    KeychainResult m_keychainState;
    bool m_profileOpen = false;
    int m_resumeTarget = -1;
};

} // namespace fss
