#include "Sandbox.h"

#include "core/CommandLine.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace fss {

Sandbox::Sandbox(FeishuSandboxConfig feishu, QObject *parent)
    : QObject(parent)
    , m_server(this)
    , m_feishu(&m_server, std::move(feishu), this)
{
    m_server.route("GET", QStringLiteral("/"), [this](const SandboxRequest &) {
        return SandboxResponse::html(
            QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Feishu SSO Setup sandbox</title></head><body>"
                           "<h1>Feishu SSO Setup sandbox</h1><p>A local imitation of the Feishu Open Platform for tests and "
                           "demonstrations. Feishu Open API and login page: %1</p></body></html>")
                .arg(url().toString().toHtmlEscaped()));
    });
}

std::optional<FeishuSandboxConfig> Sandbox::loadConfig(const QString &path, QString *error)
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
    auto config = FeishuSandboxConfig::fromJson(doc.object(), &why);
    if (!config)
        *error = QCoreApplication::translate("Sandbox", "%1: %2").arg(path, why);
    return config;
}

int runSandboxCommand(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    FeishuSandboxConfig config = FeishuSandboxConfig::defaults();
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
    sandbox.server().setDelay(command.delayMs);
    if (!sandbox.start(command.port)) {
        err << sandbox.errorString() << Qt::endl;
        return 1;
    }
    const QString base = sandbox.url().toString();
    out << QCoreApplication::translate("Sandbox", "Feishu sandbox serving on %1 (this computer only). Stop it with Ctrl+C.").arg(base) << '\n';
    out << QCoreApplication::translate("Sandbox", "  Feishu Open API:   %1").arg(base) << '\n';
    out << QCoreApplication::translate("Sandbox", "  Feishu login page: %1/open-apis/authen/v1/authorize").arg(base) << '\n';
    for (const SandboxApp &app : sandbox.feishu().config().apps) {
        out << QCoreApplication::translate("Sandbox", "  Test app “%1”: App ID %2, App Secret %3 (sandbox values, not secrets)")
                   .arg(app.name, app.appId, app.appSecret)
            << '\n';
        for (const QString &url : app.redirectUrls)
            out << QCoreApplication::translate("Sandbox", "    redirect URL %1").arg(url) << '\n';
    }
    out << QCoreApplication::translate("Sandbox", "Try: feishu-sso-setup check --feishu-api %1 --app-id %2 --identifier %3 --user-pool-id %4 "
                                                  "(with FSS_APP_SECRET set)")
               .arg(base, config.apps.value(0).appId, QLatin1String(FeishuSandboxConfig::defaultIdentifier),
                    QLatin1String(FeishuSandboxConfig::defaultUserPoolId))
        << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace fss
