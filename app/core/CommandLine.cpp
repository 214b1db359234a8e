#include "CommandLine.h"

#include "FieldRules.h"

#include <QCommandLineParser>

namespace fss {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connects a Feishu (Lark) enterprise self-built app to GenAuth as a login identity source, step by step."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit."));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Open or check the profile called <name>."), tr("name"));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(profile);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("Nothing to open the wizard, or one of:\n"
                                    "  check    verify a profile's setup without a window\n"
                                    "  sandbox  serve a local imitation of Feishu and GenAuth"),
                                 tr("[command]"));

    CommandLine result;
    const auto usageError = [&](const QString &why) {
        result.mode = Mode::UsageError;
        result.message = why + QLatin1Char('\n') + tr("Run “%1 --help” for usage.").arg(QCoreApplication::applicationName());
        return result;
    };

    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    if (parser.isSet(help)) {
        result.mode = Mode::Help;
        // Without an application object Qt writes a placeholder for the program name.
        result.message = parser.helpText().replace(QLatin1String("<executable_name>"), QCoreApplication::applicationName());
        return result;
    }
    if (parser.isSet(version)) {
        result.mode = Mode::Version;
        result.message = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return result;
    }
    if (parser.isSet(profile)) {
        const FieldCheck name = FieldRules::profileName(parser.value(profile));
        if (!name.acceptable())
            return usageError(tr("--profile: %1").arg(name.message));
        result.profile = name.value;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(tr("Unexpected argument “%1”.").arg(positional.at(1)));
    if (positional.isEmpty())
        return result;
    if (positional.first() == QLatin1String("check"))
        result.mode = Mode::Check;
    else if (positional.first() == QLatin1String("sandbox"))
        result.mode = Mode::Sandbox;
    else
        return usageError(tr("Unknown command “%1”; the commands are check and sandbox.").arg(positional.first()));
    return result;
}

} // namespace fss
