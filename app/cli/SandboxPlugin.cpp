#include "cli/SandboxPlugin.h"

#include "core/transport/NetworkPlugin.h"

namespace fss {

namespace {

SandboxPlugin *builtIn = nullptr;

} // namespace

void SandboxPlugin::registerBuiltIn(SandboxPlugin *plugin) { builtIn = plugin; }

SandboxPlugin *SandboxPlugin::get(QString *error)
{
    return pluginInterface(builtIn, "fss_sandbox_plugin", error);
}

} // namespace fss
