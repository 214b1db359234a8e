#include "AppIcon.h"
#include "SetupWizard.h"
#include "core/CheckCommand.h"
#include "core/CommandLine.h"
#include "core/FeishuClient.h"
#include "core/SecretStore.h"
#include "sandbox/Sandbox.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("feishu-sso-setup"));
    QCoreApplication::setApplicationName(QStringLiteral("feishu-sso-setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FSS_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationIdentity();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const fss::CommandLine command = fss::CommandLine::parse(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (command.mode) {
    case fss::CommandLine::Mode::Help:
    case fss::CommandLine::Mode::Version:
        out << command.message << Qt::endl;
        return 0;
    case fss::CommandLine::Mode::UsageError:
        err << command.message << Qt::endl;
        return fss::CommandLine::exitCodeForUsageError();
    case fss::CommandLine::Mode::Check: {
        QCoreApplication app(argc, argv);
        fss::CheckCommand check(command, fss::ProfileStore{}, out, err);
        QObject::connect(&check, &fss::CheckCommand::finished, &app, &QCoreApplication::exit);
        check.start();
        return app.exec();
    }
    case fss::CommandLine::Mode::Sandbox: {
        QCoreApplication app(argc, argv);
        return fss::runSandboxCommand(command, out, err);
    }
    case fss::CommandLine::Mode::Wizard:
        break;
    }

#ifdef FSS_WITH_WEBENGINE
    // QtWebEngine asks for this before the application object exists; the
    // browser itself is created only when the login test starts.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Feishu SSO Setup"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.feishu_sso_setup"));
    QApplication::setWindowIcon(fss::appWindowIcon());

    // For the start-up benchmark (tests/bench): quit once the first page is up.
    if (qEnvironmentVariableIsSet("FSS_QUIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);

    if (!command.sandbox) {
        fss::SetupWizard wizard(fss::ProfileStore{}, command.profile);
        wizard.show();
        return app.exec();
    }

    // The demonstration: an imitation of Feishu in this process, and
    // profiles and keychain entries kept apart from the real ones.
    fss::Sandbox sandbox;
    if (!sandbox.start()) {
        err << sandbox.errorString() << Qt::endl;
        return 1;
    }
    fss::SecretStore::useSandboxService(true);
    const fss::SandboxApp app0 = sandbox.feishu().config().apps.constFirst();
    fss::SandboxSettings settings;
    settings.endpoints = {sandbox.url(), sandbox.url()};
    settings.appId = app0.appId;
    settings.appSecret = app0.appSecret;
    settings.userPoolId = QString::fromLatin1(fss::FeishuSandboxConfig::defaultUserPoolId);
    settings.identifier = QString::fromLatin1(fss::FeishuSandboxConfig::defaultIdentifier);
    settings.genAuth = sandbox.genAuthUrl();
    settings.userPoolSecret = sandbox.genAuth().config().userPoolSecret;
    settings.genAuthAppId = sandbox.genAuth().config().apps.constFirst().appId;
    fss::SetupWizard wizard(fss::ProfileStore(fss::ProfileStore::defaultDirectory() + QStringLiteral("-sandbox")), command.profile);
    wizard.useSandbox(settings);
    wizard.show();
    return app.exec();
}
