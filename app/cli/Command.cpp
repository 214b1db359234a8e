#include "cli/Command.h"

#include "cli/ApplyCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CommandSession.h"
#include "cli/CreateAppCommand.h"
#include "cli/RemoveCommand.h"
#include "cli/RotateSecretCommand.h"
#include "cli/SandboxPlugin.h"
#include "core/setup/SetupSession.h"

#include <QTimer>

namespace fss {

namespace {

// A command that cannot run here (its plugin is missing): says why, fails.
class FailedCommand : public Command
{
public:
    FailedCommand(const CommandLine &command, QTextStream &out, QTextStream &err, QString why)
        : Command(command, ProfileStore{}, out, err)
        , m_why(std::move(why))
    {
    }
    void start() override { finishLater(exitFailed, m_why); }

private:
    QString m_why;
};

} // namespace

Command::Command(CommandLine command, ProfileStore store, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
    , m_store(std::move(store))
    , m_out(out)
    , m_err(err)
{
}

std::unique_ptr<Command> Command::create(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    switch (command.mode) {
    case CommandLine::Mode::Check:
        return std::make_unique<CheckCommand>(command, ProfileStore{}, out, err);
    case CommandLine::Mode::Apply:
        return std::make_unique<ApplyCommand>(command, ProfileStore{}, out, err);
    case CommandLine::Mode::CreateApp:
        return std::make_unique<CreateAppCommand>(command, ProfileStore{}, out, err);
    case CommandLine::Mode::Remove:
        return std::make_unique<RemoveCommand>(command, ProfileStore{}, out, err);
    case CommandLine::Mode::RotateSecret:
        return std::make_unique<RotateSecretCommand>(command, ProfileStore{}, out, err);
    case CommandLine::Mode::Sandbox: {
        QString why;
        if (SandboxPlugin *sandbox = SandboxPlugin::get(&why))
            return sandbox->newCommand(command, out, err);
        return std::make_unique<FailedCommand>(command, out, err, why);
    }
    case CommandLine::Mode::Wizard:
    case CommandLine::Mode::Help:
    case CommandLine::Mode::Version:
    case CommandLine::Mode::UsageError:
        break;
    }
    return nullptr;
}

void Command::openSession(std::function<void(SetupSession *)> ready)
{
    auto loading = new CommandSession(m_command, m_store, this);
    connect(loading, &CommandSession::failed, this, [this](int exitCode, const QString &error) { finishLater(exitCode, error); });
    connect(loading, &CommandSession::ready, this, std::move(ready));
    loading->start();
}

void Command::finishLater(int exitCode, const QString &error)
{
    if (!error.isEmpty())
        m_err << error << Qt::endl;
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

QJsonObject Command::changeJson(const PlannedChange &c)
{
    return QJsonObject{{QStringLiteral("service"), PlannedChange::serviceName(c.service)},
                       {QStringLiteral("id"), PlannedChange::idName(c.id)},
                       {QStringLiteral("method"), c.method},
                       {QStringLiteral("url"), c.url},
                       {QStringLiteral("status"), PlannedChange::statusName(c.status)},
                       {QStringLiteral("message"), c.message},
                       {QStringLiteral("code"), c.code}};
}

void Command::writeChange(const PlannedChange &c)
{
    m_out << PlannedChange::statusName(c.status).toUpper().leftJustified(10) << PlannedChange::serviceName(c.service) << QLatin1Char(' ')
          << c.method << QLatin1Char(' ') << c.url << '\n';
    if (!c.message.isEmpty()) {
        m_out << QStringLiteral("          ") << c.message;
        if (!c.code.isEmpty())
            m_out << QStringLiteral(" [%1]").arg(c.code);
        m_out << '\n';
    }
}

} // namespace fss
