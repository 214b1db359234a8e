#include "cli/SandboxPlugin.h"

#include "core/transport/NetworkPlugin.h"

namespace fss {

namespace {

SandboxPlugin *builtIn = nullptr;

} // namespace

void SandboxPlugin::registerBuiltIn(SandboxPlugin *plugin) { builtIn = plugin; }

SandboxPlugin *SandboxPlugin::get(QString *error)
{
    if (builtIn)
        return builtIn;
    static SandboxPlugin *plugin = nullptr;
    if (!plugin) {
        using Entry = SandboxPlugin *(*)();
        if (auto entry = reinterpret_cast<Entry>(NetworkPlugin::resolve("fss_sandbox_plugin", error)))
            plugin = entry();
    }
    return plugin;
}

} // namespace fss
