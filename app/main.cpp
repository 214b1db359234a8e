#include "AppIcon.h"
#include "SetupWizard.h"
#include "cli/Command.h"
#include "cli/CommandLine.h"
#include "cli/SandboxPlugin.h"
#include "core/transport/HarTrace.h"
#include "core/setup/Language.h"
#include "core/setup/SecretStore.h"
#include "core/setup/SetupSession.h"

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

// --trace: every exchange with the platforms, from the first one.
bool startTrace(const fss::CommandLine &command, QTextStream &err)
{
    QString error;
    if (command.traceFile.isEmpty() || fss::HarTrace::start(command.traceFile, &error))
        return true;
    err << error << Qt::endl;
    return false;
}

// No window: an application object without a display, in the operator's
// language (parsed again for a translated --help).
int runHeadless(int &argc, char *argv[], const QStringList &arguments, fss::CommandLine command)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCoreApplication app(argc, argv);
    if (fss::Language::install(app, fss::Language::chosen()))
        command = fss::CommandLine::parse(arguments);
    switch (command.mode) {
    case fss::CommandLine::Mode::Help:
    case fss::CommandLine::Mode::Version:
        out << command.message << Qt::endl;
        return 0;
    case fss::CommandLine::Mode::UsageError:
        err << command.message << Qt::endl;
        return fss::CommandLine::exitCodeForUsageError();
    default:
        break;
    }
    if (!startTrace(command, err))
        return fss::CommandLine::exitCodeForUsageError();
    const std::unique_ptr<fss::Command> headless = fss::Command::create(command, out, err);
    QObject::connect(headless.get(), &fss::Command::finished, &app, &QCoreApplication::exit);
    headless->start();
    return app.exec();
}

// The wizard; with --sandbox against imitations of Feishu and GenAuth in
// this process, with profiles and keychain entries kept apart from the real
// ones.
int runWizard(int &argc, char *argv[], const fss::CommandLine &command)
{
    QTextStream err(stderr);
#ifdef FSS_WITH_WEBENGINE
    // QtWebEngine asks for this before the application object exists; the
    // browser itself is created only when the login test starts.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
#endif
    QApplication app(argc, argv);
    // The wizard always keeps a trace (in memory without --trace), which the
    // Summary saves beside the report.
    if (!startTrace(command, err) || (command.traceFile.isEmpty() && !fss::HarTrace::start({}, nullptr)))
        return fss::CommandLine::exitCodeForUsageError();
    QApplication::setDesktopFileName(QStringLiteral("io.github.feishu_sso_setup"));
    QApplication::setWindowIcon(fss::appWindowIcon());

    // For the start-up benchmark (tests/bench): say so on stdout once the
    // first page is up, and quit.
    if (qEnvironmentVariableIsSet("FSS_QUIT_WHEN_SHOWN")) {
        QTimer::singleShot(0, &app, [] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

    std::unique_ptr<QObject> sandbox;
    std::optional<fss::SetupPrefill> prefill;
    if (command.sandbox) {
        QString why;
        fss::SetupPrefill values;
        fss::SandboxPlugin *plugin = fss::SandboxPlugin::get(&why);
        sandbox = plugin ? plugin->startInProcess(&values, &why) : nullptr;
        if (!sandbox) {
            err << why << Qt::endl;
            return 1;
        }
        fss::SecretStore::useSandboxService(true);
        prefill = values;
    }
    const fss::ProfileStore store = command.sandbox ? fss::ProfileStore(fss::ProfileStore::defaultDirectory() + QStringLiteral("-sandbox"))
                                                    : fss::ProfileStore{};

    // Choosing another language on the Welcome page opens the wizard again
    // in it, with what was chosen there so far.
    constexpr int kRestart = 4217;
    fss::WelcomeChoices carried;
    carried.profileName = command.profile;
    QLocale locale = fss::Language::chosen();
    for (;;) {
        fss::Language::install(app, locale);
        QApplication::setApplicationDisplayName(QApplication::translate("main", "Feishu SSO Setup"));
        fss::SetupWizard wizard(store, carried.profileName);
        if (prefill)
            wizard.session()->usePrefill(*prefill);
        wizard.setWelcomeChoices(carried);
        QObject::connect(&wizard, &fss::SetupWizard::languageChosen, &app, [&](const QString &code) {
            fss::Language::setSetting(code);
            locale = QLocale(code);
            carried = wizard.welcomeChoices();
            app.exit(kRestart);
        });
        wizard.show();
        const int code = app.exec();
        if (code != kRestart)
            return code;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const fss::CommandLine command = fss::CommandLine::parse(arguments);
    return command.mode == fss::CommandLine::Mode::Wizard ? runWizard(argc, argv, command)
                                                          : runHeadless(argc, argv, arguments, command);
}
