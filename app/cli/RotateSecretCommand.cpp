#include "cli/RotateSecretCommand.h"

#include "core/setup/SetupChecks.h"
#include "core/setup/SetupSession.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace fss {

namespace {

// One line from standard input; not echoed when it is a terminal.
QString readHiddenLine()
{
#ifdef Q_OS_UNIX
    termios before{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &before) == 0;
    if (terminal) {
        termios quiet = before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
        std::fputs("\n", stderr);
    }
#endif
    return QString::fromStdString(line).trimmed();
}

} // namespace

void RotateSecretCommand::start()
{
    openSession([this](SetupSession *session) {
        m_session = session;
        if (!session->hasUserPoolSecret())
            return finishLater(exitBadInput, tr("rotate-secret needs the user pool secret, to give GenAuth the new App Secret: set "
                                                "FSS_USERPOOL_SECRET, or store it in the wizard (Step 2)."));
        m_rotation = session->newSecretRotation(this);
        connect(m_rotation, &SecretRotation::prepared, this, &RotateSecretCommand::prepared);
        connect(m_rotation, &SecretRotation::finished, this, &RotateSecretCommand::rotated);
        if (!m_command.json)
            connect(m_rotation, &SecretRotation::progress, this, [this](const QString &text) { m_err << text << Qt::endl; });
        m_rotation->prepare();
    });
}

void RotateSecretCommand::prepared(const SecretRotationResult &result)
{
    m_result = result;
    if (!result.prepared()) {
        if (result.poolSecretRefused)
            m_err << tr("GenAuth refused the user pool secret: it may have been rotated in GenAuth. Store the new one in the wizard "
                        "(Step 2) or set FSS_USERPOOL_SECRET, then run rotate-secret again. Nothing was changed.")
                  << Qt::endl;
        m_err << result.error.message << Qt::endl;
        return report(exitFailed);
    }
    if (!m_command.json) {
        m_out << tr("The plan, prepared while the old App Secret still works:") << '\n';
        for (const PlannedChange &c : result.changes)
            writeChange(c);
        m_out.flush();
    }
    QString secret = qEnvironmentVariable("FSS_NEW_APP_SECRET").trimmed();
    if (secret.isEmpty()) {
        m_err << tr("Now reset the App Secret in Feishu's developer console: %1 → Credentials & Basic Info → App Secret → Reset. "
                    "Logins through GenAuth fail from then until GenAuth holds the new one, so paste it here at once (it is not "
                    "shown), then press Enter:")
                     .arg(m_rotation->resetPage().toString())
              << Qt::endl;
        secret = readHiddenLine();
    }
    if (secret.isEmpty())
        return finishLater(exitBadInput, tr("No new App Secret was given (standard input or FSS_NEW_APP_SECRET). Nothing was changed."));
    m_rotation->rotate(secret);
}

void RotateSecretCommand::rotated(const SecretRotationResult &result)
{
    m_result = result;
    if (!result.ok())
        return report(result.error.code == QLatin1String("bad-secret") ? exitBadInput : exitFailed);
    // Then every check, with the new secret, as the proof.
    auto checks = m_session->newChecks(this);
    connect(checks, &SetupChecks::finished, this, [this, checks] {
        for (const CheckResult &r : checks->results()) {
            if (r.status == CheckResult::Status::Fail)
                m_failedChecks.append(r);
            else if (r.status == CheckResult::Status::Pass)
                ++m_checksPassed;
        }
        report(m_failedChecks.isEmpty() ? exitOk : exitFailed);
    });
    checks->run();
}

void RotateSecretCommand::report(int exitCode)
{
    const SecretRotationResult &r = m_result;
    const QString outage = r.outageMs < 0 ? QString()
        : r.alreadyInUse ? tr("This App Secret was already in use in Feishu, GenAuth and the keychain: nothing was sent. To rotate it, "
                              "reset it in Credentials & Basic Info first.")
                         : tr("GenAuth had the new App Secret %1 s after you pasted it.").arg(double(r.outageMs) / 1000.0, 0, 'f', 1);
    if (m_command.json) {
        QJsonArray changes;
        for (const PlannedChange &c : r.changes)
            changes.append(changeJson(c));
        QJsonArray failed;
        for (const CheckResult &c : std::as_const(m_failedChecks))
            failed.append(QJsonObject{{QStringLiteral("id"), c.id.toString()}, {QStringLiteral("message"), c.message}});
        QJsonObject o{{QStringLiteral("ok"), exitCode == exitOk},
                      {QStringLiteral("stage"), SecretRotationResult::stageName(r.stage)},
                      {QStringLiteral("feishu_takes_new"), r.feishuTakesNew},
                      {QStringLiteral("genauth_holds_new"), r.genAuthHoldsNew},
                      {QStringLiteral("genauth_read_back"), r.secretReadBack},
                      {QStringLiteral("keychain_holds_new"), r.keychainHoldsNew},
                      {QStringLiteral("already_in_use"), r.alreadyInUse},
                      {QStringLiteral("outage_ms"), r.outageMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(r.outageMs)},
                      {QStringLiteral("changes"), changes},
                      {QStringLiteral("checks"), QJsonObject{{QStringLiteral("passed"), m_checksPassed}, {QStringLiteral("failed"), failed}}}};
        if (!r.error.ok())
            o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), r.error.code}, {QStringLiteral("message"), r.error.message}});
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (r.stage != SecretRotationResult::Stage::Prepare) {
        for (const PlannedChange &c : r.changes)
            writeChange(c);
        if (!r.error.ok())
            m_out << r.error.message << '\n';
        for (const QString &line : r.sides())
            m_out << line << '\n';
        if (!outage.isEmpty())
            m_out << outage << '\n';
        if (!r.ok() && r.stage != SecretRotationResult::Stage::Verify)
            m_out << tr("Run rotate-secret again with the same new App Secret: it goes on from where it stopped and sends only what "
                        "is missing.")
                  << '\n';
        for (const CheckResult &c : std::as_const(m_failedChecks))
            m_out << tr("✗ %1: %2").arg(c.title, c.message) << '\n';
        if (r.ok() && m_failedChecks.isEmpty())
            m_out << tr("Every check passes with the new App Secret (%n passed). Prove a login end to end with the wizard's login test.",
                        nullptr, m_checksPassed)
                  << '\n';
    }
    m_out.flush();
    finishLater(exitCode);
}

} // namespace fss
