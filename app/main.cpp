#include "core/CommandLine.h"
#include "SetupWizard.h"

#include <QApplication>
#include <QTextStream>

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
    case fss::CommandLine::Mode::Check:
    case fss::CommandLine::Mode::Sandbox:
        err << QCoreApplication::translate("main", "This command is not available in this version yet.") << Qt::endl;
        return fss::CommandLine::exitCodeForUsageError();
    case fss::CommandLine::Mode::Wizard:
        break;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Feishu SSO Setup"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.feishu_sso_setup"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/feishu-sso-setup.svg")));

    fss::SetupWizard wizard(fss::ProfileStore{}, command.profile);
    wizard.show();
    return app.exec();
}
