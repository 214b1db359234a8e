#include "cli/CommandLine.h"

#include "core/FieldRules.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <tuple>

namespace fss {

namespace {

// Terminal columns: two for East Asian wide and full-width characters.
int columnsOf(QChar c)
{
    return c.unicode() >= 0x1100 && (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf)
                                     || (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3) || (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff)
                                     || (c.unicode() >= 0xfe30 && c.unicode() <= 0xfe4f) || (c.unicode() >= 0xff00 && c.unicode() <= 0xff60)
                                     || (c.unicode() >= 0xffe0 && c.unicode() <= 0xffe6))
        ? 2
        : 1;
}

int columnsOf(QStringView text)
{
    int n = 0;
    for (const QChar c : text)
        n += columnsOf(c);
    return n;
}

// Every line wider than `width` is wrapped under its own text column (where
// the text after a "--option  " or "command  " cell starts): at a space, or
// between two wide characters, never inside a word nor before a closing
// punctuation mark.
QString fitToColumns(const QString &text, int width)
{
    static const QRegularExpression cell(QStringLiteral("^( *\\S.*?  +)(?=\\S)"));
    static const QString noLineStart = QStringLiteral("，。；：）、！？”」』,.;:)!?");
    const auto rightTrimmed = [](QStringView v) {
        while (!v.isEmpty() && v.back().isSpace())
            v.chop(1);
        return v.toString();
    };
    QStringList out;
    for (QString line : text.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = cell.match(line);
        int indent = m.hasMatch() ? int(m.capturedLength(1)) : int(line.size() - line.trimmed().size());
        if (indent > width / 2)
            indent = 4;
        const QString pad(indent, QLatin1Char(' '));
        while (columnsOf(line) > width) {
            int used = 0;
            int cut = -1; // the line breaks before line[cut]
            for (int i = 0; i < line.size(); ++i) {
                used += columnsOf(line.at(i));
                if (used > width)
                    break;
                if (i <= indent || i + 1 >= line.size())
                    continue;
                const QChar here = line.at(i), next = line.at(i + 1);
                if (here == QLatin1Char(' '))
                    cut = i;
                else if ((columnsOf(here) == 2 || columnsOf(next) == 2) && next != QLatin1Char(' ') && !noLineStart.contains(next))
                    cut = i + 1;
            }
            if (cut <= indent)
                break; // one word wider than the line: leave it whole
            out.append(rightTrimmed(QStringView(line).left(cut)));
            line = pad + line.mid(cut).trimmed();
        }
        out.append(line);
    }
    return out.join(QLatin1Char('\n'));
}

// Every option the program takes, and the reading of one command line. Each
// read…() returns the usage error it found, or nothing.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine read(const QStringList &arguments);

private:
    using Mode = CommandLine::Mode;
    CommandLine usageError(const QString &why);
    QString helpText() const;
    QString readMode();
    QString misuse() const;
    QString onlyWith(const QList<const QCommandLineOption *> &options, Mode owner, const QString &where) const;
    QString readCheckValues();
    QString readCreateAppValues();
    QString readApplyValues();
    QString readSandboxValues();

    QCommandLineParser parser;
    CommandLine result;

    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")};
    const QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit.")};
    const QCommandLineOption profile{QStringLiteral("profile"), tr("Open or check the profile called <name>."), QStringLiteral("name")};
    const QCommandLineOption sandbox{QStringLiteral("sandbox"),
                                     tr("Open the wizard against a local imitation of Feishu, for a demonstration.")};
    const QCommandLineOption json{QStringLiteral("json"), tr("check, apply: print one JSON object instead of a table.")};
    const QCommandLineOption feishuApi{QStringLiteral("feishu-api"), tr("check, apply, create-app: the Feishu Open API address to use."),
                                       QStringLiteral("url")};
    const QCommandLineOption feishuAccounts{QStringLiteral("feishu-accounts"),
                                            tr("check, apply, create-app: the Feishu accounts address (sign-in, app registration)."),
                                            QStringLiteral("url")};
    const QCommandLineOption larkApi{QStringLiteral("lark-api"), tr("check, apply, create-app: the Lark Open API address to use."),
                                     QStringLiteral("url")};
    const QCommandLineOption larkAccounts{QStringLiteral("lark-accounts"), tr("check, apply, create-app: the Lark accounts address."),
                                          QStringLiteral("url")};
    const QCommandLineOption appName{QStringLiteral("name"), tr("create-app: the new app's name."), QStringLiteral("text")};
    const QCommandLineOption appId{QStringLiteral("app-id"), tr("check: the App ID, instead of the profile's."), QStringLiteral("id")};
    const QCommandLineOption userPoolId{QStringLiteral("user-pool-id"), tr("check: the GenAuth user pool ID."), QStringLiteral("id")};
    const QCommandLineOption identifier{QStringLiteral("identifier"), tr("check: the GenAuth connection identifier."), QStringLiteral("id")};
    const QCommandLineOption cloud{QStringLiteral("cloud"), tr("check: genauth, authing or the address of a private GenAuth."),
                                   QStringLiteral("cloud")};
    const QCommandLineOption genAuthAppId{QStringLiteral("genauth-app-id"),
                                          tr("check: the GenAuth application the identity source must be enabled on."), QStringLiteral("id")};
    const QCommandLineOption genAuthApp{QStringLiteral("genauth-app"),
                                        tr("check, apply: a GenAuth application the identity source must be on; repeat it for "
                                           "several (the first is the login test's)."),
                                        QStringLiteral("id")};
    const QCommandLineOption caCert{QStringLiteral("ca-cert"),
                                    tr("check: also trust the certificate authority in this PEM file (a private deployment's)."),
                                    QStringLiteral("file")};
    const QCommandLineOption junit{QStringLiteral("junit"),
                                   tr("check: also write the verdicts to this file as JUnit XML, one test case per check."),
                                   QStringLiteral("file")};
    const QCommandLineOption dryRun{QStringLiteral("dry-run"), tr("apply, remove: show the plan, send nothing.")};
    const QCommandLineOption forgetAnyway{QStringLiteral("forget-anyway"),
                                          tr("remove: forget the keychain entries and the profile even if taking the setup down failed.")};
    const QCommandLineOption wait{QStringLiteral("wait"), tr("apply: wait until the release is approved or rejected.")};
    const QCommandLineOption waitMinutes{QStringLiteral("wait-minutes"), tr("apply: wait at most this long (default 30)."),
                                         QStringLiteral("n")};
    const QCommandLineOption only{QStringLiteral("only"), tr("apply: only one side, feishu or genauth."), QStringLiteral("side")};
    const QCommandLineOption port{QStringLiteral("port"), tr("sandbox: the port of imitated Feishu (default: any free port)."), QStringLiteral("n")};
    const QCommandLineOption genAuthPort{QStringLiteral("genauth-port"), tr("sandbox: the port of imitated GenAuth (default: any free port)."),
                                         QStringLiteral("n")};
    const QCommandLineOption config{QStringLiteral("config"), tr("sandbox: a JSON file describing the imitated apps."), QStringLiteral("file")};
    const QCommandLineOption delay{QStringLiteral("delay-ms"), tr("sandbox: wait this long before every answer."), QStringLiteral("ms")};
    const QCommandLineOption trace{QStringLiteral("trace"),
                                   tr("wizard, check, apply, create-app: write every exchange with Feishu and GenAuth to this file "
                                      "(HAR, secrets redacted)."),
                                   QStringLiteral("file")};
    const QCommandLineOption replay{QStringLiteral("replay"), tr("sandbox: answer from a trace (--trace) instead of imitating."),
                                    QStringLiteral("file")};
    const QCommandLineOption tlsCert{QStringLiteral("tls-cert"), tr("sandbox: serve imitated Feishu over https with this certificate (PEM)."),
                                     QStringLiteral("file")};
    const QCommandLineOption tlsKey{QStringLiteral("tls-key"), tr("sandbox: the certificate's private key (PEM)."), QStringLiteral("file")};
};

CommandLine Reader::usageError(const QString &why)
{
    result.mode = Mode::UsageError;
    result.message = why + QLatin1Char('\n') + tr("Run “%1 --help” for usage.").arg(QCoreApplication::applicationName());
    return result;
}

QString Reader::helpText() const
{
    // Qt lays the positional argument's text out in one narrow column and
    // cuts it mid-sentence; the commands get a section of their own.
    const QList<std::pair<QString, QString>> commands{
        {QStringLiteral("check"), tr("Verify a profile's setup without a window. Exit 0 when every check passes, 1 when one "
                                     "fails, 2 for bad input. FSS_APP_SECRET and FSS_USERPOOL_SECRET may carry the secrets "
                                     "instead of the keychain.")},
        {QStringLiteral("apply"), tr("Set the profile up in Feishu (redirect URL, permissions, web app, release) and in GenAuth, "
                                     "sending only what is missing. Exit 0 when nothing failed, 1 when a change failed.")},
        {QStringLiteral("create-app"), tr("Create a new Feishu app by one scan (a QR code or a link), its App Secret straight "
                                          "into the keychain. Exit 0 when the app was created, 1 when refused or expired.")},
        {QStringLiteral("rotate-secret"), tr("Rotate the profile's App Secret: prepares while the old one works, then takes the new "
                                             "one (standard input, not shown, or FSS_NEW_APP_SECRET), proves it with Feishu, gives it "
                                             "to GenAuth, reads it back and keeps it in the keychain. Exit 0 when rotated and every "
                                             "check passes, 1 when something failed.")},
        {QStringLiteral("remove"), tr("Take the profile's setup down: the plan first (--dry-run stops there), then the connection "
                                      "off on every GenAuth application and deleted, the redirect URL off the Feishu app, and last "
                                      "the keychain entries and the profile. The Feishu app stays. Exit 0 when all of it is gone.")},
        {QStringLiteral("sandbox"), tr("Serve a local imitation of Feishu and GenAuth.")},
    };
    // Without an application object Qt writes a placeholder for the program name.
    QString text = parser.helpText().replace(QLatin1String("<executable_name>"), QCoreApplication::applicationName());
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const auto &[name, description] : commands)
        text += QStringLiteral("  %1%2\n").arg(name.leftJustified(15), description);
    return fitToColumns(text, 80);
}

QString Reader::readMode()
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return tr("Unexpected argument “%1”.").arg(positional.at(1));
    if (positional.isEmpty())
        return {};
    const QString &command = positional.first();
    if (command == QLatin1String("check"))
        result.mode = Mode::Check;
    else if (command == QLatin1String("apply"))
        result.mode = Mode::Apply;
    else if (command == QLatin1String("create-app"))
        result.mode = Mode::CreateApp;
    else if (command == QLatin1String("rotate-secret"))
        result.mode = Mode::RotateSecret;
    else if (command == QLatin1String("remove"))
        result.mode = Mode::Remove;
    else if (command == QLatin1String("sandbox"))
        result.mode = Mode::Sandbox;
    else
        return tr("Unknown command “%1”; the commands are check, apply, create-app, rotate-secret, remove and sandbox.").arg(command);
    return {};
}

QString Reader::onlyWith(const QList<const QCommandLineOption *> &options, Mode owner, const QString &where) const
{
    for (const QCommandLineOption *o : options) {
        // apply and rotate-secret take check's settings too; create-app its
        // hosts and --json.
        const bool hostOrJson = o == &json || o == &feishuApi || o == &feishuAccounts || o == &larkApi || o == &larkAccounts;
        const bool allowed = result.mode == owner
            || (owner == Mode::Check && (result.mode == Mode::Apply || result.mode == Mode::RotateSecret || result.mode == Mode::Remove))
            || (owner == Mode::Apply && result.mode == Mode::Remove && (o == &dryRun))
            || (owner == Mode::Check && result.mode == Mode::CreateApp && hostOrJson);
        if (parser.isSet(*o) && !allowed)
            return tr("--%1 only works %2.").arg(o->names().constFirst(), where);
    }
    return {};
}

// Each option belongs to one mode; anything else is a mistake worth saying.
QString Reader::misuse() const
{
    QString misuse = onlyWith({&sandbox}, Mode::Wizard, tr("when opening the wizard"));
    if (misuse.isEmpty())
        misuse = onlyWith({&json, &feishuApi, &feishuAccounts, &larkApi, &larkAccounts, &appId, &userPoolId, &identifier, &cloud,
                           &genAuthAppId, &genAuthApp, &caCert},
                          Mode::Check, tr("with the check command"));
    if (misuse.isEmpty())
        misuse = onlyWith({&appName}, Mode::CreateApp, tr("with the create-app command"));
    if (misuse.isEmpty())
        misuse = onlyWith({&port, &genAuthPort, &config, &delay, &replay, &tlsCert, &tlsKey}, Mode::Sandbox, tr("with the sandbox command"));
    if (misuse.isEmpty() && parser.isSet(forgetAnyway) && result.mode != Mode::Remove)
        misuse = tr("--forget-anyway only works with the remove command.");
    if (misuse.isEmpty() && parser.isSet(junit) && result.mode != Mode::Check)
        misuse = tr("--junit only works with the check command.");
    if (misuse.isEmpty() && parser.isSet(trace) && result.mode == Mode::Sandbox)
        misuse = tr("--trace does not work with the sandbox command: trace the wizard or the command that talks to it.");
    if (misuse.isEmpty())
        misuse = onlyWith({&dryRun, &wait, &waitMinutes, &only}, Mode::Apply, tr("with the apply command"));
    return misuse;
}

QString Reader::readCheckValues()
{
    for (const auto &[option, rule, into] :
         {std::tuple{&appId, &FieldRules::appId, &result.appId}, std::tuple{&userPoolId, &FieldRules::userPoolId, &result.userPoolId},
          std::tuple{&identifier, &FieldRules::identifier, &result.identifier},
          std::tuple{&feishuApi, &FieldRules::customHost, &result.feishuApi},
          std::tuple{&feishuAccounts, &FieldRules::customHost, &result.feishuAccounts},
          std::tuple{&larkApi, &FieldRules::customHost, &result.larkApi},
          std::tuple{&larkAccounts, &FieldRules::customHost, &result.larkAccounts}}) {
        if (!parser.isSet(*option))
            continue;
        const FieldCheck c = rule(parser.value(*option));
        if (!c.acceptable())
            return tr("--%1: %2").arg(option->names().constFirst(), c.message);
        *into = c.value;
    }
    for (const QString &value : parser.values(genAuthAppId) + parser.values(genAuthApp)) {
        const FieldCheck c = FieldRules::genAuthAppId(value);
        if (!c.acceptable())
            return tr("--genauth-app: %1").arg(c.message);
        if (!result.genAuthAppIds.contains(c.value))
            result.genAuthAppIds.append(c.value);
    }
    if (parser.isSet(cloud)) {
        const QString value = parser.value(cloud).trimmed().toLower();
        if (value == QLatin1String("genauth") || value == QLatin1String("authing")) {
            result.cloud = value;
        } else {
            const FieldCheck c = FieldRules::customHost(parser.value(cloud));
            if (!c.acceptable())
                return tr("--cloud: use genauth, authing or the https address of a private GenAuth. %1").arg(c.message);
            result.cloud = c.value;
        }
    }
    result.caCertificate = parser.value(caCert);
    result.junitFile = parser.value(junit);
    if (result.mode == Mode::Remove && result.profile.isEmpty())
        return tr("remove needs --profile NAME: the profile whose setup is taken down (and then forgotten).");
    if (result.mode == Mode::RotateSecret && result.profile.isEmpty())
        return tr("rotate-secret needs --profile NAME: the profile whose App Secret is rotated (the keychain keeps the new one).");
    if ((result.mode == Mode::Check || result.mode == Mode::Apply) && result.profile.isEmpty() && result.appId.isEmpty())
        return tr("%1 needs --profile NAME, or --app-id ID with FSS_APP_SECRET set.")
            .arg(result.mode == Mode::Check ? QStringLiteral("check") : QStringLiteral("apply"));
    return {};
}

QString Reader::readCreateAppValues()
{
    if (result.mode == Mode::CreateApp && result.profile.isEmpty())
        return tr("create-app needs --profile NAME: the profile that receives the new app's App ID (its App Secret goes "
                  "to the keychain).");
    if (parser.isSet(appName)) {
        result.appName = parser.value(appName).trimmed();
        if (result.appName.isEmpty() || result.appName.size() > 64)
            return tr("--name: give the app a name of 1 to 64 characters.");
    }
    return {};
}

QString Reader::readApplyValues()
{
    result.dryRun = parser.isSet(dryRun);
    result.forgetAnyway = parser.isSet(forgetAnyway);
    result.wait = parser.isSet(wait);
    if (parser.isSet(waitMinutes)) {
        bool ok = false;
        result.waitMinutes = parser.value(waitMinutes).toInt(&ok);
        if (!ok || result.waitMinutes < 1 || result.waitMinutes > 1440)
            return tr("--wait-minutes: “%1” is not a number of minutes (1 to 1440).").arg(parser.value(waitMinutes));
    }
    if (parser.isSet(only)) {
        result.only = parser.value(only).trimmed().toLower();
        if (result.only != QLatin1String("feishu") && result.only != QLatin1String("genauth"))
            return tr("--only: use feishu or genauth, not “%1”.").arg(parser.value(only));
    }
    return {};
}

QString Reader::readSandboxValues()
{
    for (const auto &[option, into] : {std::pair{&port, &result.port}, std::pair{&genAuthPort, &result.genAuthPort}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const uint n = parser.value(*option).toUInt(&ok);
        if (!ok || n > 65535)
            return tr("--%1: “%2” is not a port number (0 to 65535).").arg(option->names().constFirst(), parser.value(*option));
        *into = quint16(n);
    }
    if (parser.isSet(delay)) {
        bool ok = false;
        const int n = parser.value(delay).toInt(&ok);
        if (!ok || n < 0 || n > 600000)
            return tr("--delay-ms: “%1” is not a number of milliseconds (0 to 600000).").arg(parser.value(delay));
        result.delayMs = n;
    }
    result.configFile = parser.value(config);
    result.replayFile = parser.value(replay);
    result.tlsCertificate = parser.value(tlsCert);
    result.tlsKey = parser.value(tlsKey);
    if (result.tlsCertificate.isEmpty() != result.tlsKey.isEmpty())
        return tr("--tls-cert and --tls-key go together.");
    if (parser.isSet(replay) && parser.isSet(config))
        return tr("--replay and --config do not go together: a replay answers only what the trace holds.");
    return {};
}

CommandLine Reader::read(const QStringList &arguments)
{
    parser.setApplicationDescription(
        tr("Connects a Feishu (Lark) enterprise self-built app to GenAuth as a login identity source, step by step."));
    for (const QCommandLineOption *o : {&help, &version, &profile, &sandbox, &json, &feishuApi, &feishuAccounts, &larkApi, &larkAccounts,
                                        &appName, &appId, &userPoolId, &identifier,
                                        &cloud, &genAuthAppId, &genAuthApp, &caCert, &junit, &dryRun, &forgetAnyway, &wait, &waitMinutes, &only, &port, &genAuthPort, &config,
                                        &delay, &trace, &replay, &tlsCert, &tlsKey})
        parser.addOption(*o);
    parser.addPositionalArgument(QStringLiteral("command"), tr("Nothing to open the wizard, or one of the commands below."),
                                 tr("[command]"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    if (parser.isSet(help)) {
        result.mode = Mode::Help;
        result.message = helpText();
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
    QString error = readMode();
    if (error.isEmpty())
        error = misuse();
    result.sandbox = parser.isSet(sandbox);
    result.json = parser.isSet(json);
    result.traceFile = parser.value(trace);
    for (QString (Reader::*step)() : {&Reader::readCheckValues, &Reader::readCreateAppValues, &Reader::readApplyValues,
                                       &Reader::readSandboxValues}) {
        if (error.isEmpty())
            error = (this->*step)();
    }
    return error.isEmpty() ? result : usageError(error);
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    // No argument: the wizard, without building the parser (start-up time
    // counts, tests/bench).
    if (arguments.size() <= 1)
        return {};
    return Reader().read(arguments);
}

} // namespace fss
