// The network plugin's entry point (fss_network_plugin), and its
// registration where the network code is linked in (the tests).
#include "core/login/LoopbackReceiver.h"
#include "core/transport/NetworkPlugin.h"
#include "core/transport/NetworkTransport.h"

namespace fss {

namespace {

class ReceiverListener : public CallbackListener
{
public:
    explicit ReceiverListener(std::function<void(const QUrl &)> received)
    {
        QObject::connect(&m_receiver, &LoopbackReceiver::callbackReceived, &m_receiver, std::move(received));
    }
    bool start(quint16 port, const QString &path) override
    {
        m_receiver.setPath(path);
        return m_receiver.start(port);
    }
    void setExpectedState(const QString &state) override { m_receiver.setExpectedState(state); }
    QString redirectUri() const override { return m_receiver.redirectUri(); }
    void stop() override { m_receiver.stop(); }

private:
    LoopbackReceiver m_receiver;
};

class QtNetworkPlugin : public NetworkPlugin
{
public:
    std::unique_ptr<TransportEngine> newTransportEngine(ApiTransport *transport) override
    {
        return std::make_unique<NetworkTransport>(transport);
    }
    QList<Certificate> certificatesFromPem(const QByteArray &pem, QString *error) override
    {
        return NetworkTransport::certificatesFromPem(pem, error);
    }
    std::unique_ptr<CallbackListener> newCallbackListener(std::function<void(const QUrl &)> received) override
    {
        return std::make_unique<ReceiverListener>(std::move(received));
    }
};

QtNetworkPlugin thePlugin;
[[maybe_unused]] const bool registered = (NetworkPlugin::registerBuiltIn(&thePlugin), true);

} // namespace

} // namespace fss

extern "C" Q_DECL_EXPORT fss::NetworkPlugin *fss_network_plugin() { return &fss::thePlugin; }
