#include "sandbox/Sandbox.h"

#include "sandbox/SandboxDefaults.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

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

SetupPrefill Sandbox::prefill(const QString &identifier)
{
    const SandboxApp &app = m_feishu.config().apps.constFirst();
    SetupPrefill s;
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

} // namespace fss
