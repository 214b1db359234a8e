// The sandbox's entry point in the network plugin (fss_sandbox_plugin), and
// its registration where the sandbox is linked in (the tests).
#include "cli/SandboxCommand.h"
#include "cli/SandboxPlugin.h"
#include "sandbox/Sandbox.h"

namespace fss {

namespace {

class SandboxPluginImpl : public SandboxPlugin
{
public:
    std::unique_ptr<Command> newCommand(const CommandLine &command, QTextStream &out, QTextStream &err) override
    {
        return std::make_unique<SandboxCommand>(command, out, err);
    }
    std::unique_ptr<QObject> startInProcess(SetupPrefill *prefill, QString *error) override
    {
        auto sandbox = std::make_unique<Sandbox>();
        if (!sandbox->start()) {
            if (error)
                *error = sandbox->errorString();
            return nullptr;
        }
        *prefill = sandbox->prefill();
        return sandbox;
    }
};

SandboxPluginImpl thePlugin;
[[maybe_unused]] const bool registered = (SandboxPlugin::registerBuiltIn(&thePlugin), true);

} // namespace

} // namespace fss

extern "C" Q_DECL_EXPORT fss::SandboxPlugin *fss_sandbox_plugin() { return &fss::thePlugin; }
