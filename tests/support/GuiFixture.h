// The fixture of the wizard's GUI tests (tests/ui): a real keyring session,
// the in-process sandbox, a folder of throwaway profiles, the wizard in
// --sandbox mode, and its widgets found by object name. A suite derives from
// it beside QObject. Every wait is for something the operator would see;
// there is no fixed sleep.
#pragma once

#include "SetupWizard.h"
#include "core/setup/SecretStore.h"
#include "core/setup/SetupSession.h"
#include "sandbox/Sandbox.h"
#include "support/TestSession.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace fss::test {

// A widget on the wizard's current page, by object name.
template <class T>
T *child(const QWizard &wizard, const char *name)
{
    return wizard.currentPage() ? wizard.currentPage()->findChild<T *>(QLatin1String(name)) : nullptr;
}

class GuiFixture
{
protected:
    // For initTestCase(), after FSS_REQUIRE_SESSION("keyring"): the
    // application's names as main() sets them (where profiles and the
    // browser's data live), and the sandbox's own keychain service, so that
    // no test touches the operator's entries.
    static void useSandboxKeychain()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("feishu-sso-setup"));
        QCoreApplication::setApplicationName(QStringLiteral("feishu-sso-setup"));
        SecretStore::useSandboxService(true);
    }

    // A fresh sandbox and profile folder (init(), or initTestCase() for a
    // suite that shares one).
    bool startSandbox()
    {
        m_sandbox = std::make_unique<Sandbox>();
        m_profiles = std::make_unique<QTemporaryDir>();
        return m_sandbox->start() && m_profiles->isValid();
    }
    void stopSandbox()
    {
        m_sandbox.reset();
        m_profiles.reset();
    }

    SandboxApp &app() { return m_sandbox->feishu().config().apps.first(); }
    ProfileStore profileStore() const { return ProfileStore(m_profiles->path()); }

    // The wizard in --sandbox mode, shown, as `feishu-sso-setup --sandbox`
    // opens it.
    void openSandboxWizard(SetupWizard &wizard, const QString &identifier = {})
    {
        wizard.session()->usePrefill(m_sandbox->prefill(identifier));
        wizard.show();
    }

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_profiles;
};

} // namespace fss::test
