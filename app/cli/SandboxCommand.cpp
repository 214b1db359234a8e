#include "cli/SandboxCommand.h"

#include "sandbox/Sandbox.h"
#include "sandbox/SandboxDefaults.h"
#include "sandbox/TraceReplay.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace fss {

SandboxCommand::SandboxCommand(CommandLine command, QTextStream &out, QTextStream &err, QObject *parent)
    : Command(std::move(command), ProfileStore{}, out, err, parent)
{
}

SandboxCommand::~SandboxCommand() = default;

void SandboxCommand::start()
{
    if (m_command.replayFile.isEmpty())
        serve();
    else
        replay();
}

void SandboxCommand::replay()
{
    QString error;
    std::optional<TraceReplay> trace = TraceReplay::load(m_command.replayFile, &error);
    if (!trace)
        return finishLater(exitBadInput, error);
    m_replay = std::make_unique<SandboxServer>();
    m_replay->setDelay(m_command.delayMs);
    trace->serveOn(*m_replay);
    if (!m_replay->start(m_command.port))
        return finishLater(exitFailed, m_replay->errorString());
    m_out << QCoreApplication::translate("Sandbox", "Replaying %1 answers of %2 on %3, for Feishu and GenAuth alike (this computer only). "
                                                    "Stop it with Ctrl+C.")
                 .arg(trace->exchanges())
                 .arg(m_command.replayFile, m_replay->url().toString())
          << Qt::endl;
}

void SandboxCommand::serve()
{
    SandboxConfig config;
    if (!m_command.configFile.isEmpty()) {
        QString error;
        const auto loaded = Sandbox::loadConfig(m_command.configFile, &error);
        if (!loaded)
            return finishLater(exitBadInput, error);
        config = *loaded;
    }
    m_sandbox = std::make_unique<Sandbox>(config);
    if (!m_command.tlsCertificate.isEmpty()) {
        QFile cert(m_command.tlsCertificate);
        QFile key(m_command.tlsKey);
        const QSslCertificate certificate = cert.open(QIODevice::ReadOnly) ? QSslCertificate(cert.readAll()) : QSslCertificate();
        const QSslKey privateKey = key.open(QIODevice::ReadOnly) ? QSslKey(key.readAll(), QSsl::Rsa) : QSslKey();
        if (certificate.isNull() || privateKey.isNull()) {
            return finishLater(exitBadInput,
                               QCoreApplication::translate("Sandbox", "--tls-cert, --tls-key: %1 and %2 must be a PEM certificate and its RSA key.")
                                   .arg(m_command.tlsCertificate, m_command.tlsKey));
        }
        m_sandbox->server().useTls(certificate, privateKey);
    }
    m_sandbox->server().setDelay(m_command.delayMs);
    m_sandbox->genAuthServer().setDelay(m_command.delayMs);
    if (!m_sandbox->start(m_command.port, m_command.genAuthPort))
        return finishLater(exitFailed, m_sandbox->errorString());
    printValues();
}

void SandboxCommand::printValues()
{
    QTextStream &out = m_out;
    Sandbox &sandbox = *m_sandbox;
    const QString base = sandbox.url().toString();
    const QString genAuth = sandbox.genAuthUrl().toString();
    out << QCoreApplication::translate("Sandbox", "Feishu sandbox serving on %1 (this computer only). Stop it with Ctrl+C.").arg(base) << '\n';
    out << QCoreApplication::translate("Sandbox", "GenAuth sandbox serving on %1 (API, core host and application address).").arg(genAuth) << '\n';
    for (const SandboxApp &app : sandbox.feishu().config().apps) {
        out << QCoreApplication::translate("Sandbox", "  Feishu test app “%1”: App ID %2, App Secret %3 (sandbox values, not secrets)").arg(app.name, app.appId, app.appSecret)
            << '\n';
        for (const QString &url : app.redirectUrls)
            out << QCoreApplication::translate("Sandbox", "    redirect URL %1").arg(url) << '\n';
    }
    out << QCoreApplication::translate("Sandbox", "  Feishu administrator (approves or rejects versions): %1/sandbox/admin").arg(base) << '\n';
    out << QCoreApplication::translate("Sandbox", "  App registration (create-app): %1/oauth/v1/app/registration; Lark's accounts host "
                                                  "and Open API (--lark-accounts, --lark-api): %2")
               .arg(base, sandbox.larkAccountsUrl().toString())
        << '\n';
    const GenAuthSandboxConfig &pool = sandbox.genAuth().config();
    out << QCoreApplication::translate("Sandbox", "  GenAuth user pool %1, secret %2 (sandbox values, not secrets)").arg(pool.userPoolId, pool.userPoolSecret) << '\n';
    for (const GenAuthSandboxApp &app : pool.apps)
        out << QCoreApplication::translate("Sandbox", "  GenAuth application “%1”: App ID %2, Login Callback URLs %3").arg(app.name, app.appId, app.redirectUris.join(QStringLiteral(", ")))
            << '\n';
    out << QCoreApplication::translate("Sandbox", "Try: feishu-sso-setup check --feishu-api %1 --cloud %2 --app-id %3 --identifier %4 --user-pool-id %5 --genauth-app-id %6 "
              "(with FSS_APP_SECRET and FSS_USERPOOL_SECRET set)")
               .arg(base, genAuth, sandbox.feishu().config().apps.value(0).appId, QLatin1String(SandboxDefaults::identifier), pool.userPoolId,
                    pool.apps.value(0).appId)
        << Qt::endl;
}

} // namespace fss
