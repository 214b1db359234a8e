// `feishu-sso-setup create-app --profile NAME [--name TEXT] [--json]`: a new
// Feishu app by one scan. Prints the link and its QR code (UTF-8 half
// blocks), waits for the person who scans it, puts the App Secret into the
// keychain before anything uses it and the App ID into the profile, then
// reads the app's scopes back and says which of the requested permissions
// arrived. Exit 0 when the app was created, 1 when refused, expired or
// failed, 2 for bad usage or input.
#pragma once

#include "cli/Command.h"
#include "core/feishu/AppRegistration.h"
#include "core/feishu/FeishuAppSetup.h"
#include "core/setup/ProfileStore.h"

#include <QObject>
#include <QTextStream>

namespace fss {

class SetupSession;

class CreateAppCommand : public Command
{
    Q_OBJECT

public:
    static constexpr int exitCreated = exitOk;

    CreateAppCommand(CommandLine command, ProfileStore store, QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    void start() override;

private:
    void showLink(const RegistrationLink &link);
    void created(const RegisteredApp &app);
    void readScopes(const RegisteredApp &app);
    void finish(int exitCode, const QString &error = {}, const QString &code = {});

    SetupSession *m_session;
    QString m_saveError; // the adopted app could not be saved in the profile
    AppRegistration *m_registration = nullptr;
    RegisteredApp m_app;   // the secret is dropped once it is in the keychain
    ArrivedScopes m_arrived;
    std::optional<ConfigureAccess> m_access; // which path steps 3 to 6 take
};

} // namespace fss
