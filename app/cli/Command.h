// What every headless command is: it starts, writes to the operator's
// terminal, and ends with an exit code (0 fine, 1 a check or change failed,
// 2 bad usage or input). main() makes the one the command line asks for,
// starts it and returns its code.
#pragma once

#include "cli/CommandLine.h"
#include "core/PlannedChange.h"
#include "core/setup/ProfileStore.h"

#include <QJsonObject>

#include <QObject>
#include <QTextStream>

#include <functional>
#include <memory>

namespace fss {

class SetupSession;

class Command : public QObject
{
    Q_OBJECT

public:
    static constexpr int exitOk = 0;
    static constexpr int exitFailed = 1;
    static constexpr int exitBadInput = 2;

    Command(CommandLine command, ProfileStore store, QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    // Starts; finished() carries the exit code (a command that serves until
    // interrupted sends it only when it cannot start).
    virtual void start() = 0;

    // The command `command.mode` names; nullptr for the wizard, help,
    // version and usage errors, which are not commands.
    static std::unique_ptr<Command> create(const CommandLine &command, QTextStream &out, QTextStream &err);

signals:
    void finished(int exitCode);

protected:
    // Writes `error` (when given) to standard error, then finishes with
    // `exitCode` once control is back in the event loop.
    void finishLater(int exitCode, const QString &error = {});
    // Opens the profile's session (CommandSession: profile, flags, keychain),
    // then calls `ready` with it; if it cannot, finishes with its exit code.
    void openSession(std::function<void(SetupSession *)> ready);
    // One planned, sent or unchanged write: --json's "changes" entry, and
    // the text lines (status, service, method, URL; then why).
    static QJsonObject changeJson(const PlannedChange &change);
    void writeChange(const PlannedChange &change);

    CommandLine m_command;
    ProfileStore m_store;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace fss
