// What talks to the network (Qt Network, Qt HTTP Server) is a plugin,
// fss_network, loaded the first time the program needs it, so that the
// wizard shows its first page without loading those libraries
// (docs/development.md, "Where start-up goes"). The core knows it only
// through these interfaces. Programs that link the network code in (the
// tests) register it instead, and nothing is loaded.
#pragma once

#include "core/transport/ApiTransport.h"

#include <QFunctionPointer>

#include <functional>
#include <memory>

namespace fss {

// ApiTransport's sending: requests, time limit, retry, and every failure
// turned into an ApiError. Reads the time limit and the trusted certificates
// from its ApiTransport.
class TransportEngine
{
public:
    virtual ~TransportEngine() = default;
    virtual void send(const ApiRequest &request, QObject *context, ApiTransport::Done done) = 0;
    // The trusted certificates changed: connections kept per host go.
    virtual void trustChanged() = 0;
};

// The login test's callback without an embedded browser (LoopbackReceiver):
// one callback with the right state on http://127.0.0.1:<port><path>.
class CallbackListener
{
public:
    virtual ~CallbackListener() = default;
    virtual bool start(quint16 port, const QString &path) = 0;
    virtual void setExpectedState(const QString &state) = 0;
    virtual QString redirectUri() const = 0;
    virtual void stop() = 0;
};

class NetworkPlugin
{
public:
    virtual ~NetworkPlugin() = default;

    virtual std::unique_ptr<TransportEngine> newTransportEngine(ApiTransport *transport) = 0;
    virtual QList<Certificate> certificatesFromPem(const QByteArray &pem, QString *error) = 0;
    // `received` gets the callback's URL, once.
    virtual std::unique_ptr<CallbackListener> newCallbackListener(std::function<void(const QUrl &)> received) = 0;

    // The plugin, loaded on the first call; null with the reason when it
    // cannot be (not installed, or not loadable).
    static NetworkPlugin *get(QString *error = nullptr);
    // For programs that link the network code in.
    static void registerBuiltIn(NetworkPlugin *plugin);

    // An entry point of the plugin's library by name (the sandbox's, for
    // the command line), loading it if needed; null with the reason.
    static QFunctionPointer resolve(const char *symbol, QString *error = nullptr);
    // Where plugins are looked for: FSS_PLUGIN_DIR, next to the executable,
    // where they are installed, and the build tree for a program run there.
    static QStringList searchPath();
};

// What the plugin's entry point `symbol` returns (an interface of the
// plugin's), or `builtIn` where the code is linked in; null with the reason.
template <class Interface>
Interface *pluginInterface(Interface *builtIn, const char *symbol, QString *error)
{
    if (builtIn)
        return builtIn;
    using Entry = Interface *(*)();
    const auto entry = reinterpret_cast<Entry>(NetworkPlugin::resolve(symbol, error));
    return entry ? entry() : nullptr;
}

} // namespace fss
