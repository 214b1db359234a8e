// The sandbox (the imitations of Feishu and GenAuth) serves HTTP, so it is
// part of the network plugin (core/transport/NetworkPlugin.h): this is how
// the command line and main() reach it. Programs that link the sandbox in
// (the tests) register it, and nothing is loaded.
#pragma once

#include "cli/Command.h"
#include "core/setup/SetupPrefill.h"

#include <memory>

namespace fss {

class SandboxPlugin
{
public:
    virtual ~SandboxPlugin() = default;

    // `feishu-sso-setup sandbox …`
    virtual std::unique_ptr<Command> newCommand(const CommandLine &command, QTextStream &out, QTextStream &err) = 0;
    // `--sandbox`: both imitations started in this process, kept running by
    // the object returned; what the session is prefilled with into
    // `prefill`. Null with the reason when they cannot start.
    virtual std::unique_ptr<QObject> startInProcess(SetupPrefill *prefill, QString *error) = 0;

    // The plugin's sandbox, loaded on the first call; null with the reason.
    static SandboxPlugin *get(QString *error = nullptr);
    static void registerBuiltIn(SandboxPlugin *plugin);
};

} // namespace fss
