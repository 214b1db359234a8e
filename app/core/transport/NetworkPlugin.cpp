#include "core/transport/NetworkPlugin.h"

#include "core/transport/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace fss {

namespace {

NetworkPlugin *builtIn = nullptr;

// The plugin's library, loaded once with every symbol resolved at once (a
// missing one is a clear error now, not a crash later).
QLibrary *library(QString *error)
{
    static QLibrary *loaded = nullptr;
    static QString why;
    if (loaded || !why.isEmpty()) {
        if (!loaded && error)
            *error = why;
        return loaded;
    }
    for (const QString &dir : NetworkPlugin::searchPath()) {
        auto candidate = std::make_unique<QLibrary>(QDir(dir).filePath(QStringLiteral("fss_network")));
        candidate->setLoadHints(QLibrary::ResolveAllSymbolsHint);
        if (candidate->load()) {
            qCDebug(lcNetwork) << "network plugin loaded from" << candidate->fileName();
            loaded = candidate.release();
            return loaded;
        }
        if (why.isEmpty() && QFileInfo::exists(candidate->fileName()))
            why = candidate->errorString();
    }
    if (why.isEmpty())
        why = QCoreApplication::translate("fss::NetworkPlugin",
                                          "The network part of Feishu SSO Setup (fss_network) is not installed: install the "
                                          "program again.");
    if (error)
        *error = why;
    return nullptr;
}

} // namespace

QStringList NetworkPlugin::searchPath()
{
    QStringList dirs;
    if (qEnvironmentVariableIsSet("FSS_PLUGIN_DIR"))
        dirs << qEnvironmentVariable("FSS_PLUGIN_DIR");
    const QString appDir = QCoreApplication::applicationDirPath();
    dirs << appDir << appDir + QStringLiteral("/../" FSS_PLUGIN_INSTALL_SUBDIR);
    // The build tree's only for programs run from it: an installed program
    // uses what was installed with it.
    if (QDir(appDir).canonicalPath().startsWith(QDir(QStringLiteral(FSS_BUILD_DIR)).canonicalPath() + QLatin1Char('/')))
        dirs << QStringLiteral(FSS_BUILD_DIR "/plugins");
    return dirs;
}

void NetworkPlugin::registerBuiltIn(NetworkPlugin *plugin) { builtIn = plugin; }

QFunctionPointer NetworkPlugin::resolve(const char *symbol, QString *error)
{
    QLibrary *lib = library(error);
    if (!lib)
        return nullptr;
    const QFunctionPointer f = lib->resolve(symbol);
    if (!f && error)
        *error = lib->errorString();
    return f;
}

NetworkPlugin *NetworkPlugin::get(QString *error)
{
    return pluginInterface(builtIn, "fss_network_plugin", error);
}

} // namespace fss
