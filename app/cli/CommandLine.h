// What the operator asked for on the command line. Parsed without an
// application object so that --help, --version and the headless commands
// never need a display.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fss {

struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode { Wizard, Check, Apply, CreateApp, RotateSecret, Remove, Sandbox, Help, Version, UsageError };

    Mode mode = Mode::Wizard;
    QString profile;  // --profile NAME, already validated; may be empty
    QString message;  // help text, version line or the usage error

    // Wizard: --sandbox, against the in-process imitation.
    bool sandbox = false;

    // check: output and what replaces the profile's settings. All validated
    // and normalised; empty when not given.
    bool json = false;
    QString feishuApi;  // an origin
    // The other hosts (check, apply, create-app): Feishu's accounts host
    // (the app registration), and Lark's Open API and accounts hosts, used
    // when the profile's (or the new app's) platform is Lark.
    QString feishuAccounts;
    QString larkApi;
    QString larkAccounts;
    QString appId;
    QString userPoolId;
    QString identifier;
    QString cloud;      // "genauth", "authing" or an origin
    // The GenAuth applications the connection must be on (--genauth-app,
    // repeatable; --genauth-app-id names one): the first is the login
    // test's.
    QStringList genAuthAppIds;
    QString caCertificate; // a PEM file of a certificate authority to trust as well
    QString junitFile;     // check: the verdicts as JUnit XML too (--junit FILE)

    // apply: send nothing (--dry-run), wait for the approval (--wait, at
    // most waitMinutes), one side only (--only feishu|genauth; empty: both).
    bool dryRun = false;
    bool wait = false;
    int waitMinutes = 30;
    QString only;

    // remove: forget the keychain entries and the profile even when taking
    // the setup down in GenAuth or Feishu failed (--forget-anyway).
    bool forgetAnyway = false;

    // create-app: the new app's name (the profile's otherwise).
    QString appName;

    // The wizard, check, apply and create-app: write every exchange with the
    // platforms to this file as HAR 1.2, secrets redacted (--trace FILE).
    QString traceFile;

    // sandbox: where to listen and what to imitate.
    quint16 port = 0;
    quint16 genAuthPort = 0;
    QString configFile;
    int delayMs = 0;
    QString replayFile; // answer from a trace (--replay FILE) instead of imitating
    QString tlsCertificate; // serve imitated Feishu over https with this PEM certificate
    QString tlsKey;         // and its PEM key

    static CommandLine parse(const QStringList &arguments);
    static int exitCodeForUsageError() { return 2; }
};

} // namespace fss
