#include "sandbox/Sandbox.h"

#include "sandbox/SandboxDefaults.h"
#include "sandbox/TraceReplay.h"

#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>

namespace fss {

Sandbox::Sandbox(FeishuSandboxConfig feishu, QObject *parent)
    : Sandbox(SandboxConfig{std::move(feishu), GenAuthSandboxConfig::defaults()}, parent)
{
}

Sandbox::Sandbox(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_server(this)
    , m_genAuthServer(this)
    , m_larkServer(this)
    , m_feishu(&m_server, std::move(config.feishu), this)
    , m_genAuth(&m_genAuthServer, std::move(config.genAuth), this)
{
    m_feishu.addLarkRoutes(&m_larkServer);
    m_feishu.addLarkApiRoutes(&m_larkServer);
    m_server.route("GET", QStringLiteral("/"), [this](const SandboxRequest &) {
        return SandboxResponse::html(
            QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Feishu SSO Setup sandbox</title></head><body>"
                           "<h1>Feishu SSO Setup sandbox</h1><p>A local imitation of the Feishu Open Platform for tests and "
                           "demonstrations. Feishu Open API and login page: %1. GenAuth: %2</p></body></html>")
                .arg(url().toString().toHtmlEscaped(), genAuthUrl().toString().toHtmlEscaped()));
    });
}

bool Sandbox::start(quint16 port, quint16 genAuthPort)
{
    if (!m_server.start(port) || !m_genAuthServer.start(genAuthPort) || !m_larkServer.start())
        return false;
    m_genAuth.setFeishu(url(), url());
    static const QString genAuthCore = QStringLiteral("https://core.genauth.ai/");
    const QString stand = genAuthUrl().toString() + QLatin1Char('/');
    for (SandboxApp &app : m_feishu.config().apps) {
        const QStringList urls = app.redirectUrls;
        for (const QString &u : urls) {
            if (u.startsWith(genAuthCore) && !app.redirectUrls.contains(stand + u.mid(genAuthCore.size())))
                app.redirectUrls.append(stand + u.mid(genAuthCore.size()));
        }
    }
    return true;
}

SandboxSettings Sandbox::settings(const QString &identifier)
{
    const SandboxApp &app = m_feishu.config().apps.constFirst();
    SandboxSettings s;
    s.endpoints = {url(), url(), larkApiUrl()};
    s.larkAccounts = larkAccountsUrl();
    s.appId = app.appId;
    s.appSecret = app.appSecret;
    s.userPoolId = QString::fromLatin1(SandboxDefaults::userPoolId);
    s.identifier = identifier.isEmpty() ? QString::fromLatin1(SandboxDefaults::identifier) : identifier;
    s.genAuth = genAuthUrl();
    s.userPoolSecret = m_genAuth.config().userPoolSecret;
    s.genAuthAppId = m_genAuth.config().apps.constFirst().appId;
    return s;
}

QString Sandbox::errorString() const
{
    for (const SandboxServer *s : {&m_server, &m_genAuthServer, &m_larkServer}) {
        if (!s->errorString().isEmpty())
            return s->errorString();
    }
    return {};
}

std::optional<SandboxConfig> Sandbox::loadConfig(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Sandbox", "Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QCoreApplication::translate("Sandbox", "%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    QString why;
    SandboxConfig config;
    auto feishu = FeishuSandboxConfig::fromJson(doc.object(), &why);
    auto genAuth = feishu ? GenAuthSandboxConfig::fromJson(doc.object().value(QLatin1String("genauth")).toObject(), &why) : std::nullopt;
    if (!feishu || !genAuth) {
        *error = QCoreApplication::translate("Sandbox", "%1: %2").arg(path, why);
        return std::nullopt;
    }
    config.feishu = *feishu;
    config.genAuth = *genAuth;
    return config;
}

namespace {

int replay(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    QString error;
    std::optional<TraceReplay> trace = TraceReplay::load(command.replayFile, &error);
    if (!trace) {
        err << error << Qt::endl;
        return CommandLine::exitCodeForUsageError();
    }
    SandboxServer server;
    server.setDelay(command.delayMs);
    trace->serveOn(server);
    if (!server.start(command.port)) {
        err << server.errorString() << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("Sandbox", "Replaying %1 answers of %2 on %3, for Feishu and GenAuth alike (this computer only). "
                                                  "Stop it with Ctrl+C.")
               .arg(trace->exchanges())
               .arg(command.replayFile, server.url().toString())
        << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

int runSandboxCommand(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    if (!command.replayFile.isEmpty())
        return replay(command, out, err);
    SandboxConfig config;
    if (!command.configFile.isEmpty()) {
        QString error;
        const auto loaded = Sandbox::loadConfig(command.configFile, &error);
        if (!loaded) {
            err << error << Qt::endl;
            return CommandLine::exitCodeForUsageError();
        }
        config = *loaded;
    }
    Sandbox sandbox(config);
    if (!command.tlsCertificate.isEmpty()) {
        QFile cert(command.tlsCertificate);
        QFile key(command.tlsKey);
        const QSslCertificate certificate = cert.open(QIODevice::ReadOnly) ? QSslCertificate(cert.readAll()) : QSslCertificate();
        const QSslKey privateKey = key.open(QIODevice::ReadOnly) ? QSslKey(key.readAll(), QSsl::Rsa) : QSslKey();
        if (certificate.isNull() || privateKey.isNull()) {
            err << QCoreApplication::translate("Sandbox", "--tls-cert, --tls-key: %1 and %2 must be a PEM certificate and its RSA key.")
                       .arg(command.tlsCertificate, command.tlsKey)
                << Qt::endl;
            return CommandLine::exitCodeForUsageError();
        }
        sandbox.server().useTls(certificate, privateKey);
    }
    sandbox.server().setDelay(command.delayMs);
    sandbox.genAuthServer().setDelay(command.delayMs);
    if (!sandbox.start(command.port, command.genAuthPort)) {
        err << sandbox.errorString() << Qt::endl;
        return 1;
    }
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
               .arg(base, genAuth, config.feishu.apps.value(0).appId, QLatin1String(SandboxDefaults::identifier), pool.userPoolId,
                    pool.apps.value(0).appId)
        << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace fss
